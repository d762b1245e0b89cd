import { describe, expect, it } from 'vitest';
import { seedExample } from '../../src/messages/seed-examples.js';

const meetup = (title: string) => ({ title, talks: [] });

describe('the example question in help', () => {
  it('is shown while the shipped meetup is among the loaded ones, in the help’s language', () => {
    const loaded = [meetup('Go Night #1'), meetup('VMware DevOps Meetup #5')];
    expect(seedExample(loaded, 'en')).toBe('When did Ansible 2.10 become GA?');
    expect(seedExample(loaded, 'ja')).toBe('Octantって何?');
  });

  it('is not shown for another community’s notes', () => {
    expect(seedExample([meetup('Go Night #1')], 'en')).toBeUndefined();
    expect(seedExample([], 'ja')).toBeUndefined();
  });
});

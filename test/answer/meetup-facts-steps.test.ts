import { describe, expect, it } from 'vitest';
import { createMeetupFacts, meetupFactsAnswerSteps } from '../../src/answer/meetup-facts.js';
import type { Steps } from '../../src/search/cooperative.js';
import { meetupFactsOf, meetupFactsSteps } from '../../src/search/meetup-reference.js';
import { meetupsFrom } from '../support/engine.js';

/** How many times the steps give the event loop back before they end, and what they end with. */
function drive<T>(steps: Steps<T>): { yields: number; value: T } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { yields, value: next.value };
    yields++;
  }
}

const MEETUPS = meetupsFrom(
  '# Ops Night #3\n\n## Storage\n\n- vSAN\n',
  '# Ops Night 第4回\n\n## Network\n\n- NSX\n',
  '# Tanzu vol.7\n\n## Clusters\n\n- TKG\n',
);

// A build reads the meetups' titles between chances for the event loop to run: a thousand
// titles read at once held it for tens of milliseconds, longer than a reload may stall a chat.
describe('the meetup facts a build reads', () => {
  it('read a meetup per step, and give what reading them at once gives', () => {
    const { yields, value } = drive(meetupFactsSteps(MEETUPS));
    expect(yields).toBe(MEETUPS.length);
    expect(value.map((f) => [...(f.numbers ?? [])])).toEqual([[3], [4], [7]]);
    expect(value).toEqual(meetupFactsOf(MEETUPS));
  });

  it('answer fact questions the same when read a meetup per step', () => {
    const { yields, value } = drive(meetupFactsAnswerSteps(MEETUPS));
    expect(yields).toBe(MEETUPS.length);
    const question = 'where was Tanzu vol.7 held?';
    const stepped = value.answer(question, question, new Set(), '2024-01-01');
    expect(stepped).toEqual(
      createMeetupFacts(MEETUPS).answer(question, question, new Set(), '2024-01-01'),
    );
    expect(stepped?.kind === 'meetups' && stepped.meetups.map((m) => m.title)).toEqual([
      'Tanzu vol.7',
    ]);
  });
});

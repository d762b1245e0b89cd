import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/messages/catalog.js';
import { lackedByTalk } from '../../src/messages/lacked-by-talk.js';

const EN = messagesFor('en');
const shout = (text: string) => text.toUpperCase();

describe('lackedByTalk', () => {
  it('says what the one talk named lacks, each title and name made safe', () => {
    const base = { kind: 'not-found', query: 'q', suggestions: ['Fast builds'] } as const;
    expect(lackedByTalk({ ...base, missing: 'slides' }, EN, shout)).toBe(
      EN.missingLinkOf('slides', 'FAST BUILDS'),
    );
    expect(lackedByTalk({ ...base, missing: 'link' }, EN, shout)).toBe(
      'The notes on “FAST BUILDS” give no link for that.',
    );
    const JA = messagesFor('ja');
    expect(lackedByTalk({ ...base, missing: 'link' }, JA, shout)).toBe(
      '「FAST BUILDS」のノートに、そのリンクはありません。',
    );
    expect(lackedByTalk({ ...base, missing: 'video' }, JA, shout)).toBe(
      '「FAST BUILDS」の動画・録画はノートにありません。',
    );
    expect(lackedByTalk({ ...base, missing: 'slides' }, JA, shout)).toBe(
      '「FAST BUILDS」のスライドはノートにありません。',
    );
    expect(lackedByTalk({ ...base, unmentioned: ['Bazel', 'Buck'] }, EN, shout)).toBe(
      EN.unmentionedOf(['BAZEL', 'BUCK'], 'FAST BUILDS'),
    );
  });

  it('says nothing of a talk when the answer names none, or lacks nothing', () => {
    const base = { kind: 'not-found', query: 'q' } as const;
    expect(
      lackedByTalk({ ...base, suggestions: [], missing: 'slides' }, EN, shout),
    ).toBeUndefined();
    expect(lackedByTalk({ ...base, suggestions: ['A', 'B'] }, EN, shout)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { top } from '../../support/answers.js';
import { FIXTURES, useEngine } from '../../support/engine.js';

const service = useEngine(FIXTURES.ranking, { perTest: true });

describe('which passage answers', () => {
  it('does not let the words that name the meetup pull in a talk that repeats them', () => {
    const answer = top(
      service().ask('At the Go 1.21 release party, why run Athens as a module proxy?'),
    );
    expect(answer.talk).toBe('Athensを社内で運用している話');
  });

  it('prefers the passage that says something over one that only repeats the question', () => {
    expect(top(service().ask('Octantって何?')).snippet).toContain('ブラウザで見せる');
  });

  it('weighs a long katakana word like one word, not one per bigram', () => {
    const answer = top(service().ask('サンプルテックの移行の見積もりは月いくら?'));
    expect(answer.snippet).toContain('月12万円');
  });

  it("never takes the meetup's details for an answer on their own", () => {
    expect(service().ask('天神でやったmeetupの話').kind).toBe('not-found');
  });
});

describe('questions about slides and recordings', () => {
  it('says plainly that the notes have no slides for the talk, instead of passing a passage off as a link', () => {
    const answer = top(service().ask('Athensの発表のスライドある?'));
    expect(answer.talk).toBe('Athensを社内で運用している話');
    expect(answer.links).toEqual([]);
    expect(answer.missing).toBe('slides');
  });

  it('says there is no recording when a video is asked for', () => {
    expect(top(service().ask('Is there a recording of the Athens talk?')).missing).toBe('video');
  });

  it('shows the passage that speaks of the slides first, like "coming later"', () => {
    const answer = top(service().ask('ジェネリクスの資料はどこ?'));
    expect(answer.snippet).toContain('資料は後日公開予定');
    expect(answer.missing).toBe('slides');
  });

  it('marks nothing missing for a question that does not ask for links', () => {
    expect(top(service().ask('Athensを社内で運用する理由は?')).missing).toBeUndefined();
  });
});

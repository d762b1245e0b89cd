import { describe, expect, it } from 'vitest';
import { createRateLimiter, RATE_LIMIT_SWEEP_ABOVE } from '../../src/answer/rate-limiter.js';

/** A limiter on a clock the test moves by hand. */
function limiterAt(limit: number) {
  let t = 0;
  const limiter = createRateLimiter({ limit, windowMs: 60_000, now: () => t });
  return {
    limiter,
    at(ms: number) {
      t = ms;
      return limiter;
    },
  };
}

/** One question: when (ms), who, and whether it should be allowed. */
type Take = readonly [at: number, key: string, allowed: boolean];

/** Asks the questions in order on a limiter of `limit` per minute and returns what it said. */
function takes(limit: number, questions: readonly Take[]): Take[] {
  const { at } = limiterAt(limit);
  return questions.map(([ms, key]) => [ms, key, at(ms).take(key)] as const);
}

describe('createRateLimiter', () => {
  it.each<[string, number, Take[]]>([
    [
      'allows the limit within a minute and refuses the next question',
      2,
      [
        [0, 'alice', true],
        [1_000, 'alice', true],
        [2_000, 'alice', false],
      ],
    ],
    [
      'counts each user on their own',
      1,
      [
        [0, 'alice', true],
        [0, 'bob', true],
        [0, 'alice', false],
      ],
    ],
    [
      'allows a question again exactly one window after the oldest one',
      1,
      [
        [0, 'alice', true],
        [59_999, 'alice', false],
        [60_000, 'alice', true],
      ],
    ],
    [
      // The question at 0 has left the window at 60 s; had the refusals at 30 s and 59 s
      // counted, the window would still hold three questions.
      'does not count a refused question, so asking while refused does not extend the wait',
      2,
      [
        [0, 'alice', true],
        [1_000, 'alice', true],
        [30_000, 'alice', false],
        [59_000, 'alice', false],
        [60_000, 'alice', true],
        [60_500, 'alice', false],
      ],
    ],
  ])('%s', (_name, limit, questions) => {
    expect(takes(limit, questions)).toEqual(questions);
  });

  it('never refuses when the limit is 0', () => {
    const { at } = limiterAt(0);
    for (let i = 0; i < 100; i += 1) expect(at(i).take('alice')).toBe(true);
    expect(at(100).tracked()).toBe(0);
  });

  it('forgets idle users once it remembers more than the sweep threshold, and keeps active ones', () => {
    const { at } = limiterAt(1);
    for (let i = 0; i <= RATE_LIMIT_SWEEP_ABOVE; i += 1) at(0).take(`idle-${i}`);
    expect(at(0).tracked()).toBe(RATE_LIMIT_SWEEP_ABOVE + 1);
    at(30_000).take('active');
    // Nobody is idle yet (every question is within the minute), so nobody is forgotten.
    expect(at(30_000).tracked()).toBe(RATE_LIMIT_SWEEP_ABOVE + 2);
    at(60_000).take('newcomer');
    // At 60 s every idle-* question has left the window; "active" and "newcomer" have not.
    expect(at(60_000).tracked()).toBe(2);
    expect(at(60_000).take('active')).toBe(false);
    expect(at(60_000).take('idle-0')).toBe(true);
  });

  it('does not sweep while it remembers no more than the threshold', () => {
    const { at } = limiterAt(1);
    for (let i = 0; i < RATE_LIMIT_SWEEP_ABOVE; i += 1) at(0).take(`idle-${i}`);
    at(60_000).take('idle-0');
    expect(at(60_000).tracked()).toBe(RATE_LIMIT_SWEEP_ABOVE);
  });
});

import fc from 'fast-check';
import { TypedFastBitSet } from 'typedfastbitset';
import { describe, expect, it } from 'vitest';
import { type CommonTerm, topTalks } from '../../src/search/top-talks.js';

/** A common term in the talks listed. */
const term = (weight: number, talks: readonly number[]): CommonTerm => ({
  talks: new TypedFastBitSet(talks),
  weight,
});

/** minisearch's scores for the talks it found, 0 for the others. */
function scoresOf(count: number, found: ReadonlyMap<number, number>): Float64Array {
  const scores = new Float64Array(count);
  for (const [talk, score] of found) scores[talk] = score;
  return scores;
}

/** The plain walk: every talk's score, then a stable sort of those above 0. */
function everyScoreSorted(
  scores: Float64Array,
  common: readonly CommonTerm[],
  count: number,
): number[] {
  const all = Array.from(scores, (score, talk) => {
    let sum = score;
    for (const { talks, weight } of common) if (talks.has(talk)) sum += weight;
    return { talk, sum };
  });
  return all
    .filter((t) => t.sum > 0)
    .sort((a, b) => b.sum - a.sum)
    .slice(0, count)
    .map((t) => t.talk);
}

/** Weights and scores from a few values, so that sums tie often. */
const VALUES = [0.1, 0.2, 0.25, 0.3, 0.5, 1, 1.5];

const cases = fc.integer({ min: 1, max: 80 }).chain((talks) =>
  fc.record({
    talks: fc.constant(talks),
    count: fc.integer({ min: 1, max: 12 }),
    found: fc.array(
      fc.tuple(fc.integer({ min: 0, max: talks - 1 }), fc.constantFrom(...VALUES, 2, 3)),
      { maxLength: talks },
    ),
    common: fc.array(
      fc.tuple(
        fc.constantFrom(...VALUES),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: talks,
          maxLength: talks,
        }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

describe('the talks worth scoring', () => {
  it('are the ones adding every common term to every talk picks, in the same order', () => {
    let untouched = 0;
    let walked = 0;
    fc.assert(
      fc.property(cases, ({ talks, count, found, common }) => {
        const scores = new Map(found);
        const terms = common.map(([weight, share, draws]) =>
          term(
            weight,
            draws.flatMap((d, talk) => (d < share ? [talk] : [])),
          ),
        );
        const expected = everyScoreSorted(scoresOf(talks, scores), terms, count);
        const given = scoresOf(talks, scores);
        expect(topTalks(given, [...scores.keys()], terms, count)).toEqual(expected);
        if (given.every((s, t) => s === (scores.get(t) ?? 0))) untouched++;
        else walked++;
      }),
      { numRuns: 600 },
    );
    // Both ways were taken: the talks found deciding alone, and the walk over every talk.
    expect(untouched).toBeGreaterThan(50);
    expect(walked).toBeGreaterThan(50);
  });

  it('are told from the talks found and the first with every common term, without the walk', () => {
    // Talks 0 to 9 all have both terms; 7 was found too.
    const common = [
      term(0.5, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12]),
      term(0.25, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ];
    const found = new Map([
      [7, 2],
      [15, 0.1],
    ]);
    const scores = scoresOf(20, found);
    expect(topTalks(scores, [...found.keys()], common, 3)).toEqual([7, 0, 1]);
    // The walk would have added the weights to every talk's score.
    expect([...scores]).toEqual([...scoresOf(20, found)]);
  });

  it('walk every talk when one missing a term could tie with the last of the few', () => {
    // Talk 0 lacks the second term, whose weight is nothing: it ties with talk 1 and comes first.
    const common = [term(1, [0, 1]), term(0, [1])];
    expect(topTalks(scoresOf(2, new Map()), [], common, 1)).toEqual([0]);
    // Worth a little, the second term puts talk 1 first.
    expect(topTalks(scoresOf(2, new Map()), [], [term(1, [0, 1]), term(0.5, [1])], 1)).toEqual([1]);
  });

  it('walk every talk when one lacking a term may score more than the last of the few', () => {
    // No talk has all three terms; talk 5 has two of them (2), more than the found talks (1.5).
    // The bound is the largest sum of all weights but one (2), not the largest weight (1).
    const common = [term(1, [5]), term(1, [5]), term(1, [])];
    const found = new Map([
      [10, 1.5],
      [11, 1.5],
    ]);
    expect(topTalks(scoresOf(12, found), [...found.keys()], common, 2)).toEqual([5, 10]);
  });

  it('walk every talk when the few are fewer than asked for', () => {
    const common = [term(0.5, [0, 2, 3]), term(0.25, [2, 4])];
    const scores = scoresOf(5, new Map([[1, 1]]));
    expect(topTalks(scores, [1], common, 4)).toEqual([1, 2, 0, 3]);
    expect([...scores]).toEqual([0.5, 1, 0.75, 0.5, 0.25]);
  });

  it('leave out the talks that score nothing, however few the others', () => {
    const scores = scoresOf(4, new Map([[3, 1]]));
    expect(topTalks(scores, [3], [term(0.5, [1])], 4)).toEqual([3, 1]);
    expect(topTalks(scoresOf(4, new Map()), [], [term(0, [0, 2])], 4)).toEqual([]);
  });

  it('give nothing when asked for none', () => {
    expect(topTalks(scoresOf(3, new Map([[1, 1]])), [1], [term(1, [0, 1, 2])], 0)).toEqual([]);
  });
});

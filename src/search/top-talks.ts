import type { TypedFastBitSet } from 'typedfastbitset';
import { at } from '../at.js';

/** A term too common to be in minisearch: its talks, and what it adds to each one's score. */
export interface CommonTerm {
  readonly talks: TypedFastBitSet;
  /** Its (small) inverse talk frequency times its boost; never negative (boosts are not). */
  readonly weight: number;
}

/**
 * The `count` talks scoring the most, best first, equal scores in ascending talk order (the order
 * a stable sort of the talks gives). A talk's score is minisearch's for the discriminating terms
 * (in `scores`, for the talks in `found`; 0 for the others) plus the weight of each common term
 * it has, added in the order of `common`. `scores` is left as it came when the found talks decide
 * alone; otherwise it ends with every talk's score.
 */
export function topTalks(
  scores: Float64Array,
  found: readonly number[],
  common: readonly CommonTerm[],
  count: number,
): number[] {
  return fewTalks(scores, found, common, count) ?? everyTalk(scores, common, count);
}

/**
 * The best talks when they can be told from a few: the talks minisearch found and the first
 * `count` others that have every common term. Common terms are each in a good share of the talks
 * (most of them, at 10,000 generated talks), so adding their weights talk by talk was the largest
 * part of ranking a broad question; the few take a bit test per term each.
 * A talk left out was not found, so it scores the weights of its common terms alone. One with
 * every term scores what those taken score, with a later number: it loses the tie. Any other
 * lacks a term, and adding non-negative weights in a fixed order never sums to more than adding
 * them and others (each addition rounds monotonically): it scores at most the largest sum of
 * every weight but one. When the last of the best few scores more than that, none of the rest
 * gets in. Undefined when the few do not decide: fewer than `count` score, or the bound is not
 * below.
 */
function fewTalks(
  scores: Float64Array,
  found: readonly number[],
  common: readonly CommonTerm[],
  count: number,
): number[] | undefined {
  const ids = withEveryTerm(Int32Array.from(found).sort(), common, count);
  const exact = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const talk = ids[k] as number;
    let score = scores[talk] as number;
    for (const { talks, weight } of common) if (talks.has(talk)) score += weight;
    exact[k] = score;
  }
  const best = bestOf(exact, count);
  const last = best[count - 1];
  if (last === undefined || (exact[last] as number) <= missingOne(common)) return undefined;
  return best.map((k) => ids[k] as number);
}

/**
 * The talks of `found` (ascending) and, merged in order, the first `count` talks not among them
 * that have every common term.
 */
function withEveryTerm(
  found: Int32Array,
  common: readonly CommonTerm[],
  count: number,
): Int32Array {
  const words = Uint32Array.from(at(common, 0).talks.words);
  for (const { talks } of common)
    for (let k = 0; k < words.length; k++) words[k] = (words[k] as number) & (talks.words[k] ?? 0);
  const merged: number[] = [];
  let f = 0;
  let taken = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: more talks with every term only add ones that lose the tie
  for (let k = 0; k < words.length && taken < count; k++) {
    let word = words[k] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as above
    while (word !== 0 && taken < count) {
      const lowest = word & -word;
      const talk = (k << 5) + 31 - Math.clz32(lowest);
      word ^= lowest;
      while (f < found.length && (found[f] as number) < talk) merged.push(found[f++] as number);
      if (found[f] === talk) continue;
      merged.push(talk);
      taken++;
    }
  }
  while (f < found.length) merged.push(found[f++] as number);
  return Int32Array.from(merged);
}

/** The largest sum of every common term's weight but one, added in order (0 for a single term). */
function missingOne(common: readonly CommonTerm[]): number {
  let most = 0;
  for (let left = 0; left < common.length; left++) {
    let sum = 0;
    for (let k = 0; k < common.length; k++) if (k !== left) sum += (common[k] as CommonTerm).weight;
    most = Math.max(most, sum);
  }
  return most;
}

/** Every talk's score, each common term's weight added over its talk list. */
function everyTalk(scores: Float64Array, common: readonly CommonTerm[], count: number): number[] {
  for (const { talks, weight } of common) {
    // Walked a word at a time in ascending talk order; a call per talk (the set's forEach)
    // measured slower on broad questions.
    // Every bit is below the talk count: the index set them.
    const { words } = talks;
    for (let k = 0; k < words.length; k++) {
      let word = words[k] as number;
      while (word !== 0) {
        const lowest = word & -word;
        const talk = (k << 5) + 31 - Math.clz32(lowest);
        scores[talk] = (scores[talk] as number) + weight;
        word ^= lowest;
      }
    }
  }
  return bestOf(scores, count);
}

/**
 * The positions of the `count` largest positive values, largest first, equal values in ascending
 * position. Values are read straight from the array, not through `at`: `at` serves lists of every
 * kind, so V8 reads through it generically and boxed each value it returned, about 150 KB of
 * garbage a question at 10,000 talks.
 */
function bestOf(values: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (let t = 0; t < values.length; t++) {
    const score = values[t] as number;
    if (score <= 0) continue;
    if (best.length < count) best.push(t);
    else if (score > (values[best[best.length - 1] as number] as number)) best[best.length - 1] = t;
    else continue;
    // Moved up past the values less than it, after those the same: the order a stable sort gives,
    // without sorting (and allocating) again for each of the many that get in.
    let k = best.length - 1;
    for (; k > 0 && (values[best[k - 1] as number] as number) < score; k--)
      best[k] = best[k - 1] as number;
    best[k] = t;
  }
  return best;
}

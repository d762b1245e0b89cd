import type { ScoringProfile } from './profile.js';

const LATIN_LETTERS = /^[a-z]+$/;

/**
 * Whether a question word the notes lack may be matched as a typo (ansibel) or as the start of a
 * longer word (visualiz…): Latin letters only, and long enough that the stretch stays specific.
 */
export function isStretchable(word: string, ranking: ScoringProfile['ranking']): boolean {
  return LATIN_LETTERS.test(word) && word.length >= ranking.prefixMinLength;
}

/** The edit distance a stretched word may be matched at, as a share of its length (0: none). */
export function fuzzyDistance(word: string, ranking: ScoringProfile['ranking']): number {
  return word.length >= ranking.fuzzyMinLength ? ranking.fuzzy : 0;
}

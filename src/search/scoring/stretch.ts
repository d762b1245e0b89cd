import type { ScoringProfile } from './profile.js';

const LATIN_LETTERS = /^[a-z]+$/;

/**
 * Whether a question word the notes lack may be matched as a typo (ansibel) or as the start of a
 * longer word (visualiz…): Latin letters only, and long enough that the stretch stays specific.
 */
export function isStretchable(word: string, ranking: ScoringProfile['ranking']): boolean {
  return LATIN_LETTERS.test(word) && word.length >= ranking.prefixMinLength;
}

/**
 * The edit distance a stretched word may be matched at, as a share of its length (0: none). A
 * word of the language (`realWord`, see `ranking.typosAreNonWords`) is what the asker meant, or
 * a slip of one letter (sever for server): it is matched at one edit, never at two (flutter is
 * not cluster).
 */
export function fuzzyDistance(
  word: string,
  ranking: ScoringProfile['ranking'],
  realWord = false,
): number {
  if (word.length < ranking.fuzzyMinLength) return 0;
  return realWord && ranking.fuzzy > 0 ? 1 : ranking.fuzzy;
}

import type { Concept, QueryTerm } from './analyzed-query.js';

/**
 * A question asking which one is most something ("which provider had the fastest cold start?",
 * どれが一番速い?) is answered by a passage that says something about that quality: a line that
 * only names the candidates compared, or the topic, does not say which came out ahead. Like a
 * number or a person asked for, the quality is what the answer must have.
 */

/**
 * English superlatives of one word, on normalized text. Not "most X" or "best": "most accurate"
 * meets notes that speak of 精度 in no form the equivalents reach, and "best practice" asks for
 * no comparison.
 */
const SUPERLATIVE_EN =
  /(?<![a-z])(fastest|slowest|quickest|cheapest|latest|newest|oldest|longest|shortest|biggest|largest|smallest|highest|lowest|easiest|hardest|simplest|earliest|strongest|safest|lightest|heaviest|greatest)(?![a-z])/;
/**
 * 一番, いちばん or 最も before the quality: its first kanji (速 of 速い, 安 of 安い, which 最速 and
 * 安価 have too) or a katakana word.
 */
const SUPERLATIVE_JA = /(?:一番|いちばん|最も)(\p{sc=Han}|[\p{sc=Katakana}ー]{2,})/u;

/**
 * The forms a passage must have one of to answer the superlative a normalized question asks,
 * if it asks one: the Japanese quality as written, or the English superlative's terms (the
 * word, its stem and its equivalents, as the question's analysis found them).
 */
export function superlativeForms(
  typed: string,
  concepts: readonly Concept[],
  terms: readonly QueryTerm[],
): readonly string[] | undefined {
  const japanese = SUPERLATIVE_JA.exec(typed)?.[1];
  if (japanese !== undefined) return [japanese];
  const word = SUPERLATIVE_EN.exec(typed)?.[1];
  const concept = concepts.findIndex((c) => c.word === word);
  if (concept < 0) return undefined;
  const forms = terms
    .filter((t) => t.credits.some((c) => c.concept === concept))
    .map((t) => t.term);
  return forms.length > 0 ? forms : undefined;
}

/** Whether a normalized text has one of the forms a superlative needs. */
export function saysQuality(normalizedText: string, forms: readonly string[]): boolean {
  return forms.some((form) => normalizedText.includes(form));
}

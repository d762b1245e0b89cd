import { at } from '../../at.js';
import type { AnalyzedQuery, Concept, QueryTerm } from '../analyzed-query.js';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './profile.js';

/**
 * A word that says what is asked: not optional, not a lone kanji or letter. It relies on lone
 * kanji and letters (`words.single`, `words.letter`) weighing less than `words.realWord`, and on
 * a link word (`words.linkWord`) weighing at least that: a question made of link words alone
 * ("スライドは?") is about them.
 */
export function isRealWord(
  concept: Concept,
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
): boolean {
  return !concept.optional && concept.weight >= profile.words.realWord;
}

/**
 * A share or a concept's credit that counts as whole: 1 but for the rounding of credits summed
 * bigram by bigram (three thirds make 0.999…).
 */
export const WHOLE = 1 - 1e-9;

/** How much of the question a passage covers; see {@link coverage}. */
export interface Coverage {
  /** Share of the question's weight covered (0..1). */
  readonly share: number;
  /** It covers at least one real word of the question. */
  readonly strong: boolean;
  /** How many real words of the question it covers (not counting context-only ones). */
  readonly words: number;
  /**
   * The question's words it covers as a word (at least `ranking.wholeWord` of it), context
   * included, as bits by their index (the first {@link COVERED_BITS}; a question sends at most
   * `words.maxTerms` terms, and fewer words).
   */
  readonly covered: number;
}

/** How many of a question's words {@link Coverage.covered} tells apart. */
export const COVERED_BITS = 31;

/**
 * The question's words but its minor ones, as bits by their index (as in {@link
 * Coverage.covered}): real words, common words the notes have (`optional`) and numbers (day 2 is
 * not day 1), not a lone kanji or kana, which weighs less than a real word and is often a piece of
 * a verb the notes write in a compound (終 of 終わった, 終了).
 */
export function fullWordBits(
  concepts: readonly Concept[],
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
): number {
  let bits = 0;
  concepts.forEach((concept, i) => {
    const full =
      concept.optional === true ||
      concept.weight >= profile.words.realWord ||
      DIGIT.test(concept.word);
    if (i < COVERED_BITS && full) bits |= 1 << i;
  });
  return bits;
}

const DIGIT = /\d/;

/**
 * How much of the question a passage covers: each concept's weight times the best credit its
 * matched terms give it, over the question's whole weight.
 */
export function coverage(
  query: AnalyzedQuery,
  matched: readonly QueryTerm[],
  /**
   * Terms found only in the meetup's details (venue, date): they add to the share, but a word
   * covered only there is not one of the real words an answer must cover.
   */
  context: readonly QueryTerm[] = [],
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
): Coverage {
  return coverageCounter(query, profile)(matched, context);
}

/**
 * {@link coverage} for the many passages scored against one question: its tallies are made once
 * and cleared for each passage, so scoring hundreds of them allocates nothing but the results.
 * The terms are the question's own (from its {@link AnalyzedQuery.terms}).
 */
export function coverageCounter(
  query: AnalyzedQuery,
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
): (
  matched: readonly QueryTerm[],
  context?: readonly QueryTerm[],
  /** Given, each concept's credit (0..1) from these terms is written here, by concept. */
  perConcept?: Float64Array,
  /**
   * Given, whether the passage writes an equivalent's word whole (see
   * {@link AnalyzedQuery.unitPhrases}); without it, all of its bigrams are enough.
   */
  holds?: (phrase: string) => boolean,
) => Coverage {
  const concepts = query.concepts.length;
  /** Per concept, the credit of the matched terms alone, and of those and the context's. */
  const own = new Float64Array(concepts);
  const all = new Float64Array(concepts);
  /** Per equivalent and concept it serves, how many of its distinct terms are there. */
  const unitTerms = new Uint32Array(query.unitSizes.length * concepts);
  /**
   * The slots of `unitTerms` the passage has counted in, each once: a passage meets few of a
   * question's equivalents, and walking every slot of a broad question (40 terms and more) for each
   * of its hundreds of passages took more time than counting the terms.
   */
  const touched = new Uint32Array(unitTerms.length);
  let touchedCount = 0;
  /** Per concept, the most words an equivalent the passage has whole stands for (see `unitWords`). */
  const unitWordsOf = new Uint32Array(concepts);
  /** When each term was last counted towards its equivalents: a term listed twice counts once. */
  const countedIn = new Map<string, number>();
  let passage = 0;

  const add = (terms: readonly QueryTerm[], credit: Float64Array) => {
    for (const term of terms) {
      const first = countedIn.get(term.term) !== passage;
      countedIn.set(term.term, passage);
      for (const c of term.credits) {
        if (c.unit === undefined)
          credit[c.concept] = Math.min(1, (credit[c.concept] ?? 0) + c.credit);
        else if (first) {
          const slot = c.unit * concepts + c.concept;
          const count = unitTerms[slot] ?? 0;
          if (count === 0) touched[touchedCount++] = slot;
          unitTerms[slot] = count + 1;
        }
      }
    }
  };
  // An equivalent with all of its terms there covers the concepts it serves wholly.
  const completeUnits = (
    credit: Float64Array,
    holds: ((phrase: string) => boolean) | undefined,
    wordsOf?: Uint32Array,
  ) => {
    for (let i = 0; i < touchedCount; i++) {
      const k = touched[i] ?? 0;
      const found = unitTerms[k] ?? 0;
      const unit = Math.floor(k / concepts);
      if (found < (query.unitSizes[unit] ?? 1)) continue;
      const phrase = query.unitPhrases[unit];
      if (phrase !== undefined && holds && !holds(phrase)) continue;
      const concept = k % concepts;
      credit[concept] = 1;
      if (wordsOf) wordsOf[concept] = Math.max(wordsOf[concept] ?? 0, query.unitWords[unit] ?? 1);
    }
  };

  return (matched, context = [], perConcept, holds) => {
    passage++;
    own.fill(0);
    for (let i = 0; i < touchedCount; i++) unitTerms[touched[i] ?? 0] = 0;
    touchedCount = 0;
    add(matched, own);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: with no context terms both give the same credits
    const withContext = context.length > 0;
    if (withContext) all.set(own);
    // Words are the passage's own: what the context completes below adds to the share only.
    unitWordsOf.fill(0);
    completeUnits(own, holds, unitWordsOf);
    if (withContext) {
      add(context, all);
      completeUnits(all, holds);
    }
    const credit = withContext ? all : own;
    perConcept?.set(credit);
    let total = 0;
    let share = 0;
    let words = 0;
    let covered = 0;
    for (let i = 0; i < concepts; i++) {
      const concept = at(query.concepts, i);
      const got = credit[i] ?? 0;
      if (got >= profile.ranking.wholeWord && i < COVERED_BITS) covered |= 1 << i;
      if (concept.optional && got === 0) continue;
      const weight = concept.weight;
      total += weight;
      share += weight * got;
      if (isRealWord(concept, profile) && (own[i] ?? 0) >= profile.ranking.wholeWord)
        words += Math.max(1, unitWordsOf[i] ?? 0);
    }
    return { share: total > 0 ? share / total : 0, strong: words > 0, words, covered };
  };
}

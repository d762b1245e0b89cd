import { at } from '../at.js';
import { analyzeQuery, type QueryContext } from '../search/analyze-query.js';
import type { AnalyzedQuery, QueryTerm } from '../search/analyzed-query.js';
import type { Glossary } from '../search/glossary.js';
import { createLoanwordLookup } from '../search/loanwords.js';
import { normalize } from '../search/normalize.js';
import { type Coverage, coverageCounter } from '../search/scoring/coverage.js';
import type { SynonymDictionary } from '../search/synonym-dictionary.js';
import { pruneSynonyms } from '../search/synonym-lookup.js';
import { scanTerms } from '../search/tokenize.js';

/**
 * Two questions at least this similar are the same question asked again. Measured with
 * `npm run measure-grouping` on the team's labelled set (test/fixtures/question-groups.json, 36
 * questions in 14 groups, 630 pairs): 0.45 gives pair precision 0.87 / recall 0.84, 0.60 gives
 * 1.00 / 0.74 (both F1 0.85), 0.70 drops recall to 0.52. The higher one is chosen: merging two
 * different gaps would hide one from the organizers, while a missed paraphrase only shows twice.
 */
export const GROUPING_THRESHOLD = 0.6;

/** A question as the log holds it, asked `count` times, the last at `lastAskedAt`. */
export interface AskedText {
  readonly question: string;
  readonly count: number;
  readonly lastAskedAt: string;
}

/** Near-duplicate questions: the most asked wording, how often all of them were asked, and when last. */
export interface QuestionGroup {
  readonly question: string;
  readonly count: number;
  readonly lastAskedAt: string;
  /** Every wording in the group, most asked first. */
  readonly wordings: readonly string[];
}

export interface GroupingOptions {
  readonly glossary: Glossary;
  /** The general cross-lingual dictionary, pruned here to the questions' own words. */
  readonly synonyms?: SynonymDictionary;
  readonly threshold?: number;
}

/** One question, analyzed as the engine analyzes questions, and read as the index reads notes. */
interface Profile {
  readonly query: AnalyzedQuery;
  /** Its index terms and every term the analyzer added for it (equivalents, plurals). */
  readonly terms: ReadonlySet<string>;
  /** How much of it a list of its terms covers, in the engine's measure. */
  readonly cover: (matched: readonly QueryTerm[]) => Coverage;
}

/**
 * How alike two of `questions` are, from 0 to 1: how much of each question the other covers, by
 * the engine's own measure (`coverage`), as if the other were a passage of the notes with its
 * equivalents written out, averaged both ways. The analyzer's context (dictionary, plurals,
 * katakana loanwords) is built from the questions themselves, as the engine's is from the notes,
 * so an equivalent counts when another question uses it.
 */
export function createSimilarity(
  questions: readonly string[],
  { glossary, synonyms }: GroupingOptions,
): (a: string, b: string) => number {
  const vocabulary = new Map<string, number>();
  // The lookups below read the vocabulary's terms only, as the index's term ids are not theirs.
  for (const q of questions) scanTerms(normalize(q), (term) => vocabulary.set(term, 1));
  const context: QueryContext = {
    glossary,
    ...(synonyms && { synonyms: pruneSynonyms(synonyms, vocabulary) }),
    // Questions are short and seldom write a word twice: their compounds are cut anywhere.
    loanwords: createLoanwordLookup(() => questions.map(normalize), vocabulary, {
      cuts: 'anywhere',
    }),
    known: (term) => vocabulary.has(term),
  };
  const profiles = new Map<string, Profile>();
  const profileOf = (question: string): Profile => profiles.get(question) ?? newProfile(question);
  const newProfile = (question: string): Profile => {
    const normalized = normalize(question);
    const query = analyzeQuery(normalized, context, question);
    const terms = new Set(query.terms.map((t) => t.term));
    scanTerms(normalized, (term) => terms.add(term));
    // One counter per question: its buffers are reused for every question it is compared with.
    const profile = { query, terms, cover: coverageCounter(query) };
    profiles.set(question, profile);
    return profile;
  };
  const share = (from: Profile, to: Profile) =>
    from.cover(from.query.terms.filter((t) => to.terms.has(t.term))).share;
  return (a, b) => {
    const pa = profileOf(a);
    const pb = profileOf(b);
    return (share(pa, pb) + share(pb, pa)) / 2;
  };
}

/**
 * Groups near-duplicate questions, most asked first: each question joins the first group whose
 * every wording so far is at least `threshold` similar to it (complete linkage, so a chain of
 * small steps cannot merge two different questions), or starts its own.
 */
export function groupQuestions(
  asked: readonly AskedText[],
  options: GroupingOptions,
): QuestionGroup[] {
  const threshold = options.threshold ?? GROUPING_THRESHOLD;
  const similarity = createSimilarity(
    asked.map((a) => a.question),
    options,
  );
  const sorted = [...asked].sort(
    (x, y) => y.count - x.count || y.lastAskedAt.localeCompare(x.lastAskedAt),
  );
  const groups: AskedText[][] = [];
  for (const item of sorted) {
    const home = groups.find((g) =>
      g.every((m) => similarity(m.question, item.question) >= threshold),
    );
    if (home) home.push(item);
    else groups.push([item]);
  }
  return groups
    .map((members) => ({
      question: at(members, 0).question,
      count: members.reduce((sum, m) => sum + m.count, 0),
      lastAskedAt: at(members.map((m) => m.lastAskedAt).sort(), members.length - 1),
      wordings: members.map((m) => m.question),
    }))
    .sort((x, y) => y.count - x.count || y.lastAskedAt.localeCompare(x.lastAskedAt));
}

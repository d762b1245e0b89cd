import { stemmer } from 'stemmer';
import { at } from '../at.js';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { normalize } from '../search/normalize.js';
import type { RankedPassage } from '../search/rank-passages.js';
import { COVERED_BITS, isRealWord } from '../search/scoring/coverage.js';
import type { ScoringProfile } from '../search/scoring/profile.js';
import { isAskedName } from '../search/yes-no-asked.js';

const LATIN_START = /^[a-z0-9]/;
const LATIN_WORD = /^[a-z]+$/;
const LATIN_WORDS = /[a-z]+/g;
const SCHEME_AND_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Whether the talk of `best` lacks what the question asks about: too many of its words that the
 * notes write elsewhere ({@link lacksKnownWords}); when it asks whether something is so, a name
 * it writes ({@link lacksAskedName}); or, when it asks whether any talk spoke of something, any
 * of its words ({@link lacksAnyWord}; the profile's `answer.talkRequired`). The talk has a word
 * where one of its passages covers it as a word (its title and meetup count in each;
 * `candidates` are the ranked passages), where it writes a form of it (upgrade for upgrades,
 * when the notes have both and the question's plural met the other talk), or where its links'
 * paths write it (a speaker's handle in the slides' address). `known` tells a term the index has.
 */
export function lacksAskedWords(
  best: RankedPassage,
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
  profile: ScoringProfile,
  known: (term: string) => boolean,
): boolean {
  const missing = missingWords(best, candidates, query, profile);
  return (
    lacksKnownWords(missing, query, profile, known) ||
    (query.whetherAsked && lacksAskedName(missing, best, query, profile, known)) ||
    lacksAnyWord(missing, query, profile)
  );
}

/**
 * Whether the talk lacks (`missing`) too many of the question's words that the notes write
 * elsewhere: at least one, and at least the profile's `answer.lackedShare` of the question's
 * real words. A word no note has says little (a chat word, a slip, a way of asking); a word the
 * notes have, but not where the answer is, is a detail the question asks about that this talk
 * does not speak of (a price, a version, a place, another product), and its passage would answer
 * another question.
 */
function lacksKnownWords(
  missing: readonly number[],
  query: AnalyzedQuery,
  profile: ScoringProfile,
  known: (term: string) => boolean,
): boolean {
  const share = profile.answer.lackedShare;
  if (share <= 0) return false;
  const real = query.concepts.filter((concept) => isRealWord(concept, profile)).length;
  const lacked = missing.filter((i) => writtenInNotes(query, i, known)).length;
  // The best passage covers a real word (it is `strong`), so `real` is at least 1 and a talk
  // that lacks none is never refused.
  return lacked >= share * real;
}

/**
 * Whether the talk of `best` lacks (`missing`) a name that a question asking whether something
 * is so writes in Latin letters (see yes-no-asked.ts) and that the notes write elsewhere: it
 * cannot say yes or no of a thing it never speaks of. A name no note has may be written otherwise
 * in the notes (a romaji reading, a nickname), as {@link lacksKnownWords} lets it be; a name in
 * the host of one of the talk's links (github of github.com) is the talk's.
 */
function lacksAskedName(
  missing: readonly number[],
  best: RankedPassage,
  query: AnalyzedQuery,
  profile: ScoringProfile,
  known: (term: string) => boolean,
): boolean {
  const least = profile.answer.whetherNameLetters;
  if (least <= 0) return false;
  const hosts = new Set(best.doc.talk.links.flatMap((link) => hostWords(link.url)));
  return missing.some((i) => {
    const { word } = at(query.concepts, i);
    return isAskedName(word, least) && known(word) && !hosts.has(word);
  });
}

/**
 * Whether the talk lacks (`missing`) any of the question's real words, in the notes elsewhere or
 * not, when it asks whether any talk spoke of something, but the words of the phrase asking it
 * ("mention" of "did anyone mention X"): such a question (see existence-asked.ts) is answered
 * only by a talk that speaks of all of its topic.
 */
function lacksAnyWord(
  missing: readonly number[],
  query: AnalyzedQuery,
  profile: ScoringProfile,
): boolean {
  const asking = query.talkAsked;
  if (!profile.answer.talkRequired || asking === undefined) return false;
  return missing.some((i) => !asking.has(at(query.concepts, i).word));
}

/**
 * The indexes of the question's real words the talk of `best` does not have (see
 * {@link lacksAskedWords}).
 */
function missingWords(
  best: RankedPassage,
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
  profile: ScoringProfile,
): number[] {
  let talkCovers = 0;
  for (const c of candidates) if (c.doc.talk === best.doc.talk) talkCovers |= c.covered;
  const handles = new Set(best.doc.talk.links.flatMap((link) => pathWords(link.url)));
  // The stems of the talk's Latin words, read only if a word is not covered otherwise.
  let stems: Set<string> | undefined;
  const talkStems = () => (stems ??= stemsOf(best.doc.talk));
  const missing: number[] = [];
  query.concepts.forEach((concept, i) => {
    if (!isRealWord(concept, profile)) return;
    // Past the words a passage keeps bits for, a word is taken as the talk's.
    if (i >= COVERED_BITS || (talkCovers & (1 << i)) !== 0 || handles.has(concept.word)) return;
    if (LATIN_WORD.test(concept.word) && talkStems().has(stemmer(concept.word))) return;
    missing.push(i);
  });
  return missing;
}

/**
 * Whether the notes write the question's `concept`-th word in one of the forms the question is
 * read in (as asked, a plural's singular, an equivalent in the other language): a Latin form is a
 * term of the index, a Japanese one has every one of its bigrams there.
 */
function writtenInNotes(
  query: AnalyzedQuery,
  concept: number,
  known: (term: string) => boolean,
): boolean {
  return query.highlight.some((form, k) => {
    if (!query.highlightConcepts[k]?.includes(concept)) return false;
    if (LATIN_START.test(form)) return known(form);
    if (form.length < 2) return false;
    for (let j = 0; j + 2 <= form.length; j++) if (!known(form.slice(j, j + 2))) return false;
    return true;
  });
}

/** The stems of the Latin words of a talk's title and notes (upgrade for upgrades). */
function stemsOf(talk: RankedPassage['doc']['talk']): Set<string> {
  const text = normalize([talk.title, ...talk.passages.map((p) => p.text)].join('\n'));
  return new Set([...text.matchAll(LATIN_WORDS)].map(([word]) => stemmer(word)));
}

/** The words of a link's host, lower case (speakerdeck, github, io of user.github.io). */
function hostWords(url: string): string[] {
  return (SCHEME_AND_HOST.exec(url)?.[0] ?? '').toLowerCase().match(WORDS) ?? [];
}

/**
 * The words of a link's path, lower case (a speaker's handle in /Kazu/mirrors): not its scheme
 * and host, whose words (google, github) name the service that holds the slides, not the talk.
 */
function pathWords(url: string): string[] {
  return url.replace(SCHEME_AND_HOST, '').toLowerCase().match(WORDS) ?? [];
}

import { stemmer } from 'stemmer';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { normalize } from '../search/normalize.js';
import type { RankedPassage } from '../search/rank-passages.js';
import { COVERED_BITS, isRealWord } from '../search/scoring/coverage.js';
import type { ScoringProfile } from '../search/scoring/profile.js';

const LATIN_START = /^[a-z0-9]/;
const LATIN_WORD = /^[a-z]+$/;

/**
 * Whether the talk of `best` lacks too many of the question's words that the notes write
 * elsewhere: at least one, and at least the profile's `answer.lackedShare` of the question's
 * real words. A word no note has says little (a chat word, a slip, a way of asking); a word the
 * notes have, but not where the answer is, is a detail the question asks about that this talk
 * does not speak of (a price, a version, a place, another product), and its passage would answer
 * another question. The talk has a word where one of its passages covers it as a word (its title
 * and meetup count in each; `candidates` are the ranked passages), where it writes a form of it
 * (upgrade for upgrades, when the notes have both and the question's plural met the other talk),
 * or where its links' paths write it (a speaker's handle in the slides' address). `known` tells
 * a term the index has.
 */
export function lacksKnownWords(
  best: RankedPassage,
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
  profile: ScoringProfile,
  known: (term: string) => boolean,
): boolean {
  const share = profile.answer.lackedShare;
  if (share <= 0) return false;
  let talkCovers = 0;
  for (const c of candidates) if (c.doc.talk === best.doc.talk) talkCovers |= c.covered;
  const handles = new Set(best.doc.talk.links.flatMap((link) => pathWords(link.url)));
  let stems: Set<string> | undefined;
  const talkStems = () => {
    if (stems) return stems;
    const t = best.doc.talk;
    const text = normalize([t.title, ...t.passages.map((p) => p.text)].join('\n'));
    stems = new Set([...text.matchAll(/[a-z]+/g)].map(([w]) => stemmer(w)));
    return stems;
  };
  let real = 0;
  let lacked = 0;
  query.concepts.forEach((concept, i) => {
    if (i >= COVERED_BITS || !isRealWord(concept, profile)) return;
    real++;
    if ((talkCovers & (1 << i)) !== 0 || handles.has(concept.word)) return;
    if (LATIN_WORD.test(concept.word) && talkStems().has(stemmer(concept.word))) return;
    if (writtenInNotes(query, i, known)) lacked++;
  });
  return lacked > 0 && lacked >= share * real;
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

/**
 * The words of a link's path, lower case (a speaker's handle in /kazu/mirrors): not its host,
 * whose words (google, github) name the service that holds the slides, not the talk.
 */
function pathWords(url: string): string[] {
  try {
    return new URL(url).pathname
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  } catch {
    return [];
  }
}

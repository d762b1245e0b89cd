import type { SearchOptions } from 'minisearch';
import type { TypedFastBitSet } from 'typedfastbitset';
import { at } from '../at.js';
import type { AnalyzedQuery, QueryTerm } from './analyzed-query.js';
import {
  type IndexedPassage,
  type IndexedTalk,
  type PassageField,
  type PassageIndex,
  passageAt,
} from './build-index.js';
import { normalize } from './normalize.js';
import { type Coverage, coverageCounter } from './scoring/coverage.js';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring/profile.js';
import { fuzzyDistance, isStretchable } from './scoring/stretch.js';
import { type CommonTerm, topTalks } from './top-talks.js';

/** A passage scored against a question. */
export interface RankedPassage {
  readonly doc: IndexedPassage;
  /** Share of the question's weight the passage covers (0..1). */
  readonly coverage: number;
  /** It covers at least one real word of the question, not only particles or a lone kanji. */
  readonly strong: boolean;
  /** How many real words of the question it covers. */
  readonly words: number;
  /** Which of the question's words it covers wholly (see {@link Coverage.covered}). */
  readonly covered: number;
  readonly score: number;
}

interface Match {
  /** The question's term it stands for. */
  readonly term: QueryTerm;
  /** The term as the index has it (a typo's correction for a stretched word). */
  readonly indexed: string;
  readonly boost: number;
}

/**
 * Finds the talks the question is about with minisearch, then scores each of their passages:
 * BM25-style weight of the question's terms found in the passage, its section and its talk's
 * title, and how much of the question the passage covers.
 */
export function rankPassages(
  index: PassageIndex,
  query: AnalyzedQuery,
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
): RankedPassage[] {
  const found = findTalks(index, query, profile.ranking);
  if (!found) return [];
  const { matches, hits } = found;
  // Each matched term's slot holds 1 + its place in `list`; every other term's holds 0.
  const list = [...matches.values()];
  const slots = index.termSlots;
  let place = 0;
  for (const id of matches.keys()) slots[id] = ++place;
  try {
    return scorePassages(index, query, profile, { matches, hits, list });
  } finally {
    for (const id of matches.keys()) slots[id] = 0;
  }
}

/** Every passage of the talks found (`hits`) with a term of the question, scored. */
function scorePassages(
  index: PassageIndex,
  query: AnalyzedQuery,
  profile: ScoringProfile,
  { matches, hits, list }: { matches: Map<number, Match>; hits: number[]; list: Match[] },
): RankedPassage[] {
  const slots = index.termSlots;
  const weigh = bm25(index, profile.ranking);
  const coverage = coverageCounter(query, profile);
  const written = writtenIn();
  const { holds } = written;
  // One list reused for every passage: coverage reads it and keeps nothing.
  const matched: QueryTerm[] = [];
  const ranked: RankedPassage[] = [];
  for (const talkId of hits) {
    const talk = at(index.talks, talkId);
    const { talkMatches, contextMatches, namesMeetup, talkScore } = scoreTalk(talk, matches, weigh);
    for (let p = talk.firstPassage; p < talk.firstPassage + talk.passageCount; p++) {
      const start = index.textStart[p] ?? 0;
      const middle = index.sectionStart[p] ?? start;
      const end = index.textStart[p + 1] ?? middle;
      matched.length = 0;
      matched.push(...talkMatches);
      let score = talkScore;
      for (let k = start; k < end; k++) {
        const id = index.termIds.at(k);
        // Every id in the passages is below the vocabulary's size, which the slots have.
        const slot = slots[id] as number;
        if (slot === 0) continue;
        const m = list[slot - 1] as Match;
        matched.push(m.term);
        if (namesMeetup.has(id)) continue;
        score +=
          m.boost *
          (k < middle ? weigh(id, 'text', middle - start) : weigh(id, 'section', end - middle));
      }
      if (score === 0) continue;
      const doc = passageAt(index, talkId, p);
      written.at(doc);
      const { share, strong, words, covered } = coverage(matched, contextMatches, undefined, holds);
      ranked.push({ doc, coverage: share, strong, words, covered, score });
    }
  }
  return ranked;
}

/**
 * Whether the passage `at` last named, its section, its talk's title or its meetup's title or
 * details write a phrase whole. Each text is normalized only when a phrase is first looked for in
 * it (the talk's and meetup's once per talk), and only when the texts as written lack it: most
 * phrases are found as written.
 */
function writtenIn(): { at(doc: IndexedPassage): void; holds(phrase: string): boolean } {
  // One passage's texts at a time, kept in place: a question scores hundreds of passages.
  let text = '';
  let title = '';
  let section = '';
  let meetupTitle = '';
  let details: readonly { readonly text: string }[] = [];
  let talkOf: IndexedPassage['talk'] | undefined;
  let own: string | undefined;
  let around: string | undefined;
  return {
    at({ passage, talk, meetup }) {
      text = passage.text;
      section = passage.section ?? '';
      own = undefined;
      if (talk === talkOf) return;
      talkOf = talk;
      title = talk.title;
      meetupTitle = meetup.title;
      details = meetup.details ?? [];
      around = undefined;
    },
    holds(phrase) {
      // Most notes write a word as the index reads it: the texts as written, first.
      if (
        text.includes(phrase) ||
        title.includes(phrase) ||
        section.includes(phrase) ||
        meetupTitle.includes(phrase)
      )
        return true;
      // Joined by a character no word has, which the spaces taken out are not.
      own ??= unspaced(`${text}\u0000${section}`);
      if (own.includes(phrase)) return true;
      around ??= unspaced([title, meetupTitle, ...details.map((d) => d.text)].join('\u0000'));
      return around.includes(phrase);
    },
  };
}

/** Text normalized as the index reads it, without its spaces: ガジェット キット as one word. */
function unspaced(text: string): string {
  return normalize(text).replace(/\s/g, '');
}

/**
 * The question's terms the index has (and the words it lacks, stretched as typos or prefixes),
 * and the talks minisearch finds with them; undefined when no term can be sent.
 */
function findTalks(
  index: PassageIndex,
  query: AnalyzedQuery,
  ranking: ScoringProfile['ranking'],
): { matches: Map<number, Match>; hits: number[] } | undefined {
  const matches = new Map<number, Match>();
  const stretched = new Map<string, QueryTerm>();
  for (const term of query.terms) {
    // A word's other number already arrives as the notes write it (see pluralFormsInNotes).
    const id = index.vocabulary.get(term.term);
    if (id !== undefined) matches.set(id, { term, indexed: term.term, boost: term.boost });
    // Only words the notes lack are stretched: a typo (ansibel) or a stem (visualiz…).
    else if (term.own && isStretchable(term.term, ranking)) stretched.set(term.term, term);
  }
  if (matches.size === 0 && stretched.size === 0) return undefined;

  const sent = [...matches]
    .filter(([id]) => !index.commonTermTalks.has(id))
    .map(([, m]) => ({ term: m.indexed, boost: m.boost }))
    .concat([...stretched.values()].map((t) => ({ term: t.term, boost: t.boost })));
  const boostOf = new Map(sent.map((t) => [t.term, t.boost]));
  // Stryker disable next-line MethodExpression: without the filter, as with the next line always false, the path below picks minisearch's best 20 itself (a term in no list adds nothing); only the order of ties may differ
  const common = [...matches].filter(([id]) => index.commonTermTalks.has(id));
  // minisearch's score of every talk it finds, where the common terms' are added to it.
  // Stryker disable next-line ConditionalExpression: `true` is equivalent up to the order of ties: topTalks then picks minisearch's best 20 itself
  const scores = common.length > 0 ? index.talkScores.fill(0) : undefined;
  const options: SearchOptions = {
    tokenize: (s) => s.split('\u0000'),
    processTerm: (t) => t,
    boost: {
      body: ranking.fields.text,
      title: ranking.fields.title,
      meetup: ranking.fields.meetup,
    },
    boostTerm: (term) => boostOf.get(term) ?? 0,
    fuzzy: (term) =>
      stretched.has(term) ? fuzzyDistance(term, ranking, query.realWords.has(term)) : 0,
    maxFuzzy: ranking.maxFuzzy,
    prefix: (term) => stretched.has(term),
    weights: ranking.stretch,
  };
  // The talks minisearch finds, for topTalks to score first.
  const found: number[] = [];
  const best = index.minisearch.searchTalks(
    sent.map((t) => t.term).join('\u0000'),
    options,
    ranking.talksToScore,
    scores
      ? (id, score) => {
          scores[id] = score;
          found.push(id);
        }
      : () => {},
  );
  const hits = scores
    ? topTalks(scores, found, commonTerms(index, common), ranking.talksToScore)
    : best.map((h) => h.id);

  // A stretched match stands for the question's word it is closest to.
  for (const hit of best) {
    for (const term of hit.terms) {
      const id = index.vocabulary.get(term);
      if (id === undefined || matches.has(id)) continue;
      // Every term minisearch matched was sent, so one not matched exactly is a stretch of a
      // word in `stretched`, which is then not empty.
      const source = closest(term, stretched);
      const weight = term.startsWith(source.term) ? ranking.stretch.prefix : ranking.stretch.fuzzy;
      matches.set(id, { term: source, indexed: term, boost: source.boost * weight });
    }
  }
  return { matches, hits };
}

/** Each common term's talks and weight: its (small) inverse talk frequency times its boost. */
function commonTerms(
  index: PassageIndex,
  common: readonly (readonly [number, Match])[],
): CommonTerm[] {
  const total = index.talks.length;
  return common.map(([id, m]) => {
    // Every id in `common` has a set: it was filtered on it.
    const talks = index.commonTermTalks.get(id) as TypedFastBitSet;
    const count = talks.size();
    return { talks, weight: m.boost * Math.log(1 + (total - count + 0.5) / (count + 0.5)) };
  });
}

type Weigh = (id: number, field: PassageField, length: number) => number;

/** BM25 weight of one term in one field of a passage; every term counts once per field. */
function bm25(index: PassageIndex, ranking: ScoringProfile['ranking']): Weigh {
  const total = index.passages.length;
  const idfCache: Record<PassageField, Map<number, number>> = {
    text: new Map(),
    section: new Map(),
    title: new Map(),
    meetup: new Map(),
  };
  const idfOf = (id: number, field: PassageField) => {
    const df = index.frequency[field][id] ?? 0;
    const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    idfCache[field].set(id, idf);
    return idf;
  };
  const { k1, b } = ranking;
  return (id, field, length) => {
    const idf = idfCache[field].get(id) ?? idfOf(id, field);
    const norm = (k1 + 1) / (1 + k1 * (1 - b + (b * length) / index.averageLength[field]));
    return idf * norm * ranking.fields[field];
  };
}

/**
 * What a talk's title and meetup give each of its passages: the matched terms, the score, and
 * the terms found only in the meetup's details (context, not an answer's words).
 */
function scoreTalk(talk: IndexedTalk, matches: ReadonlyMap<number, Match>, weigh: Weigh) {
  const talkMatches: QueryTerm[] = [];
  const contextMatches: QueryTerm[] = [];
  let talkScore = 0;
  // A word that names the meetup ("at the Go 1.13 release party") has done its work there; found
  // again in a talk's title or a passage it would favour whatever repeats the meetup's name.
  const namesMeetup = new Set<number>();
  // forEach, not entries(): asked for each talk scored, an iterator's pair per term adds up.
  const { meetupTerms, titleTerms } = talk;
  meetupTerms.forEach((id, k) => {
    const m = matches.get(id);
    if (!m) return;
    // The details' terms follow the title's, none of them the same (the index counts a word of
    // both once): they are context, and name nothing.
    if (k >= talk.meetupTitleTerms) contextMatches.push(m.term);
    else {
      talkMatches.push(m.term);
      namesMeetup.add(id);
    }
    talkScore += m.boost * weigh(id, 'meetup', meetupTerms.length);
  });
  titleTerms.forEach((id) => {
    const m = matches.get(id);
    if (!m) return;
    talkMatches.push(m.term);
    if (!namesMeetup.has(id)) talkScore += m.boost * weigh(id, 'title', talk.titleLength);
  });
  return { talkMatches, contextMatches, namesMeetup, talkScore };
}

/**
 * The stretchable question word sharing the longest prefix with a term the index matched; the
 * first of them on a tie. `candidates` is never empty (reduce with no start value throws if it is).
 */
function closest(found: string, candidates: ReadonlyMap<string, QueryTerm>): QueryTerm {
  return [...candidates.values()].reduce((best, term) =>
    // Stryker disable next-line EqualityOperator: `>=` is equivalent up to ties: two words sharing as long a start are as close
    sharedStart(found, term.term) > sharedStart(found, best.term) ? term : best,
  );
}

/** How many UTF-16 units two strings share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  // Past the end of either string charCodeAt is NaN, which equals nothing: no bound is needed.
  while (a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

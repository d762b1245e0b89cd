import type { AnalyzedQuery, QueryTerm } from './analyzed-query.js';
import type { IndexedPassage, IndexedTalk, PassageField, PassageIndex } from './build-index.js';
import { coverageCounter } from './scoring/coverage.js';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring/profile.js';
import { fuzzyDistance, isStretchable } from './scoring/stretch.js';

/** A passage scored against a question. */
export interface RankedPassage {
  readonly doc: IndexedPassage;
  /** Share of the question's weight the passage covers (0..1). */
  readonly coverage: number;
  /** It covers at least one real word of the question, not only particles or a lone kanji. */
  readonly strong: boolean;
  /** How many real words of the question it covers. */
  readonly words: number;
  readonly score: number;
}

const FIELD_INDEX: Readonly<Record<PassageField, number>> = {
  text: 0,
  section: 1,
  title: 2,
  meetup: 3,
};
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
  const weigh = bm25(index, profile.ranking);
  const coverage = coverageCounter(query, profile);
  // One list reused for every passage: coverage reads it and keeps nothing.
  const matched: QueryTerm[] = [];
  const ranked: RankedPassage[] = [];
  for (const talkId of hits) {
    const talk = index.talks[talkId];
    // Stryker disable next-line ConditionalExpression: `if (false)` is equivalent: hits are ids of the index's talks
    if (!talk) continue;
    const { talkMatches, contextMatches, namesMeetup, talkScore } = scoreTalk(talk, matches, weigh);
    for (let p = talk.firstPassage; p < talk.firstPassage + talk.passageCount; p++) {
      const doc = index.passages[p];
      // Stryker disable next-line ConditionalExpression: `if (false)` is equivalent: a talk's passages are in the index
      if (!doc) continue;
      const start = index.textStart[p] ?? 0;
      const middle = index.sectionStart[p] ?? start;
      const end = index.textStart[p + 1] ?? middle;
      matched.length = 0;
      matched.push(...talkMatches);
      let score = talkScore;
      for (let k = start; k < end; k++) {
        const id = index.termIds.at(k);
        const m = matches.get(id);
        if (!m) continue;
        matched.push(m.term);
        if (namesMeetup.has(id)) continue;
        score +=
          m.boost *
          (k < middle ? weigh(id, 'text', middle - start) : weigh(id, 'section', end - middle));
      }
      if (score === 0) continue;
      const { share, strong, words } = coverage(matched, contextMatches);
      ranked.push({ doc, coverage: share, strong, words, score });
    }
  }
  return ranked;
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
    // Plurals and other forms already arrive as the notes' own forms (see StemLookup).
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
  const found = index.minisearch.search(sent.map((t) => t.term).join('\u0000'), {
    tokenize: (s) => s.split('\u0000'),
    processTerm: (t) => t,
    boost: {
      body: ranking.fields.text,
      title: ranking.fields.title,
      meetup: ranking.fields.meetup,
    },
    boostTerm: (term) => boostOf.get(term) ?? 0,
    fuzzy: (term) => (stretched.has(term) ? fuzzyDistance(term, ranking) : 0),
    prefix: (term) => stretched.has(term),
    weights: ranking.stretch,
  });
  const hits = topTalks(index, found, matches, ranking.talksToScore);

  // A stretched match stands for the question's word it is closest to.
  for (const hit of found.slice(0, ranking.talksToScore)) {
    for (const term of hit.terms) {
      const id = index.vocabulary.get(term);
      if (id === undefined || matches.has(id)) continue;
      const source = closest(term, stretched);
      // Stryker disable next-line ConditionalExpression: `if (false)` is equivalent: every term minisearch matched was sent, so an unmatched one is a stretch of a word in `stretchable`
      if (!source) continue;
      const weight = term.startsWith(source.term) ? ranking.stretch.prefix : ranking.stretch.fuzzy;
      matches.set(id, { term: source, indexed: term, boost: source.boost * weight });
    }
  }
  return { matches, hits };
}

type Weigh = (id: number, field: PassageField, length: number) => number;

/** BM25 weight of one term in one field of a passage; every term counts once per field. */
function bm25(index: PassageIndex, ranking: ScoringProfile['ranking']): Weigh {
  const total = index.passages.length;
  const idfCache = new Map<number, number>();
  const { k1, b } = ranking;
  return (id, field, length) => {
    // Stryker disable next-line ArithmeticOperator: `id * 4 - index` is equivalent: as unique a key per term and field
    const key = id * 4 + FIELD_INDEX[field];
    let idf = idfCache.get(key);
    // Stryker disable next-line ConditionalExpression: `if (true)` is equivalent: it recomputes the same cached value
    if (idf === undefined) {
      const df = index.frequency[field][id] ?? 0;
      idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      idfCache.set(key, idf);
    }
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
  for (const [ids, field] of [
    [talk.meetupTerms, 'meetup'],
    [talk.titleTerms, 'title'],
  ] as const) {
    for (const [k, id] of ids.entries()) {
      const m = matches.get(id);
      if (!m) continue;
      const details = field === 'meetup' && k >= talk.meetupTitleTerms;
      (details ? contextMatches : talkMatches).push(m.term);
      if (field === 'meetup' && !details) namesMeetup.add(id);
      else if (namesMeetup.has(id)) continue;
      talkScore += m.boost * weigh(id, field, ids.length);
    }
  }
  return { talkMatches, contextMatches, namesMeetup, talkScore };
}

/**
 * The talks worth scoring: minisearch's score for the discriminating terms plus, for terms too
 * common to be in minisearch, their (small) inverse talk frequency summed over their talk lists.
 */
function topTalks(
  index: PassageIndex,
  found: readonly { id: unknown; score: number }[],
  matches: ReadonlyMap<number, Match>,
  talksToScore: number,
): number[] {
  // Stryker disable next-line MethodExpression: without the filter, as with the next line always false, the path below picks minisearch's best 20 itself (a term in no list adds nothing); only the order of ties may differ
  const common = [...matches].filter(([id]) => index.commonTermTalks.has(id));
  // Stryker disable next-line ConditionalExpression: `if (false)` is equivalent up to the order of ties: the path below picks minisearch's best 20 itself
  if (common.length === 0) return found.slice(0, talksToScore).map((hit) => Number(hit.id));
  const scores = new Float64Array(index.talks.length);
  for (const hit of found) scores[Number(hit.id)] = hit.score;
  for (const [id, m] of common) {
    const talks = index.commonTermTalks.get(id) ?? new Uint32Array();
    const weight =
      m.boost * Math.log(1 + (index.talks.length - talks.length + 0.5) / (talks.length + 0.5));
    // Indexed, not for…of: these lists run to thousands of talks, and V8 walks a typed array by
    // index over twice as fast.
    // Stryker disable next-line EqualityOperator: `k <= talks.length` is equivalent: the entry past the end reads undefined and is skipped
    for (let k = 0; k < talks.length; k++) {
      const talk = talks[k];
      // Stryker disable next-line ConditionalExpression: `if (true)` is equivalent: before the end every entry is a talk
      if (talk !== undefined) scores[talk] = (scores[talk] ?? 0) + weight;
    }
  }
  // Stryker disable next-line ArrayDeclaration: a placeholder entry is equivalent: it scores 0, sorts last and is replaced, or is skipped as no talk
  const best: number[] = [];
  // Stryker disable next-line EqualityOperator: `t <= scores.length` is equivalent: the entry past the end reads as 0 and is skipped
  for (let t = 0; t < scores.length; t++) {
    const score = scores[t] ?? 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a talk scoring 0 has no matched term, so none of its passages scores and it adds no candidate
    if (score <= 0) continue;
    if (best.length < talksToScore) best.push(t);
    // Stryker disable next-line EqualityOperator: `>=` is equivalent up to ties: which of equally scored talks keeps the last place is not specified
    else if (score > (scores[best[best.length - 1] ?? 0] ?? 0)) best[best.length - 1] = t;
    else continue;
    // Moved up past the talks scoring less, after those scoring the same: the order a stable sort
    // gives, without sorting (and allocating) again for each of the many talks that get in.
    let k = best.length - 1;
    // Stryker disable next-line EqualityOperator: `<=` is equivalent up to ties, as above
    for (; k > 0 && (scores[best[k - 1] ?? 0] ?? 0) < score; k--) best[k] = best[k - 1] ?? 0;
    best[k] = t;
  }
  return best;
}

/** The stretchable question word sharing the longest prefix with a term the index matched. */
function closest(found: string, candidates: ReadonlyMap<string, QueryTerm>): QueryTerm | undefined {
  let best: QueryTerm | undefined;
  let bestShared = -1;
  for (const term of candidates.values()) {
    let shared = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: dropping or loosening `shared < found.length` is equivalent: past its end `found` reads undefined, unlike the different word `term.term`
    while (shared < found.length && found[shared] === term.term[shared]) shared++;
    // Stryker disable next-line EqualityOperator: `>=` is equivalent up to ties: two words sharing as long a start are as close
    if (shared > bestShared) {
      best = term;
      bestShared = shared;
    }
  }
  return best;
}

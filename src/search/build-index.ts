import MiniSearch from 'minisearch';
import type { Meetup, Passage, Talk } from '../content/meetup.js';
import { runAtOnce, type Steps } from './cooperative.js';
import { IdChunks, type TermIds } from './id-chunks.js';
import { normalize } from './normalize.js';
import { scanTerms } from './tokenize.js';

/** A passage with the talk and meetup it belongs to. */
export interface IndexedPassage {
  readonly id: number;
  readonly meetup: Meetup;
  readonly talk: Talk;
  readonly passage: Passage;
  /** Index of its talk in {@link PassageIndex.talks}. */
  readonly talkId: number;
}

/** A talk: minisearch's document, and the range of its passages. */
export interface IndexedTalk {
  readonly id: number;
  readonly firstPassage: number;
  readonly passageCount: number;
  /** Term ids of the talk title, and of the meetup: its title, then its details (date, venue…). */
  readonly titleTerms: Uint32Array;
  readonly meetupTerms: Uint32Array;
  /** How many of {@link meetupTerms} come from the meetup's title. */
  readonly meetupTitleTerms: number;
}

/** minisearch documents are talks; their fields hold already-tokenized terms. */
interface TalkDocument {
  readonly id: number;
  readonly body: readonly string[];
  readonly title: readonly string[];
  readonly meetup: readonly string[];
}

/**
 * Two levels. minisearch indexes one document per talk (every term of its passages once, its
 * title, its meetup) and finds the talks a question is about, with typo and prefix matching.
 * Passages keep their term ids in one flat array, so the talks found can be split into passages
 * and each passage scored on its own without a second full-text index.
 */
export interface PassageIndex {
  readonly minisearch: MiniSearch<TalkDocument>;
  readonly passages: readonly IndexedPassage[];
  readonly talks: readonly IndexedTalk[];
  /** Every term in the notes, with its id. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /**
   * Per field, how many passages have each term id there (a talk's title and meetup count once
   * for each of its passages, as if every passage carried them), and the fields' mean length.
   */
  readonly frequency: Readonly<Record<PassageField, Uint32Array>>;
  readonly averageLength: Readonly<Record<PassageField, number>>;
  /**
   * Talks of the terms too common to tell talks apart (in more than 5% of a large corpus): kept
   * out of minisearch, whose cost grows with every posting, and summed in a flat array instead.
   */
  readonly commonTermTalks: ReadonlyMap<number, Uint32Array>;
  /**
   * Passage p's text terms are at positions textStart[p] up to sectionStart[p] (read with
   * `termIds.at(k)`), then its section's up to textStart[p + 1].
   */
  readonly termIds: TermIds;
  readonly textStart: Uint32Array;
  readonly sectionStart: Uint32Array;
}

/** The fields a passage is scored on. */
export type PassageField = 'text' | 'section' | 'title' | 'meetup';
const PASSAGE_FIELDS: readonly PassageField[] = ['text', 'section', 'title', 'meetup'];

export type SearchField = 'body' | 'title' | 'meetup';

/** Below this many talks every term goes to minisearch. */
const COMMON_TERMS_FROM_TALKS = 200;
const COMMON_TERM_SHARE = 0.05;

/** Every distinct term of a text, as the index stores them. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  scanTerms(normalize(text), (term) => terms.add(term));
  return [...terms];
}

interface IdSink {
  push(id: number): unknown;
  readonly length: number;
}

export function buildIndex(meetups: readonly Meetup[]): PassageIndex {
  return runAtOnce(indexSteps(meetups));
}

/**
 * The index build, a step per talk (see {@link runInSlices}); {@link buildIndex} runs it at once.
 */
export function* indexSteps(meetups: readonly Meetup[]): Steps<PassageIndex> {
  const vocabulary = new Map<string, number>();
  const frequency: Record<PassageField, number[]> = {
    text: [],
    section: [],
    title: [],
    meetup: [],
  };
  const totalLength: Record<PassageField, number> = { text: 0, section: 0, title: 0, meetup: 0 };
  // Stryker disable next-line ArrayDeclaration: a stray first element is never equal to an owner, which is all it is compared with
  const lastOwner: number[] = [];
  let owner = 0;
  const ids = new IdChunks();
  const textStart: number[] = [];
  const sectionStart: number[] = [];
  const passages: IndexedPassage[] = [];
  const talks: IndexedTalk[] = [];
  // Each talk's distinct body term ids, back to back, and how many talks have each term.
  const bodyIds = new IdChunks();
  const bodyStart: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a stray first element is never equal to a talk id, which is all it is compared with
  const lastTalk: number[] = [];
  const talkFrequency: number[] = [];

  /**
   * Appends the distinct term ids of `text` to `out`, counting `weight` passages per term. With
   * `more`, `text` continues the previous call's field: its terms already added there are not
   * added or counted again.
   */
  const addTerms = (
    text: string,
    out: IdSink,
    field: PassageField,
    weight: number,
    more = false,
  ) => {
    const counts = frequency[field];
    const before = out.length;
    // Stryker disable next-line UpdateOperator: counting down gives each call a distinct owner too
    if (!more) owner++;
    scanTerms(normalize(text), (term) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        for (const f of PASSAGE_FIELDS) frequency[f].push(0);
        lastOwner.push(0);
        lastTalk.push(-1);
        talkFrequency.push(0);
      }
      if (lastOwner[id] === owner) return;
      lastOwner[id] = owner;
      counts[id] = (counts[id] ?? 0) + weight;
      out.push(id);
    });
    totalLength[field] += (out.length - before) * weight;
  };

  for (const meetup of meetups) {
    const meetupIds: number[] = [];
    const meetupPassages = meetup.talks.reduce((n, t) => n + t.passages.length, 0);
    addTerms(meetup.title, meetupIds, 'meetup', meetupPassages);
    const meetupTitleTerms = meetupIds.length;
    if (meetup.details?.length) {
      // The lines before the first talk (date, venue, hashtag) are searched as the meetup's
      // context: one field with its title, so a word in both counts once.
      const text = meetup.details.map((d) => d.text).join('\n');
      addTerms(text, meetupIds, 'meetup', meetupPassages, true);
    }
    for (const talk of meetup.talks) {
      const talkId = talks.length;
      const firstPassage = passages.length;
      const titleIds: number[] = [];
      addTerms(talk.title, titleIds, 'title', talk.passages.length);
      bodyStart.push(bodyIds.length);
      for (const passage of talk.passages) {
        const id = passages.length;
        passages.push({ id, meetup, talk, passage, talkId });
        textStart.push(ids.length);
        addTerms(passage.text, ids, 'text', 1);
        sectionStart.push(ids.length);
        if (passage.section) addTerms(passage.section, ids, 'section', 1);
        for (let k = textStart[id] ?? 0; k < ids.length; k++) {
          const term = ids.at(k);
          if (lastTalk[term] === talkId) continue;
          lastTalk[term] = talkId;
          talkFrequency[term] = (talkFrequency[term] ?? 0) + 1;
          bodyIds.push(term);
        }
      }
      talks.push({
        id: talkId,
        firstPassage,
        passageCount: passages.length - firstPassage,
        titleTerms: Uint32Array.from(titleIds),
        meetupTerms: Uint32Array.from(meetupIds),
        meetupTitleTerms,
      });
      yield;
    }
  }
  textStart.push(ids.length);
  bodyStart.push(bodyIds.length);

  const commonAbove =
    talks.length < COMMON_TERMS_FROM_TALKS
      ? Number.POSITIVE_INFINITY
      : Math.ceil(talks.length * COMMON_TERM_SHARE);
  const commonLists = new Map<number, number[]>();
  // Stryker disable next-line ArrayDeclaration: every index is overwritten by the vocabulary's ids
  const termOfId: string[] = [];
  for (const [term, id] of vocabulary) termOfId[id] = term;
  // Stryker disable next-line StringLiteral: every id has a term, so the fallback never runs
  const toTerms = (list: ArrayLike<number>) => Array.from(list, (id) => termOfId[id] ?? '');
  const minisearch = new MiniSearch<TalkDocument>({
    fields: ['body', 'title', 'meetup'] satisfies SearchField[],
    // Stryker disable next-line ArrayDeclaration: results are read by id only; a stored field of nothing changes none
    storeFields: [],
    extractField: (doc, field) => doc[field as keyof TalkDocument] as never,
    // Fields arrive as term lists, already normalized and tokenized above.
    stringifyField: (value) => value as never,
    tokenize: (terms) => terms as unknown as string[],
    processTerm: (term) => term,
  });
  // One document at a time, so the term lists of all talks never exist at once.
  for (const talk of talks) {
    const body: string[] = [];
    for (let k = bodyStart[talk.id] ?? 0; k < (bodyStart[talk.id + 1] ?? 0); k++) {
      const id = bodyIds.at(k);
      if ((talkFrequency[id] ?? 0) <= commonAbove) {
        // Stryker disable next-line StringLiteral: every id has a term, so the fallback never runs
        body.push(termOfId[id] ?? '');
        continue;
      }
      const list = commonLists.get(id);
      if (list) list.push(talk.id);
      else commonLists.set(id, [talk.id]);
    }
    minisearch.add({
      id: talk.id,
      body,
      title: toTerms(talk.titleTerms),
      meetup: toTerms(talk.meetupTerms),
    });
    yield;
  }

  const perPassage = Math.max(1, passages.length);
  return {
    minisearch,
    passages,
    talks,
    vocabulary,
    frequency: {
      text: Uint32Array.from(frequency.text),
      section: Uint32Array.from(frequency.section),
      title: Uint32Array.from(frequency.title),
      meetup: Uint32Array.from(frequency.meetup),
    },
    averageLength: {
      text: totalLength.text / perPassage || 1,
      section: totalLength.section / perPassage || 1,
      title: totalLength.title / perPassage || 1,
      meetup: totalLength.meetup / perPassage || 1,
    },
    commonTermTalks: new Map([...commonLists].map(([id, list]) => [id, Uint32Array.from(list)])),
    termIds: ids,
    textStart: Uint32Array.from(textStart),
    sectionStart: Uint32Array.from(sectionStart),
  };
}

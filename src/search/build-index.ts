import { TypedFastBitSet } from 'typedfastbitset';
import { at } from '../at.js';
import type { Meetup, Passage, Talk } from '../content/meetup.js';
import { runAtOnce, type Steps } from './cooperative.js';
import { IdChunks, type TermIds } from './id-chunks.js';
import { normalize } from './normalize.js';
import { byline } from './person-asked.js';
import { PROSE_LINE } from './prose.js';
import { TalkSearch, type TalkTerms } from './talk-search.js';
import { latinTerms, pairTerm, scanTerms, type TokenizeOptions } from './tokenize.js';

/**
 * A passage with the talk and meetup it belongs to: made for the passages a question scores (see
 * {@link passageAt}), not kept for every passage of the index.
 */
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
  readonly meetup: Meetup;
  readonly talk: Talk;
  readonly firstPassage: number;
  readonly passageCount: number;
  /**
   * Term ids of the talk title, then of its speaker line (see person-asked.ts `byline`), and of the
   * meetup: its title, then its details (date, venue…).
   */
  readonly titleTerms: Uint32Array;
  /** How many terms the title has, its length for BM25: its speaker line's are not counted. */
  readonly titleLength: number;
  readonly meetupTerms: Uint32Array;
  /** How many of {@link meetupTerms} come from the meetup's title. */
  readonly meetupTitleTerms: number;
}

/**
 * Two levels. minisearch indexes one document per talk (every term of its passages once, its
 * title, its meetup) and finds the talks a question is about, with typo and prefix matching.
 * Passages keep their term ids in one flat array, so the talks found can be split into passages
 * and each passage scored on its own without a second full-text index.
 */
export interface PassageIndex {
  readonly minisearch: TalkSearch;
  /**
   * Every passage of the notes, in notes order: a passage's id is its position here. Its talk and
   * meetup are its {@link IndexedTalk}'s (the talk whose passage range holds it), so the index keeps
   * one reference per passage rather than an object for each (100,000 passages: 0.8 MB, not 7 MB).
   */
  readonly passages: readonly Passage[];
  readonly talks: readonly IndexedTalk[];
  /** Every term in the notes, with its id. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /**
   * The katakana words of the meetups' and talks' titles and of the passages, in notes order, for
   * the loanword index (collected as the texts are cut into terms here, so they are read once).
   */
  readonly katakanaWords: ReadonlySet<string>;
  /**
   * Per field, how many passages have each term id there (a talk's title and meetup count once
   * for each of its passages, as if every passage carried them), and the fields' mean length.
   */
  readonly frequency: Readonly<Record<PassageField, Uint32Array>>;
  readonly averageLength: Readonly<Record<PassageField, number>>;
  /**
   * Talks of the terms too common to tell talks apart (in more than 5% of a large corpus): kept
   * out of minisearch, whose cost grows with every posting, and summed from these sets instead.
   * A bit per talk of the notes: a term in 5% of the talks or more takes a fraction of the memory
   * a list of their ids would (10,000 talks: 1.25 KB a term, where a term in half the talks
   * listed them in 20 KB), and the set is made at its final size, so building it leaves nothing
   * behind. Read in ascending talk order, as a list would be.
   */
  readonly commonTermTalks: ReadonlyMap<number, TypedFastBitSet>;
  /**
   * A score per talk, for ranking to zero and fill on each question (questions are ranked one at
   * a time): a fresh array per question, 80 KB at 10,000 talks, kept the young generation's
   * collector busy. Nothing else reads it.
   */
  readonly talkScores: Float64Array;
  /**
   * A number per term id, for ranking to set for the question's terms and clear again (questions
   * are ranked one at a time): read for each term of each passage scored, an array read where a
   * map's lookup took most of the loop. Nothing else reads it.
   */
  readonly termSlots: Uint32Array;
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

/** The talk a passage's text or section belongs to, and the list of its distinct body term ids. */
interface TalkBody {
  readonly talkId: number;
  readonly ids: IdSink;
}

export function buildIndex(meetups: readonly Meetup[]): PassageIndex {
  return runAtOnce(indexSteps(meetups));
}

/**
 * The index build, a step per talk (see {@link runInSlices}); {@link buildIndex} runs it at once.
 * Two passes: every passage's terms into ids and counts, then one minisearch document per talk.
 */
export function* indexSteps(meetups: readonly Meetup[]): Steps<PassageIndex> {
  const builder = createIndexBuilder();
  for (const meetup of meetups) yield* builder.add(meetup);
  return yield* builder.finish();
}

/**
 * The index built a meetup at a time: the first pass takes each meetup as it comes (as a load
 * hands them over, while the rest are still being parsed), the second needs them all and runs
 * once, at `finish`.
 */
export interface IndexBuilder {
  /** The first pass over one more meetup, after those added before it: a step per talk. */
  add(meetup: Meetup): Steps<void>;
  /** The second pass, and the index of the meetups added; called once, after the last `add`. */
  finish(): Steps<PassageIndex>;
}

export function createIndexBuilder(): IndexBuilder {
  const counter = new TermCounter();
  const notes: CollectedNotes = {
    passages: [],
    talks: [],
    ids: new IdChunks(),
    textStart: [],
    sectionStart: [],
    bodyIds: new IdChunks(),
    bodyStart: [],
    katakana: new Set(),
  };
  return {
    add: (meetup) => collectMeetup(meetup, notes, counter),
    *finish() {
      notes.textStart.push(notes.ids.length);
      notes.bodyStart.push(notes.bodyIds.length);
      const { minisearch, commonTermTalks } = yield* indexTalks(notes, counter);
      const { frequency, totalLength } = counter;
      const perPassage = Math.max(1, notes.passages.length);
      return {
        minisearch,
        passages: notes.passages,
        talks: notes.talks,
        vocabulary: counter.vocabulary,
        katakanaWords: notes.katakana,
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
        commonTermTalks,
        talkScores: new Float64Array(notes.talks.length),
        termSlots: new Uint32Array(counter.vocabulary.size),
        termIds: notes.ids,
        textStart: Uint32Array.from(notes.textStart),
        sectionStart: Uint32Array.from(notes.sectionStart),
      };
    },
  };
}

/**
 * The notes' terms as they are met: an id for each, and per field how many passages have it
 * (with the total length), and how many talks have it in their passages.
 */
class TermCounter {
  readonly vocabulary = new Map<string, number>();
  readonly frequency: Record<PassageField, number[]> = {
    text: [],
    section: [],
    title: [],
    meetup: [],
  };
  readonly totalLength: Record<PassageField, number> = { text: 0, section: 0, title: 0, meetup: 0 };
  readonly talkFrequency: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a stray first element is never equal to an owner, which is all it is compared with
  private readonly lastOwner: number[] = [];
  private owner = 0;
  // Stryker disable next-line ArrayDeclaration: a stray first element is never equal to a talk id, which is all it is compared with
  private readonly lastTalk: number[] = [];
  /** Term ids of the bigrams met as numbers (see `TokenizeOptions.onPair`). */
  private readonly pairIds = new Map<number, number>();
  /** Term ids of each Latin run met, in the order its terms are emitted (see `TokenizeOptions.onLatin`). */
  private readonly latinIds = new Map<string, readonly number[]>();
  // The call of `add` in progress, which the callbacks below (made once, not per call) count into:
  // set by each call before anything reads them.
  private out!: IdSink;
  private counts!: number[];
  private weight = 0;
  private katakana: Set<string> | undefined;
  private body: TalkBody | undefined;
  private readonly onTerm = (term: string) => this.count(this.idOf(term));
  private readonly onPair = (key: number) => this.count(this.pairIds.get(key) ?? this.newPair(key));
  private readonly onLatin = (run: string) => {
    for (const id of this.latinIds.get(run) ?? this.newLatin(run)) this.count(id);
  };
  private readonly scanOptions: TokenizeOptions = {
    onPair: this.onPair,
    onLatin: this.onLatin,
    onKatakana: (word) => this.katakana?.add(word),
  };

  /**
   * Appends the distinct term ids of `text` to `out`, counting `weight` passages per term. With
   * `more`, `text` continues the previous call's field: its terms already added there are not
   * added or counted again. With `katakana`, the text's katakana words go there too; with `body`,
   * the ids new in its talk go to its list as well.
   */
  add(
    text: string,
    out: IdSink,
    field: PassageField,
    weight: number,
    {
      more = false,
      katakana,
      body,
    }: { more?: boolean; katakana?: Set<string>; body?: TalkBody } = {},
  ): void {
    const before = out.length;
    // Stryker disable next-line UpdateOperator: counting down gives each call a distinct owner too
    if (!more) this.owner++;
    this.out = out;
    this.counts = this.frequency[field];
    this.weight = weight;
    this.katakana = katakana;
    this.body = body;
    scanTerms(normalize(text), this.onTerm, this.scanOptions);
    this.totalLength[field] += (out.length - before) * weight;
  }

  /** The id of `term`, given out the first time it is met. */
  private idOf(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(term, id);
      for (const f of PASSAGE_FIELDS) this.frequency[f].push(0);
      this.lastOwner.push(0);
      this.lastTalk.push(-1);
      this.talkFrequency.push(0);
    }
    return id;
  }

  /** The term id of a bigram met as a number for the first time (see `onPair`). */
  private newPair(key: number): number {
    const id = this.idOf(pairTerm(key));
    this.pairIds.set(key, id);
    return id;
  }

  /** The term ids of a Latin run met for the first time (see `onLatin`). */
  private newLatin(run: string): readonly number[] {
    const ids = latinTerms(run).map((term) => this.idOf(term));
    this.latinIds.set(run, ids);
    return ids;
  }

  /** Counts term `id` once for the text being added, where it was not met before. */
  private count(id: number): void {
    if (this.lastOwner[id] === this.owner) return;
    this.lastOwner[id] = this.owner;
    this.counts[id] = (this.counts[id] ?? 0) + this.weight;
    this.out.push(id);
    if (this.body && this.firstInTalk(id, this.body.talkId)) this.body.ids.push(id);
  }

  /** Whether `term` is new in talk `talkId`; the first time, the talk is counted for it. */
  private firstInTalk(term: number, talkId: number): boolean {
    if (this.lastTalk[term] === talkId) return false;
    this.lastTalk[term] = talkId;
    this.talkFrequency[term] = (this.talkFrequency[term] ?? 0) + 1;
    return true;
  }
}

/** Whether a meetup's title, a talk's title or a talk's speaker line has `term`. */
export function inTitles(index: PassageIndex, term: string): boolean {
  const id = index.vocabulary.get(term);
  const { title, meetup } = index.frequency;
  return id !== undefined && ((title[id] ?? 0) > 0 || (meetup[id] ?? 0) > 0);
}

/** The passage with id `id` of talk `talkId`, with its talk and meetup. */
export function passageAt(index: PassageIndex, talkId: number, id: number): IndexedPassage {
  const { meetup, talk } = at(index.talks, talkId);
  return { id, meetup, talk, passage: at(index.passages, id), talkId };
}

/** The first pass: every passage and talk, with the term ids of each. */
interface CollectedNotes {
  readonly passages: Passage[];
  readonly talks: IndexedTalk[];
  /** Every passage's text terms, then its section's, back to back (see {@link PassageIndex}). */
  readonly ids: IdChunks;
  readonly textStart: number[];
  readonly sectionStart: number[];
  /** Each talk's distinct body term ids, back to back, from bodyStart[talk id]. */
  readonly bodyIds: IdChunks;
  readonly bodyStart: number[];
  /** The katakana words of the meetups' and talks' titles and the passages, in notes order. */
  readonly katakana: Set<string>;
}

/** The first pass over one meetup: its title and details, then each of its talks. */
function* collectMeetup(
  meetup: Meetup,
  notes: CollectedNotes,
  counter: TermCounter,
): Generator<void, void, void> {
  const meetupPassages = meetup.talks.reduce((n, t) => n + t.passages.length, 0);
  const meetupIds: number[] = [];
  counter.add(meetup.title, meetupIds, 'meetup', meetupPassages, { katakana: notes.katakana });
  const meetupTitleTerms = meetupIds.length;
  if (meetup.details?.length) {
    // The lines before the first talk (date, venue, hashtag) are searched as the meetup's
    // context: one field with its title, so a word in both counts once.
    const text = meetup.details.map(contextOf).join('\n');
    counter.add(text, meetupIds, 'meetup', meetupPassages, { more: true });
  }
  // One list for all the meetup's talks outside a group: ten talks of a meetup held ten copies.
  const meetupTerms = Uint32Array.from(meetupIds);
  for (const talk of meetup.talks) {
    collectTalk(notes, counter, {
      meetup,
      talk,
      ...withGroup(counter, talk, meetupTerms, meetupTitleTerms),
    });
    yield;
  }
  const opening = openingTalk(meetup);
  if (opening)
    collectTalk(notes, counter, { meetup, talk: opening, meetupTerms, meetupTitleTerms }, false);
}

/**
 * What a details item tells of its meetup as context: its text, but of an item that is only links
 * its hashtags alone. A list of links points elsewhere (a blog's earlier reports, a related
 * event), and its words name what it points to: read as this meetup's, a question naming
 * another meetup would find this one's talks too.
 */
function contextOf(item: { text: string; media?: 'links' | 'pictures' }): string {
  if (item.media !== 'links') return item.text;
  return (item.text.match(HASHTAGS) ?? []).join(' ');
}
/** A `#tag` standing as a word (not `#12` of a meetup's number, not a URL's fragment). */
export const HASHTAGS = /(?<!\S)#[^\s\d#][^\s#]*/gu;

/**
 * Details this long say more than a meetup's date, venue and hashtag, whatever their form (a
 * report's opening bullets).
 */
const OPENING_MIN_CHARS = 200;

/**
 * A meetup's details searched as one more talk when they are a report's opening paragraph, which
 * may hold what a question asks (what the meetup read, who came): written in sentences ({@link
 * PROSE_LINE}), or long enough to be notes of their own ({@link OPENING_MIN_CHARS}). A reply names
 * it by the meetup's title, which the index does not read as its title (the meetup's field has
 * it). Details of facts alone (labelled lines and phrases) stay the meetup's context only: as many
 * more talks as meetups would weigh every word of the notes differently.
 */
function openingTalk(meetup: Meetup): Talk | undefined {
  const details = meetup.details ?? [];
  const chars = details.reduce((n, d) => n + d.text.length, 0);
  const prose = details.some((d) =>
    normalize(d.text)
      .split('\n')
      .some((line) => PROSE_LINE.test(line)),
  );
  if (!prose && chars < OPENING_MIN_CHARS) return undefined;
  return {
    title: meetup.title,
    line: details[0]?.line ?? 1,
    links: meetup.links ?? [],
    passages: details.map((d) => ({ text: d.text, line: d.line })),
    // A reply's link to the notes is the meetup's own.
    ...(meetup.notesUrl !== undefined && { notesUrl: meetup.notesUrl }),
  };
}

/**
 * The meetup's terms as one talk sees them: the talk's group heading (`LT`, `Keynote`,
 * `セッション2`) is read as part of the meetup's name, so a question naming the group ("the LT
 * about…", "基調講演で…") covers that word in the group's talks, with the meetup field's low boost.
 */
function withGroup(
  counter: TermCounter,
  talk: Talk,
  meetupTerms: Uint32Array,
  meetupTitleTerms: number,
): { meetupTerms: Uint32Array; meetupTitleTerms: number } {
  if (talk.group === undefined) return { meetupTerms, meetupTitleTerms };
  const groupIds: number[] = [];
  counter.add(talk.group, groupIds, 'meetup', talk.passages.length);
  const own = groupIds.filter((id) => !meetupTerms.includes(id));
  return {
    meetupTerms: Uint32Array.from([
      ...meetupTerms.subarray(0, meetupTitleTerms),
      ...own,
      ...meetupTerms.subarray(meetupTitleTerms),
    ]),
    meetupTitleTerms: meetupTitleTerms + own.length,
  };
}

/** `text` without the lines of `lines` (each line that is one of them). */
function withoutLines(text: string, lines: string): string {
  const drop = new Set(lines.split('\n'));
  return text
    .split('\n')
    .filter((line) => !drop.has(line))
    .join('\n');
}

/** One talk's title and passages into the notes' term ids. */
function collectTalk(
  notes: CollectedNotes,
  counter: TermCounter,
  {
    meetup,
    talk,
    meetupTerms,
    meetupTitleTerms,
  }: { meetup: Meetup; talk: Talk; meetupTerms: Uint32Array; meetupTitleTerms: number },
  /** Off for the meetup's opening details, whose title is the meetup's. */
  titled = true,
): void {
  const { passages, ids, textStart, sectionStart, bodyIds } = notes;
  const talkId = notes.talks.length;
  const firstPassage = passages.length;
  const titleIds: number[] = [];
  if (titled)
    counter.add(talk.title, titleIds, 'title', talk.passages.length, { katakana: notes.katakana });
  const titleLength = titleIds.length;
  // The speaker's line under the heading counts with every passage, as the title does; the
  // title's length, by which its words weigh, stays the title's own.
  const speaker = byline(talk.passages);
  if (speaker !== undefined)
    counter.add(speaker, titleIds, 'title', talk.passages.length, { more: true });
  notes.bodyStart.push(bodyIds.length);
  const body: TalkBody = { talkId, ids: bodyIds };
  talk.passages.forEach((passage, k) => {
    passages.push(passage);
    textStart.push(ids.length);
    // The speaker's lines are read with every passage already: read again as their own
    // passage's text, they would give that passage alone a second match of the speaker's words.
    // Its other lines (a link to the slides or a repository) are its own.
    const text =
      k === 0 && speaker !== undefined ? withoutLines(passage.text, speaker) : passage.text;
    counter.add(text, ids, 'text', 1, { katakana: notes.katakana, body });
    sectionStart.push(ids.length);
    if (passage.section) counter.add(passage.section, ids, 'section', 1, { body });
  });
  notes.talks.push({
    id: talkId,
    meetup,
    talk,
    firstPassage,
    passageCount: passages.length - firstPassage,
    titleTerms: Uint32Array.from(titleIds),
    titleLength,
    meetupTerms,
    meetupTitleTerms,
  });
}

/**
 * The second pass: a minisearch document per talk, one at a time, so the term lists of all talks
 * never exist at once. Terms in too many talks go to `commonTermTalks` instead.
 */
function* indexTalks(
  notes: CollectedNotes,
  counter: TermCounter,
): Generator<void, Pick<PassageIndex, 'minisearch' | 'commonTermTalks'>, void> {
  const { talks, bodyIds, bodyStart } = notes;
  const { talkFrequency } = counter;
  const commonAbove =
    talks.length < COMMON_TERMS_FROM_TALKS
      ? Number.POSITIVE_INFINITY
      : Math.ceil(talks.length * COMMON_TERM_SHARE);
  const commonTermTalks = new Map<number, TypedFastBitSet>();
  const words = Math.ceil(talks.length / 32);
  // Each common term's set, made at its final size before any is filled, and read by term id: an
  // array read per talk of a common term (two million at 10,000 talks) where a map lookup took a
  // quarter of this pass.
  const setOf = Array.from(talkFrequency, (talkCount, id) => {
    if (talkCount <= commonAbove) return undefined;
    const set = TypedFastBitSet.fromWords(new Uint32Array(words));
    commonTermTalks.set(id, set);
    return set;
  });
  // Ids are given out in the order terms are first met, which is the vocabulary's order.
  const termOfId = [...counter.vocabulary.keys()];
  function* talkTerms(): Generator<TalkTerms, void, void> {
    for (const talk of talks) {
      const body: number[] = [];
      for (let k = bodyStart[talk.id] ?? 0; k < (bodyStart[talk.id + 1] ?? 0); k++) {
        const id = bodyIds.at(k);
        const set = setOf[id];
        if (set) set.add(talk.id);
        else body.push(id);
      }
      yield { id: talk.id, body, title: talk.titleTerms, meetup: talk.meetupTerms };
    }
  }
  const minisearch = new TalkSearch();
  yield* minisearch.addTalks(talkTerms(), (id) => at(termOfId, id));
  return { minisearch, commonTermTalks };
}

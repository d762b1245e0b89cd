import { toHiragana, toKatakana, toRomaji } from 'wanakana';
import { at } from '../at.js';
import type { Meetup, Passage, TalkLink } from '../content/meetup.js';
import { dateFromLine } from '../content/meetup-date.js';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { ASKS_FOR_DATE } from '../search/answer-type.js';
import { HASHTAGS } from '../search/build-index.js';
import { runAtOnce, type Steps } from '../search/cooperative.js';
import { normalize } from '../search/normalize.js';
import { PROSE_LINE } from '../search/prose.js';
import { coverageCounter, WHOLE } from '../search/scoring/coverage.js';
import { COMMON_WORDS, JAPANESE_FILLER, QUESTION_FILLER } from '../search/stopwords.js';
import { scanTerms } from '../search/tokenize.js';
import { PLACE_NOUNS } from '../search/venue-asked.js';

/**
 * Questions about a meetup itself rather than one of its talks: where it was held, when, under
 * which hashtag, what was presented, how many came, where it was announced, its recording ("Where
 * was #12 held?", "会場はどこ?", "When is the next meetup?", "#12ではどんな発表があった?",
 * "何人参加した?", "connpassのページは?", "#12の録画ある?"). The notes say these in
 * the lines between a meetup's heading and its first talk (its details), in its date and in its
 * talks' titles; no talk's passage states them, so the ranking alone would answer with a talk
 * whose words merely resemble the question's.
 */
export type MeetupFact =
  | 'venue'
  | 'date'
  | 'time'
  | 'hashtag'
  | 'programme'
  | 'attendance'
  | 'fee'
  | 'event page'
  | 'recording';

/** The meetups a fact question is about, newest first, or the reason none can be named. */
export type FactAnswer =
  | { readonly kind: 'meetups'; readonly fact: MeetupFact; readonly meetups: readonly Meetup[] }
  /** "The next meetup" when no meetup it could mean is dated today or later. */
  | { readonly kind: 'none-upcoming'; readonly latest?: Meetup }
  /** A question naming no meetup ("会場はどこ?") of notes with several: the newest, to pick from. */
  | { readonly kind: 'which-meetup'; readonly newest: readonly Meetup[] };

/** Answers the fact questions of one set of notes (see {@link createMeetupFacts}). */
export interface MeetupFacts {
  /**
   * @param question the question, as asked
   * @param rest the question with the words that named a meetup by number or date blanked out
   * @param named the meetups named that way (indexes into the meetups)
   * @param today `YYYY-MM-DD`, for "the next meetup"
   * @param analyze the ranking's reading of a text (its words and their equivalents): given, a
   *   title also has a word of the question that it writes otherwise (in katakana, in kanji, in
   *   full for an abbreviation)
   */
  answer(
    question: string,
    rest: string,
    named: ReadonlySet<number>,
    today: string,
    analyze?: (text: string) => AnalyzedQuery,
    /** Words of the question a title may lack when the question calls it a meetup or gives its number. */
    spare?: number,
    /**
     * Named by its number too, a meetup needs only one word of its title; a word it lacks may be
     * another script's spelling of a title word (see `answer.meetupNamedByNumber`).
     */
    byNumber?: boolean,
  ): FactAnswer | undefined;
  /**
   * The meetups (indexes) a question about their talks names by its title's words (see
   * {@link namedByTitle}); `rest` is the question with its meetup numbers blanked.
   */
  namedByTitle(rest: string): ReadonlySet<number>;
}

const WORD = (words: string) => `(?<![a-z])(?:${words})(?![a-z])`;
/** Words asking for a recording. A talk's recording is the ranking's to find (see `recordingOf`). */
const RECORDING_WORDS = new RegExp(
  `${WORD('recordings?|recorded|videos?|archives?')}|録画|動画|アーカイブ`,
  'g',
);
/** The event sites meetups are announced on, by name. */
const EVENT_SITES = '(?:connpass|doorkeeper|peatix)';
/** An event site's page ("the connpass page", connpassのサイト): the name alone asks about the site. */
const SITE_PAGE_EN = `${EVENT_SITES} (?:page|site|link|url)s?`;
const SITE_PAGE_JA = `${EVENT_SITES}\\s?の?\\s?(?:ページ|リンク|url|サイト)`;
/**
 * The words that ask for each fact, on normalized text. A date is asked as the number questions
 * ask it (`ASKS_FOR_DATE`: "when did", いつ but not いつも), or by "when is", "date", 日程.
 */
const FACT_WORDS: readonly (readonly [MeetupFact, RegExp])[] = [
  [
    'programme',
    new RegExp(
      `${WORD('what talks|which talks|talks (?:were|are) there|what (?:was|were) (?:presented|talked about|discussed|covered)|line-?up|programme|program|agenda|timetable')}|どんな(?:発表|話|トーク|セッション|登壇)|何の(?:発表|話)|発表一覧|タイムテーブル|プログラム`,
      'g',
    ),
  ],
  [
    'event page',
    // Where it was announced and signed up for: the event page, or an event site's page (not the
    // site's name alone: "what is connpass?" asks about the site, and Doorkeeper is also a
    // library). Before the venue: "connpassページどこ?" asks where the page is.
    new RegExp(
      `${WORD(`${SITE_PAGE_EN}|event (?:page|site|link|url)s?|(?:registration|sign ?-?up|rsvp) (?:page|link|form)s?`)}|${SITE_PAGE_JA}|${EVENT_SITES}\\s?で\\s?(?:申(?:し)?込|登録)|イベントページ|告知ページ|募集ページ|申(?:し)?込(?:み)?ページ|参加登録(?!者)`,
      'g',
    ),
  ],
  [
    'hashtag',
    new RegExp(
      `${WORD('(?:twitter |x )?hash ?tags?|tags?')}|(?:ツイッター|twitter)の?ハッシュタグ|ハッシュタグ|タグ`,
      'g',
    ),
  ],
  [
    'fee',
    // What it cost to attend (before the headcount: "attendance fee"). A talk may speak of fees
    // (pricing, membership), so this alone does not call the question a meetup's.
    new RegExp(
      `${WORD('(?:entrance|entry|admission|participation|attendance) (?:fee|charge|price)s?|ticket prices?|how much (?:is|was|are|were|does|did) (?:an? |the |each |one )?(?:tickets?|admission)')}|参加費|入場料|(?<![年月])会費|参加料`,
      'g',
    ),
  ],
  [
    'attendance',
    new RegExp(
      `${WORD('how many (?:people|persons|ppl)(?: \\S+){0,2}? (?:came|come|attended|attend|joined|join|showed up|were there|went)|how many (?:attendees|participants|guests)|attendance|turnout')}|参加者(?:数|は何人|って何人)|参加人数|何人(?:くらい|ぐらい|程度|ほど)?(?:参加|来|集ま|いた)`,
      'g',
    ),
  ],
  [
    'time',
    // The hour it began: a date line without one does not answer it.
    new RegExp(`${WORD('what time(?!-)')}|開始(?:時間|時刻)|何時(?:から|開始|スタート)`, 'g'),
  ],
  // The meetup's recording (before the venue: "where is the recording?" asks for the video).
  ['recording', RECORDING_WORDS],
  [
    'venue',
    // "place" but not "take place", which says only that the meetup happened. Who or which
    // company hosted it is the venue too: the details line says whose room it was (a title's
    // "Self-Hosted" asks nothing).
    new RegExp(
      `${WORD('where|venue|location|(?<!(?:take|took|takes|taking) )place|address|(?:who|which(?: [a-z]+)?) (?:is |was )?host(?:ed|s|ing)?|(?:which|what) (?:office|building|bar|pub|shop|store|restaurant|cafe)(?:\\s*/\\s*(?:space|room|office|building))?')}|(?:どこ|どの)の?\\s?(?:会社|企業|オフィス|お店|店舗|店|ビル|建物)(?:の\\s?(?:オフィス|会議室|ビル|建物|スペース))?|会場|場所|どこ`,
      'g',
    ),
  ],
  [
    'date',
    new RegExp(
      `${ASKS_FOR_DATE.source}|${WORD("when is|when's|date|what day")}|日時|日程|日付|開催日|何曜日?`,
      'g',
    ),
  ],
];
/**
 * Words that say "the meetup" or "it was held": a talk's passage would not have them. Where a
 * thing was done or carried out counts in the past only (どこでやった, 行われた): in the present
 * the same words ask how to do something (設定はどこでやる?).
 */
const MEETUP_WORDS = new RegExp(
  `${WORD('(?:(?:regular|monthly|weekly) )?(?:meetups?|meet-ups?|meetings?)|seminars?|study sessions?|events?|held|hold|holds|took place|take place|takes place|taking place|happen(?:ed|s)?|host(?:ed|s)?|organi[sz]ed')}|開催|開か|(?:定|月)?例会|(?:行われ|どこでやっ)(?:た|てた|ていた)|勉強会|イベント|(?<=[\\p{sc=Hiragana}\\p{sc=Katakana}ー a-z0-9])会(?![場社議話員])`,
  'gu',
);
/**
 * What only an event has: a venue, a hashtag (the word itself: a tag may be a talk's, as git's
 * or an image's), an event page. Asking for one calls it a meetup, as asking for its headcount
 * does.
 */
const EVENT_ONLY = new RegExp(
  `${WORD(`venues?|hash ?tags?|event (?:page|site)s?|${SITE_PAGE_EN}`)}|会場|ハッシュタグ|${SITE_PAGE_JA}|イベントページ`,
);
/**
 * "The next meetup", "the next Kubernetes meetup": a phrase, so a title with "Next" in it
 * (Next.js, Cloud Next) asks for no next meetup. Only its first word is set aside with the
 * asking words: the ones between may name the meetup.
 */
const NEXT = new RegExp(
  `${WORD('(?:next|upcoming)(?: [a-z0-9][^ ]*){0,4} (?:meetup|meet-up|event|session)s?')}|次回|次の`,
);
/**
 * How a recording is asked for besides the word for it: its link, and watching it ("where can I
 * watch it", どこで見れる, 観られる, 視聴できる).
 */
const LINK_ASKED = new RegExp(
  `${WORD('links?|urls?|watch(?:ed|ing)?|view(?:ed|ing)?')}|リンク|[見観](?:れ|られ|る|た|ら)|視聴`,
  'g',
);
const NEXT_WORD = new RegExp(`${WORD('next|upcoming')}|次回|次の`, 'g');
/** Verbs a fact question is worded with ("what hashtag did it use?"): they name nothing. */
const FACT_VERBS: ReadonlySet<string> = new Set(['use', 'used', 'using', 'have', 'had', 'get']);
/** A word that may be romaji: a name's length, in Latin letters. */
const ROMAJI = /^[a-z]{3,24}$/;
/** A year of this century, and its last two digits, as titles shorten it ('19). */
const YEAR = /^20(\d\d)$/;
const TWO_DIGITS = /^\d\d$/;
/** What a date line is made of besides its place: numbers, weekdays, separators, 年月日. */
const DATE_WORDS =
  /\d+|(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])|日時|開催|date|[年月日火水木金土曜時分()（）:：/.\-~〜,、\s]/g;
/** A number of people, as details state how many came (50名, 参加者 30人, 40 people), on normalized text. */
const HEADCOUNT = /\d+\s*(?:名|人|people|attendees|participants)(?![a-z])/;
/** Words of the talks given: a count beside them is of speakers, not of those who came. */
const TALKS_GIVEN =
  /発表|セッション|登壇|講演|による|(?<![a-z])(?:lts?|talks?|sessions?|speakers?|presenters?)(?![a-z])/;
/** Words of coming to the meetup, which make a count beside talks the headcount again. */
const ATTENDING = /参加|来場|集ま|(?<![a-z])(?:attend\w*|came|joined|showed up|turnout)(?![a-z])/;

/**
 * Whether a line (normalized) states how many came: a count of people, not beside words of the
 * talks given unless it speaks of coming too ("3人のエンジニアによるセッション" counts speakers,
 * "登壇者3名、参加者50名" both).
 */
function statesHeadcount(line: string): boolean {
  return HEADCOUNT.test(line) && (!TALKS_GIVEN.test(line) || ATTENDING.test(line));
}
/**
 * A price, or entry said to be free (1,000円, 1000 yen, ¥500, $10, 千円, "entry free", 参加無料), on
 * normalized text; free drinks or pizza say nothing of what entry cost.
 */
const PRICE =
  /\d[\d,]*\s*(?:円|yen|jpy)(?![a-z])|[¥$€£]\s*\d|[千万]円|(?:参加|入場|entry|entrance|admission)(?:費|料| fee)?\s*(?:は|:|is)?\s*(?:無料|free(?![a-z]))|(?<![a-z])free (?:entry|entrance|admission)|無料(?:参加|入場)/;
/** A time of day (19:00, 19時 but not 2時間, 7pm), on normalized text. */
const CLOCK_TIME =
  /(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|(?<!\d)(?:[01]?\d|2[0-3])時(?!間)|(?<!\d)(?:0?[1-9]|1[0-2])\s*(?:am|pm)(?![a-z])/;
/** A `#tag` (not `#3`, not a URL's fragment), on normalized text: the index's pattern, one at a time. */
const HASHTAG = new RegExp(HASHTAGS.source, 'u');
/**
 * Words naming what entry costs, on normalized text: 参加費, 入場料, a 会費 of no party or
 * membership, the entry fee, a ticket's price, or a ticket labelled (チケット: 2,000円). Not a
 * ticket or a fee alone (an air ticket, AWS fees), nor any line of a party's (懇親会, party).
 */
const FEE_WORDS =
  /参加費|入場料|参加料|(?<![年月親])会費|(?<![a-z])(?:(?:entrance|entry|admission|participation|attendance) (?:fee|charge|price)s?|ticket prices?)(?![a-z])|(?:チケット|(?<![a-z])tickets?)\s*[:：]/;
const PARTY_LINE = /懇親会|打ち上げ|二次会|(?<![a-z])(?:after-?party|party|parties)(?![a-z])/;

/**
 * Whether a line states what entry cost: it speaks of the fee and gives a price or says it was
 * free (参加費は1,500円, チケット: 2,000円, 参加費無料); where a fee its meetup's details lack may stand.
 */
export function statesFee(line: string): boolean {
  const text = normalize(line);
  return FEE_WORDS.test(text) && PRICE.test(text) && !PARTY_LINE.test(text);
}

/** A fact answer is the notes' own statement, not a ranked passage: every one scores this. */
export const FACT_SCORE = 1;

/**
 * The index terms of a text, as the tokenizer gives them. Of a question with its asking words
 * blanked, hiragana words are left out (`kana: false`): they are the inflections left behind
 * (された, ですか); a title's are names (もくもく).
 */
function terms(text: string, { kana = true } = {}): Terms {
  const found = new Set<string>();
  const pieceOf = new Map<string, number>();
  const sounds = new Map<number, string>();
  const katakana = new Map<number, string>();
  let pieces = 0;
  scanTerms(text, (term, kind, piece) => {
    if (!kana && kind === 'kana') return;
    found.add(term);
    pieceOf.set(term, piece);
    pieces = Math.max(pieces, piece + 1);
    if (!sounds.has(piece)) {
      const sound = soundOf(term);
      if (sound) sounds.set(piece, sound);
    }
    // A katakana word, spelt again from its bigrams.
    if (KATAKANA_START.test(term)) {
      const soFar = katakana.get(piece);
      katakana.set(piece, soFar === undefined ? term : soFar + term.slice(1));
    }
  });
  return { found, pieceOf, pieces, sounds, katakana };
}

/**
 * How a word in Latin letters or katakana begins, and in which of the two: "L" or "K" and the
 * first letter as both spell it (c before e, i, y as s and otherwise k; ch, ph, l, v, q folded as
 * katakana hears them), so a title word and its spelling in the other script meet.
 */
function soundOf(term: string): string | undefined {
  if (/^[a-z]/.test(term)) return `L${initialOf(term)}`;
  if (KATAKANA_START.test(term)) return `K${initialOf(toRomaji(term.slice(0, 2)))}`;
  return undefined;
}

const KATAKANA_START = /^[\u30a1-\u30fa]/;

function initialOf(latin: string): string {
  if (latin.startsWith('ch')) return 'C';
  if (/^c[eiy]/.test(latin)) return 's';
  if (latin.startsWith('ph')) return 'f';
  const first = latin.charAt(0);
  return { c: 'k', q: 'k', l: 'r', v: 'b' }[first] ?? first;
}

/** What a word met in a meetup's details lines only adds to the words its title lacks. */
const DETAILS_WORD = 0.01;
/** Words of any venue line: a company's legal form, an office, the venue, "at". */
const GENERIC_DETAILS = new Set([
  '株式',
  '式会',
  '会社',
  '本社',
  '支社',
  '会場',
  'オフィス',
  'ビル',
  'さん',
  'にて',
]);

/**
 * Whether a term of a meetup's details lines may name it: not a number or a date, not a word of
 * any venue line, and in the details of at most `common` meetups (a city is in most of them).
 */
function namingDetail(term: string, meetups: number, common: number): boolean {
  return !/^\d/.test(term) && !GENERIC_DETAILS.has(term) && meetups <= common;
}

/** A meetup's title as {@link namesTitle} reads it, with the terms of its details lines. */
interface MeetupTitle extends Terms {
  /** A word there names the meetup beside its title's words ("the one at Acme"). */
  readonly details: ReadonlySet<string>;
}

/**
 * A text's terms, the word each came from (its last), and how many words it has: a Latin run or
 * one script's piece of a Japanese run is one word, however many bigrams it makes.
 */
interface Terms {
  readonly found: Set<string>;
  readonly pieceOf: ReadonlyMap<string, number>;
  readonly pieces: number;
  /** How each word in Latin letters or katakana begins (see {@link soundOf}), by piece. */
  readonly sounds: ReadonlyMap<number, string>;
  /** Each katakana word, by piece. */
  readonly katakana: ReadonlyMap<number, string>;
}

/**
 * The spellings a question's word may have in a title: itself, its kana when it is written in
 * romaji (mokumoku for もくもく), and a year in its other length (2019 for '19, 19 for 2019).
 */
function spellings(word: string): string[] {
  if (ROMAJI.test(word)) return [word, toHiragana(word), toKatakana(word)];
  const year = YEAR.exec(word);
  if (year?.[1]) return [word, year[1]];
  return TWO_DIGITS.test(word) ? [word, `20${word}`] : [word];
}

/** A pattern that finds its words once, for `test` (a global pattern's `test` keeps state). */
const once = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', ''));
const FACT_TESTS = FACT_WORDS.map(([fact, pattern]) => [fact, once(pattern)] as const);
const CALLED_MEETUP = once(MEETUP_WORDS);

/**
 * The question with each word asking for a recording that a meetup's title has blanked: "Video
 * Tech Meetup" names a meetup, and asks for no recording of it.
 */
function titledRecordingWordsOut(text: string, titled: ReadonlyMap<string, unknown>): string {
  return text.replace(RECORDING_WORDS, (word) => (titled.has(word) ? ' ' : word));
}

/** Which fact the question asks for, if its words ask for one. */
export function factAsked(normalizedQuestion: string): MeetupFact | undefined {
  return FACT_TESTS.find(([, pattern]) => pattern.test(normalizedQuestion))?.[0];
}

/**
 * Takes a question whose only words, besides the fact it asks for, name a meetup: by number or
 * date (from the meetup reference), or by the words of its title. A question with any other word
 * ("the venue's wifi", "会場で配られた資料") is about something said there and goes to the
 * ranking. One naming no meetup when the notes have several is asked back which one (the newest
 * are named), rather than answered with a talk that merely mentions a venue. Named by its
 * title's words alone, a meetup must also be called one ("held", 開催, "meetup", or asking for
 * its talks, its headcount, its venue or hashtag: what a talk has none of) or have at least half
 * of its title's words in the question: "Where is Kubernetes
 * used?" is no question about a meetup titled "Kubernetes Meetup Tokyo". The titles' terms are
 * read once, here.
 */
export function createMeetupFacts(meetups: readonly Meetup[]): MeetupFacts {
  return runAtOnce(meetupFactsAnswerSteps(meetups));
}

/**
 * {@link createMeetupFacts} a step per meetup, as a build runs it: reading a thousand titles'
 * terms took tens of milliseconds here, too long to hold the event loop in one step.
 */
export function* meetupFactsAnswerSteps(meetups: readonly Meetup[]): Steps<MeetupFacts> {
  const titles = yield* readTitles(meetups);
  const byTerm = titlesByTerm(titles);
  const facts: MeetupFacts = {
    answer(question, rest, named, today, analyze, spare = 0, byNumber = false) {
      const text = normalize(question);
      const fact = factAsked(titledRecordingWordsOut(text, byTerm.titlesWith));
      if (fact === undefined) return undefined;
      let left = normalize(rest);
      for (const pattern of [...FACT_WORDS.map(([, p]) => p), MEETUP_WORDS, NEXT_WORD])
        left = left.replace(pattern, ' ');
      // A recording is asked for by its link or its watching too ("…'s recording? link pls").
      if (fact === 'recording') left = left.replace(LINK_ASKED, ' ');
      // A common word ("actually", "again") names a meetup only where a title has it.
      const inSomeTitle = (t: string) =>
        named.size > 0
          ? [...named].some((i) => at(titles, i).found.has(t))
          : byTerm.titlesWith.has(t);
      const { asked, words } = askedWords(left, inSomeTitle);
      // Asking for its talks, its headcount or what only an event has calls it a meetup too.
      const calledMeetup =
        fact === 'programme' ||
        fact === 'attendance' ||
        CALLED_MEETUP.test(text) ||
        EVENT_ONLY.test(text);
      const forms = words.map(spellings);
      const { reading, readTitle } = titleReader(left, analyze);
      // Only the titles that meet a word can be named by the words (see titlesMeeting).
      const meeting = () => titlesMeeting(byTerm, forms, reading);
      const pool = named.size > 0 ? [...named] : meeting();
      const counting = countingOf(asked, spare, byNumber && named.size > 0);
      const called = named.size > 0 || calledMeetup;
      // The titles that name it with the fewest words missing: one with every word of the
      // question goes before those that lack one (a sibling series' title).
      const missing = pool.map((i) =>
        namesTitle(at(titles, i), at(meetups, i), forms, readTitle, called, counting),
      );
      const fewest = Math.min(...missing.filter((m) => m !== undefined));
      // Every meetup of the number asked lacks a word of the question and has one of its own
      // (Online where Osaka is asked), and another series has all of the question's: the question
      // names that series, which has no meetup of the number. It is named; another series'
      // meetup of that number would be a guess.
      if (
        named.size > 0 &&
        fewest > 0 &&
        fewest !== Infinity &&
        pool.every((i) => hasOwnWord(at(titles, i), forms))
      ) {
        const series = meeting()
          .filter(
            (i) =>
              !named.has(i) &&
              // A one-off edition ("#2 LT Special") is no series the question names.
              !hasOwnWord(at(titles, i), forms) &&
              namesTitle(at(titles, i), at(meetups, i), forms, readTitle, true, {
                ...counting,
                spare: 0,
                byNumber: false,
              }) === 0,
          )
          .map((i) => at(meetups, i));
        if (series.length > 0) return { kind: 'which-meetup', newest: newestFirst(series) };
      }
      const candidates = pool.filter((_i, k) => missing[k] === fewest);
      const found = candidates.map((i) => at(meetups, i));
      if (NEXT.test(text))
        return nextMeetup(words.length > 0 || named.size > 0 ? found : meetups, today, fact);
      // Naming none: the only meetup there is, or which one of several?
      if (named.size === 0 && words.length === 0) {
        if (meetups.length > 1) return { kind: 'which-meetup', newest: newestFirst(meetups) };
        return meetups.length === 1 ? { kind: 'meetups', fact, meetups } : undefined;
      }
      if (found.length === 0) return undefined;
      return { kind: 'meetups', fact, meetups: closestFirst(candidates, titles, meetups, forms) };
    },
    namedByTitle(rest) {
      const { words } = askedWords(normalize(rest), (t) => byTerm.titlesWith.has(t));
      return namedByTitle(words, titles, byTerm);
    },
  };
  return {
    answer(...asked) {
      const found = facts.answer(...asked);
      return found && leftToTheTalks(found) ? undefined : found;
    },
    namedByTitle: facts.namedByTitle,
  };
}

/**
 * The meetups whose title the question's words (`words`) name: more than half of its words met
 * as typed (a number only as typed: "1.19" meets no title's 2019), two of them names in Latin
 * letters (not a word any event's title may have: report, night, workshop), one of those a name
 * of few titles (of at most a quarter of the meetups and three, or of one): a country or an
 * edition's name beside the series', not the series' alone, which most titles share, nor one
 * topic word ("security workshop tips" names no meetup called Security Workshop). Such a
 * question asks about the talks of that meetup, as one giving its number does ("the keynote at
 * X Y 2019"). Only the titles of such a name are looked at: a thousand titles sharing "meetup"
 * are not walked for every question.
 */
function namedByTitle(
  words: readonly string[],
  titles: readonly MeetupTitle[],
  byTerm: TitlesByTerm,
): ReadonlySet<number> {
  const rare = Math.max(1, Math.min(3, titles.length / 4));
  const forms = words.map((w) => (/^\d/.test(w) ? [w] : spellings(w)));
  const named = new Set<number>();
  for (const word of words) {
    if (!TITLE_NAME.test(word) || EVENT_TITLE_WORDS.has(word)) continue;
    const with_ = byTerm.titlesWith.get(word) ?? [];
    if (with_.length > rare) continue;
    for (const i of with_) {
      const title = at(titles, i);
      if (piecesMet(title, forms).size * 2 > title.pieces && namesMet(title, words) >= 2)
        named.add(i);
    }
  }
  return named;
}
/** How many of the title's words the question's words meet that are names (see {@link TITLE_NAME}). */
function namesMet(title: MeetupTitle, words: readonly string[]): number {
  const pieces = new Set<number>();
  for (const w of words) {
    const piece = title.pieceOf.get(w);
    if (piece !== undefined && TITLE_NAME.test(w) && !EVENT_TITLE_WORDS.has(w)) pieces.add(piece);
  }
  return pieces.size;
}
/** A name in Latin letters, as a title's word: three letters or more. */
const TITLE_NAME = /^[a-z][a-z0-9.+#-]{2,}$/;
/** Words any event's title may have, which name none of them (lower case, as terms are). */
const EVENT_TITLE_WORDS = new Set(
  `meetup meetups report reports night nights workshop workshops day days conference conf summit
  session sessions seminar study event events festival fest kaigi vol the and for with online
  offline`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * A recording asked of meetups none of which links one of its own: a talk's video, or a passage
 * saying the recording is to come, may answer, so the ranking does, as for any question about a
 * talk's link.
 */
function leftToTheTalks(found: FactAnswer): boolean {
  return (
    found.kind === 'meetups' &&
    found.fact === 'recording' &&
    found.meetups.every((m) => videosOf(m).length === 0)
  );
}

/**
 * Each meetup's title as {@link namesTitle} reads it, with the terms of its details lines that
 * may name it: a step per meetup.
 */
function* readTitles(meetups: readonly Meetup[]): Steps<MeetupTitle[]> {
  const read: { title: Terms; details: ReadonlySet<string> }[] = [];
  const meetupsWith = new Map<string, number>();
  for (const m of meetups) {
    const details = terms(normalize((m.details ?? []).map((d) => d.text).join('\n'))).found;
    for (const t of details) meetupsWith.set(t, (meetupsWith.get(t) ?? 0) + 1);
    read.push({ title: terms(normalize(m.title)), details });
    yield;
  }
  const common = Math.max(2, meetups.length / 4);
  return read.map(({ title, details }) => ({
    ...title,
    details: new Set([...details].filter((t) => namingDetail(t, meetupsWith.get(t) ?? 0, common))),
  }));
}

/**
 * The terms of a question with its asking words blanked (`left`), and the words among them that
 * may name a meetup: not filler, not a fact's verb, and a common word only where a title has it.
 */
function askedWords(
  left: string,
  inSomeTitle: (term: string) => boolean,
): { asked: Terms; words: string[] } {
  const asked = terms(left, { kana: false });
  const words = [...asked.found].filter(
    (t) =>
      !QUESTION_FILLER.has(t) &&
      !JAPANESE_FILLER.has(t) &&
      !FACT_VERBS.has(t) &&
      (!COMMON_WORDS.has(t) || inSomeTitle(t)),
  );
  return { asked, words };
}

/**
 * The ranking's reading of the question's words (`left`), read once and only when asked for (a
 * word not in a title as typed), and of each title through it; undefined without `analyze`.
 */
function titleReader(
  left: string,
  analyze: ((text: string) => AnalyzedQuery) | undefined,
): {
  reading: () => AnalyzedQuery | undefined;
  readTitle: (title: Terms) => TitleReading | undefined;
} {
  let query: AnalyzedQuery | undefined;
  const reading = () => {
    if (analyze !== undefined) query ??= analyze(left);
    return query;
  };
  let reader: ((title: Terms) => TitleReading) | undefined;
  const readTitle = (title: Terms) => {
    const read = reading();
    if (read === undefined) return undefined;
    reader ??= titleReading(read);
    return reader(title);
  };
  return { reading, readTitle };
}

/** How {@link namesTitle} counts the words of the question (`asked`) a title lacks. */
function countingOf(asked: Terms, spare: number, byNumber: boolean): Counting {
  return {
    spare,
    byNumber,
    pieceOf: (w: string) => asked.pieceOf.get(w) ?? -1,
    soundOf: (piece: number) => asked.sounds.get(piece),
    topic: (piece: number, meetup: Meetup) => {
      const word = asked.katakana.get(piece);
      return word !== undefined && saysAny(meetup, word);
    },
  };
}

/** The meetups' titles by term, for {@link titlesMeeting}. */
interface TitlesByTerm {
  /** The meetups (their indexes, ascending) whose title has each term. */
  readonly titlesWith: ReadonlyMap<string, readonly number[]>;
  /** The meetups whose title has no term at all. */
  readonly wordless: readonly number[];
}

function titlesByTerm(titles: readonly MeetupTitle[]): TitlesByTerm {
  const titlesWith = new Map<string, number[]>();
  const wordless: number[] = [];
  titles.forEach((title, i) => {
    if (title.found.size === 0) wordless.push(i);
    for (const term of title.found) {
      const list = titlesWith.get(term);
      if (list) list.push(i);
      else titlesWith.set(term, [i]);
    }
  });
  return { titlesWith, wordless };
}

/**
 * The meetups, ascending, whose title the question's words may name (see {@link namesTitle}):
 * those with a spelling of a word or a term of the ranking's reading of the question (`reading`,
 * read only when there are words), and those with no word at all, which a question calling them
 * a meetup names with `spare` words missing. Any other title meets none of the words, as typed
 * or as read, and has a word: none of its words is met, not half of them, so it is not named.
 * Asked of a thousand meetups, this looks at the few titles sharing a term with the question.
 * Without words, none: a question naming no meetup by its words is answered without them.
 */
function titlesMeeting(
  { titlesWith, wordless }: TitlesByTerm,
  forms: readonly (readonly string[])[],
  reading: () => AnalyzedQuery | undefined,
): number[] {
  // Stryker disable next-line ConditionalExpression: equivalent when never taken: what the titles give a question without words is not read (it names no meetup); the guard spares its reading
  if (forms.length === 0) return [];
  const met = new Set(wordless);
  const add = (term: string) => {
    for (const i of titlesWith.get(term) ?? []) met.add(i);
  };
  for (const spellings of forms) spellings.forEach(add);
  for (const t of reading()?.terms ?? []) add(t.term);
  return [...met].sort((a, b) => a - b);
}

/** What a title has of a question read as the ranking reads it (see {@link titleReading}). */
interface TitleReading {
  /** Whether the title covers the whole concept of this word of the question. */
  has(word: string): boolean;
  /** The title's words (pieces) that the question's terms and their equivalents meet. */
  readonly pieces: readonly number[];
}

/** The reading of a title that has none of the question's terms. */
const NOTHING_READ: TitleReading = { has: () => false, pieces: [] };

/**
 * A title's reading of a question through the equivalents the ranking takes (a loanword in
 * katakana, a kanji name typed in romaji, an abbreviation written out): a word of the question
 * counts when the ranking's own coverage, over the title's terms, covers its concept wholly.
 */
function titleReading(query: AnalyzedQuery): (title: Terms) => TitleReading {
  const covers = coverageCounter(query);
  const conceptsOf = new Map(query.terms.map((t) => [t.term, t.credits.map((c) => c.concept)]));
  return (title) => {
    const met = query.terms.filter((t) => title.found.has(t.term));
    // Most titles meet none of the question's terms: nothing is covered, nothing to count.
    if (met.length === 0) return NOTHING_READ;
    const credit = new Float64Array(query.concepts.length);
    covers(met, [], credit);
    return {
      has(word) {
        const concepts = conceptsOf.get(word) ?? [];
        return concepts.length > 0 && concepts.every((c) => (credit[c] ?? 0) >= WHOLE);
      },
      pieces: met.map((t) => title.pieceOf.get(t.term) ?? -1),
    };
  };
}

/**
 * How many of the question's words the title lacks when they name a meetup by it, undefined when
 * they do not. The words (`forms`: each word's spellings) name a meetup by this title when
 * every word is in it, as typed or through the ranking's reading. A question that calls it a
 * meetup or names it by number (`called`) is taken with all its words there; with up to `spare`
 * words (counted by `pieceOf`) missing, or when it is not called one, what it has must also meet
 * at least half of the title's words, counted as words (ワークショップ is one, not six bigrams).
 */
function namesTitle(
  title: MeetupTitle,
  meetup: Meetup,
  forms: readonly (readonly string[])[],
  readTitle: (title: Terms) => TitleReading | undefined,
  called: boolean,
  counting: Counting,
): number | undefined {
  const { spare, byNumber, pieceOf } = counting;
  // Read once, and only when a word is not in the title as typed; asked for every title of
  // a long list, so nothing is made for a title the question does not name.
  let reading: TitleReading | undefined;
  const missing: (readonly string[])[] = [];
  // Words of its details lines (the host, the venue, the hashtag): "the one at Acme".
  let hosted: (readonly string[])[] | undefined;
  for (const f of forms) {
    if (typedIn(title, f)) continue;
    reading ??= readTitle(title);
    if (reading?.has(at(f, 0))) continue;
    // Words the title lacks ("the LT night", a nickname): only in a question that calls it a
    // meetup or gives its number, at most `spare` of them, and half the title met otherwise.
    if (!called) return undefined;
    if (!typedInSet(title.details, f)) missing.push(f);
    else if (hosted) hosted.push(f);
    else hosted = [f];
  }
  const met = piecesMet(title, forms, reading?.pieces);
  // The details name it only beside a word of its title: a venue alone is many meetups'.
  if (met.size === 0 && hosted) missing.push(...hosted);
  const hostedPieces =
    met.size > 0 && hosted ? new Set(hosted.map((f) => pieceOf(at(f, 0)))).size : 0;
  // Named by its details, it comes after a meetup whose title has those words.
  const after = hostedPieces * DETAILS_WORD;
  const lackingPieces = new Set(missing.map((f) => pieceOf(at(f, 0))));
  if (lackingPieces.size > spare && !byNumber) return undefined;
  if (lackingPieces.size === 0 && called) return after;
  if (byNumber && met.size === 0) return undefined;
  const lacking = byNumber
    ? unexcused(lackingPieces, title, meetup, met, counting)
    : lackingPieces.size;
  if (lacking > spare) return undefined;
  if (lacking === 0 && called) return after;
  // A word of its details names it as much as one of its title.
  return (met.size + hostedPieces) * 2 >= title.pieces ? lacking + after : undefined;
}

/** How {@link namesTitle} counts the words a title lacks. */
interface Counting {
  /** How many it may lack. */
  readonly spare: number;
  /**
   * The question names the meetup by its number too: a word the title lacks is excused when it
   * may spell a word of the title the question has not met in the other script, beginning with
   * the same sound (テックミートアップ for Tech, yahoo for ヤフー); a kanji word never is.
   */
  readonly byNumber: boolean;
  /** The question's word (piece) each of its terms came from. */
  readonly pieceOf: (word: string) => number;
  /** How the question's word (piece) begins, in which script (see {@link soundOf}). */
  readonly soundOf: (piece: number) => string | undefined;
  /** The question's katakana word (piece) is in the meetup's talks: a topic, never excused. */
  readonly topic: (piece: number, meetup: Meetup) => boolean;
}

/**
 * Whether two first sounds may be one: the same, or ch read as k (Christmas, クリスマス) or u as
 * yu (Unity, ユニティ).
 */
function alike(a: string, b: string): boolean {
  const fold = (sound: string) => ({ C: 'k', u: 'y' })[sound] ?? sound;
  return a === b || fold(a) === fold(b);
}

/** The lacking words not excused as another script's spelling; those excused meet their title word. */
function unexcused(
  lacking: ReadonlySet<number>,
  title: Terms,
  meetup: Meetup,
  met: Set<number>,
  { soundOf: askedSound, topic }: Counting,
): number {
  let left = 0;
  for (const piece of lacking) {
    const sound = topic(piece, meetup) ? undefined : askedSound(piece);
    const spelt =
      sound &&
      [...title.sounds].find(
        ([p, s]) => !met.has(p) && s[0] !== sound[0] && alike(s.slice(1), sound.slice(1)),
      );
    if (spelt) met.add(spelt[0]);
    else left++;
  }
  return left;
}

/** Whether a meetup's talks (titles and notes) have `word` (normalized) in them. */
function saysAny(meetup: Meetup, word: string): boolean {
  return meetup.talks.some((talk) =>
    [talk.title, ...talk.passages.map((p) => p.text)].some((text) =>
      normalize(text).includes(word),
    ),
  );
}

/** Whether a title has a word, other than a number, that none of the question's words meets. */
function hasOwnWord(title: Terms, forms: readonly (readonly string[])[]): boolean {
  const met = new Set(forms.flat().map((w) => title.pieceOf.get(w)));
  for (const [term, piece] of title.pieceOf)
    if (!met.has(piece) && !/^\d+$/.test(term)) return true;
  return false;
}

/** Whether the title has one of a word's spellings as typed. */
function typedIn(title: Terms, spellings: readonly string[]): boolean {
  return typedInSet(title.found, spellings);
}

/** Whether a set of terms has one of a word's spellings. */
function typedInSet(found: ReadonlySet<string>, spellings: readonly string[]): boolean {
  for (const w of spellings) if (found.has(w)) return true;
  return false;
}

function nextMeetup(meetups: readonly Meetup[], today: string, fact: MeetupFact): FactAnswer {
  const upcoming = meetups
    .filter((m) => m.date !== undefined && m.date >= today)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const first = upcoming[0];
  if (first) return { kind: 'meetups', fact, meetups: [first] };
  const latest = newestFirst(meetups.filter((m) => m.date !== undefined))[0];
  return { kind: 'none-upcoming', ...(latest && { latest }) };
}

/** The title's words (pieces) the question's words meet as typed, with those met already. */
function piecesMet(
  title: MeetupTitle,
  forms: readonly (readonly string[])[],
  already: Iterable<number> = [],
): Set<number> {
  const met = new Set(already);
  for (const w of forms.flat()) {
    const piece = title.pieceOf.get(w);
    if (piece !== undefined) met.add(piece);
  }
  return met;
}

/**
 * Meetups the question names alike, the one whose title it meets the largest share of first,
 * then the newest.
 */
function closestFirst(
  named: readonly number[],
  titles: readonly MeetupTitle[],
  meetups: readonly Meetup[],
  forms: readonly (readonly string[])[],
): Meetup[] {
  const share = new Map(
    named.map((i) => {
      const title = at(titles, i);
      const met = piecesMet(title, forms).size;
      return [at(meetups, i), title.pieces > 0 ? met / title.pieces : 0] as const;
    }),
  );
  return newestFirst([...share.keys()]).sort((a, b) => (share.get(b) ?? 0) - (share.get(a) ?? 0));
}

function newestFirst(meetups: readonly Meetup[]): Meetup[] {
  return [...meetups].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * What a meetup's notes say about the fact asked: for its programme, its talks' titles, a line
 * each; for its event page, its details lines and the page's address; else its details lines
 * (date, venue, hashtag, event page), with its date first when they
 * do not give it, or its date alone when it has none.
 * Undefined when they say nothing of it: a hashtag asked of details with no `#tag`, a venue of
 * details with no line that may be one and no place labelled under a dated heading (see
 * {@link labelledVenues}), a date of a meetup with neither details nor date.
 */
export function factText(meetup: Meetup, fact: MeetupFact): string | undefined {
  if (fact === 'programme')
    return meetup.talks.length > 0 ? meetup.talks.map((t) => t.title).join('\n') : undefined;
  const lines = (meetup.details ?? []).map((d) => d.text);
  if (fact === 'hashtag')
    return lines.some((l) => HASHTAG.test(normalize(l))) ? lines.join('\n') : undefined;
  // The page's address on a line of its own: a details line shows a link by its text alone.
  if (fact === 'event page')
    return meetup.eventUrl === undefined ? undefined : [...lines, meetup.eventUrl].join('\n');
  if (fact === 'recording') return recordingOf(meetup);
  if (fact === 'attendance')
    return lines.some((l) => normalize(l).split('\n').some(statesHeadcount))
      ? lines.join('\n')
      : undefined;
  if (fact === 'fee')
    return lines.some((l) => PRICE.test(normalize(l))) ? lines.join('\n') : undefined;
  if (fact === 'time')
    return lines.some((l) => CLOCK_TIME.test(normalize(l))) ? lines.join('\n') : undefined;
  const { date } = meetup;
  if (fact === 'venue') {
    // More items than a details block has, half of them or more sentences of a report: a blog
    // post's opening, where a short line is no venue's name.
    const details = meetup.details ?? [];
    const report = details.length > DETAILS_ITEMS && 2 * reportItems(details) >= details.length;
    return details.some((d) => mayBeVenue(d, report)) ? lines.join('\n') : labelledVenues(meetup);
  }
  // A date line before the first talk is the meetup's date: without one the notes give none.
  if (date === undefined) return undefined;
  if (!lines.some((l) => dateFromLine(l) === date)) lines.unshift(date);
  return lines.join('\n');
}

/**
 * The lines labelled as a place (場所: X, 会場: X) under the meetup's headings that also date
 * what is under them (日時: …), each after the heading it is under, when its details name none:
 * a programme page that lists the day's parts (a conference, its eve, the party after) writes
 * each part's date and place under its own heading. A place in a talk's notes (場所: S3 の
 * バケット), or prose that only mentions one, is no venue of the meetup.
 */
function labelledVenues(meetup: Meetup): string | undefined {
  const found: string[] = [];
  for (const talk of meetup.talks) {
    // A part of the day is dated under its heading (日時: …); a talk's 場所: S3 is not.
    const dated = new Set(
      talk.passages.filter((p) => dateFromLine(p.text) !== undefined).map((p) => p.section),
    );
    for (const passage of talk.passages) {
      if (!dated.has(passage.section)) continue;
      for (const line of passage.text.split('\n'))
        if (VENUE_LABEL.test(normalize(line)))
          found.push(`${passage.section ?? talk.title}: ${line.trim()}`);
    }
  }
  return found.length > 0 ? found.join('\n') : undefined;
}
/** A line labelled as an event's place (会場: X, 場所: X, venue: X): not an address or a location, which notes give of servers too. */
const VENUE_LABEL = /^\s*(?:[-*・]\s*)?(?:会場|場所|開催場所|会場名|venue)\s*[:：]\s*\S/u;

/** The links a fact's reply shows: the meetup's own, and for its recording only its videos. */
export function factLinks(meetup: Meetup, fact: MeetupFact): readonly TalkLink[] {
  return fact === 'recording' ? videosOf(meetup) : (meetup.links ?? []);
}

/** The meetup's own video links (not its talks'). */
function videosOf(meetup: Meetup): TalkLink[] {
  return (meetup.links ?? []).filter((l) => l.kind === 'video');
}

/**
 * The meetup's own recordings: the details lines that link them, which say which is which (day 1,
 * 前半), or else the links; undefined when it has none (its talks may).
 */
function recordingOf(meetup: Meetup): string | undefined {
  const urls = videosOf(meetup).map((l) => l.url);
  if (urls.length === 0) return undefined;
  const lines = (meetup.details ?? [])
    .map((d) => d.text)
    .filter((line) => urls.some((url) => line.includes(url)));
  return (lines.length > 0 ? lines : urls).join('\n');
}

/**
 * A sentence of a report ("I went to X and took notes."), as a blog post opens its notes: a line
 * of prose ({@link PROSE_LINE}), or one that names what the notes are (…に行ったときのメモ, まとめ).
 */
const REPORT_SENTENCE = new RegExp(`${PROSE_LINE.source}|(?:メモ|まとめ|レポート|感想)\\s*$`, 'u');
/**
 * A room borrowed, an address (〒, 丁目, 番地), or a verb of holding after で or にて (Xで開催, Xにて
 * 実施, Xで行われた): where, in so many words, in a details line or in a report's prose.
 */
const HELD_THERE =
  'お借り|〒|丁目|番地|(?<!さま)(?:で|にて)(?:の)?(?:開催|実施)|(?<!さま)で[^。]{0,40}?(?:開催し|行われ|行い|実施し)';
/**
 * What says a sentence is about the place (normalized: センタ for センター): the word for it; a
 * building, a room or a floor; a company, a shop or an online room; an address; a verb of
 * holding after で or にて (Xで開催, Xにて実施, Xで行われた), or of borrowing a room (お借り).
 */
const PLACE_WORDS = new RegExp(
  `会場|場所|venue|location|${PLACE_NOUNS}|オンライン|(?<![a-z])(?:online|zoom|hosted by|inc|corp)(?![a-z])|株式会社|(?<!会)社(?:さん)?(?:で|の|にて)|(?:お|の)店|\\d+-\\d+-\\d+|${HELD_THERE}`,
  'u',
);
/** How many of the details items are prose of a report (a sentence of one), not facts or links. */
function reportItems(details: readonly Passage[]): number {
  return details.filter(
    (d) => !d.media && sentences(normalize(d.text)).some((s) => REPORT_SENTENCE.test(spoken(s))),
  ).length;
}

/**
 * The most items a meetup's details block has (date, time, venue, hashtag, event page, fee): more
 * are the opening of a report (a blog post's paragraphs before its first heading).
 */
const DETAILS_ITEMS = 6;
/**
 * What says where in a report's opening: the place stated (会場は X, 場所: X, "the venue was"), a
 * place's noun, an address, or a sentence of holding or borrowing it; not the bare word for a
 * venue (セミナー会場の奥), nor a company or an online room, which a report names as a sponsor,
 * an employer or a stream as often.
 */
const PLACE_STATED = new RegExp(
  `(?:会場|場所)(?:は|:|って)|(?<![a-z])(?:venue|location)(?: is| was|:)|${PLACE_NOUNS}|${HELD_THERE}`,
  'u',
);
/** Runs of hiragana, as prose has them (four or more) and a place's name seldom. */
const KANA_RUNS = /\p{sc=Hiragana}{4,}/gu;
/** A host's honorific and "at" ending a run (はてなさんにて, Acmeさまで): words of place, not of prose. */
const AT_PLACE = /(?:さん|さま)?(?:にて|で)$/u;

/** Whether a run of hiragana is prose: four or more without a host's honorific and "at" at its end. */
function isProse(run: string): boolean {
  return run.replace(AT_PLACE, '').length >= 4;
}
/** A line labelled as the place (会場: X, | 会場 | X |, Venue - X), with something after it. */
const PLACE_LABEL =
  /(?:^|\n|\|)\s*(?:会場|場所|開催場所|住所|venue|location|address|place)\s*[:：|]\s*[^\s|]/u;

/**
 * A details item (a paragraph, a list, a table) that may say where. A line labelled as the place
 * does, whatever else the item holds (a table of the event's facts). Else not a date, a hashtag
 * or a link alone, nor report sentences that speak of no place (Xに参加しました), nor chat that
 * runs on in kana with no word of a place (…で盛り上がるかな): venues have no form to tell them
 * by, so any other item may be one; details of only such items state none. A venue named in
 * four hiragana or more with no word of a place (a hall called ひまわり) is missed so.
 */
function mayBeVenue(item: Passage, report: boolean): boolean {
  // The parser trims an item's text.
  const text = normalize(item.text);
  if (PLACE_LABEL.test(text)) return true;
  // A link alone (a sign-up page) is a venue only by its words; a picture's caption never.
  if (item.media) return item.media === 'links' && PLACE_WORDS.test(text);
  if (HASHTAG.test(text) || /^https?:\/\/\S+$/.test(text)) return false;
  if (sentences(text).every((s) => REPORT_SENTENCE.test(spoken(s)) && !PLACE_WORDS.test(s)))
    return false;
  // Chat about the event (…で盛り上がるかな, だったらいいな) names no place: a venue's name has no
  // run of kana words in it.
  if (!PLACE_WORDS.test(text) && (text.match(KANA_RUNS) ?? []).some(isProse)) return false;
  // In a report, a line says where only in so many words (会場は X, a building, で開催).
  if (report && !PLACE_STATED.test(text)) return false;
  if (dateFromLine(text) === undefined) return true;
  // A date line may go on with the place ("2019/2/12 Tue, Hall A"): more than the date's own words.
  return text.replace(DATE_WORDS, '').length > 1;
}

/** A sentence's words without its links and what leads to them ("X とは? → https://…"). */
function spoken(sentence: string): string {
  return sentence.replace(/https?:\/\/\S+/g, '').replace(/[\s→⇒➡:=>-]+$/u, '');
}

/**
 * An item's sentences: its lines, a line that starts in hiragana read with the one before it (a
 * sentence wrapped before its particle: "Night #4" / "に参加しました。").
 */
function sentences(text: string): string[] {
  return text.split(/\n(?!\p{sc=Hiragana})/u);
}

/** Today as `YYYY-MM-DD` in the machine's time zone (`TZ`), where "the next meetup" is counted. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

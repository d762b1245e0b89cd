import { at } from '../at.js';
import { runAtOnce, type Steps } from './cooperative.js';
import { normalize } from './normalize.js';

/** What the question says about which meetup it means, beyond the words of its title. */
export interface MeetupReference {
  /** Indexes (into the meetups given) of the meetups the question names; empty when it names none. */
  readonly preferred: ReadonlySet<number>;
  /**
   * The question with the words that resolved to meetups blanked out ("最新の", "#3"): they
   * named a meetup, so no passage is expected to contain them.
   */
  readonly rest: string;
}

/** The parts of a meetup the reference is resolved against. */
export interface MeetupFacts {
  readonly title: string;
  /** YYYY-MM-DD (or a prefix of it), when the notes say. */
  readonly date?: string;
  /** The numbers its title gives it ({@link meetupNumbers}), read once per index build. */
  readonly numbers?: ReadonlySet<number>;
  /** The initials of its title's Latin words ({@link titleInitials}), read once per index build. */
  readonly initials?: string;
}

/** What every question's reference is resolved against, computed once for a set of notes. */
export function meetupFactsOf(meetups: readonly { title: string; date?: string }[]): MeetupFacts[] {
  return runAtOnce(meetupFactsSteps(meetups));
}

/**
 * The same, a step per meetup, as a build runs it: a thousand titles' regular expressions took
 * tens of milliseconds here, too long to hold the event loop in one step.
 */
export function* meetupFactsSteps(
  meetups: readonly { title: string; date?: string }[],
): Steps<MeetupFacts[]> {
  const facts: MeetupFacts[] = [];
  for (const m of meetups) {
    facts.push({ ...m, numbers: meetupNumbers(m.title), initials: titleInitials(m.title) });
    yield;
  }
  return facts;
}

// A meetup's number as people write it: #3, #03, 第3回, 3回目, vol.2, vol 2, no.5, node-2.
const NUMBER_PATTERNS = [
  /#\s*0*(\d{1,4})(?!\d)/g,
  /第\s*0*(\d{1,4})\s*回/g,
  /(?<!\d)0*(\d{1,4})\s*回目/g,
  /(?<![a-z])(?:vol|no)\.?\s*0*(\d{1,4})(?!\d)/g,
  /(?<=[a-z])-0*(\d{1,3})(?![\d.])/g,
];
/**
 * A meetup's number as an ordinal in words: "the first meetup", "the 2nd event", 初回, 第二回,
 * 十一回目, 最初の勉強会. In English only before a word for the meetup, a few words on ("the very
 * first Boost study meetup"), and not past a word for a part of one ("the first talk at the
 * meetup", "the first case study") nor after "my" ("my first meetup"): "first" alone asks when
 * something first happened. In Japanese 最初の only right before a word for the meetup.
 */
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** Words for a part of a meetup, which an ordinal before them counts instead of the meetup. */
const MEETUP_PARTS =
  'talks?|sessions?|lts?|keynotes?|speakers?|questions?|presentations?|demos?|cases?|times?|slides?|days?|halves|half|parts?|rounds?';
/** A number in kanji numerals up to 99: 三, 十, 十一, 二十, 二十三 (see {@link kanjiNumber}). */
const KANJI_NUMBER =
  '(?<![一二三四五六七八九十百千])([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![一二三四五六七八九十百千])';
/** 第N回 and N回目 in kanji numerals. */
const KANJI_ORDINAL = new RegExp(`第\\s*${KANJI_NUMBER}\\s*回|${KANJI_NUMBER}回目`, 'g');
const ORDINAL_PATTERNS: readonly (readonly [RegExp, (match: RegExpExecArray) => number])[] = [
  [
    new RegExp(
      `(?<![a-z])(?<!\\bmy (?:very )?)(?:(${ORDINAL_WORDS.join('|')})|0*(\\d{1,3})(?:st|nd|rd|th))(?= (?:(?!(?:${MEETUP_PARTS})(?![a-z]))[^\\s?.!,]+ ){0,3}?(?:meetups?|events?|editions?|gatherings?|nights?)(?![a-z]))`,
      'g',
    ),
    (m) => (m[1] === undefined ? Number(m[2]) : ORDINAL_WORDS.indexOf(m[1]) + 1),
  ],
  [
    /初回|最初の(?=(?:回|勉強会|会|ミートアップ|meetup|イベント)(?:[のはでにもと]|って|$))/g,
    () => 1,
  ],
  [KANJI_ORDINAL, (m) => kanjiNumber(m[1] ?? m[2] ?? '')],
];

/** The value of a kanji numeral up to 99 as {@link KANJI_NUMBER} takes it (二十三: 23). */
function kanjiNumber(numeral: string): number {
  const digit = (at: number) => '一二三四五六七八九'.indexOf(numeral.charAt(at)) + 1;
  const ten = numeral.indexOf('十');
  if (ten < 0) return digit(0);
  return (ten === 0 ? 1 : digit(0)) * 10 + (ten + 1 < numeral.length ? digit(ten + 1) : 0);
}

const LATEST =
  /(?<![a-z])(?:latest|newest|most recent|last|previous)\s+(?:meetup|event|one)|最新|前回|直近|この前の/;
const LAST_YEAR = /(?<![a-z])last year|去年|昨年/;
const THIS_YEAR = /(?<![a-z])this year|今年/;
/** The months' names in English, as a question writes them (dec, dec., december). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?<![a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?,?';
/** A month's number from its English name (dec, december). */
function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3)) + 1;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** A day of the month after its number: not the start of a longer number, a time or a date. */
const DAY_END = '(?![0-9]|[/.:-]\\d)';

/**
 * The ways a question names a meetup by when it was (on normalized text), each with what a
 * meetup's `YYYY-MM-DD` date must start or end with: a day (2020/6/4, 2020年6月4日), a month of
 * a year (2018年12月, 2018/12, Dec 2018, December of 2018), or a day of a month without the year
 * (6/4, 6月4日, June 4, 4 June: the meetups of that day in any year).
 */
const DATE_REFERENCES: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [
    new RegExp(
      `(?<![0-9])(\\d{4})\\s*(?:年\\s*|[/.-])(\\d{1,2})\\s*(?:月\\s*|[/.-])(\\d{1,2})(?:\\s*日)?${DAY_END}`,
      'g',
    ),
    (m) => `^${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`,
  ],
  [
    // Not 2023.1 or 2023-01, which name versions and images as often.
    /(?<![0-9])(\d{4})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d)|\/(\d{1,2})(?![0-9]|[/.-]\d))/g,
    (m) => `^${m[1]}-${pad(Number(m[2] ?? m[3]))}-`,
  ],
  [
    new RegExp(`${MONTH_NAME}\\s+(?:of\\s+)?(\\d{4})(?![0-9])`, 'g'),
    (m) => `^${m[2]}-${pad(monthOf(m[1]))}-`,
  ],
  [
    new RegExp(
      `(?<![0-9a-z/.:])(?<!年\\s*)(\\d{1,2})(?:/|月\\s*)(\\d{1,2})(?:\\s*日)?${DAY_END}`,
      'g',
    ),
    (m) => `-${pad(Number(m[1]))}-${pad(Number(m[2]))}$`,
  ],
  [
    // Not a day of another year (June 4, 2019).
    new RegExp(`${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?${DAY_END}(?![a-z]|,?\\s*\\d{4})`, 'g'),
    (m) => `-${pad(monthOf(m[1]))}-${pad(Number(m[2]))}$`,
  ],
  [
    new RegExp(
      `(?<![0-9.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?!\\s*\\d{4})`,
      'g',
    ),
    (m) => `-${pad(monthOf(m[2]))}-${pad(Number(m[1]))}$`,
  ],
];

/**
 * A word for a meetup, a session or a talk a few words after a date (the Dec 2018 meetup, the
 * June 4 B-tree session, 5/21の初回, 2018年12月の定例会, 12/10の会場), or before it (the meetup on
 * 12/10, 勉強会 6/4): the date names a meetup. Without one ("the Dec 2018 outage", 2018年12月の
 * 障害) it is when something else happened.
 */
const MEETUP_AFTER = new RegExp(
  [
    String.raw`^(?:\s+\S+){0,3}?\s+(?:meetups?|meet-ups?|meetings?|sessions?|events?|kick-?offs?|nights?|talks?|lts?|one|workshops?|study|held|hosted)(?![a-z])`,
    // Not 回答 (an answer), nor 発表した or 開催された: what a company announced, another event.
    String.raw`^\s*(?:の|に|で|は)?\s*[^、。?？!！]{0,20}?(?:回(?![答収復線路転避])|勉強会|定例|例会|ミートアップ|イベント|キックオフ|発表(?![しさ])|登壇|セッション|(?<![a-z])lt(?![a-z])|会場|開催(?![しさ])|(?<![社])会(?![社議話員]))`,
  ].join('|'),
  'u',
);
const MEETUP_BEFORE =
  /(?:(?<![a-z])(?:meetups?|meet-ups?|meetings?|sessions?|events?|kick-?offs?)|回|会|勉強会|イベント|セッション)\s*(?:on|of|in|from|held on|の)?\s*$/u;
function calledMeetup(text: string, start: number, end: number): boolean {
  return (
    MEETUP_AFTER.test(text.slice(end, end + 40)) ||
    MEETUP_BEFORE.test(text.slice(Math.max(0, start - 30), start))
  );
}

/** `text` with the numbers it gives a meetup (#3, 第3回, vol.3) blanked out. */
export function withoutMeetupNumbers(text: string): string {
  return NUMBER_PATTERNS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** The numbers a text gives a meetup (#3 and vol.3 are both 3). */
export function meetupNumbers(text: string): Set<number> {
  const normalized = normalize(text);
  const numbers = new Set<number>();
  for (const pattern of NUMBER_PATTERNS) {
    for (const match of normalized.matchAll(pattern)) numbers.add(Number(match[1]));
  }
  // A title in kanji numerals (第二回 Go勉強会) has its number too.
  for (const match of normalized.matchAll(KANJI_ORDINAL))
    numbers.add(kanjiNumber(match[1] ?? match[2] ?? ''));
  return numbers;
}

/** A word of a title in Latin letters; a word in camel case is one part per capital (CloudNative). */
const TITLE_WORD = /[A-Za-z]+/g;
const WORD_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
/**
 * A meetup's acronym as the asker types it: three to six capitals, on their own or before its
 * number (SNDS2031, ECK#2), not the start of a word in camel case.
 */
const ACRONYM = /(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])/g;
/**
 * A title's first words shortened to their initials, and the next word as the title has it
 * (SN Days for StorageNight Days Sapporo): two capitals or more, then a word.
 */
const INITIALS_THEN_WORD = /(?<![A-Za-z])([A-Z]{2,6})\s+([A-Za-z]{2,})(?![A-Za-z])/g;

/**
 * The initials of a title's Latin words, lower case: "StorageNight Days Sapporo 2031" gives
 * "snds", "Edge Computing Kumamoto #2" "eck".
 */
export function titleInitials(title: string): string {
  return titleParts(title)
    .map((part) => part.charAt(0))
    .join('');
}

/** The parts of a title's Latin words, lower case (see {@link titleInitials}). */
function titleParts(title: string): string[] {
  const parts: string[] = [];
  for (const [word] of title.matchAll(TITLE_WORD))
    for (const [part] of word.matchAll(WORD_PART)) parts.push(part.toLowerCase());
  return parts;
}

/** The word of a title after its first `count` words (parts, as {@link titleInitials} reads them). */
function wordAfter(title: string, count: number): string | undefined {
  return titleParts(title)[count];
}

/**
 * Resolves "#3", "第3回", "vol.2", "the latest meetup", "last year's" or an acronym of a title
 * (SNDS) against the meetups' titles and dates. A number counts only when some meetup has it, so
 * "3 nodes" names nothing. An acronym counts when it begins the initials of some title and the
 * notes never write it (`known`), so "API" stays a word of the question. Named by both, the
 * meetups that have both are meant (ECK#2: the second of that series, not every second).
 */
export function findMeetupReference(
  question: string,
  meetups: readonly MeetupFacts[],
  now: Date,
  known: (term: string) => boolean = () => false,
  /** Off, no meetup is named by its initials (the profile's `answer.meetupByInitials`). */
  byInitials = true,
): MeetupReference {
  const text = normalize(question);
  let rest = text;
  const blank = (pattern: RegExp) => {
    rest = rest.replace(new RegExp(pattern.source, 'g'), (m) => ' '.repeat(m.length));
  };
  const byNumber = new Set<number>();
  const patterns = [
    ...NUMBER_PATTERNS.map((p) => [p, (m: RegExpExecArray) => Number(m[1])] as const),
    ...ORDINAL_PATTERNS,
  ];
  for (const [pattern, numberOf] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const wanted = numberOf(match);
      const named = meetups.flatMap((m, i) =>
        (m.numbers ?? meetupNumbers(m.title)).has(wanted) ? [i] : [],
      );
      for (const i of named) byNumber.add(i);
      if (named.length > 0) blank(pattern);
    }
  }
  const byAcronym = byInitials
    ? namedByInitials(question, meetups, known, blank)
    : new Set<number>();
  const both = [...byNumber].filter((i) => byAcronym.has(i));
  const preferred = new Set<number>(both.length > 0 ? both : [...byNumber, ...byAcronym]);
  const year = now.getUTCFullYear();
  // Only a question naming "the latest" or a year needs the meetups' dates: every other one
  // would walk a thousand meetups for nothing.
  // Stryker disable StringLiteral,Regex: a fallback that is no date is filtered out; dates are ISO (YYYY-MM-DD or a prefix) or absent, which /^\d/ tells apart as well
  const dated = () =>
    meetups
      .map((meetup, i) => ({ i, date: meetup.date ?? '' }))
      .filter((m) => /^\d{4}/.test(m.date));
  // Stryker restore StringLiteral,Regex
  if (LATEST.test(text)) {
    const all = dated();
    if (all.length > 0) {
      const newest = all.reduce((a, b) => (b.date > a.date ? b : a));
      preferred.add(newest.i);
      blank(LATEST);
    }
  }
  // Named by when it was: the meetups of that day or month, when some meetup was held then and
  // the question calls it one (a month is as often when something else happened).
  for (const [pattern, dateOf] of DATE_REFERENCES) {
    for (const match of rest.matchAll(pattern)) {
      if (!calledMeetup(rest, match.index, match.index + match[0].length)) continue;
      const at = new RegExp(dateOf(match));
      const named = dated().filter((m) => at.test(m.date));
      for (const m of named) preferred.add(m.i);
      // Blanked where it was matched (a date may be written twice, once for something else).
      const end = match.index + match[0].length;
      if (named.length > 0)
        rest = `${rest.slice(0, match.index)}${' '.repeat(match[0].length)}${rest.slice(end)}`;
    }
  }
  for (const [pattern, wanted] of [
    [LAST_YEAR, year - 1],
    [THIS_YEAR, year],
  ] as const) {
    if (!pattern.test(text)) continue;
    for (const m of dated()) if (Number(m.date.slice(0, 4)) === wanted) preferred.add(m.i);
    blank(pattern);
  }
  return { preferred, rest };
}

/**
 * The meetups a question names by the initials of their titles: an acronym (SNDS) that begins
 * them, or the first words' initials and the title's next word (SN Days). Initials the notes
 * write as a word are the question's word instead. Each one found is `blank`ed out of the
 * question's words.
 */
function namedByInitials(
  question: string,
  meetups: readonly MeetupFacts[],
  known: (term: string) => boolean,
  blank: (pattern: RegExp) => void,
): Set<number> {
  const found = new Set<number>();
  // Full-width capitals (ＣＮＤＦ) are read as the ASCII ones.
  const capitals = question.normalize('NFKC');
  for (const [acronym] of capitals.matchAll(ACRONYM)) {
    const wanted = acronym.toLowerCase();
    if (known(wanted)) continue;
    const named = meetups.flatMap((m, i) =>
      (m.initials ?? titleInitials(m.title)).startsWith(wanted) ? [i] : [],
    );
    for (const i of named) found.add(i);
    if (named.length > 0) blank(new RegExp(`(?<![a-z])${wanted}(?![a-z])`));
  }
  for (const match of capitals.matchAll(INITIALS_THEN_WORD)) {
    const initials = at(match, 1).toLowerCase();
    const word = at(match, 2).toLowerCase();
    // Initials the notes write are a word of the question (ML Ops tools), as an acronym's are.
    if (known(initials)) continue;
    // The initials begin the title's, and its next word is the word (its initial is checked first).
    const named = meetups.flatMap((m, i) =>
      (m.initials ?? titleInitials(m.title)).startsWith(initials + word.charAt(0)) &&
      wordAfter(m.title, initials.length) === word
        ? [i]
        : [],
    );
    for (const i of named) found.add(i);
    if (named.length > 0) blank(new RegExp(`(?<![a-z])${normalize(match[0])}(?![a-z])`));
  }
  return found;
}

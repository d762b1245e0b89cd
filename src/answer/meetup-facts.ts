import type { Meetup } from '../content/meetup.js';
import { normalize } from '../search/normalize.js';
import { COMMON_WORDS, QUESTION_FILLER } from '../search/stopwords.js';
import { scanTerms } from '../search/tokenize.js';

/**
 * Questions about a meetup itself rather than one of its talks: where it was held, when, under
 * which hashtag ("Where was #12 held?", "会場はどこ?", "When is the next meetup?"). The notes say
 * these in the lines between a meetup's heading and its first talk (its details) and in its date;
 * no talk's passage states them, so the ranking alone would answer with a talk whose words merely
 * resemble the question's.
 */
export type MeetupFact = 'venue' | 'date' | 'hashtag';

/** The meetups a fact question is about, best first, or the reason none can be named. */
export type FactAnswer =
  | { readonly kind: 'meetups'; readonly fact: MeetupFact; readonly meetups: readonly Meetup[] }
  /** "The next meetup" when no meetup in the notes is dated today or later. */
  | { readonly kind: 'none-upcoming'; readonly latest?: Meetup };

const WORD = (words: string) => `(?<![a-z])(?:${words})(?![a-z])`;
/** The words that ask for each fact, on normalized text. */
const FACT_WORDS: readonly (readonly [MeetupFact, RegExp])[] = [
  ['hashtag', new RegExp(`${WORD('hash ?tags?|tags?')}|ハッシュタグ|タグ`, 'g')],
  // "place" but not "take place", which says only that the meetup happened.
  [
    'venue',
    new RegExp(
      `${WORD('where|venue|location|(?<!(?:take|took|takes) )place|address')}|会場|場所|どこ`,
      'g',
    ),
  ],
  ['date', new RegExp(`${WORD('when|date|day|what time')}|いつ|日時|日程|日付|何日|開催日`, 'g')],
];
/** Words that only say "the meetup" or "it was held": a talk's passage would not have them. */
const MEETUP_WORDS = new RegExp(
  `${WORD('meetups?|meet-ups?|events?|held|hold|holds|took place|take place|takes place|happen(?:ed|s)?|host(?:ed|s)?|organi[sz]ed|next|upcoming')}|開催|開か|勉強会|イベント|次回|次の`,
  'g',
);
const NEXT = new RegExp(`${WORD('next|upcoming')}|次回|次の`);

/**
 * The index terms of a text, as the tokenizer gives them. Hiragana words are left out: in a
 * question with its asking words blanked they are the inflections left behind (された, ですか).
 */
function terms(text: string): Set<string> {
  const found = new Set<string>();
  scanTerms(text, (term, kind) => {
    if (kind !== 'kana') found.add(term);
  });
  return found;
}

/** Which fact the question asks for, if its words ask for one. */
export function factAsked(normalizedQuestion: string): MeetupFact | undefined {
  return FACT_WORDS.find(([, pattern]) => new RegExp(pattern.source).test(normalizedQuestion))?.[0];
}

/**
 * Answers a question whose only words, besides the fact it asks for, name a meetup: by number or
 * date (`named`, from the meetup reference), or by the words of its title. A question with any
 * other word ("the venue's wifi", "会場で配られた資料") is about something said there and goes to
 * the ranking, as does a question naming no meetup when the notes have several.
 * @param rest the question with the words that named a meetup by number or date blanked out
 * @param named the meetups named that way (indexes into `meetups`)
 * @param today `YYYY-MM-DD`, for "the next meetup"
 */
export function answerMeetupFact(
  question: string,
  rest: string,
  meetups: readonly Meetup[],
  named: ReadonlySet<number>,
  today: string,
): FactAnswer | undefined {
  const text = normalize(question);
  const fact = factAsked(text);
  if (fact === undefined) return undefined;
  let left = normalize(rest);
  for (const [, pattern] of FACT_WORDS) left = left.replace(pattern, ' ');
  left = left.replace(MEETUP_WORDS, ' ');
  const words = [...terms(left)].filter((t) => !QUESTION_FILLER.has(t) && !COMMON_WORDS.has(t));
  if (NEXT.test(text)) {
    if (words.length > 0) return undefined;
    return nextMeetup(meetups, today, fact);
  }
  const pool = named.size > 0 ? [...named].map((i) => meetups[i] as Meetup) : meetups;
  // Every remaining word must be a word of the meetup's title.
  const candidates = pool.filter((m) => {
    const title = terms(normalize(m.title));
    return words.every((w) => title.has(w));
  });
  if (candidates.length === 0) return undefined;
  if (named.size === 0 && words.length === 0 && meetups.length > 1) return undefined;
  return { kind: 'meetups', fact, meetups: newestFirst(candidates) };
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

function newestFirst(meetups: readonly Meetup[]): Meetup[] {
  return [...meetups].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * What a meetup's notes say about the fact asked: its details lines (date, venue, hashtag, event
 * page), or its date alone when it has none. Undefined when they say nothing of it: a hashtag
 * asked of details with no `#tag`, a venue or date asked of a meetup with neither details nor date.
 */
export function factText(meetup: Meetup, fact: MeetupFact): string | undefined {
  const lines = (meetup.details ?? []).map((d) => d.text);
  if (fact === 'hashtag')
    return lines.some((l) => /#[^\s\d#][^\s#]*/u.test(l)) ? lines.join('\n') : undefined;
  if (lines.length > 0) {
    const date = meetup.date;
    const undated = date !== undefined && !lines.some((l) => sameDate(l, date));
    return (fact === 'date' && undated ? [date, ...lines] : lines).join('\n');
  }
  return fact === 'date' ? meetup.date : undefined;
}

/** Whether a line gives the date `YYYY-MM-DD` in any separators (2019/2/5, 2019-02-05, 2019.02.05). */
function sameDate(line: string, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (day === undefined) return line.includes(date);
  return new RegExp(`(?<!\\d)${year}\\D{1,3}0?${month}\\D{1,3}0?${day}(?!\\d)`).test(line);
}

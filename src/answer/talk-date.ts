import type { Meetup, Talk } from '../content/meetup.js';
import { dateFromLine } from '../content/meetup-date.js';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { normalize } from '../search/normalize.js';
import { byline } from '../search/person-asked.js';
import { isRealWord } from '../search/scoring/coverage.js';
import type { ScoringProfile } from '../search/scoring/profile.js';

/**
 * A question whose "when" is of the talk itself: in English "when was the X talk (given, held)",
 * "when did X present"; in Japanese the talk word as the subject of いつ (Xの発表っていつ?,
 * 登壇はいつだった?). Not "LTS" (long-term support), nor "when does the session expire" or
 * "セッションはいつ切れる": a verb other than being held asks about something else. On the
 * question normalized.
 */
const TALK_WORD_EN = '(?:talks?|presentations?|sessions?|keynotes?|lt|lightning talks?)';
const TALK_WHEN = new RegExp(
  [
    `(?<![a-z])when (?:was|is|'s|will be|were) (?:\\S+ ){0,8}?${TALK_WORD_EN}(?: (?:given|held))?(?: (?:at|in|on|of|by) [^?]*)?\\s*\\??\\s*$`,
    `(?<![a-z])when did (?:\\S+ ){1,4}?(?:present|speak|talk|give (?:a|the|his|her|their) (?:talk|presentation|keynote))(?![a-z])`,
    '(?:発表|登壇|講演|基調講演|セッション|トーク|lt|プレゼン)(?:って|は|が)?\\s?(?:いつ|何日)(?:だった|でした|です|だ|やった|あった|行われた)?(?:っけ|か|の)?\\s*[?？]?\\s*$',
  ].join('|'),
);
/** The talk words a question asking when a talk was given may have beyond the title's. */
const DATE_TALK_WORDS =
  /^(?:talks?|presentations?|sessions?|lt|keynotes?|lightning|発表|登壇|講演|基調|基調講演|セッション|トーク|プレゼン)$/;

/**
 * Whether a question asks when a talk was given ("When was the Ansible talk?", "Ansibleの発表って
 * いつ?"): it asks for a date, calls its subject a talk, and every other word it means is in the
 * talk's title, its speaker's line or its meetup's title. Such a question asks for the date of the
 * talk's meetup; a date the talk's notes write (a release, a deadline) answers another question.
 * A question with a word of its own ("when did the Ansible talk say 2.10 ships?") asks that.
 */
export function talkDateAsked(
  query: AnalyzedQuery,
  question: string,
  { talk, meetup }: { talk: Talk; meetup: Meetup },
  profile: ScoringProfile,
): boolean {
  if (query.numberAsked?.kind !== 'date' || !TALK_WHEN.test(normalize(question))) return false;
  const named = [talk.title, byline(talk.passages), meetup.title].flatMap((part) =>
    part === undefined ? [] : [normalize(part)],
  );
  return query.concepts.every(
    (concept, i) =>
      !isRealWord(concept, profile) ||
      DATE_TALK_WORDS.test(concept.word) ||
      query.highlight.some(
        (form, k) =>
          query.highlightConcepts[k]?.includes(i) &&
          named.some((part) => part.includes(normalize(form))),
      ),
  );
}

/**
 * The line of a meetup's notes that gives its date: the details line of that date as the notes
 * write it (日時: 2031/05/10 (土)), else the date; undefined when the notes give none.
 */
export function meetupDateLine(meetup: Meetup): string | undefined {
  const { date } = meetup;
  if (date === undefined) return undefined;
  // The parser trims a details line.
  for (const detail of meetup.details ?? [])
    for (const line of detail.text.split('\n')) if (dateFromLine(line) === date) return line;
  return date;
}

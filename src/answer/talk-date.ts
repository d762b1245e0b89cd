import type { Meetup, Talk } from '../content/meetup.js';
import { dateFromLine } from '../content/meetup-date.js';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { normalize } from '../search/normalize.js';
import { byline } from '../search/person-asked.js';
import { isRealWord } from '../search/scoring/coverage.js';
import type { ScoringProfile } from '../search/scoring/profile.js';

/** Words that name a talk itself: a question about "the X presentation" asks about the talk X. */
export const TALK_WORDS =
  /^(?:talks?|presentations?|sessions?|lts?|発表|登壇|講演|セッション|トーク|プレゼン)$/;

/**
 * A question calling what it asks the date of a talk: the talk, the session, the LT, the keynote,
 * or giving one (presented, spoke); 発表, 登壇, 講演. On the question normalized.
 */
const TALK_EVENT =
  /(?<![a-z])(?:talks?|presentations?|sessions?|lts?|keynotes?|present(?:ed)?|spoke|speak|gave|given)(?![a-z])|発表|登壇|講演|セッション|トーク|プレゼン|基調講演/;

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
  if (query.numberAsked?.kind !== 'date' || !TALK_EVENT.test(normalize(question))) return false;
  const named = [talk.title, byline(talk.passages), meetup.title].flatMap((part) =>
    part === undefined ? [] : [normalize(part)],
  );
  return query.concepts.every(
    (concept, i) =>
      !isRealWord(concept, profile) ||
      TALK_WORDS.test(concept.word) ||
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

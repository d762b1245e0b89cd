import { normalize } from './normalize.js';

/**
 * The words of a meetup itself, beside its talks: who is there and the parts of the evening.
 * Notes write them in Japanese (登壇者, 参加者, 運営, 懇親会) where a question asks in English
 * ("how many speakers", "who organized it", "where was the after party"), and the general
 * dictionaries pair none of them with the English a question uses (EDICT's 参加者 is a
 * participant, never an attendee; 登壇者 is in neither). The programme's parts (keynote, LT) are
 * talk-roles.ts's. One group per word (language-resources.ts makes each a dictionary group, every
 * word a trigger, weighed as the general dictionary is).
 */
const WORDS: readonly (readonly string[])[] = [
  ['speaker', 'speakers', 'presenter', 'presenters', '登壇者', '発表者', 'スピーカー'],
  ['attendee', 'attendees', 'participant', 'participants', '参加者'],
  ['organizer', 'organizers', 'organiser', 'organisers', '運営', '主催者'],
  ['after party', 'afterparty', 'after-party', '懇親会'],
  ['hands-on', 'hands on', 'ハンズオン'],
  // What entry costs: a ticket, as English asks, is 参加費 (the attendance fee) in the notes.
  ['ticket', 'tickets', 'admission', 'entry fee', '参加費', '入場料', 'チケット'],
];

/** The groups, each word normalized as the index's text is. */
export const MEETUP_TERMS: readonly (readonly string[])[] = WORDS.map((words) => [
  ...new Set(words.map(normalize)),
]);

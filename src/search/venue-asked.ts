import { normalize } from './normalize.js';

/**
 * Questions that ask where an event took place (会場どこだった?, どこで開催?, "where was it held?"),
 * and the passages that say where something was. Like a number question (answer-type.ts), such a
 * question has no answer in a talk whose notes only speak of what was said there: a passage that
 * answers names a place (a building, a room, a hall, a campus, a floor) or says where it was held.
 */

/** Where it was held, asked. On normalized text. */
const ASKS_FOR_VENUE = new RegExp(
  [
    '会場(?:は|って|が)?(?:どこ|どちら|何|なに)|(?:どこ|どちら)で(?:開催|やっ|行われ|開かれ|あっ)|開催場所|どこの会場',
    '(?<![a-z])(?:what (?:was|is) the venue|which venue|where (?:was|is|were|will) (?:\\S+ ){0,8}?(?:held|hosted)|where did (?:\\S+ ){0,8}?(?:take place|happen))(?![a-z])',
  ].join('|'),
);

/** Whether a question (normalized as typed) asks where an event took place. */
export function asksForVenue(typed: string): boolean {
  return ASKS_FOR_VENUE.test(typed);
}

/**
 * A place: a building, a room, a floor, a hall, a campus or a city's venue word, or a sentence
 * of holding something there (…で開催, お借りして, 貸し切って, 会場は, "held at").
 */
const PLACE = new RegExp(
  [
    'ビル(?![ドダ])|会議室|ルーム|スペース|教室|ホール|大学|キャンパス|カフェ|オフィス|センター|会館|劇場|本社|支社|ホテル|(?<![0-9a-z])[0-9]+(?:f|階)(?![0-9a-z])',
    'お借りして|お借りし|貸し切|会場(?:は|:)|場所(?:は|:)|館',
    '(?:で|にて)(?:の)?(?:開催|開き|開いた|開かれ|行い|行われ|行った|実施)',
    '(?<![a-z])(?:building|hall|room|office|campus|university|center|centre|hotel|floor|venue|(?:held|hosted) (?:at|in))(?![a-z])',
  ].join('|'),
);

/** Whether `text` names a place (see {@link PLACE}). */
export function namesPlace(text: string): boolean {
  return PLACE.test(normalize(text));
}

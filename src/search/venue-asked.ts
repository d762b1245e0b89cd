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
 * Words of a place, on normalized text (センタ for センター, タワ for タワー): a building, a room, a
 * hall, a campus, a floor (3F, 14階). Not ビルド (a build). Shared with the meetup's details, which
 * read a venue line by them (meetup-facts.ts).
 */
export const PLACE_NOUNS =
  '(?:ビル(?![ドダ])|タワ|センタ|オフィス|ホール|会議室|ルーム|スペース|スタジオ|プラザ|ラウンジ|カフェ|本社|支社|大学|会館|キャンパス|教室|劇場|ホテル|(?<![a-z])(?:office|hall|room|building|campus|university|tower|space|studio|center|centre|hotel|floor)(?![a-z])|(?<![\\w.])\\d+\\s?(?:f|階)(?![\\w-]))';

/**
 * A place ({@link PLACE_NOUNS}), or a sentence of holding something somewhere (…で開催, にて実施,
 * お借りして, 貸し切って, 会場は, "held at", "the venue").
 */
const PLACE = new RegExp(
  [
    PLACE_NOUNS,
    'お借り|貸し切|会場(?:は|:)|場所(?:は|:)|館',
    '(?:で|にて)(?:の)?(?:開催|開き|開いた|開かれ|行い|行われ|行った|実施)',
    '(?<![a-z])(?:venue|(?:held|hosted) (?:at|in))(?![a-z])',
  ].join('|'),
  'u',
);

/** Whether `text` names a place (see {@link PLACE}). */
export function namesPlace(text: string): boolean {
  return PLACE.test(normalize(text));
}

import { COMMON_WORDS } from './stopwords.js';
import { ROLE_WORDS } from './talk-roles.js';

/**
 * Questions in Japanese that ask whether something is so ("そのCLIってWindowsでも動く?",
 * "ビルドはBuildkiteで回してる?") and the names they ask it of. Such a question is about the
 * names it writes: a talk that never speaks of one of them cannot say yes or no, however well the
 * rest of the question matches it. Notes in Japanese write products, platforms and services in
 * Latin letters, so a Latin word of a Japanese question is such a name; in an English question
 * every word is Latin, and most are no name.
 */

/**
 * What makes a question ask something other than whether: a question word (not inside another
 * word: などの, いつも, 誰か, 何か, なんです), a choice offered (AかB, それとも), or a name asked
 * about on its own ("Xって?": what about X).
 */
const ASKS_OTHERWISE = new RegExp(
  [
    '何(?!か)|なに|なん(?!です|だ|じゃ)|(?<!な)どこ(?!か)|(?<!な)どの|どう(?!も)|どれ(?!か|も)',
    'どっち|どちら|どんな|どなた|だれ(?!か)|誰(?!か)|いつ(?!も)|いくつ|いくら|幾つ|いかが|なぜ',
    '(?<![a-z])(?:what|which|who|whom|whose|where|when|why|how)(?![a-z])',
    'それとも|[a-z0-9]\\s?か\\s?[a-z]',
    'って\\?\\s*$',
  ].join('|'),
);
const HIRAGANA = /\p{sc=Hiragana}/u;
/** The question ends in a question mark (full-width ones are folded by then). */
const ASKED = /\?\s*$/;
/** A Latin name: a letter, then letters, digits, dots or hyphens (ec2, node.js, nsx-t). */
const LATIN_NAME = /^[a-z][a-z0-9.-]*$/;
/** Words that ask for a link, and chat words: no name a talk would speak of. */
const NO_NAME = /^(?:url|urls|link|links|lol|lmao|ww+)$/;

/** Whether a normalized question asks, in Japanese, whether something is so. */
export function asksWhether(typed: string): boolean {
  return HIRAGANA.test(typed) && ASKED.test(typed) && !ASKS_OTHERWISE.test(typed);
}

/**
 * Whether a word of such a question is a name it asks about: Latin letters, at least `least` of
 * them, and not a common word, a word naming a kind of talk (LT, keynote), nor one asking for a
 * link.
 */
export function isAskedName(word: string, least: number): boolean {
  return (
    word.length >= least &&
    LATIN_NAME.test(word) &&
    !COMMON_WORDS.has(word) &&
    !ROLE_WORDS.has(word) &&
    !NO_NAME.test(word)
  );
}

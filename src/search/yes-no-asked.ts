import { COMMON_WORDS } from './stopwords.js';

/**
 * Questions in Japanese that ask whether something is so ("iOSとAndroid両方で使えるの?",
 * "OSSで公開されてる?") and the names they ask it of. Such a question is about the names it
 * writes: a talk that never speaks of one of them cannot say yes or no, however well the rest of
 * the question matches it. Notes in Japanese write products, platforms and services in Latin
 * letters, so a Latin word of a Japanese question is such a name; in an English question every
 * word is Latin, and most are no name.
 */

/** A question word, in Japanese or English: a question with one asks what, not whether. */
const QUESTION_WORD =
  /何|なに|なん|どこ|どの|どう|どれ|どっち|どちら|どんな|だれ|誰|いつ|いくつ|いくら|(?<![a-z])(?:what|which|who|whom|whose|where|when|why|how)(?![a-z])/;
const HIRAGANA = /\p{sc=Hiragana}/u;
/** The question ends in a question mark (full-width ones are folded by then). */
const ASKED = /\?\s*$/;
/** A Latin name: a letter, then letters, digits or the signs names have (c++, node.js, ec2). */
const LATIN_NAME = /^[a-z][a-z0-9.+#-]*$/;
/** Words that ask for a link, not whether the talk speaks of something. */
const LINK_ASKED = /^(?:url|urls|link|links)$/;

/** Whether a normalized question asks, in Japanese, whether something is so. */
export function asksWhether(typed: string): boolean {
  return HIRAGANA.test(typed) && ASKED.test(typed) && !QUESTION_WORD.test(typed);
}

/**
 * Whether a word of such a question is a name it asks about: Latin letters, at least `least` of
 * them, and not a common word nor one asking for a link.
 */
export function isAskedName(word: string, least: number): boolean {
  return (
    word.length >= least &&
    LATIN_NAME.test(word) &&
    !COMMON_WORDS.has(word) &&
    !LINK_ASKED.test(word)
  );
}

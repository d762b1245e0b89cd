import { LINK_WORDS } from './scoring/link-words.js';
import { COMMON_WORDS, QUESTION_FILLER } from './stopwords.js';

/**
 * Questions that ask which of two or more ("Is it free or paid?", "cluster mode or a single
 * primary?", "GitHub ActionsとJenkins、どっち?"). A talk that speaks of none of them has no answer to
 * them, however well the rest of the question matches it: the asker wants one of those named, and
 * a passage on the topic that names none is no answer.
 */

/**
 * Words on either side of "or" that offer no things to choose from: "more or less", "fast or
 * not", "sooner or later", "one or two at a time", "once or twice". An article is read past on
 * the second side ("a cluster or a fleet"), and is no choice on the first.
 */
const NOT_A_CHOICE = new Set([
  'more',
  'less',
  'not',
  'either',
  'whether',
  'sooner',
  'later',
  'else',
  'something',
  'anything',
  'what',
  'one',
  'two',
  'three',
  'four',
  'five',
  'once',
  'twice',
  'few',
  'several',
  'the',
  'some',
  'any',
]);
/** A choice in Latin letters: a word of three characters or more. */
const CHOICE_EN = '[a-z][a-z0-9.+#-]{2,}';
/** "A or B" (the article before B read past), every such pair of the question. */
const EITHER_EN = new RegExp(
  `(?<![a-z0-9])(${CHOICE_EN}) or (?=(?:(?:a|an|the|some|any) )?(${CHOICE_EN}))`,
  'g',
);
/** The items of a list before the last pair: logs and metrics in "logs, metrics or traces". */
const LISTED_EN = new RegExp(
  `(?<![a-z0-9])(${CHOICE_EN}),\\s?(?=(?:${CHOICE_EN},\\s?)*${CHOICE_EN} or )`,
  'g',
);

/** A choice in Japanese: a word of Latin letters, katakana or kanji. */
const CHOICE_JA = '([a-z0-9][a-z0-9.+#-]+|[\\p{sc=Katakana}ー]{2,}|\\p{sc=Han}{2,})';
/** "AとB(は)どっち", "AかBか、どちら", "Aか、Bか、どっち". */
const EITHER_JA = new RegExp(
  `${CHOICE_JA}(?:と|か)、?${CHOICE_JA}か?[、,\\s]?[はの]?\\s?(?:どっち|どちら)`,
  'u',
);

/**
 * The things the question (normalized as typed) asks to choose between, if it asks that;
 * undefined otherwise.
 */
export function alternativesAsked(typed: string): readonly string[] | undefined {
  const choices = new Set<string>();
  for (const [, first = '', second = ''] of typed.matchAll(EITHER_EN)) {
    if (NOT_A_CHOICE.has(first)) continue;
    // "Is it fast or not?": whether it is; the talk must speak of that.
    if (second === 'not') choices.add(first);
    if (NOT_A_CHOICE.has(second)) continue;
    choices.add(first);
    choices.add(second);
  }
  if (choices.size > 0) {
    for (const [, item = ''] of typed.matchAll(LISTED_EN)) choices.add(item);
    return [...choices];
  }
  const ja = EITHER_JA.exec(typed);
  return ja?.[1] && ja[2] ? [ja[1], ja[2]] : undefined;
}

/**
 * A name offered as a guess after the question ("which CI do they run? CircleCI?", "何で動かし
 * てる?ノマド?"): one word of Latin letters and digits (ending in one, or in + or #: c++, c#) or of
 * katakana.
 */
const GUESS = /^(?:[a-z0-9](?:[a-z0-9.+#-]*[a-z0-9+#])?|[\p{sc=Katakana}ー]{2,})$/u;
/** Where a question or a guess ends: "?", "!", and runs of them ("?!", "??"). */
const QUESTION_END = /[?!]+/;
/** Stops after a guess that are no part of it ("buildkite.", "buildkite…"). */
const TRAILING_STOPS = /[.,…~]+$/;
/**
 * Words that take a question mark of their own and are no guess at a name: a reaction, thanks,
 * a request for more (link?, docs?), and the months and days a date is guessed by (the number
 * rules judge a date, whatever form the guess takes).
 */
const NOT_A_GUESS = new Set(
  `lol hmm huh wow ok okay correct sure true really seriously pls plz thx ty tia asap link links
  repo docs doc source src url code details info yes yeah yep no nope
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  ホント マジ アリ ナシ サンクス オッケー オーケー ナイス ダメ ムリ リンク ソース`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * The names the question (normalized as typed) offers after it is asked, each followed by its own
 * question mark, as guesses at the answer; undefined when it offers none. The asker wants one of
 * them confirmed, as they want one of two chosen: a talk that speaks of none does not answer.
 */
export function guessesAsked(typed: string): readonly string[] | undefined {
  // The first part is the question itself, never a guess; a last part without its question mark
  // is a sign-off ("thx"), not a guess.
  const [, ...after] = typed.split(QUESTION_END).map((part) => part.trim());
  after.pop();
  const guesses: string[] = [];
  for (const part of after.reverse()) {
    const word = part.replace(TRAILING_STOPS, '');
    if (!isGuess(word)) break;
    guesses.unshift(word);
  }
  return guesses.length > 0 ? guesses : undefined;
}

function isGuess(word: string): boolean {
  return (
    GUESS.test(word) &&
    !NOT_A_GUESS.has(word) &&
    !COMMON_WORDS.has(word) &&
    !QUESTION_FILLER.has(word) &&
    !NOT_A_CHOICE.has(word) &&
    !LINK_WORDS.test(word)
  );
}

/** A word of Latin letters and signs only: found in a text as a whole word, not inside another. */
const LATIN_ONLY = /^[a-z0-9.+#-]+$/;
/** A letter or digit, which a whole Latin word has on neither side. */
const WORD_CHAR = /[a-z0-9]/;

/** Whether `text` (normalized) has `form`: a Latin word as a whole word (eks is not in weeks). */
export function hasChoice(text: string, form: string): boolean {
  if (!LATIN_ONLY.test(form)) return text.includes(form);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

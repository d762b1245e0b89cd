import { createRequire } from 'node:module';
import { ROLE_WORDS } from './talk-roles.js';

/**
 * Words people wrap a question in that never say what is asked ("where's", "tell me", "the
 * meetup"). Dropped from the question only; the index keeps them.
 */
export const QUESTION_FILLER: ReadonlySet<string> = new Set(
  `a an the what whats where wheres how hows who whos which when why whom please pls plz tell know anyone
  someone something thing things talk talks talked talking spoke speak presented meetup say said
  mentioned is are was were be do does
  did can could would should will i me my you your we our they it its of to in on at for about`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * "What does KEDA stand for?", "short for": the idiom asks what a name abbreviates and names no
 * topic, so its words are dropped with the filler (else "stand" is a word no passage has).
 */
export const DEFINITION_IDIOM = /(?<![a-z])(?:stands?|stood|short) for(?![a-z])/g;

/**
 * Question words in Japanese that the tokenizer keeps as kanji terms, and 勉強会 / 発表 / 話
 * (meetup, talk; 話 also wraps a question as "said" does: …って話でしたっけ?).
 */
export const JAPANESE_FILLER: ReadonlySet<string> = new Set([
  '何',
  '誰',
  '教',
  '勉強会',
  '発表',
  '話',
  // "〜の内容は?": what a talk said, not a word it says.
  '内容',
]);

/**
 * Words that ask for an aspect of a topic (its benefit, aim, reason, drawbacks) rather than
 * naming one: they say what kind of answer is wanted, not which talk. Optional words of the
 * question: where a passage has the word (or an equivalent: reason, 理由) it counts there, and
 * a question is never left without an answer because the notes put the benefit in other words.
 */
export const ASPECT_WORDS: ReadonlySet<string> = new Set(
  `benefit benefits advantage advantages disadvantage disadvantages drawback drawbacks merit merits
  demerit demerits pros cons purpose purposes aim aims goal goals reason reasons motivation
  takeaway takeaways conclusion conclusions impression impressions acronym abbreviation
  メリット デメリット 利点 欠点 長所 短所 目的 理由 意図 動機 結論 感想 ポイント`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

const require = createRequire(import.meta.url);
// A list per language code; these two are the ones read here.
const iso = require('stopwords-iso') as {
  readonly en: readonly string[];
  readonly ja: readonly string[];
};

/**
 * Common words (stopwords-iso's English and Japanese lists, MIT): on their own they rarely say
 * what is asked, but sometimes they are the subject ("using any in TypeScript"). The query
 * analyzer keeps one only when the notes contain it, and then only as an optional word.
 * @see https://github.com/stopwords-iso/stopwords-iso
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  // The words of a talk's role (opening, lt) name a talk in a question: they are not common.
  [...iso.en, ...iso.ja].filter((word) => !ROLE_WORDS.has(word)),
);

/**
 * The words of a question that ask where a talk's recording or slides are, on normalized text
 * (NFKC, lower case). Such a word says which link to show, not which talk: it weighs
 * `words.linkWord` (see profile.ts). One list for both uses, so every word that asks for a link
 * also says which kind.
 */
const VIDEO = ['video', 'recording', 'youtube', 'archive', '動画', '録画', 'アーカイブ'];
const SLIDES = ['slide', 'slides', 'slide deck', 'deck', 'スライド', '資料'];

const wordsPattern = (words: readonly string[]) =>
  new RegExp(words.map((w) => (/^[a-z ]+$/.test(w) ? `(?<![a-z])${w}(?![a-z])` : w)).join('|'));

/** The link words that ask for a recording. */
export const VIDEO_WORDS = wordsPattern(VIDEO);
/** The link words that ask for slides. */
export const SLIDE_WORDS = wordsPattern(SLIDES);
/** Any word asking for a link. */
export const LINK_WORDS = wordsPattern([...VIDEO, ...SLIDES]);

/**
 * A link word asked for as a link, not as part of a topic: a Japanese one not inside a compound
 * (社内資料, 資料作成, 動画配信, 録画機能) but after a word for the talk itself (発表資料, 講演動画),
 * and an English one other than "archive" ("the log archive" is a topic as often as a recording
 * is asked).
 */
const LINK_ASKED = new RegExp(
  [
    `(?:(?<![\\p{sc=Han}\\p{sc=Katakana}ー])|(?<=発表|講演|登壇|当日|トーク|セッション|lt))(?:${[...VIDEO, ...SLIDES].filter((w) => !/^[a-z ]+$/.test(w)).join('|')})(?![\\p{sc=Han}\\p{sc=Katakana}ー])`,
    ...[...VIDEO, ...SLIDES]
      .filter((w) => /^[a-z ]+$/.test(w) && w !== 'archive')
      .map((w) => `(?<![a-z])${w}(?![a-z])`),
  ].join('|'),
  'u',
);

/** Whether a normalized question asks for a link itself (see {@link LINK_ASKED}). */
export function asksForLink(question: string): boolean {
  return LINK_ASKED.test(question);
}

/**
 * The words of a question that ask where a talk's slides or recording are, on normalized text
 * (NFKC, lower case). Such a word says which link to show, not which talk: it weighs
 * `words.linkWord` (see profile.ts).
 */
export const LINK_WORDS =
  /(?<![a-z])(?:slides?|slide deck|deck|video|recording)(?![a-z])|スライド|資料|動画|録画/;
/** The link words that ask for a recording rather than slides. */
export const VIDEO_WORDS = /(?<![a-z])(?:video|recording|youtube)(?![a-z])|動画|録画|アーカイブ/;
/** The link words that ask for slides. */
export const SLIDE_WORDS = /(?<![a-z])(?:slides?|deck)(?![a-z])|スライド|資料/;

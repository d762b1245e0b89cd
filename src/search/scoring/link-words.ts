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

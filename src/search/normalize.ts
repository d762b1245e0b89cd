/**
 * The long-vowel mark ending a run of four or more katakana (the mark counted): found at the marks
 * alone, so a text is not matched run by run.
 */
const TRAILING_MARK = /(?<=[\p{sc=Katakana}ー]{3})ー(?![\p{sc=Katakana}ー])/gu;

/**
 * Width and case folding alone: NFKC (full-width to half-width, compatibility characters) and
 * lower case. Everything that compares text starts from it; {@link normalize} adds word rules.
 */
export function foldWidthAndCase(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The one normalization both the index and the question go through: NFKC (full-width to
 * half-width, compatibility characters), lower case, and a trailing long-vowel mark dropped from
 * katakana words of four or more characters, so サーバー and サーバ are the same word.
 */
export function normalize(text: string): string {
  const folded = foldWidthAndCase(text);
  // Only a text with the mark has a word to shorten: most have none, and skip the scan.
  if (!folded.includes('ー')) return folded;
  return folded.replace(TRAILING_MARK, '');
}

/**
 * The long-vowel mark ending a run of four or more katakana (the mark counted), matched at one
 * position (sticky): tried only where the text has the mark, so the rest of it is not scanned.
 */
const TRAILING_MARK = /(?<=[\p{sc=Katakana}ー]{3})ー(?![\p{sc=Katakana}ー])/uy;
const MARK = 'ー';

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
  // The text up to the last mark dropped, and where the rest begins.
  let kept = '';
  let from = 0;
  for (let at = folded.indexOf(MARK); at >= 0; at = folded.indexOf(MARK, at + 1)) {
    TRAILING_MARK.lastIndex = at;
    if (!TRAILING_MARK.test(folded)) continue;
    kept += folded.slice(from, at);
    from = at + 1;
  }
  return kept + folded.slice(from);
}

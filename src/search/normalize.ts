const KATAKANA_WORD = /[\p{sc=Katakana}ー]{4,}/gu;

/**
 * The one normalization both the index and the question go through: NFKC (full-width to
 * half-width, compatibility characters), lower case, and a trailing long-vowel mark dropped from
 * katakana words of four or more characters, so サーバー and サーバ are the same word.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA_WORD, (word) => (word.endsWith('ー') ? word.slice(0, -1) : word));
}

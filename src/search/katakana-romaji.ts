import { LRUCache } from 'lru-cache';
import { toRomaji } from 'wanakana';
import { charCodes } from './char-codes.js';

/**
 * wanakana's romaji of katakana, read a few kana at a time. wanakana walks its kana tree copying
 * a node per character, about 2 µs a character: the loanword index reads some 112,000 characters
 * of katakana words and compound halves at 10,000 generated talks, most of the build's loanword
 * step. A word is cut where no kana reads differently for what is next to it, each piece is read
 * by wanakana once per process, and the word's romaji is its pieces' romaji side by side: the
 * same text (test/search/katakana-romaji.test.ts holds it to wanakana on random katakana).
 */
export function katakanaRomaji(word: string): string {
  let romaji = '';
  for (const piece of katakanaPieces(word)) romaji += pieces.memo(piece);
  return romaji;
}

/**
 * The longest piece read at once. wanakana reads a text by recursion, a call per kana, and a run
 * of a few thousand kana overflowed the stack (4,000 × ア or ン): a run with no place to cut (ン or
 * marks over and over, pasted text that is no word) is cut every this many characters instead,
 * where it may read otherwise than wanakana would read it whole, if wanakana could.
 */
const MAX_PIECE_CHARS = 64;

/** `word` cut into the pieces {@link katakanaRomaji} reads one at a time. */
export function katakanaPieces(word: string): string[] {
  const cut: string[] = [];
  let start = 0;
  for (let i = 1; i < word.length; i++) {
    if (!cutBefore(word, i) && i - start < MAX_PIECE_CHARS) continue;
    cut.push(word.slice(start, i));
    start = i;
  }
  cut.push(word.slice(start));
  return cut;
}

/**
 * Pieces read so far: a few hundred syllables make up almost every katakana word. Questions read
 * katakana too, and a piece can be long (a run of marks is never cut), so what is kept is bounded
 * in pieces and in characters, the least recently read going first (lru-cache).
 */
const pieces = new LRUCache<string, string>({
  max: 10_000,
  maxSize: 200_000,
  sizeCalculation: (romaji, piece) => piece.length + romaji.length,
  memoMethod: (piece) => toRomaji(piece),
});

/**
 * What a kana reads as depends on its neighbours only here: a small kana or a long-vowel mark
 * joins the kana before it (シェ, サー), the small ッ doubles the consonant after it, and ン reads
 * `n'` before a vowel or a y. So a word is cut only between two katakana letters that are not
 * small (ッ counts as a letter here: it is read with what follows), the first of them neither
 * ッ nor ン: anything else (marks, the middle dot, other scripts) stays with its neighbours, as
 * wanakana reads them together.
 */
const SMALL = charCodes('ァィゥェォャュョヮヵヶ');
const BEFORE_NO_CUT = charCodes('ッン');

/** A katakana letter from ア to ヺ, not one of the small ones that join the letter before. */
function isLetter(code: number): boolean {
  return code >= 0x30a2 && code <= 0x30fa && !SMALL.has(code);
}

function cutBefore(word: string, i: number): boolean {
  const before = word.charCodeAt(i - 1);
  return isLetter(word.charCodeAt(i)) && isLetter(before) && !BEFORE_NO_CUT.has(before);
}

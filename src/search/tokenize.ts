import { at } from '../at.js';
import { charCodes } from './char-codes.js';
import { normalize } from './normalize.js';

/**
 * What kind of term a token is; the query side weighs them differently.
 * - word: a Latin/number run, whole (k8s, nsx-t, 2.10, vmware_rest)
 * - part: a piece of such a run (nsx, rest, vsphere of vsphere7.0)
 * - bigram: two neighbouring kanji or katakana of one piece (分散, ファ)
 * - unigram: a piece that is a single kanji or katakana (台 of 3台)
 * - kana: a hiragana word that does not follow a kanji (さくら, もくもく): a name, not okurigana
 */
export type TokenKind = 'word' | 'part' | 'bigram' | 'unigram' | 'kana';

export interface Token {
  readonly term: string;
  readonly kind: TokenKind;
  /** Which word of the text the term came from: a Latin run, or one script's piece of a CJK run. */
  readonly piece: number;
  /** How many characters that piece has. */
  readonly pieceLength: number;
}

export interface TokenizeOptions {
  /**
   * Also emit each kanji of a longer piece as a unigram. Only the question does this, so 何台
   * can still meet the lone 台 of "3台" without every kanji of the notes being indexed.
   */
  readonly kanjiUnigrams?: boolean;
  /**
   * Called with each run of three or more katakana (the long-vowel mark included): the words the
   * loanword index reads, met here as the text is cut into pieces instead of in a scan of its own.
   * Katakana is the Basic Multilingual Plane's here: the archaic kana of the supplementary planes
   * (U+1AFF0 to U+1B16F) are read as letters and end a run.
   */
  readonly onKatakana?: (word: string) => void;
  /**
   * Given, each bigram of two characters from U+3000 to U+9FFF (kana, kanji, CJK punctuation)
   * goes here as a number ({@link pairTerm} spells it) instead of to `emit` as a new string: a
   * caller that only looks terms up (the index build) meets most of the notes' bigrams without
   * making a string for each (3.4 million terms at 10,000 talks). It learns neither the kind
   * nor the piece.
   */
  readonly onPair?: (key: number) => void;
  /**
   * Given, each Latin run goes here whole instead of being cut into its terms for `emit`: a caller
   * that only looks terms up (the index build) cuts each distinct run once ({@link latinTerms})
   * and looks the run up after that (at 10,000 talks, 920,000 runs of a few thousand distinct
   * ones, each run cut with up to five regular expressions). It learns no piece.
   */
  readonly onLatin?: (run: string) => void;
}

/** The first character a {@link TokenizeOptions.onPair} bigram may have, and how many follow. */
const PAIR_FIRST = 0x3000;
const PAIR_SPAN = 0x7000;

/** The bigram a {@link TokenizeOptions.onPair} key stands for. */
export function pairTerm(key: number): string {
  return String.fromCharCode(
    PAIR_FIRST + Math.floor(key / PAIR_SPAN),
    PAIR_FIRST + (key % PAIR_SPAN),
  );
}

/** The key of two characters' codes when both are in the pair range (a small integer). */
export function pairKey(first: number, second: number): number | undefined {
  const a = first - PAIR_FIRST;
  const b = second - PAIR_FIRST;
  return a >= 0 && a < PAIR_SPAN && b >= 0 && b < PAIR_SPAN ? a * PAIR_SPAN + b : undefined;
}

/** The shortest katakana run {@link TokenizeOptions.onKatakana} is given. */
const MIN_KATAKANA_WORD = 3;

type Emit = (term: string, kind: TokenKind, piece: number, pieceLength: number) => void;

const OTHER = 0;
const LATIN = 1;
const HAN = 2;
const KATAKANA = 3;
const HIRAGANA = 4;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Inner punctuation that keeps a Latin run whole: k8s, 2.10, nsx-t, vmware_rest, 2020/9/22.
const JOINERS = charCodes(".-_/+'");
const PART_SEPARATOR = /[._\-/+']/;
// A name glued to its version, as notes often write it: vsphere7.0, nsx-t3.0, python3; and a
// number glued to a word: 2020/9/22ga.
const NAME_AND_VERSION = /^(.{2,}\p{L}|\p{L}{2})(\d+(?:\.\d+)*)$/u;
const NUMBER_AND_WORD = /^(.*\d)(\p{L}{2,})$/u;
const DIGIT = /\d/;
const MIN_KANA_WORD = 3;
const PARTICLES = charCodes('のはがをにでともやへ');
const NOT_DIGIT = /[^\d._\-/+']/;
/** Made once: a regular expression literal in a function is a new object each time it runs. */
const HIGH_SURROGATE = /[\ud800-\udbff]/;
/** A UTF-16 unit masked with this is the first of its block of surrogates: U+D800 high, U+DC00 low. */
const SURROGATE_MASK = 0xfc00;
const HIGH_SURROGATES = 0xd800;
const LOW_SURROGATES = 0xdc00;

/** Script class of the code point at `i` (text already normalized, so lower case). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut; the Unicode test below gives ASCII the same classes, but for upper case, which normalized text has none of
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? LATIN : OTHER;
  }
  if (c >= 0x3041 && c <= 0x309f) return HIRAGANA;
  if ((c >= 0x30a1 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x31f0 && c <= 0x31ff)) return KATAKANA;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return HAN;
  if (c === 0x3005 || c === 0x3006) return HAN; // 々 〆
  const cp = text.codePointAt(i) ?? c;
  if (cp >= 0x20000 && cp <= 0x3ffff) return HAN;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp)) ? LATIN : OTHER;
}

/**
 * How many UTF-16 units the code point at `i` takes: 2 for a surrogate pair, as `codePointAt`
 * would tell, read from the two units themselves (several times faster in V8, and the scanner asks
 * for every character). A lone surrogate is one unit.
 */
function widthAt(text: string, i: number): number {
  return (text.charCodeAt(i) & SURROGATE_MASK) === HIGH_SURROGATES &&
    (text.charCodeAt(i + 1) & SURROGATE_MASK) === LOW_SURROGATES
    ? 2
    : 1;
}

/**
 * One pass over normalized text. Latin runs are kept whole (and in parts); Japanese runs are cut
 * by script into pieces whose neighbouring characters make bigrams, which never cross a change of
 * script (分散ファイアウォール yields 分散 and ファ…, not 散フ). Hiragana (particles, inflections)
 * is skipped: it says little and would be in every passage.
 */
export function scanTerms(text: string, emit: Emit, options: TokenizeOptions = {}): void {
  const { onLatin } = options;
  let piece = 0;
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (cls === OTHER) {
      i += widthAt(text, i);
      continue;
    }
    let j = i + widthAt(text, i);
    if (cls === LATIN) {
      while (j < text.length) {
        if (classAt(text, j) === LATIN) j += widthAt(text, j);
        else if (
          JOINERS.has(text.charCodeAt(j)) &&
          j + 1 < text.length &&
          classAt(text, j + 1) === LATIN
        )
          j += 1;
        else break;
      }
      const run = text.slice(i, j);
      if (onLatin) onLatin(run);
      else emitLatin(run, piece, emit);
      piece++;
    } else {
      while (j < text.length && classAt(text, j) === cls) j += widthAt(text, j);
      if (cls === HAN && joinsOkurigana(text, j)) {
        // 貸し倒れ, 自動切り替え: one word whose kanji are read together, as 貸倒, 自動切替.
        // Once: the kana after that ends the word (切り抜き機能 is 切抜 and 機能).
        let k = j + 1;
        while (k < text.length && classAt(text, k) === HAN) k += widthAt(text, k);
        emitCjk(text.slice(i, j) + text.slice(j + 1, k), cls, piece++, emit, options);
        j = k;
      } else if (cls !== HIRAGANA) emitPiece(text, i, j, cls, piece++, emit, options);
      else if (i === 0 || classAt(text, i - 1) !== HAN) emitKana(text, i, j, piece++, emit);
    }
    i = j;
  }
}

/**
 * The inflection a compound's verb ends in before its next kanji (貸し倒れ, 乗り換え, 書き込み,
 * 自動切り替え): not a particle (会場の場所), nor い, く, る or た, which end an adjective or a
 * verb before a noun (高い値段, 来た人). The kanji each side are read as one run, so a question
 * and notes that write the compound with or without more kanji before it share its pair (切替).
 */
const OKURIGANA = charCodes('しりちきみびぎじひえけせめれげべね');

/** Whether the kanji ending at `end` are followed by one okurigana and then a kanji. */
function joinsOkurigana(text: string, end: number): boolean {
  return (
    end + 1 < text.length && OKURIGANA.has(text.charCodeAt(end)) && classAt(text, end + 1) === HAN
  );
}

/** The terms {@link scanTerms} emits for a Latin run, in its order (see `TokenizeOptions.onLatin`). */
export function latinTerms(run: string): string[] {
  const terms: string[] = [];
  emitLatin(run, 0, (term) => terms.push(term));
  return terms;
}

function emitLatin(run: string, piece: number, emit: Emit): void {
  const length = run.length;
  emit(run, 'word', piece, length);
  // A run starts and ends with a letter or digit and never has two joiners in a row, so every
  // part is a word of its own.
  if (PART_SEPARATOR.test(run))
    for (const part of run.split(PART_SEPARATOR)) emit(part, 'part', piece, length);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; both patterns below need a digit and a letter
  if (!DIGIT.test(run) || !NOT_DIGIT.test(run)) return;
  for (const glued of [NAME_AND_VERSION.exec(run), NUMBER_AND_WORD.exec(run)]) {
    if (glued?.[1] && glued[2]) {
      emit(glued[1], 'part', piece, length);
      emit(glued[2], 'part', piece, length);
    }
  }
}

/**
 * A kanji or katakana piece from `start` to `end` of `text`. When every bigram of it goes to
 * {@link TokenizeOptions.onPair} as a number, they are read from the text where they stand, and
 * the piece is cut out of it only for `onKatakana`: at 10,000 talks the pieces cut out were about
 * a third of what scanning the notes allocated.
 */
function emitPiece(
  text: string,
  start: number,
  end: number,
  cls: number,
  piece: number,
  emit: Emit,
  options: TokenizeOptions,
): void {
  const { onPair } = options;
  if (!onPair || end - start < 2 || options.kanjiUnigrams || !allPaired(text, start, end)) {
    emitCjk(text.slice(start, end), cls, piece, emit, options);
    return;
  }
  if (cls === KATAKANA && end - start >= MIN_KATAKANA_WORD)
    options.onKatakana?.(text.slice(start, end));
  for (let k = start; k + 1 < end; k++)
    onPair(pairKey(text.charCodeAt(k), text.charCodeAt(k + 1)) as number);
}

/** Whether every two neighbouring characters from `start` to `end` have a {@link pairKey}. */
function allPaired(text: string, start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++)
    if (pairKey(text.charCodeAt(k), text.charCodeAt(k + 1)) === undefined) return false;
  return true;
}

function emitCjk(
  run: string,
  cls: number,
  piece: number,
  emit: Emit,
  options: TokenizeOptions,
): void {
  // Array.from(run) is right for every run; the test only saves the copy where no surrogate pair
  // can be. Mutants that take Array.from more often are equivalent; the one that never takes it
  // (dropping the `!`, BooleanLiteral) stays enabled and is killed by a kanji beyond U+FFFF.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a shortcut past Array.from, see above
  const chars = run.length === 1 || !HIGH_SURROGATE.test(run) ? run : Array.from(run);
  const length = chars.length;
  if (cls === KATAKANA && length >= MIN_KATAKANA_WORD) options.onKatakana?.(run);
  if (length === 1) {
    emit(run, 'unigram', piece, 1);
    return;
  }
  const { onPair } = options;
  for (let k = 0; k + 1 < length; k++) {
    const key =
      onPair && chars === run ? pairKey(run.charCodeAt(k), run.charCodeAt(k + 1)) : undefined;
    if (onPair && key !== undefined) onPair(key);
    else emit(`${chars[k]}${chars[k + 1]}`, 'bigram', piece, length);
  }
  if (options.kanjiUnigrams && cls === HAN) {
    for (let k = 0; k < length; k++) emit(at(chars, k), 'unigram', piece, length);
  }
}

/**
 * A hiragana run of three or more characters that does not follow a kanji is likely a word of its
 * own (a name written in hiragana); a trailing particle is dropped (さくらの -> さくら). Shorter
 * runs and runs after a kanji are particles and inflections, which would be in every passage.
 */
function emitKana(text: string, start: number, end: number, piece: number, emit: Emit): void {
  // Cut out of the text only when it is a word: most runs are a particle or two.
  const wordEnd =
    end - start > MIN_KANA_WORD && PARTICLES.has(text.charCodeAt(end - 1)) ? end - 1 : end;
  if (wordEnd - start >= MIN_KANA_WORD)
    emit(text.slice(start, wordEnd), 'kana', piece, wordEnd - start);
}

/** Splits already-normalized text into search terms. */
export function tokenizeNormalized(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  scanTerms(
    text,
    (term, kind, piece, pieceLength) => tokens.push({ term, kind, piece, pieceLength }),
    options,
  );
  return tokens;
}

/** Normalizes, then tokenizes. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  return tokenizeNormalized(normalize(text), options);
}

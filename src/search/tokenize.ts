import { normalize } from './normalize.js';

/** What kind of token a term is; the query side weighs them differently. */
export type TokenKind = 'word' | 'part' | 'bigram' | 'unigram' | 'kana';

export interface Token {
  readonly term: string;
  readonly kind: TokenKind;
  /** Which word of the text the term came from: a Latin run, or one script's piece of a CJK run. */
  readonly piece: number;
  /** How many characters that piece has. */
  readonly pieceLength: number;
}

const CJK_CHARS = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆ヶ`;
// Latin/number runs keep their inner punctuation so k8s, 2.10, nsx-t, vmware_rest, tier-0 and
// 2020/9/22 survive whole; their parts are indexed too.
const LATIN_CHAR = String.raw`[[\p{L}\p{N}]--[${CJK_CHARS}]]`;
const LATIN_RUN = String.raw`${LATIN_CHAR}+(?:[._\-\/+']${LATIN_CHAR}+)*`;
const RUN = new RegExp(`${LATIN_RUN}|[${CJK_CHARS}]+`, 'gv');
const IS_CJK = new RegExp(`^[${CJK_CHARS}]`, 'v');
const PART_SEPARATOR = /[._\-/+']/;
// A name glued to its version, as notes often write it: vsphere7.0, nsx-t3.0, python3; and a
// number glued to a word: 2020/9/22ga.
const NAME_AND_VERSION = /^(.{2,}\p{L}|\p{L}{2})(\d+(?:\.\d+)*)$/u;
const NUMBER_AND_WORD = /^(.*\d)(\p{L}{2,})$/u;
// Script classes inside a CJK run. Bigrams never cross a class boundary: 分散ファイアウォール
// yields 分散 and the katakana word, not 散フ.
const SCRIPT_CLASS = /[\p{sc=Han}々〆ヶ]+|[\p{sc=Katakana}ー]+|\p{sc=Hiragana}+/gu;
const HAN = /^[\p{sc=Han}々〆ヶ]/u;
const HIRAGANA = /^\p{sc=Hiragana}/u;

/** Splits already-normalized text into search terms. */
export function tokenizeNormalized(text: string): Token[] {
  const tokens: Token[] = [];
  let piece = 0;
  const push = (word: string) => (term: string, kind: TokenKind) =>
    tokens.push({ term, kind, piece, pieceLength: word.length });
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (IS_CJK.test(run)) {
      for (const m of run.matchAll(SCRIPT_CLASS)) {
        tokenizeCjkPiece(m[0], push(m[0]));
        piece++;
      }
    } else {
      tokenizeLatin(run, push(run));
      piece++;
    }
  }
  return tokens;
}

/** Normalizes, then tokenizes. */
export function tokenize(text: string): Token[] {
  return tokenizeNormalized(normalize(text));
}

type Emit = (term: string, kind: TokenKind) => void;

function tokenizeLatin(run: string, emit: Emit): void {
  emit(run, 'word');
  const parts = run.split(PART_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length > 1) {
    for (const part of parts) emit(part, 'part');
  }
  for (const glued of [NAME_AND_VERSION.exec(run), NUMBER_AND_WORD.exec(run)]) {
    if (glued?.[1] && glued[2]) {
      emit(glued[1], 'part');
      emit(glued[2], 'part');
    }
  }
}

function tokenizeCjkPiece(piece: string, emit: Emit): void {
  const chars = Array.from(piece);
  if (HIRAGANA.test(piece)) {
    // Mostly particles and inflections: kept, but the query side weighs them low.
    for (let i = 0; i + 1 < chars.length; i++) emit(`${chars[i]}${chars[i + 1]}`, 'kana');
    return;
  }
  if (chars.length === 1) {
    emit(piece, 'unigram');
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) emit(`${chars[i]}${chars[i + 1]}`, 'bigram');
  if (chars.length > 2) emit(piece, 'word');
  // Kanji also as single characters, so 何台 still meets 3台 and 日 meets 60日.
  if (HAN.test(piece)) {
    for (const c of chars) emit(c, 'unigram');
  }
}

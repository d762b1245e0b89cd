import { normalize } from './normalize.js';

/** What kind of token a term is; the query side weighs them differently. */
export type TokenKind = 'word' | 'part' | 'bigram' | 'unigram' | 'kana';

export interface Token {
  readonly term: string;
  readonly kind: TokenKind;
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
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (IS_CJK.test(run)) tokenizeCjk(run, tokens);
    else tokenizeLatin(run, tokens);
  }
  return tokens;
}

/** Normalizes, then tokenizes. */
export function tokenize(text: string): Token[] {
  return tokenizeNormalized(normalize(text));
}

function tokenizeLatin(run: string, out: Token[]): void {
  out.push({ term: run, kind: 'word' });
  const parts = run.split(PART_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length > 1) {
    for (const part of parts) out.push({ term: part, kind: 'part' });
  }
  for (const glued of [NAME_AND_VERSION.exec(run), NUMBER_AND_WORD.exec(run)]) {
    if (glued?.[1] && glued[2]) {
      out.push({ term: glued[1], kind: 'part' }, { term: glued[2], kind: 'part' });
    }
  }
}

function tokenizeCjk(run: string, out: Token[]): void {
  for (const m of run.matchAll(SCRIPT_CLASS)) {
    const piece = m[0];
    const chars = Array.from(piece);
    if (HIRAGANA.test(piece)) {
      // Mostly particles and inflections: kept, but the query side weighs them low.
      for (let i = 0; i + 1 < chars.length; i++) {
        out.push({ term: `${chars[i]}${chars[i + 1]}`, kind: 'kana' });
      }
      continue;
    }
    if (chars.length === 1) {
      out.push({ term: piece, kind: 'unigram' });
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      out.push({ term: `${chars[i]}${chars[i + 1]}`, kind: 'bigram' });
    }
    if (chars.length > 2) out.push({ term: piece, kind: 'word' });
    // Kanji also as single characters, so 何台 still meets 3台 and 日 meets 60日.
    if (HAN.test(piece)) {
      for (const c of chars) out.push({ term: c, kind: 'unigram' });
    }
  }
}

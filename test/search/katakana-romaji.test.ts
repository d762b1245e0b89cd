import { describe, expect, it } from 'vitest';
import { toRomaji } from 'wanakana';
import { katakanaPieces, katakanaRomaji } from '../../src/search/katakana-romaji.js';

/** Every character of the Katakana blocks, and a few neighbours a word could hold. */
const ALPHABET = [
  ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0x30a0 + i)),
  ...Array.from({ length: 0x10 }, (_, i) => String.fromCharCode(0x31f0 + i)),
  'あ',
  'ん',
  'a',
];

/** A small deterministic generator, so a failure names the same words on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('katakanaRomaji', () => {
  it('reads every one and two characters of the blocks as wanakana does', () => {
    const differ: string[] = [];
    for (const a of ALPHABET) {
      if (katakanaRomaji(a) !== toRomaji(a)) differ.push(a);
      for (const b of ALPHABET) if (katakanaRomaji(a + b) !== toRomaji(a + b)) differ.push(a + b);
    }
    expect(differ).toEqual([]);
  });

  it('reads random katakana of up to twelve characters as wanakana does', () => {
    const next = random(20_261_205);
    const differ: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const length = 3 + Math.floor(next() * 10);
      const word = Array.from(
        { length },
        () => ALPHABET[Math.floor(next() * ALPHABET.length)],
      ).join('');
      if (katakanaRomaji(word) !== toRomaji(word)) differ.push(word);
    }
    expect(differ).toEqual([]);
  });

  it('cuts between letters only, never after ッ or ン nor beside small kana and marks', () => {
    expect(katakanaPieces('テスト')).toEqual(['テ', 'ス', 'ト']);
    expect(katakanaPieces('マッチング')).toEqual(['マ', 'ッチ', 'ング']);
    expect(katakanaPieces('キンエン')).toEqual(['キ', 'ンエ', 'ン']);
    expect(katakanaPieces('シェーダー')).toEqual(['シェーダー']);
    expect(katakanaPieces('アイヺヺ・ア')).toEqual(['ア', 'イ', 'ヺ', 'ヺ・ア']);
    expect(katakanaPieces('')).toEqual(['']);
  });

  it('reads a run of any length, cutting one with nowhere to cut every 64 characters', () => {
    // wanakana alone overflows its stack on a few thousand kana (how many depends on the stack).
    expect(katakanaRomaji('ン'.repeat(10_000))).toMatch(/^n+$/);
    expect(katakanaRomaji('ア'.repeat(10_000))).toBe('a'.repeat(10_000));
    const pieces = katakanaPieces('ン'.repeat(130));
    expect(pieces.map((p) => p.length)).toEqual([64, 64, 2]);
    expect(katakanaPieces('ン'.repeat(64))).toEqual(['ン'.repeat(64)]);
  });

  it('reads loanwords with every kind of join as wanakana does', () => {
    const words = [
      'マッチング',
      'キンエン',
      'コンニャク',
      'シェーダー',
      'ヴァージョン',
      'ティーチャー',
      'ーサーバ',
    ];
    expect(words.map(katakanaRomaji)).toEqual(words.map((w) => toRomaji(w)));
    expect(katakanaRomaji('マッチング')).toBe('matchingu');
  });
});

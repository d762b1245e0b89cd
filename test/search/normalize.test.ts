import { describe, expect, it } from 'vitest';
import { foldWidthAndCase, normalize } from '../../src/search/normalize.js';

/** The rule as one global replace over the whole text: what normalize must give. */
const EVERY_TRAILING_MARK = /(?<=[\p{sc=Katakana}ー]{3})ー(?![\p{sc=Katakana}ー])/gu;
const byOneReplace = (text: string) => foldWidthAndCase(text).replace(EVERY_TRAILING_MARK, '');

/** Katakana, marks, the middle dot, kana, kanji, Latin, a katakana letter beyond the BMP, lone surrogates. */
const ALPHABET = [
  'ー',
  'ー',
  'ー',
  'サ',
  'バ',
  'ヴ',
  '・',
  'の',
  '分',
  'a',
  ' ',
  '\u{1b000}',
  '\ud800',
  '\udc00',
  'ｰ',
];

/** A small deterministic generator, so a failure names the same text every run. */
function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * 12);
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    return text;
  });
}

describe('normalize', () => {
  it('drops the trailing mark of each long katakana word, wherever the text has one', () => {
    // A mark opening the text, words side by side, one after another script, one at the end.
    expect(normalize('ーサーバー データベースー・サーバー分析 ルー ーーーー')).toBe(
      'ーサーバ データベース・サーバ分析 ルー ーーー',
    );
    expect(normalize('ーーサーバー')).toBe('ーーサーバ');
    // Katakana beyond the BMP counts as one character each.
    expect(normalize('\u{1b000}\u{1b000}\u{1b000}ー')).toBe('\u{1b000}\u{1b000}\u{1b000}');
    expect(normalize('サーバ')).toBe('サーバ');
    expect(normalize('')).toBe('');
  });

  it('gives what one replace over the whole text gives, on any mix of scripts and marks', () => {
    for (const text of randomTexts(4000, 7)) expect(normalize(text), text).toBe(byOneReplace(text));
  });
});

import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { createLoanwordLookup } from '../../src/search/loanwords.js';
import { normalize } from '../../src/search/normalize.js';

const NOTES = [
  'リリースサイクルを短くした',
  'アウトバウンド通信',
  'サーバーのフォーマット',
  'ポリシー',
  'クラス',
  'エンジニア',
  'さくらのクラウド',
  'release cycle policy format outbound data',
];
const lookup = createLoanwordLookup(
  () => NOTES.map(normalize),
  new Map(NOTES.flatMap(indexTerms).map((t, i) => [t, i])),
);

describe('loanwords', () => {
  it('finds the katakana word of the notes that sounds like an English word', () => {
    expect(lookup.japaneseFor('outbound')).toEqual(['アウトバウンド']);
    expect(lookup.japaneseFor('format')).toEqual(['フォーマット']);
    expect(lookup.japaneseFor('engineers')).toEqual(['エンジニア']);
    expect(lookup.japaneseFor('classes')).toEqual(['クラス']);
    expect(lookup.japaneseFor('policies')).toEqual(['ポリシ']);
  });

  it('finds a word that is half of a katakana compound', () => {
    expect(lookup.japaneseFor('release')).toEqual(['リリース']);
    expect(lookup.japaneseFor('cycle')).toEqual(['サイクル']);
  });

  it('reads a romaji word as the hiragana the notes wrote', () => {
    expect(lookup.japaneseFor('sakura')).toContain('さくら');
  });

  it('looks up only lower-case English words of four letters or more with a long enough sound', () => {
    expect(lookup.japaneseFor('rel')).toEqual([]);
    expect(lookup.japaneseFor('Release')).toEqual([]);
    expect(lookup.japaneseFor('data')).toEqual([]);
    expect(lookup.japaneseFor('phone')).toEqual([]);
  });

  it('finds the English word of the notes that sounds like a katakana word', () => {
    expect(lookup.englishFor('リリース')).toEqual(['release']);
    expect(lookup.englishFor('アウトバウンド')).toEqual(['outbound']);
    expect(lookup.englishFor('フォーマット')).toEqual(['format']);
    expect(lookup.englishFor('ポリシ')).toEqual(['policy']);
  });

  it('reads a katakana compound as a pair of English words, in its order', () => {
    expect(lookup.englishFor('リリースサイクル')).toEqual(['release cycle']);
    expect(lookup.englishFor('サイクルリリース')).toEqual(['cycle release']);
  });

  it('looks up only katakana words of three characters or more with a long enough sound', () => {
    expect(lookup.englishFor('リリ')).toEqual([]);
    expect(lookup.englishFor('データ')).toEqual([]);
    expect(lookup.englishFor('abcd')).toEqual([]);
    expect(lookup.englishFor('リリースx')).toEqual([]);
  });
});

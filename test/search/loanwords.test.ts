import { describe, expect, it } from 'vitest';
import {
  createLoanwordLookup,
  englishSkeleton,
  katakanaSkeleton,
} from '../../src/search/loanwords.js';
import { normalize } from '../../src/search/normalize.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('consonant skeletons', () => {
  it.each([
    ['release', 'リリース'],
    ['outbound', 'アウトバウンド'],
    ['internet', 'インターネット'],
    ['container', 'コンテナ'],
    ['format', 'フォーマット'],
    ['station', 'ステーション'],
    ['cycle', 'サイクル'],
    ['kubernetes', 'クバネティス'],
  ])('hears %s and %s alike', (english, katakana) => {
    expect(englishSkeleton(english)).toBe(katakanaSkeleton(katakana));
  });

  it('tells different words apart', () => {
    expect(englishSkeleton('outbound')).not.toBe(katakanaSkeleton('インバウンド'));
    expect(englishSkeleton('release')).not.toBe(katakanaSkeleton('リース'));
  });
});

describe('createLoanwordLookup', () => {
  const notes = [
    'リリースサイクルは2週間',
    'アウトバウンド転送量',
    'さくらで動かす',
    'Release Cycle',
    'ラクテンの開発',
  ].map(normalize);
  const vocabulary = new Map(notes.flatMap((n) => tokenize(n)).map((t, i) => [t.term, i]));
  const lookup = createLoanwordLookup(() => notes, vocabulary);

  it('finds the katakana word of the notes that sounds like an English word, plurals included', () => {
    expect(lookup.japaneseFor('outbound')).toEqual(['アウトバウンド']);
    expect(lookup.japaneseFor('outbounds')).toEqual(['アウトバウンド']);
  });

  it('finds the half of a katakana compound', () => {
    expect(lookup.japaneseFor('cycle')).toEqual(['サイクル']);
    expect(lookup.japaneseFor('release')).toEqual(['リリース']);
  });

  it('reads a romaji word as the kana the notes have, before any sound-alike', () => {
    expect(lookup.japaneseFor('sakura')).toEqual(['さくら']);
    expect(lookup.japaneseFor('rakuten')).toEqual(['ラクテン']);
    expect(lookup.japaneseFor('kumamoto')).toEqual([]);
  });

  it('finds the English words of the notes for a katakana word, and the pair for a compound', () => {
    expect(lookup.englishFor('リリース')).toEqual(['release']);
    expect(lookup.englishFor('リリースサイクル')).toEqual(['release cycle']);
  });

  it('ignores words too short to tell apart', () => {
    expect(lookup.japaneseFor('data')).toEqual([]);
    expect(lookup.englishFor('ノー')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { createStemLookup } from '../../src/search/stem-lookup.js';

describe('createStemLookup', () => {
  const vocabulary = new Map(
    ['hire', 'hiring', 'hired', 'month', 'go', 'k8s', '採用'].map((t, i) => [t, i]),
  );
  const stems = createStemLookup(vocabulary);

  it('finds the notes’ words with the same stem, without the word itself', () => {
    expect(stems.variants('hires')).toEqual(['hire', 'hiring', 'hired']);
    expect(stems.variants('hired')).toEqual(['hire', 'hiring']);
    expect(stems.variants('months')).toEqual(['month']);
  });

  it('looks up only English words of three letters or more', () => {
    expect(stems.variants('go')).toEqual([]);
    expect(stems.variants('k8s')).toEqual([]);
    expect(stems.variants('採用')).toEqual([]);
    expect(stems.variants('octant')).toEqual([]);
  });
});

describe('normalize', () => {
  it('drops the long-vowel mark only at the end of a katakana word of four characters or more', () => {
    expect(normalize('サーバー')).toBe('サーバ');
    expect(normalize('ルー')).toBe('ルー');
    expect(normalize('ルーター')).toBe('ルータ');
    expect(normalize('ユーザーグループ')).toBe('ユーザーグループ');
  });
});

import { describe, expect, it } from 'vitest';
import { parseSudachiSynonyms } from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';
import { tokenize } from '../../src/search/tokenize.js';

/** The terms an index of `text` would hold. */
const vocabularyOf = (text: string) => new Map(tokenize(text).map((t, i) => [t.term, i]));

const item = (midashi: string, expandControl: 0 | 1) => ({ midashi, expandControl });
const dictionary = parseSudachiSynonyms([
  { items: [item('無料', 0), item('free', 1)] },
  { items: [item('フィンガー', 1), item('finger', 1), item('指', 0)] },
  { items: [item('攻撃', 0), item('attack', 0)] },
  { items: [item('天気', 0), item('weather', 0)] },
]);

describe('pruneSynonyms', () => {
  const lookup = pruneSynonyms(dictionary, vocabularyOf('転送量は無料 / DDoS攻撃 / フィンガー'));

  it('keeps only the groups with a word in the notes', () => {
    expect(lookup.groups).toBe(3);
    expect(lookup.find('what is the weather?')).toEqual([]);
  });

  it('reaches a notes word that expands from a question word that does not (free -> 無料)', () => {
    expect(lookup.find('is it free?')).toEqual([{ present: ['free'], others: ['無料'] }]);
  });

  it('never joins two words that both only receive expansion', () => {
    expect(lookup.find('my finger hurts')).toEqual([]);
  });

  it('finds a headword through the English stem of the question word (attacks -> attack)', () => {
    expect(lookup.find('how do they stop attacks')).toEqual([
      { present: ['attacks'], others: ['攻撃'] },
    ]);
  });

  it('matches Latin headwords as whole words only', () => {
    expect(lookup.find('freedom')).toEqual([]);
    expect(lookup.find('carefree')).toEqual([]);
  });
});

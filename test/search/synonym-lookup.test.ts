import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { parseSudachiSynonyms } from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';

/** The terms an index of `text` would hold. */
const vocabularyOf = (text: string) => new Map(indexTerms(text).map((t, i) => [t, i]));

const item = (midashi: string, expandControl: 0 | 1) => ({ midashi, expandControl });
/** Sudachi's format: expandControl 1 means the word only receives expansion. */
const SUDACHI = parseSudachiSynonyms([
  { items: [item('無料', 0), item('free', 1)] },
  { items: [item('フィンガー', 1), item('finger', 1), item('指', 0)] },
  { items: [item('攻撃', 0), item('attack', 0)] },
  { items: [item('天気', 0), item('weather', 0)] },
]);
const SUDACHI_NOTES = '転送量は無料 / DDoS攻撃 / フィンガー';

const DICTIONARY = {
  groups: [
    { terms: ['credit card', 'クレジットカード'], triggers: [true, true] },
    { terms: ['hire', '採用'], triggers: [true, true] },
    { terms: ['ramen', 'ラーメン'], triggers: [true, true] },
    // Only the Japanese word may be expanded from.
    { terms: ['apple', 'アップル'], triggers: [false, true] },
  ],
};
const NOTES = 'クレジットカードの決済 採用 apple アップル';

// Each test prunes its own lookup, so a mutant in pruning is active while it runs.
describe('pruneSynonyms', () => {
  it('keeps only the groups with a word the notes contain', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.groups).toBe(3);
    expect(sudachi.find('what is the weather?')).toEqual([]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.groups).toBe(3);
    expect(lookup.find('ramen')).toEqual([]);
  });

  it('reaches a notes word that expands from a question word that does not (free -> 無料)', () => {
    const lookup = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(lookup.find('is it free?')).toEqual([{ present: ['free'], others: ['無料'] }]);
  });

  it('never joins two words that both only receive expansion', () => {
    const lookup = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(lookup.find('my finger hurts')).toEqual([]);
  });

  it('finds a group by a phrase of the question, and gives its words the notes contain', () => {
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('credit card fees')).toEqual([
      { present: ['credit card'], others: ['クレジットカード'] },
    ]);
  });

  it('finds a one-word headword by any form of it (attacks -> attack, hired -> hire)', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.find('how do they stop attacks')).toEqual([
      { present: ['attacks'], others: ['攻撃'] },
    ]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('hired')).toEqual([{ present: ['hired'], others: ['採用'] }]);
    expect(lookup.find('hire')).toEqual([{ present: ['hire'], others: ['採用'] }]);
  });

  it('matches Latin headwords as whole words only', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.find('freedom')).toEqual([]);
    expect(sudachi.find('carefree')).toEqual([]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('xcredit card')).toEqual([]);
    expect(lookup.find('credit cardx')).toEqual([]);
    expect(lookup.find('hirex')).toEqual([]);
  });

  it('expands from a trigger word, or towards one the notes have', () => {
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('アップル')).toEqual([{ present: ['アップル'], others: ['apple'] }]);
    expect(lookup.find('apple')).toEqual([{ present: ['apple'], others: ['アップル'] }]);
    const onlyEnglishInNotes = pruneSynonyms(DICTIONARY, vocabularyOf('apple'));
    // "apple" is no trigger, and the notes lack アップル: nothing to expand to.
    expect(onlyEnglishInNotes.find('apple')).toEqual([]);
    expect(onlyEnglishInNotes.find('アップル')).toEqual([
      { present: ['アップル'], others: ['apple'] },
    ]);
  });
});

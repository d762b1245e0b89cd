import { beforeEach, describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';

const vocabularyOf = (text: string) => new Map(indexTerms(text).map((t, i) => [t, i]));

const DICTIONARY = {
  groups: [
    { terms: ['credit card', 'クレジットカード'], triggers: [true, true] },
    { terms: ['hire', '採用'], triggers: [true, true] },
    { terms: ['ramen', 'ラーメン'], triggers: [true, true] },
    // Only the Japanese word may be expanded from.
    { terms: ['apple', 'アップル'], triggers: [false, true] },
  ],
};

describe('pruneSynonyms', () => {
  const notes = vocabularyOf('クレジットカードの決済 採用 apple アップル');
  // Built in each test, so a mutant in building the index or the listing is active when it is built.
  let lookup: ReturnType<typeof pruneSynonyms>;
  beforeEach(() => {
    lookup = pruneSynonyms(DICTIONARY, notes);
  });

  it('keeps only the groups with a word the notes contain', () => {
    expect(lookup.groups).toBe(3);
    expect(lookup.find('ramen')).toEqual([]);
  });

  it('finds a group by a phrase of the question, and gives its words the notes contain', () => {
    expect(lookup.find('credit card fees')).toEqual([
      { present: ['credit card'], others: ['クレジットカード'] },
    ]);
  });

  it('finds a one-word headword by any form of it', () => {
    expect(lookup.find('hired')).toEqual([{ present: ['hired'], others: ['採用'] }]);
    expect(lookup.find('hire')).toEqual([{ present: ['hire'], others: ['採用'] }]);
  });

  it('matches Latin headwords as whole words only', () => {
    expect(lookup.find('xcredit card')).toEqual([]);
    expect(lookup.find('credit cardx')).toEqual([]);
    expect(lookup.find('hirex')).toEqual([]);
  });

  it('expands from a trigger word, or towards one the notes have', () => {
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

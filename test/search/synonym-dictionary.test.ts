import { describe, expect, it } from 'vitest';
import { loadSudachiSynonyms, parseSudachiSynonyms } from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';

const item = (midashi: string, expandControl: 0 | 1 | 2) => ({ midashi, expandControl });

describe('parseSudachiSynonyms', () => {
  it('drops "never use" headwords and marks "reached, never expands" ones as non-triggers', () => {
    const { groups } = parseSudachiSynonyms([
      { id: '1', items: [item('無料', 0), item('free', 1), item('タダ', 2)] },
    ]);
    expect(groups).toEqual([{ terms: ['無料', 'free'], triggers: [true, false] }]);
  });

  it('leaves out headwords the index cannot match: hiragana only, short Latin words, question filler', () => {
    const { groups } = parseSudachiSynonyms([
      { id: '1', items: [item('指', 0), item('ゆび', 0), item('finger', 1), item('it', 0)] },
      { id: '2', items: [item('あれ', 0), item('that', 0)] },
    ]);
    expect(groups).toEqual([{ terms: ['指', 'finger'], triggers: [true, false] }]);
  });

  it('normalizes width and case like the index', () => {
    const { groups } = parseSudachiSynonyms([
      { id: '1', items: [item('ＣＰＵ', 0), item('Processor', 0)] },
    ]);
    expect(groups[0]?.terms).toEqual(['cpu', 'processor']);
  });

  it('reads the installed sudachi-synonyms-dictionary, Japanese and English in one group', async () => {
    const dictionary = await loadSudachiSynonyms();
    expect(dictionary.groups.length).toBeGreaterThan(20_000);
    const card = dictionary.groups.find((g) => g.terms.includes('credit card'));
    expect(card?.terms).toContain('クレジットカード');
    const lookup = pruneSynonyms(dictionary, new Map([['クレジットカード'.slice(0, 2), 0]]));
    expect(lookup.groups).toBeLessThan(dictionary.groups.length);
  });
});

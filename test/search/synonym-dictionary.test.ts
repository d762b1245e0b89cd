import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { installedSudachiJson, SUDACHI_TABLE_FILE } from '../../scripts/build-sudachi-table.js';
import {
  loadSudachiSynonyms,
  parseSudachiSynonyms,
  sudachiTable,
} from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';

const groupsOf = (raw: unknown) => [...parseSudachiSynonyms(raw).groups];
const item = (midashi: string, expandControl: 0 | 1 | 2) => ({ midashi, expandControl });

describe('parseSudachiSynonyms', () => {
  it('drops "never use" headwords and marks "reached, never expands" ones as non-triggers', () => {
    const groups = groupsOf([
      { id: '1', items: [item('無料', 0), item('free', 1), item('タダ', 2)] },
    ]);
    expect(groups).toEqual([{ terms: ['無料', 'free'], triggers: [true, false] }]);
  });

  it('leaves out headwords the index cannot match: hiragana only, short Latin words, question filler', () => {
    const groups = groupsOf([
      { id: '1', items: [item('指', 0), item('ゆび', 0), item('finger', 1), item('it', 0)] },
      { id: '2', items: [item('あれ', 0), item('that', 0)] },
    ]);
    expect(groups).toEqual([{ terms: ['指', 'finger'], triggers: [true, false] }]);
  });

  it('normalizes width and case like the index', () => {
    const groups = groupsOf([{ id: '1', items: [item('ＣＰＵ', 0), item('Processor', 0)] }]);
    expect(groups[0]?.terms).toEqual(['cpu', 'processor']);
  });

  it('keeps a group only when two usable headwords remain and one of them expands', () => {
    const groups = groupsOf([
      { id: '1', items: [item('移行', 1), item('migration', 1)] },
      { id: '2', items: [item('採用', 0), item('採用', 0)] },
      { id: '3', items: [item('転職', 0), item('job change', 1)] },
    ]);
    expect(groups).toEqual([{ terms: ['転職', 'job change'], triggers: [true, false] }]);
  });

  it('reads a headword with no flag as one that expands, and skips entries that are not words', () => {
    const groups = groupsOf([
      { id: '1', items: [{ midashi: '指' }, { expandControl: 0 }, null, item('finger', 1)] },
      { id: '2' },
      null,
    ]);
    expect(groups).toEqual([{ terms: ['指', 'finger'], triggers: [true, false] }]);
    expect(groupsOf({ not: 'a list' })).toEqual([]);
    expect(groupsOf([])).toEqual([]);
  });

  it('trims headwords and drops the ones left empty, short Latin words and longer question filler', () => {
    const groups = groupsOf([
      {
        id: '1',
        items: [item(' 指 ', 0), item('  ', 0), item('ux', 0), item('what', 0), item('finger', 0)],
      },
    ]);
    expect(groups).toEqual([{ terms: ['指', 'finger'], triggers: [true, true] }]);
  });

  it('keeps a headword with a tab or line break inside as one word, and walks the groups again for each build', () => {
    const dictionary = parseSudachiSynonyms([
      { id: '1', items: [item('ログ\t収集', 0), item('log\ncollection', 0)] },
      { id: '2', items: [item('監視', 0), item('monitoring', 0)] },
    ]);
    const first = [...dictionary.groups];
    expect(first).toEqual([
      { terms: ['ログ 収集', 'log collection'], triggers: [true, true] },
      { terms: ['監視', 'monitoring'], triggers: [true, true] },
    ]);
    expect([...dictionary.groups]).toEqual(first);
  });

  it('reads the installed sudachi-synonyms-dictionary, Japanese and English in one group', async () => {
    const dictionary = await loadSudachiSynonyms();
    const groups = [...dictionary.groups];
    expect(groups.length).toBeGreaterThan(20_000);
    expect(
      groups.every((g) => g.terms.length >= 2 && g.terms.every((t) => t.trim() === t && t !== '')),
    ).toBe(true);
    const card = groups.find((g) => g.terms.includes('credit card'));
    expect(card?.terms).toContain('クレジットカード');
    const lookup = pruneSynonyms(dictionary, new Map([['クレジットカード'.slice(0, 2), 0]]));
    expect(lookup.groups).toBeLessThan(groups.length);
  });

  it('reads the committed table, which is what the installed package gives today', async () => {
    const committed = await readFile(SUDACHI_TABLE_FILE, 'utf8');
    // A failure here: the package or the table's rules changed; run scripts/build-sudachi-table.ts.
    expect(committed).toBe(`${sudachiTable(JSON.parse(installedSudachiJson()))}\n`);
    const loaded = [...(await loadSudachiSynonyms()).groups];
    expect(loaded).toEqual([...parseSudachiSynonyms(JSON.parse(installedSudachiJson())).groups]);
  });

  it('makes no table from anything but a list of groups', () => {
    expect(sudachiTable({ items: [] })).toBe('');
    expect([...parseSudachiSynonyms('not a list').groups]).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KANA_ROMAJI_TABLE, kanaRomajiTable } from '../../scripts/build-kana-romaji.js';
import { mayBeReading } from '../../src/search/readings.js';

describe('the committed table of the kana’s romaji', () => {
  it('is what wanakana spells today (run scripts/build-kana-romaji.ts after an upgrade)', () => {
    expect(readFileSync(KANA_ROMAJI_TABLE, 'utf8')).toBe(kanaRomajiTable());
  });

  it('holds the spellings a reading is made of, small kana and doubled consonants included', () => {
    const table = new Set(readFileSync(KANA_ROMAJI_TABLE, 'utf8').trim().split('\n'));
    for (const spelling of ['ka', 'n', 'kya', 'kkya', 'tchi', 'je', 'fu'])
      expect(table).toContain(spelling);
    expect([...table].every((s) => /^[a-z]+$/.test(s))).toBe(true);
    // The readings' check is made from it: a word of those spellings may be a reading.
    expect(mayBeReading('kyuushuu')).toBe(true);
    expect(mayBeReading('network')).toBe(false);
  });
});

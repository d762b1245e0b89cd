import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as wanakana from 'wanakana';
import { indexTerms } from '../../src/search/build-index.js';
import { createLoanwordLookup } from '../../src/search/loanwords.js';
import { normalize } from '../../src/search/normalize.js';

// Every romaji conversion counted: it is what a loanword lookup spends its time on.
vi.mock('wanakana', async (original) => {
  const real = await original<typeof import('wanakana')>();
  return { ...real, toRomaji: vi.fn(real.toRomaji) };
});
const toRomaji = vi.mocked(wanakana.toRomaji);

const NOTES = ['リリースサイクルを短くした', 'アウトバウンド通信', 'release cycle outbound'];
const lookup = () =>
  createLoanwordLookup(
    () => NOTES.map(normalize),
    new Map(NOTES.flatMap(indexTerms).map((t, i) => [t, i])),
  );

/** Katakana that is no word at all, `length` characters long, as someone might paste it. */
const noise = (length: number) =>
  Array.from({ length }, (_, i) => 'アイウエオカキクケコサシスセソタチツテト'[(i * 7) % 20]).join(
    '',
  );

/** Romaji conversions one englishFor call makes. */
function conversions(word: string): number {
  const loanwords = lookup();
  toRomaji.mockClear();
  loanwords.englishFor(word);
  return toRomaji.mock.calls.length;
}

describe('the cost of a katakana word in a question', () => {
  beforeEach(() => {
    toRomaji.mockClear();
  });

  it('still splits a compound into the English words it sounds like', () => {
    expect(lookup().englishFor('リリースサイクル')).toContain('release cycle');
  });

  it('converts a bounded number of halves, however long the run of katakana', () => {
    // Two conversions per cut of a 1,000-character run, each as long as the run, took seconds;
    // only cuts whose halves could be a loanword are tried now.
    const long = conversions(noise(1000));
    expect(long).toBeLessThanOrEqual(2);
    expect(conversions(noise(60))).toBeLessThanOrEqual(40);
    expect(conversions(noise(400))).toBe(long);
  });

  it('converts no more characters for a long word than for one of fifty', () => {
    const charsConverted = (word: string) => {
      const loanwords = lookup();
      toRomaji.mockClear();
      loanwords.englishFor(word);
      return toRomaji.mock.calls.reduce((sum, [text]) => sum + String(text).length, 0);
    };
    // The whole word once, plus the halves of at most a compound's length.
    expect(charsConverted(noise(1000))).toBeLessThanOrEqual(1000 + charsConverted(noise(50)));
  });
});

import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { createLoanwordLookup, katakanaSkeleton } from '../../src/search/loanwords.js';
import { normalize } from '../../src/search/normalize.js';

const NOTES = ['リリースサイクルを短くした', 'アウトバウンド通信', 'release cycle outbound'];

/** A lookup whose katakana readings (a romaji conversion each: the costly part) are counted. */
function countedLookup() {
  const converted: string[] = [];
  const lookup = createLoanwordLookup(
    () => NOTES.map(normalize),
    new Map(NOTES.flatMap(indexTerms).map((t, i) => [t, i])),
    {
      skeletonOf: (katakana) => {
        converted.push(katakana);
        return katakanaSkeleton(katakana);
      },
    },
  );
  return { lookup, converted };
}

/** Katakana that is no word at all, `length` characters long, as someone might paste it. */
const noise = (length: number) =>
  Array.from({ length }, (_, i) => 'アイウエオカキクケコサシスセソタチツテト'[(i * 7) % 20]).join(
    '',
  );

/** What one englishFor call converts: how many readings, and how many characters in all. */
function work(word: string) {
  const { lookup, converted } = countedLookup();
  converted.length = 0;
  lookup.englishFor(word);
  return { readings: converted.length, chars: converted.reduce((n, k) => n + k.length, 0) };
}

describe('the cost of a katakana word in a question', () => {
  it('still splits a compound into the English words it sounds like', () => {
    expect(countedLookup().lookup.englishFor('リリースサイクル')).toContain('release cycle');
  });

  it('reads a bounded number of halves, however long the run of katakana', () => {
    // Two readings per cut of a 1,000-character run, each as long as the run, took seconds; only
    // cuts whose halves could be a loanword are tried now.
    expect(work(noise(1000)).readings).toBeLessThanOrEqual(2);
    expect(work(noise(400)).readings).toBe(work(noise(1000)).readings);
    expect(work(noise(20)).readings).toBeGreaterThan(30);
  });

  it('reads no katakana for a word of two kana, whose sound is too short to be indexed', () => {
    expect(work('ジョ').readings).toBe(0);
    expect(work('ジョブ').readings).toBe(1);
  });

  it('reads no katakana for an English word that is not romaji, and the spelling of one that is', () => {
    const { lookup, converted } = countedLookup();
    converted.length = 0;
    lookup.japaneseFor('outbound');
    expect(converted).toEqual([]);
    lookup.japaneseFor('sakura');
    expect(converted).toEqual(['サクラ']);
  });

  it('reads each katakana word of the notes once, however often they have it', () => {
    const readings = (texts: string[]) => {
      let count = 0;
      createLoanwordLookup(() => texts, new Map(), {
        skeletonOf: (katakana) => {
          count++;
          return katakanaSkeleton(katakana);
        },
      });
      return count;
    };
    expect(readings(['リリース', 'リリース リリース'])).toBe(readings(['リリース']));
  });

  it('converts no more characters for a long word than the word itself and a short one', () => {
    expect(work(noise(1000)).chars).toBeLessThanOrEqual(1000 + work(noise(48)).chars);
  });
});

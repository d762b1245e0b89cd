import { describe, expect, it } from 'vitest';
import type { Concept, QueryTerm } from '../../src/search/analyzed-query.js';
import { saysQuality, superlativeForms } from '../../src/search/superlative.js';

const concepts: Concept[] = [
  { word: 'queue', weight: 1 },
  { word: 'cheapest', weight: 1 },
];
const term = (t: string, concept: number): QueryTerm => ({
  term: t,
  boost: 1,
  credits: [{ concept, credit: 1, unit: undefined }],
  own: true,
});
const terms = [term('queue', 0), term('cheapest', 1), term('cheap', 1), term('安い', 1)];

describe('superlativeForms', () => {
  it("takes the English superlative's terms, the word's own and its equivalents", () => {
    expect(superlativeForms('which queue was the cheapest?', concepts, terms)).toEqual([
      'cheapest',
      'cheap',
      '安い',
    ]);
  });

  it('takes the Japanese quality after 一番, いちばん or 最も: its first kanji, or a katakana word', () => {
    expect(superlativeForms('どれが一番速い?', [], [])).toEqual(['速']);
    expect(superlativeForms('いちばん安いのは?', [], [])).toEqual(['安']);
    expect(superlativeForms('最もシンプルな方法は?', [], [])).toEqual(['シンプル']);
  });

  it('asks for nothing without a superlative, or for one the question has no concept of', () => {
    expect(superlativeForms('which queue was cheap?', concepts, terms)).toBeUndefined();
    expect(superlativeForms('what is the best practice?', concepts, terms)).toBeUndefined();
    expect(superlativeForms('which was the most accurate?', concepts, terms)).toBeUndefined();
    expect(superlativeForms('the fastest queue?', concepts, terms)).toBeUndefined();
    expect(superlativeForms('一番 の話', [], [])).toBeUndefined();
  });

  it('asks for nothing when the superlative has no term left to look for', () => {
    expect(
      superlativeForms('which was the cheapest?', concepts, [term('queue', 0)]),
    ).toBeUndefined();
  });
});

describe('saysQuality', () => {
  it('needs one of the forms in the text', () => {
    expect(saysQuality('lambda was 最速', ['速'])).toBe(true);
    expect(saysQuality('sqs was cheap enough', ['cheapest', 'cheap'])).toBe(true);
    expect(saysQuality('providers compared', ['速'])).toBe(false);
    expect(saysQuality('anything', [])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { saysQuality, superlativeForms } from '../../src/search/superlative.js';

describe('superlativeForms', () => {
  it("takes an English superlative's quality in both languages", () => {
    expect(superlativeForms('which queue was the cheapest?')).toEqual(['cheap', '安']);
    expect(superlativeForms('the quickest way to deploy?')).toEqual(['fast', 'quick', '速', '早']);
    expect(superlativeForms('which is the largest cluster?')).toEqual(['big', 'large', '大']);
  });

  it('takes the one-kanji adjective after 一番, いちばん or 最も', () => {
    expect(superlativeForms('どれが一番速い?')).toEqual(['fast', 'quick', '速', '早']);
    expect(superlativeForms('いちばん安かったのは?')).toEqual(['cheap', '安']);
    expect(superlativeForms('最も多く使われた言語は?')).toEqual(['many', 'most', '多']);
  });

  it('asks for nothing without a known quality', () => {
    for (const question of [
      'which queue was cheap?',
      'what is the best practice?',
      'which was the most accurate?',
      'is it the breakfastest?',
      '一番手の発表者は?',
      '一番目のトークは?',
      '一番大事なことは?',
      '一番人気のセッションは?',
      '一番よかった発表は?',
      '速いのはどれ?',
    ])
      expect(superlativeForms(question), question).toBeUndefined();
  });
});

describe('saysQuality', () => {
  it('finds a kanji anywhere, an English stem at the start of a word', () => {
    expect(saysQuality('lambda was 最速', ['fast', '速'])).toBe(true);
    expect(saysQuality('lambda was the fastest', ['fast', '速'])).toBe(true);
    expect(saysQuality('go was faster than java', ['fast', '速'])).toBe(true);
    expect(saysQuality('we had breakfast first', ['fast', '速'])).toBe(false);
    expect(saysQuality('providers compared', ['fast', '速'])).toBe(false);
    expect(saysQuality('anything', [])).toBe(false);
  });
});

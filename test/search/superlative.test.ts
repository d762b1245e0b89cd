import { describe, expect, it } from 'vitest';
import { saysQuality, superlativeForms } from '../../src/search/superlative.js';

const SPEED = [
  'fastest',
  'quickest',
  'fast',
  'faster',
  'quick',
  'quicker',
  'quickly',
  'shortest',
  '速',
  '早',
  '短',
  '高速',
];

describe('superlativeForms', () => {
  it("takes an English superlative's quality in both languages", () => {
    expect(superlativeForms('which queue was the cheapest?')).toEqual([
      'cheapest',
      'cheap',
      'cheaper',
      'inexpensive',
      'lowest',
      'least expensive',
      '安',
      '安価',
      '低コスト',
      '低価格',
      '無料',
    ]);
    expect(superlativeForms('the quickest way to deploy?')).toEqual(SPEED);
    expect(superlativeForms('which is the largest cluster?')).toEqual([
      'biggest',
      'largest',
      'big',
      'bigger',
      'large',
      'larger',
      '大',
    ]);
  });

  it('takes the adjective after 一番, いちばん or 最も: one kanji with its kana, or a two-kanji quality', () => {
    expect(superlativeForms('どれが一番速い?')).toEqual(SPEED);
    expect(superlativeForms('最も高速なのは?')).toEqual(SPEED);
    expect(superlativeForms('いちばん安かったのは?')).toContain('安');
    expect(superlativeForms('最も安価なのは?')).toContain('安価');
    expect(superlativeForms('一番簡単な方法は?')).toContain('簡単');
    expect(superlativeForms('最も多く使われた言語は?')).toEqual(['many', 'more', 'most', '多']);
    expect(superlativeForms('最も軽量なのは?')).toEqual([
      'lightest',
      'light',
      'lighter',
      '軽',
      '軽量',
    ]);
  });

  it('asks for nothing without a known quality, nor for what is most recent', () => {
    for (const question of [
      'which queue was cheap?',
      'what is the best practice?',
      'which was the most accurate?',
      'what is the latest version?',
      'the newest release?',
      'is it the breakfastest?',
      '一番新しいのは?',
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
  it('finds a Japanese form anywhere, an English one as a whole word', () => {
    expect(saysQuality('lambda was 最速', SPEED)).toBe(true);
    expect(saysQuality('lambda の cold start が最短だった', SPEED)).toBe(true);
    expect(saysQuality('go was faster than java', SPEED)).toBe(true);
    expect(saysQuality('the fastapi service', SPEED)).toBe(false);
    expect(saysQuality('we had breakfast first', SPEED)).toBe(false);
    expect(saysQuality('providers compared', SPEED)).toBe(false);
    expect(saysQuality('anything', [])).toBe(false);
  });
});

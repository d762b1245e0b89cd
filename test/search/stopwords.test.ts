import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/search/stopwords.js';

describe('COMMON_WORDS', () => {
  it('holds the common words of English and of Japanese', () => {
    expect(COMMON_WORDS.has('the')).toBe(true);
    expect(COMMON_WORDS.has('これ')).toBe(true);
    expect(COMMON_WORDS.has('ansible')).toBe(false);
  });
});

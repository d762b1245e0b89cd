import { describe, expect, it } from 'vitest';
import { LINK_WORDS, SLIDE_WORDS, VIDEO_WORDS } from '../../../src/search/scoring/link-words.js';

describe('link words', () => {
  it('tells a question for a recording from one for slides', () => {
    for (const q of [
      'the youtube of the talk',
      'アーカイブある?',
      '録画',
      'the recording',
      'archive',
    ])
      expect([VIDEO_WORDS.test(q), SLIDE_WORDS.test(q)], q).toEqual([true, false]);
    for (const q of ['the slide deck', 'slides please', '資料', 'スライド'])
      expect([VIDEO_WORDS.test(q), SLIDE_WORDS.test(q)], q).toEqual([false, true]);
  });

  it('counts every word of either kind as asking for a link, and only whole English words', () => {
    for (const q of ['youtube', 'アーカイブ', 'deck', '資料'])
      expect(LINK_WORDS.test(q), q).toBe(true);
    for (const q of ['slideshow', 'decks', 'archived', 'octant'])
      expect(LINK_WORDS.test(q), q).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  asksForLink,
  LINK_WORDS,
  SLIDE_WORDS,
  VIDEO_WORDS,
} from '../../../src/search/scoring/link-words.js';

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

describe('asksForLink', () => {
  it('takes a Japanese link word standing alone, and an English one but archive', () => {
    for (const asked of [
      'スライドは?',
      'octantのスライドは?',
      '資料ってどこ?',
      'vault secrets の録画ある?',
      '動画のエンコードは何を使った?',
      'where are the slides?',
      'is there a video?',
      'any recording of it?',
      'その発表スライドどこにある?',
      '講演動画は公開されてる?',
    ])
      expect(asksForLink(asked), asked).toBe(true);
  });

  it('does not take a link word inside a compound, or archive', () => {
    for (const topic of [
      '社内資料の検索はどうやった?',
      '資料作成のコツは?',
      '動画配信基盤の話',
      '録画機能はある?',
      'アーカイブログの保存先は?',
      'ログの archive はどうしてる?',
      'slideshow のライブラリは?',
    ])
      expect(asksForLink(topic), topic).toBe(false);
  });
});

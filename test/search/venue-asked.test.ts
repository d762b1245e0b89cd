import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksForVenue, namesPlace } from '../../src/search/venue-asked.js';

describe('asksForVenue', () => {
  it.each([
    '会場ってどこだった?',
    '会場はどこ?',
    'どこで開催されたの?',
    'どこでやったんだっけ?',
    '開催場所は?',
    'どこの会場だった?',
    'Where was the sprint held?',
    'where is the next one hosted?',
    'what was the venue?',
    'which venue was it?',
    'where did the meetup take place?',
  ])('reads "%s" as asking where the event was', (question) => {
    expect(asksForVenue(normalize(question))).toBe(true);
  });

  it.each([
    '開催地はどこの国?',
    '会場で配られた資料は?',
    'スライドはどこ?',
    'where can I find the slides?',
    'where is the config file kept?',
    'what did they say about the venue booking tool?',
  ])('reads "%s" as asking something else', (question) => {
    expect(asksForVenue(normalize(question))).toBe(false);
  });
});

describe('namesPlace', () => {
  it.each([
    '駅前タワーの小会議室にて開催',
    '本社の14Fのセミナースペース',
    '大学の講義室を使った',
    '市民会館で',
    'カフェを貸し切ってやりました',
    'A社さんのオフィスをお借りしました',
    '今回は港のそばで行われました',
    '会場は駅の近く',
    'It was held at the harbor office.',
    'The venue was a small theatre.',
  ])('finds a place in "%s"', (text) => {
    expect(namesPlace(text)).toBe(true);
  });

  it.each([
    'もくもく会へ行ってきた',
    '型定義を整理してビルドの警告をなくした',
    'We refactored the parser.',
    '3f8a の修正を入れた',
  ])('finds none in "%s"', (text) => {
    expect(namesPlace(text)).toBe(false);
  });
});

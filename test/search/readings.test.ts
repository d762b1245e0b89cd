import { describe, expect, it } from 'vitest';
import type { Meetup, Talk } from '../../src/content/meetup.js';
import { runAtOnce } from '../../src/search/cooperative.js';
import { createReadingCache, kanjiWordSteps } from '../../src/search/readings.js';

const talk = (title: string, ...texts: string[]): Talk => ({
  title,
  line: 1,
  links: [],
  passages: texts.map((text, i) => ({ text, line: 2 + i })),
});

const MEETUPS: Meetup[] = [
  {
    title: '熊本勉強会 #3',
    file: 'kumamoto.md',
    talks: [
      talk('博多の話', '博多と熊本で人々が集う', '〆切は明日'),
      talk('Tanzu入門', '入門と実践'),
    ],
  },
  { title: 'Kyushu Night', file: 'kyushu.md', talks: [talk('福岡', '福岡の会場')] },
];

describe('kanjiWordSteps', () => {
  it('collects each run of two or more kanji from titles and passages, once', () => {
    expect([...runAtOnce(kanjiWordSteps(MEETUPS))]).toEqual([
      '熊本勉強会',
      '博多',
      '熊本',
      '人々',
      '〆切',
      '明日',
      '入門',
      '実践',
      '福岡',
      '会場',
    ]);
  });

  it('pauses after each talk', () => {
    const steps = kanjiWordSteps(MEETUPS);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(3);
  });
});

describe('createReadingCache', () => {
  it('has no readings before any are read, and reads nothing for no words', async () => {
    const readings = createReadingCache();
    await readings.ensure([]);
    expect(readings.kanjiFor('kumamoto')).toEqual([]);
  });
});

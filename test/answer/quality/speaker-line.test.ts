import { describe, expect, it } from 'vitest';
import { byline } from '../../../src/search/person-asked.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Two talks on one topic. The first names its speaker only on the line under its heading; the
// second has the question's topic in its title.
const STREAMING_NIGHT = `# Streaming Night #5

## Running Kafka at scale

Northwind Logistics 森田さん

- Brokers
  - spread over three zones
  - rebalanced every night
- Monitoring
  - consumer lag is watched on one dashboard

## Consumer lag in Kafka Streams

Ken Ito さん

- State
  - Streams apps keep their state in RocksDB
- Alerts
  - consumer lag alerts go to the on-call channel
`;

// The same notes with the first talk's slides linked on the line under its speaker's.
const WITH_SLIDES = STREAMING_NIGHT.replace(
  'Northwind Logistics 森田さん\n',
  'Northwind Logistics 森田さん\nhttps://speakerdeck.com/northwind/running-kafka-at-scale\n',
);

const first = (question: string, notes = STREAMING_NIGHT) => {
  const answer = buildEngine(notesFrom(notes)).ask(question);
  return answer.kind === 'found' ? answer.results[0] : undefined;
};

describe("a talk's speaker line counts with each of its passages, as its title does", () => {
  it.each([
    '森田さんの発表でconsumer lagについて何て言ってた?',
    'What did 森田さん say about consumer lag?',
  ])('"%s" finds the point made under the talk whose speaker line names them', (question) => {
    const result = first(question);
    expect(result?.talk).toBe('Running Kafka at scale');
    expect(result?.snippet).toContain('consumer lag is watched');
  });

  it('also when a link to the slides is on the line under the speaker', () => {
    expect(WITH_SLIDES).toContain('森田さん\nhttps://speakerdeck.com/');
    const result = first('森田さんの発表でconsumer lagについて何て言ってた?', WITH_SLIDES);
    expect(result?.talk).toBe('Running Kafka at scale');
    expect(result?.snippet).toContain('consumer lag is watched');
  });

  it("finds the point, not the speaker's line itself, when the question names the speaker's company", () => {
    // The topic's words are in the title, so every passage has them: the company, on the
    // speaker's line alone, must not give that line a match of its own.
    const notes = `# Build Night #2

## From Jenkins to Buildkite

Northwind株式会社　基盤開発部　森田 彩香 様

### Runners

- every build gets a fresh VM
- builds are cached per branch

### Why the move

- the agents run on racks the team already owns
`;
    const result = first('Why did Northwind move from Jenkins to Buildkite?', notes);
    expect(result?.talk).toBe('From Jenkins to Buildkite');
    expect(result?.snippet).toContain('racks the team already owns');
    // A link under the speaker's line is still that passage's own text.
    const withRepo = notes.replace(
      '森田 彩香 様\n',
      '森田 彩香 様\nRepo: https://github.com/northwind/runner-pool-tools\n',
    );
    expect(withRepo).toContain('Repo: https://');
    expect(first('runner-pool-tools', withRepo)?.snippet).toContain('runner-pool-tools');
    // A who-question still gets the speaker's line.
    expect(first('Buildkite の発表って誰?', notes)?.snippet).toContain('森田 彩香 様');
  });

  it('leaves the ranking to the topic when the question names no speaker', () => {
    expect(first('Where do consumer lag alerts go?')?.talk).toBe('Consumer lag in Kafka Streams');
  });
});

describe('byline', () => {
  const of = (...texts: string[]) => byline(texts.map((text) => ({ text })));

  it.each([
    ['Ayaka Mori さん', 'an honorific'],
    ['@amori (Northwind)', 'a handle'],
    ['Northwind Logistics\n森 彩香さん | Twitter', 'two lines'],
    ['登壇者: 森', 'a label'],
    ['Northwind株式会社　基盤開発部　森 彩香 様', 'a company, a department and 様'],
    ['Northwind　基盤開発部　森 彩香 様', 'a department'],
    ['Northwind SRE部 森 彩香 さん', 'a department named in Latin letters'],
    ['Northwind 開発センター 森 彩香 さん', 'a センター of kanji'],
  ])('is the first passage "%s" (%s)', (text) => {
    expect(of(text, '* the notes')).toBe(text);
  });

  it.each([
    ['* Brokers are spread over three zones', 'no person'],
    ['森さん Kafka Streams 推奨', 'four words and no company or department'],
    ['森さん 外部 API 連携', 'four words, one a part (外部) and no department'],
    ['森さん 一部 Kafka 推奨', 'four words, one a part (一部)'],
    ['森さん AWS データセンター 移行', 'four words, one a データセンター'],
    ['Northwind\nLogistics\nAyaka Mori さん', 'three lines'],
    [`Ayaka Mori さん https://twitter.com/${'a'.repeat(70)}`, 'over 100 characters'],
    ['森田さんのチームがKafkaを導入', 'a sentence naming a person'],
    ['@amori set up the cluster', 'a point of the talk in English'],
    ['Ayaka Mori さん\n40% fewer pages', 'a line with a figure'],
  ])('is nothing for "%s" (%s)', (text) => {
    expect(of(text, '* the notes')).toBeUndefined();
  });

  it.each([
    ['Ayaka Mori さん\nhttps://speakerdeck.com/amori/kafka', 'Ayaka Mori さん', 'a link under it'],
    ['https://www.youtube.com/watch?v=abc\nAyaka Mori さん', 'Ayaka Mori さん', 'a link above it'],
    ['Ayaka Mori さん\nSlides: https://speakerdeck.com/a/k', 'Ayaka Mori さん', 'a labelled link'],
    [
      'Ayaka Mori さん\nスライド：https://speakerdeck.com/a/k',
      'Ayaka Mori さん',
      'a Japanese label',
    ],
    [
      'Ayaka Mori さん\nSlide deck : https://speakerdeck.com/a/k',
      'Ayaka Mori さん',
      'a spaced label',
    ],
    [
      'Ayaka Mori さん\nSixteen letters!: https://speakerdeck.com/a/k',
      'Ayaka Mori さん',
      'a label of 16',
    ],
    ['Ayaka Mori さん\nHTTPS://SPEAKERDECK.COM/A/K', 'Ayaka Mori さん', 'a link in capitals'],
    ['Ayaka Mori さん\nhttp://slides.example.test/kafka', 'Ayaka Mori さん', 'a plain http link'],
    ['Ayaka Mori さん\n  https://speakerdeck.com/a/k  ', 'Ayaka Mori さん', 'spaces around a link'],
    [
      'Ayaka Mori さん\nwww.slideshare.net/amori/kafka',
      'Ayaka Mori さん',
      'a link without a scheme',
    ],
    [
      `Ayaka Mori さん\nhttps://speakerdeck.com/amori/${'k'.repeat(90)}`,
      'Ayaka Mori さん',
      'a long link',
    ],
    [
      'Northwind Logistics\nhttps://speakerdeck.com/amori/kafka\n森 彩香さん | Twitter',
      'Northwind Logistics\n森 彩香さん | Twitter',
      'a link between two lines',
    ],
    [
      'Ayaka Mori さん\nhttps://twitter.com/amori',
      'Ayaka Mori さん\nhttps://twitter.com/amori',
      'a profile link, which says who',
    ],
    [
      '登壇者：https://twitter.com/morita\nNorthwind',
      '登壇者：https://twitter.com/morita\nNorthwind',
      'a labelled profile link',
    ],
  ])('is the speaker\'s lines of "%s" without the other links', (text, who) => {
    expect(of(text, '* the notes')).toBe(who);
  });

  it.each([
    ['https://speakerdeck.com/amori/kafka', 'a link alone'],
    [
      'Ayaka Mori さん\nsee https://speakerdeck.com/amori/kafka for the demo',
      'a sentence with a link',
    ],
    ['Ayaka Mori さん\nhttps://speakerdeck.com/amori/kafka and more', 'a link with words after it'],
    ['Ayaka Mori さん\nSeventeen letters: https://speakerdeck.com/a/k', 'a label of 17'],
    ['Ayaka Mori さん\nThe slides of the whole day: https://speakerdeck.com/a/k', 'a long label'],
    ['Northwind\nLogistics\nhttps://speakerdeck.com/amori/kafka\nAyaka Mori さん', 'three lines'],
  ])('is nothing for "%s" (%s)', (text) => {
    expect(of(text, '* the notes')).toBeUndefined();
  });

  it('reads only the first passage, and nothing from a talk without notes', () => {
    expect(of('* Brokers are spread over three zones', 'Ayaka Mori さん')).toBeUndefined();
    expect(of()).toBeUndefined();
  });

  it('takes a line of exactly 100 characters', () => {
    const start = 'Ayaka Mori さん https://twitter.com/';
    const text = `${start}${'a'.repeat(100 - start.length)}`;
    expect(text).toHaveLength(100);
    expect(of(text)).toBe(text);
  });
});

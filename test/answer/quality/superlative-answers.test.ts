import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// One talk lists what it compared and how, and never says which came out ahead; the other says
// which queue cost least, in Japanese and in English.
const BENCH_NIGHT = `# Serverless Bench #2

## Comparing FaaS cold starts

* Providers compared: Lambda, Cloud Functions and Azure Functions
* Each provider's cold start was measured with 100 requests

## Queues for the pipeline

* SQS was the cheapest of the three queues
* Pub/Sub の料金は SQS より高い
`;

const talkOf = (answer: Answer) =>
  answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;

describe('a question asking which one is most something', () => {
  const service = buildEngine(notesFrom(BENCH_NIGHT));

  it('has no answer in a talk that names the candidates but says nothing of the quality', () => {
    expect(talkOf(service.ask('Which provider had the fastest cold start?'))).toBe('not-found');
    expect(talkOf(service.ask('コールドスタートはどのプロバイダが一番速かった?'))).toBe(
      'not-found',
    );
  });

  it('is answered by a passage that speaks of the quality, in either language', () => {
    expect(talkOf(service.ask('which queue was the cheapest?'))).toBe('Queues for the pipeline');
    const quicker = buildEngine(
      notesFrom(
        `${BENCH_NIGHT.replace('measured with 100 requests', 'measured: Lambda was 最速')}`,
      ),
    );
    expect(talkOf(quicker.ask('FaaSのコールドスタート、一番速いプロバイダは?'))).toBe(
      'Comparing FaaS cold starts',
    );
  });

  it('meets the quality in the other language, and in the talk title', () => {
    const japaneseNotes = buildEngine(
      notesFrom(BENCH_NIGHT.replace('measured with 100 requests', 'measured: Lambda が最速')),
    );
    expect(talkOf(japaneseNotes.ask('Which provider had the fastest cold start?'))).toBe(
      'Comparing FaaS cold starts',
    );
    const englishNotes = buildEngine(
      notesFrom(BENCH_NIGHT.replace('measured with 100 requests', 'measured: Lambda was faster')),
    );
    expect(talkOf(englishNotes.ask('コールドスタートが最も速かったプロバイダは?'))).toBe(
      'Comparing FaaS cold starts',
    );
    const titled = buildEngine(
      notesFrom(`# Go Night #4

## The Cheapest Way to Run Go

* slides: https://speakerdeck.com/go/cheap-go
* spot instances behind a queue
`),
    );
    expect(talkOf(titled.ask('Where are the slides of The Cheapest Way to Run Go?'))).toBe(
      'The Cheapest Way to Run Go',
    );
  });

  it('asks nothing of the words for what is most recent, nor of a quality inside a name', () => {
    const upgrades = buildEngine(
      notesFrom(`# Infra Night #5

## vSphere upgrade

* vSphere 8.0U2 まで対応を確認した

## Running FastAPI

* FastAPI behind a queue of workers
`),
    );
    expect(
      talkOf(upgrades.ask('What is the latest version of vSphere the upgrade supports?')),
    ).toBe('vSphere upgrade');
    expect(talkOf(upgrades.ask('the fastest way to run FastAPI workers?'))).toBe('not-found');
  });

  it('is answered by the topic as before when the profile does not require the quality', () => {
    const lenient = buildEngine(notesFrom(BENCH_NIGHT), {
      profile: scoringProfileFrom({ answer: { superlativeRequired: false } }),
    });
    expect(talkOf(lenient.ask('Which provider had the fastest cold start?'))).toBe(
      'Comparing FaaS cold starts',
    );
  });
});

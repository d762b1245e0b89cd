import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, EACH_PASSAGE_ALONE, notesFrom } from '../../support/engine.js';

// One talk settles which backup tool to use; the other only describes its queue.
const STORAGE_NIGHT = `# Storage Night #3

## Backups for the build farm

* Snapshots run every night on the build farm volumes
* 小さいチームならマネージドのバックアップがいい

## Queues for the build farm

* The build farm queue holds a day of jobs
* Jobs retry three times before they fail
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);

describe('a question asking what a talk concluded or recommended', () => {
  const service = buildEngine(notesFrom(STORAGE_NIGHT));
  const off = buildEngine(notesFrom(STORAGE_NIGHT), {
    profile: scoringProfileFrom({ answer: { verdictRequired: false } }),
  });

  it('is answered by a talk whose notes give a verdict', () => {
    for (const question of [
      'which backup tool did the build farm backups talk recommend?',
      'build farmのバックアップはどれがおすすめ?',
    ]) {
      expect(first(service.ask(question))?.talk, question).toBe('Backups for the build farm');
    }
  });

  it('has no answer from a talk whose notes only describe, and names the talk', () => {
    const question = 'what retry count does the build farm queue talk recommend?';
    const answer = service.ask(question);
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found')
      expect(answer.suggestions).toContain('Queues for the build farm');
    // Off, the topic's passage stands in for the verdict.
    expect(first(off.ask(question))?.talk).toBe('Queues for the build farm');
  });

  it('leaves a question for the slides of such a talk to the link rule', () => {
    const slides = buildEngine(
      notesFrom(`# Storage Night #4

## [Queues for the build farm](https://speakerdeck.com/team/build-farm-queues)

* The build farm queue holds a day of jobs
`),
    );
    const answer = slides.ask(
      'where are the slides of the build farm queue talk they recommended?',
    );
    expect(first(answer)?.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/team/build-farm-queues' },
    ]);
  });

  it('leaves a question that asks no verdict as it was', () => {
    expect(first(service.ask('how many times do build farm queue jobs retry?'))?.snippet).toContain(
      'three times',
    );
  });
});

describe('the passage that settles what the question asks to settle', () => {
  // The talk's first bullet has more of the question's words; a later one gives the verdict.
  const CI_NIGHT = `# CI Night #2

## Choosing a CI service for the monorepo

* We compared the services on build minutes, caching and runners
* Self-hosted runners were slow to start on the old build machines
* 結論：GitHub Actions、ランナーがコードの近くにあるから
`;
  const first = (question: string, extras = EACH_PASSAGE_ALONE) => {
    const answer = buildEngine(notesFrom(CI_NIGHT), extras).ask(question);
    return answer.kind === 'found' ? answer.results[0]?.snippet : answer.kind;
  };

  it('leads its talk when a verdict is asked', () => {
    expect(first('What did the CI service comparison for the monorepo conclude?')).toContain(
      '結論',
    );
  });

  it('leads with a passage under a heading of a verdict (まとめ), not a line about hiring', () => {
    const summed = CI_NIGHT.replace('* 結論：', '### まとめ\n\n* ').concat(
      '\n### 告知\n\n* 弊社ではCIまわりのエンジニアを採用中です\n',
    );
    const answer = buildEngine(notesFrom(summed), EACH_PASSAGE_ALONE).ask(
      'What did the CI service comparison for the monorepo conclude?',
    );
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('GitHub Actions');
  });

  it('leaves the order to the words when no verdict is asked', () => {
    expect(first('Which CI services did they compare for the monorepo?')).toContain('We compared');
  });
});

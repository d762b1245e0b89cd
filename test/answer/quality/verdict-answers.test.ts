import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

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

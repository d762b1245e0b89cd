import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Two reports titled by their dates, naming the event only in their prose: one says where it was
// held, the other never does.
const HELD = `# 参加メモ 2031-05-10

## はじめに

Harbor Sprint Vol.2 へ行ってきた。会場は駅前タワー7階の大会議室。

## やったこと

パーサのテストを書き直して、CIを速くした。
`;
const NOT_SAID = `# 参加メモ 2031-06-14

## はじめに

Quiet Builders Vol.5 へ行ってきたので、やったことをまとめます。

## やったこと

型定義を整理して、ビルドの警告をなくした。
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);
const notes = notesFrom(HELD, NOT_SAID);

describe('a question asking where an event was held', () => {
  const service = buildEngine(notes);

  it('is answered by a passage that says where it was', () => {
    expect(first(service.ask('Harbor Sprint Vol.2の会場ってどこだった?'))?.snippet).toContain(
      '駅前タワー7階の大会議室',
    );
  });

  it('has no answer from passages that name no place, and names the closest talks', () => {
    for (const question of [
      'Quiet Builders Vol.5の会場ってどこだった?',
      'where was Quiet Builders Vol.5 held?',
      'Quiet Buildersはどこで開催された?',
    ]) {
      const answer = service.ask(question);
      expect(answer.kind, question).toBe('not-found');
      if (answer.kind === 'not-found') expect(answer.suggestions).toContain('はじめに');
    }
    // Other questions on the same passage are answered.
    expect(first(service.ask('Quiet Builders Vol.5でやったことは?'))?.talk).toBe('はじめに');
  });

  it('answers with the passage when the rule is off', () => {
    const off = buildEngine(notes, {
      profile: scoringProfileFrom({ answer: { venueRequired: false } }),
    });
    expect(first(off.ask('Quiet Builders Vol.5の会場ってどこだった?'))?.talk).toBe('はじめに');
  });
});

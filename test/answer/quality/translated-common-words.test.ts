import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdictDictionary } from '../../../src/search/edict-dictionary.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Both sections speak of the same product; only one states its longest and largest limits, in
// Japanese. The other comes first in the notes and says as much of the question's other words.
const LIMITS_NIGHT = `# Serverless Night #4

## Functions on Kumo

### 料金
* Kumo Functionsは100万回の呼び出しまで無料
* Kumo Functionsのメモリで料金が変わる

### 制限
* Kumo Functionsの最長実行時間は15分
* 最大メモリは10GB
`;

let edict: SynonymDictionary;
beforeAll(async () => {
  edict = await loadEdictDictionary();
});

const ask = (question: string, translatedCommon?: boolean) => {
  const answer = buildEngine(notesFrom(LIMITS_NIGHT), {
    synonyms: edict,
    profile: scoringProfileFrom(
      translatedCommon === undefined ? {} : { words: { translatedCommon } },
    ),
  }).ask(question);
  return answer.kind === 'found' ? answer.results[0]?.section : answer.kind;
};

describe('a common English word the notes lack but translate (longest ↔ 最長)', () => {
  it.each([
    'what is the longest a Kumo Functions request can run?',
    'how long is the longest Kumo Functions run?',
  ])('leads "%s" with the section that says it in Japanese', (question) => {
    expect(ask(question)).toBe('制限');
  });

  it('leads with the first section when the mechanism is switched off', () => {
    expect(ask('what is the longest a Kumo Functions request can run?', false)).toBe('料金');
  });
});

import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// The notes write the compound in Japanese, each part its own word (自動 + アップグレード), and
// another passage has the question's other words in English. Lines long enough to stand alone.
const CLUSTER_NIGHT = `# Cluster Night #3

## GKE in production

* one GKE cluster per region, each with its own node pools and its own budget
* 自動アップグレードはクラスタ側で無効化していて、バージョンは毎月の作業日に手で上げている
* メンテナンスウィンドウは夜間に設定して、日中のデプロイとぶつからないようにしている

## Upgrading Kafka

* rolling upgrade of the brokers one at a time
`;

const snippetOf = (splitCompounds: boolean) => {
  const answer = buildEngine(notesFrom(CLUSTER_NIGHT), {
    // The first result alone, not gathered with its section's other passages.
    profile: scoringProfileFrom({ words: { splitCompounds }, answer: { gatherSection: false } }),
  }).ask('Do they turn on GKE cluster auto-upgrade?');
  return answer.kind === 'found'
    ? `${answer.results[0]?.talk}: ${answer.results[0]?.snippet}`
    : answer.kind;
};

describe('a hyphened English compound the notes write as Japanese words', () => {
  it('meets them through its parts', () => {
    expect(snippetOf(true)).toContain('GKE in production');
    expect(snippetOf(true)).toContain('自動アップグレード');
  });

  it('meets only what its whole spelling meets without the split', () => {
    expect(snippetOf(false)).not.toContain('自動アップグレード');
  });
});

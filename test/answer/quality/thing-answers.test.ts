import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Notes in Japanese that write the names of tools in Latin letters, as most do. The first talk
// names the tool that collects its logs in one passage, away from the passage most of a
// question's words meet; the second names no tool at all.
const OPS_NIGHT = `# Ops Night #3

## ログ基盤の作り直し

### 背景

* ログの量が一年で十倍に増え、ログの検索に数分かかっていた
* ログの収集が止まると誰も気づかなかった

### 新しい構成

* ログの収集は Fluent Bit に置き換えた

## 監視の話

* アラートが多すぎて誰も見なくなった
* アラートは週に一度、担当を決めて見直す
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);

describe('a question asking which tool or service', () => {
  const service = buildEngine(notesFrom(OPS_NIGHT));
  const off = buildEngine(notesFrom(OPS_NIGHT), {
    profile: scoringProfileFrom({ answer: { thingRequired: false } }),
  });

  it('is answered by the passage of its talk that names one', () => {
    const question = 'ログの収集には何のツールを使ってる?';
    expect(first(service.ask(question))?.snippet).toContain('Fluent Bit');
    // Without the rule, the passage with the most of the question's words leads.
    expect(first(off.ask(question))?.snippet).not.toContain('Fluent Bit');
  });

  it('has no answer when its talk names none, and names that talk', () => {
    const question = '監視の話で、アラートには何のサービスを使ってる?';
    const answer = service.ask(question);
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found') expect(answer.suggestions[0]).toBe('監視の話');
    expect(first(off.ask(question))?.talk).toBe('監視の話');
  });

  it('is not answered by a passage that names a tool but speaks of less of the question', () => {
    const backups = buildEngine(
      notesFrom(`# Ops Night #4

## バックアップの見直し

* バックアップの保存先は社内の別拠点、暗号化は必須にした
* バックアップの保存先は Restic の設定で決める
`),
    );
    const question = 'バックアップの保存先と暗号化には何のツールを使ってる?';
    expect(backups.ask(question).kind).toBe('not-found');
  });

  it('leaves a question that asks a number too to the number rules', () => {
    const counting = buildEngine(
      notesFrom(`# Ops Night #5

## 監視の入れ替え

* 監視のツールは全部入れ替えた
`),
      { profile: scoringProfileFrom({ answer: { numberRequired: false } }) },
    );
    // The passage states neither a number nor a name. With the number rule off nothing asks it
    // for either: the name rule does not stand in for the number rule.
    expect(first(counting.ask('監視の入れ替えで何のツールを何個入れた?'))?.talk).toBe(
      '監視の入れ替え',
    );
  });

  it('is answered as any question when it asks for no tool', () => {
    expect(first(service.ask('監視の話で、アラートが多すぎるとどうなった?'))?.talk).toBe(
      '監視の話',
    );
  });
});

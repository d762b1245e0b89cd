import { describe, expect, it } from 'vitest';
import { expansionAsked, spellsOut } from '../../src/search/expansion-asked.js';
import { normalize } from '../../src/search/normalize.js';
import { top } from '../support/answers.js';
import { buildEngine, notesFrom } from '../support/engine.js';

describe('expansionAsked', () => {
  it.each([
    ['QRLって略さずに言うと何?', ['qrl']],
    ['QRLは何の略?', ['qrl']],
    ['SLOの正式名称は?', ['slo']],
    ['what does KEDA stand for?', ['keda']],
    ["what's TTL short for in the cache talk?", ['ttl']],
    ['give me the full name of the MTTR metric', ['mttr']],
  ])('reads "%s" as asking a full name, of one of %j', (question, words) => {
    const asked = expansionAsked(normalize(question));
    for (const word of words) expect(asked).toContain(word);
    // The words of the asking are no acronym.
    for (const word of ['what', 'stand', 'for', 'short', 'full', 'name', 'of'])
      expect(asked).not.toContain(word);
  });

  it.each([
    'what is KEDA?',
    'QRLって何?',
    'who stands behind the project?',
    '略語の話は何回目?',
    // Asked so, but of no word that may be one.
    'それって何の略?',
  ])('reads "%s" as asking none', (question) => {
    expect(expansionAsked(normalize(question))).toBeUndefined();
  });
});

describe('spellsOut', () => {
  it.each([
    ['QRL(Queue Retry Ledger)', 'qrl'],
    ['QRL: Queue Retry Ledger', 'qrl'],
    ['QRL – Queue Retry Ledger', 'qrl'],
    ['Queue-Retry Ledger (QRL) の導入', 'qrl'],
    ['QoS（Quality of Service）', 'qos'],
    ['SLO は Service Level Objective の略', 'slo'],
    ['KEDA (Kubernetes-based Event Driven Autoscaling)', 'keda'],
    ['ＱＲＬ（Queue Retry Ledger）', 'qrl'],
    ['QRL（Ｑｕｅｕｅ Ｒｅｔｒｙ Ｌｅｄｇｅｒ）', 'qrl'],
    ['QRL = Queue Retry Ledger', 'qrl'],
    // Words around it: the name before the bracket ends at it, the name after starts at once.
    ['We run the Queue Retry Ledger (QRL) now', 'qrl'],
    ['QRL: Queue Retry Ledger for all jobs', 'qrl'],
    // A linking word the acronym leaves out.
    ['DR (Disaster and Recovery)', 'dr'],
    // Far from the text's start or end.
    [`Queue Retry Ledger (QRL) ${'x'.repeat(200)}`, 'qrl'],
    [`${'x'.repeat(200)} QRL (Queue Retry Ledger)`, 'qrl'],
  ])('finds the full name in "%s"', (text, acronym) => {
    expect(spellsOut(acronym, text)).toBe(true);
  });

  it.each([
    ['QRL で QRL の再試行を管理する', 'qrl'],
    ['QRLs (Queue Retry Ledgers)', 'qrl'],
    ['MQRL (Queue Retry Ledger)', 'qrl'],
    ['QRL (Queue Ledger)', 'qrl'],
    ['QRL (Queue Replay Tool)', 'qrl'],
    ['Queue Retry Ledger', 'qrl'],
    ['QRL\nQueue Retry Ledger', 'qrl'],
    // Words that only follow it, with no mark of a full name, or with other words between.
    ['QRL quickly retries later', 'qrl'],
    ['UIはUnityとIllustratorで作った', 'ui'],
    ['moved to the on-call channel', 'to'],
    ['QRL (Queue 再送 Retry Ledger)', 'qrl'],
    ['QRL (Queue Retry)', 'qrl'],
    ['DR (Disaster big Recovery)', 'dr'],
    // A bracket after no Latin words.
    ['再送台帳 (QRL)', 'qrl'],
  ])('finds none in "%s"', (text, acronym) => {
    expect(spellsOut(acronym, text)).toBe(false);
  });
});

describe('a question asking what an acronym stands for', () => {
  it('is answered by the passage spelling it out, not the one using it most', () => {
    const engine = buildEngine(
      notesFrom(
        '# Queue Night #2\n\n## Retries\n\n- QRL v2 で QRL v1 の QRL 形式を置き換え\n- 再送間隔は指数的に伸ばす\n- 失敗は3回で打ち切り\n- 監視はダッシュボードで見る\n\n### 補足\n\n- QRL(Queue Retry Ledger) は再送の履歴を一か所に残す社内ツールで、各サービスはライブラリ経由で書き込む\n',
      ),
    );
    for (const question of ['QRLって略さずに言うと何?', 'what does QRL stand for?'])
      expect(top(engine.ask(question)).snippet, question).toMatch(/^QRL\(Queue Retry Ledger\)/);
    // Another Latin word of the question, no acronym of the notes, changes nothing.
    expect(top(engine.ask('what does QRL stand for in the retries talk?')).snippet).toMatch(
      /^QRL\(Queue Retry Ledger\)/,
    );
    // Asked anything else, the passage using it most leads as before.
    expect(top(engine.ask('QRLって何?')).snippet).toMatch(/^QRL v2/);
  });

  it('is answered as any other question where no passage spells it out', () => {
    const engine = buildEngine(
      notesFrom('# Queue Night #2\n\n## Retries\n\n- QRL v2 で QRL v1 の QRL 形式を置き換え\n'),
    );
    expect(top(engine.ask('QRLって略さずに言うと何?')).snippet).toMatch(/^QRL v2/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  loadLanguageResources,
  talkRoleDictionary,
} from '../../../src/search/language-resources.js';
import { COMMON_WORDS } from '../../../src/search/stopwords.js';
import { ROLE_WORDS } from '../../../src/search/talk-roles.js';
import { topTalk } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A programme whose talks are titled by their role, in Japanese, as notes often title them.
const NOTES = notesFrom(`# Cloud Native Kumamoto #3

## オープニング

- 会場の注意事項と今日の流れ

## 基調講演: クラウドネイティブの10年

- コンテナの普及と運用の変化

## LT: 自宅ラボのすすめ

- ラズパイ4台でクラスタ

## パネルディスカッション

- 登壇者3名がオンコールの辛さを語った

## 懇親会

- ピザとクラフトビール
`);
const engine = buildEngine(NOTES, { synonyms: talkRoleDictionary() });

describe('a talk named by its role in the programme', () => {
  it.each([
    ['What was the keynote about?', '基調講演: クラウドネイティブの10年'],
    ['What was said in the opening?', 'オープニング'],
    ['What did the panel talk about?', 'パネルディスカッション'],
    ['lightning talkで何台のラズパイを使った?', 'LT: 自宅ラボのすすめ'],
    ['基調講演の内容は?', '基調講演: クラウドネイティブの10年'],
  ])('%s', (question, talk) => {
    expect(topTalk(engine.ask(question))).toBe(talk);
  });

  it('needs the role groups to meet a role asked in the other language', () => {
    expect(buildEngine(NOTES).ask('What was the keynote about?').kind).toBe('not-found');
  });

  it('counts the role words that are common English words as real words', () => {
    expect(ROLE_WORDS.has('opening')).toBe(true);
    expect(ROLE_WORDS.has('lt')).toBe(true);
    expect(COMMON_WORDS.has('opening')).toBe(false);
    expect(COMMON_WORDS.has('lt')).toBe(false);
    expect(COMMON_WORDS.has('often')).toBe(true);
  });

  it('is part of the language resources the bot loads', async () => {
    const { synonyms } = await loadLanguageResources();
    const groups = [...synonyms.groups];
    expect(groups).toContainEqual({
      terms: ['keynote', 'キーノート', '基調講演'],
      triggers: [true, true, true],
    });
  });
});

describe('a talk asked for by who gave it', () => {
  const speakers = buildEngine(
    notesFrom(`# Edge Night #4

## Cache invalidation at scale （kmiura）

- purge by surrogate key takes under a second

## Observability for beginners by Aiko Tanaka

- start with the four golden signals
`),
  );

  it.each([
    ['Who talked about observability?', 'Observability for beginners by Aiko Tanaka'],
    ['Who spoke about cache invalidation?', 'Cache invalidation at scale （kmiura）'],
    ['What did kmiura talk about?', 'Cache invalidation at scale （kmiura）'],
    ['What was Aiko Tanaka talking about?', 'Observability for beginners by Aiko Tanaka'],
  ])('%s', (question, talk) => {
    expect(topTalk(speakers.ask(question))).toBe(talk);
  });
});

import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A meetup known by a nickname in hiragana, and another meetup with a talk on the same topic.
const NICKNAMED = `# のぞみかい #3

## ログ集約の話

* Fluent Bitで集めている
* 保存は7日
`;

const OTHER = `# Cloud Night #4

## コンテナのログ集約

* Vectorで集めている
* コンテナのログは30日保存
`;

// The same nickname written only in a talk's notes, not in a title.
const IN_TEXT_ONLY = NICKNAMED.replace('# のぞみかい #3', '# Log Study #3').replace(
  '* 保存は7日',
  '* 保存は7日、次回は、のぞみかいと合同',
);

// Two talks on one topic; one title ends with its speaker's handle, written in kana.
const HANDLES = `# Log Study #5

## ログ集約の基盤（うみねこ）

* Fluent Bitで集めている

## コンテナのログ集約

* Vectorで集めている
* ログ集約はサイドカーで
`;

const ask = (question: string, notes: readonly string[], kanaNameLetters?: number) =>
  buildEngine(notesFrom(...notes), {
    profile: scoringProfileFrom(
      kanaNameLetters === undefined ? {} : { words: { kanaNameLetters } },
    ),
  }).ask(question);
const talkOf = (answer: ReturnType<typeof ask>) =>
  answer.kind === 'found'
    ? `${answer.results[0]?.meetup} / ${answer.results[0]?.talk}`
    : answer.kind;

describe('a name written in hiragana in a title of the notes', () => {
  it('selects the talks of the meetup the question calls by its nickname', () => {
    const question = 'のぞみかいでログ集約に使ってたツールは?';
    expect(talkOf(ask(question, [NICKNAMED, OTHER]))).toBe('のぞみかい #3 / ログ集約の話');
    // Followed by a particle of two kana too.
    expect(talkOf(ask('のぞみかいってログ集約に何使ってた?', [NICKNAMED, OTHER]))).toBe(
      'のぞみかい #3 / ログ集約の話',
    );
    expect(talkOf(ask(question, [NICKNAMED, OTHER], 0))).toBe(
      'Cloud Night #4 / コンテナのログ集約',
    );
  });

  it('is one of the two real words a question needs for an answer', () => {
    const question = 'のぞみかいのログの保存期間は?';
    expect(talkOf(ask(question, [NICKNAMED, OTHER]))).toBe('のぞみかい #3 / ログ集約の話');
    expect(ask(question, [NICKNAMED, OTHER], 0).kind).toBe('not-found');
  });

  it('selects the talk whose title names its speaker by a handle in kana', () => {
    const question = 'うみねこのログ集約で使ってたツールは?';
    expect(talkOf(ask(question, [HANDLES]))).toBe('Log Study #5 / ログ集約の基盤（うみねこ）');
    expect(talkOf(ask(question, [HANDLES], 0))).toBe('Log Study #5 / コンテナのログ集約');
  });

  it('counts as a common word where the notes write it only in a passage', () => {
    expect(ask('のぞみかいのログの保存期間は?', [IN_TEXT_ONLY, OTHER]).kind).toBe('not-found');
  });
});

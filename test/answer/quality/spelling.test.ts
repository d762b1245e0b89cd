import { describe, expect, it } from 'vitest';
import { loadLanguageResources } from '../../../src/search/language-resources.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

/** Japanese notes: the question's English reaches them only through the dictionary. */
const NOTES = `# Secure Web Night #3

## フォームの守り方

* CSRF攻撃はトークンで防ぐ
* トークンはセッションごとに作り直す

## ログの保存

* アクセスログは90日保存する
`;

const DICTIONARY: SynonymDictionary = {
  groups: [
    { terms: ['attack', '攻撃'], triggers: [true, true] },
    { terms: ['token', 'トークン'], triggers: [true, true] },
  ],
};

const ask = (question: string, correctSpelling?: boolean) =>
  buildEngine(notesFrom(NOTES), {
    synonyms: DICTIONARY,
    profile: scoringProfileFrom(
      correctSpelling === undefined ? {} : { words: { correctSpelling } },
    ),
  }).ask(question);

const snippetOf = (answer: ReturnType<typeof ask>) =>
  answer.kind === 'found' ? answer.results[0]?.snippet : undefined;

describe('an English word with a slip of the keyboard, met through the dictionary', () => {
  it.each(['how do they stop a CSRF attcak?', 'how do they stop a CSRF atttack?'])(
    'answers "%s" from the passage the dictionary word leads to',
    (question) => {
      expect(snippetOf(ask(question))).toContain('CSRF攻撃');
    },
  );

  it('has no answer with spelling switched off', () => {
    expect(ask('how do they stop a CSRF attcak?', false).kind).toBe('not-found');
  });

  it('leaves a name the asker capitalized as typed', () => {
    expect(ask('how do they stop a CSRF Attcak?').kind).toBe('not-found');
  });
});

describe("a real English word the dictionary's headwords lack", () => {
  // Japanese notes on two topics; the question's word is English and one edit from an English
  // headword of the other topic ("stopping" and "topping").
  const notes = notesFrom(`# Cloud Ops Night #2

## 仮想マシンの停止

* 停止処理が終わらないときはホストを確認する

## ピザの注文

* トッピングはチーズを選んだ
`);

  it('stays as typed and is met through its own translation', async () => {
    const { synonyms } = await loadLanguageResources();
    const answer = buildEngine(notes, { synonyms }).ask('what if stopping the VM never ends?');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('仮想マシンの停止');
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Two talks on hosting notebooks: one says what it costs, in Japanese; the other says nothing of
// a price at all.
const DATA_NIGHT = `# Data Night #2

## ノートブック環境の紹介

* ブラウザだけでノートブックが使える
* 無料で使える

## ノートブックの共有

* ノートブックはリンクで共有できる
* チームの誰でも編集できる
`;
/** One group in the shape the dictionaries take: the English word and its Japanese. */
const DICTIONARY: SynonymDictionary = {
  groups: [{ terms: ['無料', 'free'], triggers: [true, true] }],
};
const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);

describe('a question asking which of two', () => {
  const service = buildEngine(notesFrom(DATA_NIGHT), { synonyms: DICTIONARY });
  const off = buildEngine(notesFrom(DATA_NIGHT), {
    synonyms: DICTIONARY,
    profile: scoringProfileFrom({ answer: { alternativesRequired: false } }),
  });

  it('is answered by a talk that speaks of one of them, in the other language too', () => {
    const result = first(service.ask('Is the ノートブック環境 free or paid?'));
    expect(result?.talk).toBe('ノートブック環境の紹介');
  });

  it('has no answer from a talk that speaks of neither, and names that talk', () => {
    const question = 'ノートブックの共有はSlackかTeamsか、どっち?';
    const answer = service.ask(question);
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found') expect(answer.suggestions).toContain('ノートブックの共有');
    expect(first(off.ask(question))?.talk).toBe('ノートブックの共有');
  });

  it('finds a choice the notes write in full-width letters', () => {
    const wide = buildEngine(
      notesFrom(`# Data Night #4

## アラートの通知

* アラート通知はＳＬＡＣＫに送る
`),
    );
    expect(first(wide.ask('アラート通知はSlackかTeamsか、どっち?'))?.talk).toBe('アラートの通知');
  });

  it('counts the talk’s title as speaking of it', () => {
    const alerts = buildEngine(
      notesFrom(`# Data Night #3

## Slackでのアラート通知

* アラート通知は毎朝まとめて送る
`),
    );
    expect(first(alerts.ask('アラート通知はSlackかTeamsか、どっち?'))?.talk).toBe(
      'Slackでのアラート通知',
    );
  });
});

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

  it('has no answer from a talk that speaks of neither, and says that talk does not', () => {
    const question = 'ノートブックの共有はSlackかTeamsか、どっち?';
    const answer = service.ask(question);
    expect(answer).toMatchObject({
      kind: 'not-found',
      suggestions: ['ノートブックの共有'],
      unmentioned: ['Slack', 'Teams'],
    });
    // A name at the question's start is said as written too.
    expect(service.ask('Slack or Teams? ノートブックの共有はどっち?')).toMatchObject({
      unmentioned: ['Slack', 'Teams'],
    });
    // Full-width letters are read as the names they spell, and said in plain letters.
    expect(service.ask('ノートブックの共有はＳｌａｃｋかTeamsか、どっち?')).toMatchObject({
      unmentioned: ['Slack', 'Teams'],
    });
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

// A talk that names the build service it runs on, and one that names none.
const BUILD_NIGHT = `# Build Night #3

## ビルドの高速化

* ビルドのキャッシュを共有した
* ビルドはBuildkiteで回している

## モノレポの分割

* モノレポをパッケージごとに分けた
* 変更のあったパッケージのみテストを回す
`;

describe('a question that offers a guess after it is asked', () => {
  const service = buildEngine(notesFrom(BUILD_NIGHT));
  const off = buildEngine(notesFrom(BUILD_NIGHT), {
    profile: scoringProfileFrom({ answer: { guessRequired: false } }),
  });

  it('is answered by the talk that names the guess', () => {
    const answer = service.ask('ビルドの高速化、ビルドは何で回してる？Buildkite？');
    expect(first(answer)?.talk).toBe('ビルドの高速化');
  });

  it('has no answer from a talk that never names it, and says that talk does not', () => {
    const question = 'モノレポの分割って、パッケージの管理は何でやってる？Bazel？';
    expect(service.ask(question)).toEqual({
      kind: 'not-found',
      query: question,
      suggestions: ['モノレポの分割'],
      unmentioned: ['Bazel'],
    });
    expect(first(off.ask(question))?.talk).toBe('モノレポの分割');
  });

  it('is answered as before when it offers no guess', () => {
    expect(first(service.ask('モノレポの分割って、パッケージの管理は何でやってる？'))?.talk).toBe(
      'モノレポの分割',
    );
  });

  it('says the names a talk does not mention as the question spells them, in its order, once', () => {
    const unmentioned = (question: string) => {
      const answer = service.ask(question);
      return answer.kind === 'not-found' ? answer.unmentioned : undefined;
    };
    expect(
      unmentioned('モノレポの分割って、パッケージの管理は何でやってる？Bazel？Buck？Pants？'),
    ).toEqual(['Bazel', 'Buck', 'Pants']);
    // A whole word of the question, never a part of a longer one, whatever comes before it.
    expect(unmentioned('İstanbul: モノレポの分割、パッケージの管理はBAZELISKで? Bazel?')).toEqual([
      'Bazel',
    ]);
    // A final long-vowel mark, which the search leaves off, as written.
    expect(
      unmentioned('モノレポの分割って、パッケージの管理は何でやってる？マネージャー？'),
    ).toEqual(['マネージャー']);
    // A name offered both as a choice and as a guess is said once.
    expect(unmentioned('モノレポの分割、パッケージの管理はBazel or Buck? buck?')).toEqual([
      'Bazel',
      'Buck',
    ]);
  });

  it('needs one of the choices or the guess when it offers both', () => {
    const question = 'ビルドの高速化、ビルドはCircleCIかJenkinsか、どっち？Buildkite？';
    expect(first(service.ask(question))?.talk).toBe('ビルドの高速化');
  });
});

// The tool a talk used, named in its notes, for a question that offers it among others.
const CI_NIGHT = `# CI Night #5

## テストの並列化

* テストはCircleCIで並列に回している
* 所要時間は半分になった
`;

describe('a question asking which tool, offering names to choose from', () => {
  const service = buildEngine(notesFrom(CI_NIGHT));

  it('is answered by the talk that names one of them', () => {
    for (const question of [
      'テストの並列化、CIは何使ってる？CircleCI？',
      'which CI do they run the tests on, CircleCI or Jenkins?',
    ])
      expect(first(service.ask(question))?.talk, question).toBe('テストの並列化');
  });

  it('has no answer when the talk names none of them', () => {
    expect(service.ask('テストの並列化、CIは何使ってる？Jenkins？').kind).toBe('not-found');
  });

  it('is answered by a talk naming the guess in katakana', () => {
    const katakana = buildEngine(
      notesFrom(`# CI Night #6

## デプロイの自動化

* デプロイはノマドに任せている
`),
    );
    const answer = katakana.ask('デプロイの自動化、何使って動かしてる？ノマド？');
    expect(first(answer)?.talk).toBe('デプロイの自動化');
  });
});

describe('a question asking for a date or an amount, offering a guess', () => {
  const service = buildEngine(
    notesFrom(`# Release Night #1

## Orbitの次のリリース

* Orbit v2は2024/9/1にGA
* 移行ツールも同時に出る
`),
  );

  it('is answered by the talk stating one, whatever the guess and its form', () => {
    const answer = service.ask('When did Orbit v2 go GA? September?');
    expect(first(answer)?.snippet).toContain('2024/9/1');
  });
});

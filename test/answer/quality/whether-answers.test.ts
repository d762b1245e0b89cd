import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A talk on a command-line tool that names one platform it runs on, and a talk that names another.
const TOOLS_NIGHT = `# Tools Night #2

## 自作CLIの配布

* CLIはシングルバイナリで配る
* バイナリはLinuxで動く
* 設定ファイルは1つだけ
* [スライド](https://speakerdeck.example/tools/cli)

## Windowsの端末管理

* Windowsの端末をまとめて更新する
* 更新は夜間に流す
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);
const ask = (question: string, whetherNameLetters?: number) =>
  buildEngine(notesFrom(TOOLS_NIGHT), {
    profile: scoringProfileFrom(
      whetherNameLetters === undefined ? {} : { answer: { whetherNameLetters } },
    ),
  }).ask(question);

describe('a Japanese question asking whether something is so', () => {
  it('is answered by a talk that speaks of every name it writes in Latin letters', () => {
    expect(first(ask('自作CLIのバイナリってLinuxで動くの？'))?.talk).toBe('自作CLIの配布');
  });

  it('has no answer from a talk lacking a name the notes write elsewhere', () => {
    const question = '自作CLIのバイナリってLinuxとWindowsの両方で動くの？';
    expect(ask(question).kind).toBe('not-found');
    expect(first(ask(question, 0))?.talk).toBe('自作CLIの配布');
  });

  it('is answered as before when it asks what, or names something no note writes', () => {
    // The same talk lacks Windows, but the question asks what, not whether.
    expect(first(ask('自作CLIのバイナリはWindowsだと何で動かすの？'))?.talk).toBe('自作CLIの配布');
    expect(first(ask('自作CLIのバイナリってLinuxとHaikuの両方で動くの？'))?.talk).toBe(
      '自作CLIの配布',
    );
  });

  it("takes a name in the host of one of the talk's links as the talk's", () => {
    const withHost = buildEngine(
      notesFrom(
        TOOLS_NIGHT.replace('スライドの話は後で', ''),
        '# Decks\n\n## 発表資料の置き場\n\n* Speakerdeckにまとめて置く\n',
      ),
    );
    expect(first(withHost.ask('自作CLIの配布ってSpeakerdeckに資料ある？'))?.talk).toBe(
      '自作CLIの配布',
    );
  });
});

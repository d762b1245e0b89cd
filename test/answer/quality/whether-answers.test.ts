import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A talk on shipping a mobile app that names one platform, and another talk that names the other.
const APP_NIGHT = `# App Night #2

## QRコードでアプリを配る

* ビルドしたアプリをQRコードで配る
* QRコードはチャットに流す
* iOSのテスターが読み込む

## Androidの端末テスト

* Androidの実機をラックに並べた
* 端末ごとにテストを流す
`;

const first = (answer: Answer) => (answer.kind === 'found' ? answer.results[0] : undefined);
const ask = (question: string, whetherNameLetters?: number) =>
  buildEngine(notesFrom(APP_NIGHT), {
    profile: scoringProfileFrom(
      whetherNameLetters === undefined ? {} : { answer: { whetherNameLetters } },
    ),
  }).ask(question);

describe('a Japanese question asking whether something is so', () => {
  it('is answered by a talk that speaks of every name it writes in Latin letters', () => {
    expect(first(ask('QRコードで配ったアプリってiOSで使えるの？'))?.talk).toBe(
      'QRコードでアプリを配る',
    );
  });

  it('has no answer from a talk lacking a name the notes write elsewhere', () => {
    const question = 'QRコードで配ったアプリってiOSとAndroidの両方で使えるの？';
    expect(ask(question).kind).toBe('not-found');
    expect(first(ask(question, 0))?.talk).toBe('QRコードでアプリを配る');
  });

  it('is answered as before when it asks what, or names something no note writes', () => {
    expect(first(ask('QRコードで配ったアプリって何で読み込むの？'))?.talk).toBe(
      'QRコードでアプリを配る',
    );
    expect(first(ask('QRコードで配ったアプリってiOSとTizenの両方で使えるの？'))?.talk).toBe(
      'QRコードでアプリを配る',
    );
  });
});

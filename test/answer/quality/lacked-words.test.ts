import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Two talks on two topics, and a closing that names the speaker of the first.
const NOTES = `# Harbor Night #7

## Registry mirrors

* the mirror syncs images every hour
* pulls go through the mirror in the office
* [slides](https://slides.example.test/Kazu/mirrors)

## Support plans

* the support plan is billed per node

## Closing

* thanks to kazu for the room
`;

const ask = (question: string, lackedShare?: number) =>
  buildEngine(notesFrom(NOTES), {
    profile: scoringProfileFrom(lackedShare === undefined ? {} : { answer: { lackedShare } }),
  }).ask(question);

const talkOf = (answer: ReturnType<typeof ask>) =>
  answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;

describe('a talk that lacks the details a question asks about', () => {
  it('gives no answer when half the words the notes use elsewhere are not in the talk', () => {
    // Each talk has two of the four words; the other two are the other talk's.
    expect(talkOf(ask('is the registry mirror billed per node?'))).toBe('not-found');
  });

  it('answers from one of the talks when the rule is off', () => {
    expect(talkOf(ask('is the registry mirror billed per node?', 0))).not.toBe('not-found');
  });

  it('answers when the talk has the words', () => {
    expect(talkOf(ask('does the registry mirror sync images through the office?'))).toBe(
      'Registry mirrors',
    );
  });

  it('does not count a word no note has', () => {
    expect(talkOf(ask('does the registry mirror sync images lol?'))).toBe('Registry mirrors');
    expect(talkOf(ask('registry mirror sync 本番環境?'))).toBe('Registry mirrors');
    // Half the words are none of the notes': the talk has the others.
    expect(talkOf(ask('registry mirror sync lol omg wtf?'))).toBe('Registry mirrors');
  });

  it("takes a name in the talk's links as the talk's", () => {
    // kazu is in the closing's notes and in the mirror slides' address: with billing, not in
    // the mirror talk, it would make two of four words the talk lacks.
    expect(talkOf(ask("kazu's registry mirror billing?"))).toBe('Registry mirrors');
  });

  it('takes a word the talk writes in another form as the talk’s', () => {
    const engine = buildEngine(
      notesFrom(`# Harbor Night #8

## DB運用の工夫

* 本番の環境ではPostgresを使う
* upgrade windows are on Tuesday night

## リリース手順

* 本番環境への反映は金曜に禁止
* minor upgrades are automatic
`),
    );
    // 本番環境 is written whole in the other talk, and split by a particle in this one.
    expect(talkOf(engine.ask('本番環境ではPostgresを使っていますか?'))).toBe('DB運用の工夫');
    // "upgrades" is the other talk's word; this one writes "upgrade".
    expect(talkOf(engine.ask('are postgres upgrades done in tuesday windows?'))).toBe(
      'DB運用の工夫',
    );
  });

  it("does not take a word of a link's host as the talk's", () => {
    const engine = buildEngine(
      notesFrom(`# Harbor Night #9

## Cluster upgrade policy

* one minor upgrade per quarter
* [slides](https://docs.google.com/presentation/d/abc)

## Databases

* we moved to Google Cloud SQL
`),
    );
    expect(talkOf(engine.ask('is the cluster upgrade on google cloud?'))).toBe('not-found');
  });

  it('reads Japanese words the same way', () => {
    const engine = buildEngine(
      notesFrom(`# Harbor Night #10

## レジストリのミラー

* ミラーは毎時同期する
* 社内からのプルはミラーを通す

## サポート契約

* サポート契約はノード単位で課金する
`),
    );
    // 課金 and ノード are the other talk's: half of the question's words.
    expect(talkOf(engine.ask('レジストリのミラーはノードで課金?'))).toBe('not-found');
    expect(talkOf(engine.ask('レジストリのミラーは毎時同期する?'))).toBe('レジストリのミラー');
    // 魑魅魍魎 is in no note: it says nothing of what the talk lacks.
    expect(talkOf(engine.ask('レジストリのミラーと魑魅魍魎?'))).toBe('レジストリのミラー');
  });

  it('takes a plural as the talk’s when the talk writes the singular', () => {
    const engine = buildEngine(
      notesFrom(`# Harbor Night #11

## Postgres care

* one upgrade per quarter

## Release notes

* minor upgrades are automatic
`),
    );
    // With the plural counted as lacked, automatic (the other talk's) would make two of four.
    expect(talkOf(engine.ask('are postgres upgrades each quarter automatic?'))).toBe(
      'Postgres care',
    );
  });
});

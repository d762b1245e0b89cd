import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksForThing, namesNewThing } from '../../src/search/thing-asked.js';

describe('asksForThing', () => {
  it.each([
    'Which CI do they run the UI tests on?',
    'which tools did the team try?',
    'What monitoring service does the team pay for?',
    'What did they use to collect the logs?',
    'what does the team use for alerts?',
    'メトリクスは何のツールで見てる?',
    '本番はどこのクラウドで動いてる?',
    'どのライブラリを入れた?',
    'どういう技術で作ってる?',
    'デプロイには何を使ってるの?',
    'GitHub ActionsとJenkins、どっちを使ってる?',
    'ＤＢは何を使ってる?',
    'スイッチはどこのメーカー?',
    'なんのツールでビルドしてる?',
    'which cloud provider hosts it?',
    'which logging lib do they ship with?',
    'what language is the agent written in?',
    // In English a theme asked is one a site or an app uses; in Japanese テーマ is a topic.
    'which theme does the docs site run?',
    'エージェントは何の言語で書いてる?',
    // Which X they use, whatever X is.
    'which message queue did the team use in the end?',
    'which Grafana dashboards do they use for paging?',
    'ビルドはどこのマシンを使ってる?',
  ])('knows that "%s" asks which one', (question) => {
    expect(asksForThing(normalize(question))).toBe(true);
  });

  it.each([
    'Why did they leave the old CI?',
    'How do the tools find the logs?',
    'What is the service mesh for?',
    'What is platform engineering?',
    'What can tools do for a small team?',
    'What makes services slow?',
    'What service level did they promise?',
    'What cloud cost savings did they see?',
    'What do they use Terraform for?',
    'What did they say about use cases?',
    'どういう技術的な課題があった?',
    'what did the talk cover?',
    'ログ基盤の作り直しで何が変わった?',
    'クラウドの料金はいくら?',
    'どのくらい速くなった?',
    // A word that only begins like a kind of thing.
    'which toolbox came first?',
    // What a thing used is for, and how a thing was used.
    'which queue do they use the outbox for?',
    'which queue do they use cases like this on?',
    'どこのチームが使い始めた?',
    // Which part of the meetup, and a topic.
    'which talk did they use Kafka in?',
    'which demo did they use the new API in?',
    '勉強会はどういうテーマ?',
    // Any of a kind, not which.
    'どの言語でも動くの?',
    'どのクラウドでも使える?',
    'どのクラウドサービスでも動く?',
  ])('knows that "%s" asks for no tool or service', (question) => {
    expect(asksForThing(normalize(question))).toBe(false);
  });
});

describe('namesNewThing', () => {
  const typed = normalize('ログの収集にはfluentdを使ってる?');

  it('finds a Latin word the question does not have', () => {
    expect(namesNewThing(normalize('収集は Fluent Bit に置き換えた'), typed)).toBe(true);
    expect(namesNewThing(normalize('監視は Node.js で書いた'), typed)).toBe(true);
    // Two letters are a name too (Go, R2), and a name may end in a sign (C#, C++).
    expect(namesNewThing(normalize('監視は Go で書いた'), typed)).toBe(true);
    expect(namesNewThing(normalize('監視は C# で書いた'), typed)).toBe(true);
  });

  it('takes no word of the question, no single letter and no kana or kanji as a name', () => {
    expect(namesNewThing(normalize('ログの収集は fluentd のまま'), typed)).toBe(false);
    expect(namesNewThing(normalize('A案とB案を比べた'), typed)).toBe(false);
    expect(namesNewThing(normalize('収集は自前のエージェントで行う'), typed)).toBe(false);
  });

  it('takes no unit after a number, no link and no line naming a person as a name', () => {
    expect(namesNewThing(normalize('ログは毎日10GBある'), typed)).toBe(false);
    expect(namesNewThing(normalize('詳しくは https://example.com/logs/agent'), typed)).toBe(false);
    expect(namesNewThing(normalize('サンプル社 山田さん (@yamada_dev)'), typed)).toBe(false);
    // The same words on a line of their own are names.
    expect(namesNewThing(normalize('サンプル社 山田さん\nagent は Vector'), typed)).toBe(true);
  });

  it('takes a name the question offers to choose from or as a guess as the thing asked', () => {
    const offering = normalize('ログの収集は何使ってる? vector? fluentd?');
    const text = normalize('ログの収集は fluentd のまま');
    expect(namesNewThing(text, offering, ['fluentd', 'vector'])).toBe(true);
    expect(namesNewThing(text, offering, ['vector'])).toBe(false);
    expect(namesNewThing(text, offering)).toBe(false);
    // In katakana too, as a word inside the line.
    const inKatakana = normalize('デプロイは何使ってる? ノマド?');
    expect(namesNewThing(normalize('デプロイはノマドに任せた'), inKatakana, ['ノマド'])).toBe(true);
    expect(namesNewThing(normalize('デプロイは手作業'), inKatakana, ['ノマド'])).toBe(false);
  });
});

describe('namesNewThing, asked which programming language', () => {
  it.each(['ボットは何の言語で書いた?', 'what language is the bot written in?'])(
    'takes only a language as the answer to "%s"',
    (question) => {
      const typed = normalize(question);
      expect(namesNewThing(normalize('ボットは Lambda で動かす'), typed)).toBe(false);
      expect(namesNewThing(normalize('ボットは Python で書いた'), typed)).toBe(true);
      expect(namesNewThing(normalize('Lambda上で C# が使える'), typed)).toBe(true);
      expect(namesNewThing(normalize('設定はjsで書ける'), typed)).toBe(true);
    },
  );

  it('takes a language with its version written on (python3, go1.22)', () => {
    const typed = normalize('what language is the chat bot written in?');
    expect(namesNewThing(normalize('the bot is written in Python3'), typed)).toBe(true);
    expect(namesNewThing(normalize('ボットは Go1.22 で書いた'), typed)).toBe(true);
  });

  it('takes any name when the language asked is one people speak or translate into', () => {
    const typed = normalize('what language were the onboarding docs translated into?');
    expect(namesNewThing(normalize('the docs were translated into Spanish'), typed)).toBe(true);
  });

  it.each([
    'what language was the keynote in?',
    "what language was jo's design patterns session in?",
    'what language is the recording held in',
  ])('takes any name when "%s" asks what language a talk was given in', (question) => {
    const typed = normalize(question);
    expect(namesNewThing(normalize('Language | Level\nEnglish | Intro'), typed)).toBe(true);
  });

  it('still takes only a programming language for a tool written in one', () => {
    const typed = normalize('what language is the session timer written in?');
    expect(namesNewThing(normalize('Language | Level\nEnglish | Intro'), typed)).toBe(false);
    // The code or the demo of a talk is written in a programming language.
    for (const question of [
      'what language is the LT code in?',
      'what language was the session demo in?',
    ])
      expect(
        namesNewThing(normalize('Language | Level\nEnglish | Intro'), normalize(question)),
        question,
      ).toBe(false);
    // "in" must end the question: "inside" is no "in".
    const inside = normalize('what language is the talk demo inside?');
    expect(namesNewThing(normalize('Language | Level\nEnglish | Intro'), inside)).toBe(false);
  });

  it('takes any name when the question asks for another kind of thing', () => {
    expect(namesNewThing(normalize('ボットは Lambda で動かす'), normalize('何のツール?'))).toBe(
      true,
    );
  });
});

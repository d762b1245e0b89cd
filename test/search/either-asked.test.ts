import { describe, expect, it } from 'vitest';
import { alternativesAsked, guessesAsked, hasChoice } from '../../src/search/either-asked.js';
import { normalize } from '../../src/search/normalize.js';

const asked = (question: string) => alternativesAsked(normalize(question));

describe('alternativesAsked', () => {
  it('reads the things an English question asks to choose between', () => {
    expect(asked('Is the hosted plan free or paid?')).toEqual(['free', 'paid']);
    expect(asked('Was it written in C++ or Rust?')).toEqual(['c++', 'rust']);
    // An article before the second choice is read past.
    expect(asked('Do they run one cluster or a fleet?')).toEqual(['cluster', 'fleet']);
    expect(asked('Did they keep Postgres or the managed one?')).toEqual(['postgres', 'managed']);
    expect(asked('Did they pick Kafka or some queue?')).toEqual(['kafka', 'queue']);
  });

  it('reads every choice of a longer list', () => {
    expect(asked('Are alerts sent to Slack or email or PagerDuty?')).toEqual([
      'slack',
      'email',
      'pagerduty',
    ]);
    expect(asked('Do they ship logs, metrics or traces first?')).toEqual([
      'metrics',
      'traces',
      'logs',
    ]);
  });

  it('reads them in Japanese, in any script and spacing', () => {
    expect(asked('GitHub ActionsとJenkins、どっちを使ってる?')).toEqual(['actions', 'jenkins']);
    expect(asked('オンプレかクラウドか、どちらで動かしてる?')).toEqual(['オンプレ', 'クラウド']);
    expect(asked('東京と大阪どっちが速い?')).toEqual(['東京', '大阪']);
    expect(asked('サーバーとブラウザはどっちで描画する?')).toEqual(['サーバ', 'ブラウザ']);
    expect(asked('RedisかMemcachedか どちら?')).toEqual(['redis', 'memcached']);
    expect(asked('オンプレか、クラウドか、どっち?')).toEqual(['オンプレ', 'クラウド']);
    expect(asked('SlackとTeamsのどっちに通知する?')).toEqual(['slack', 'teams']);
  });

  it.each([
    'Is it more or less the same as last year?',
    'Did it work, whether or not the cache was warm?',
    'Does each node need 32 GB of memory or more?',
    'Were the VMs moved one or two at a time?',
    'Does the job run once or twice a day?',
    'Will they move sooner or later?',
    'Did they use a or b?',
    'Which database did they pick?',
    'どっちが速い?',
  ])('finds no choice in "%s"', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it('reads "A or not" as asking whether A: the talk must speak of A', () => {
    expect(asked('Is failover for Redis fast or not?')).toEqual(['fast']);
    expect(asked('Is it more or not?')).toBeUndefined();
  });

  it('reads past a pair that offers no choice to one that does', () => {
    expect(asked('Is it more or less free or paid?')).toEqual(['free', 'paid']);
  });
});

describe('hasChoice', () => {
  it('finds a Latin choice as a whole word only', () => {
    expect(hasChoice(normalize('デプロイ先は EKS'), 'eks')).toBe(true);
    expect(hasChoice(normalize('two weeks later'), 'eks')).toBe(false);
    expect(hasChoice(normalize('eksctl first, then EKS'), 'eks')).toBe(true);
    expect(hasChoice(normalize('eks2 only'), 'eks')).toBe(false);
    expect(hasChoice(normalize('moved to c++ 20'), 'c++')).toBe(true);
  });

  it('finds a choice in kana or kanji anywhere in the text', () => {
    expect(hasChoice(normalize('本番だけクラウドで動かす'), 'クラウド')).toBe(true);
  });
});

describe('guessesAsked', () => {
  const guesses = (question: string) => guessesAsked(normalize(question));

  it('reads the names offered as guesses after the question, each with its question mark', () => {
    expect(guesses('Which CI runs the nightly build? Buildkite?')).toEqual(['buildkite']);
    expect(guesses('What uptime do they promise? 99.95?')).toEqual(['99.95']);
    // In the question's order.
    expect(guesses('what do they ship logs with? vector? fluentbit? logstash?')).toEqual([
      'vector',
      'fluentbit',
      'logstash',
    ]);
    expect(guesses('本番は何で動かしてる？ノマド？')).toEqual(['ノマド']);
    expect(guesses('ECSは結局どっちにしたの？EC2？')).toEqual(['ec2']);
    // A name may end in a sign; stops and marks after it are none of it.
    expect(guesses('which language? C++?')).toEqual(['c++']);
    expect(guesses('which one? Buildkite.?')).toEqual(['buildkite']);
    expect(guesses('which one? Buildkite?!')).toEqual(['buildkite']);
    expect(guesses('which one? Buildkite??')).toEqual(['buildkite']);
  });

  it('reads no guess from a question alone, or from what only asks more', () => {
    expect(guesses('Buildkite?')).toBeUndefined();
    expect(guesses('Which CI runs the nightly build?')).toBeUndefined();
    // Without its question mark, the last word signs the question off.
    expect(guesses('what db do they use? cockroachdb')).toBeUndefined();
    expect(guesses('本番は何で動かしてる? thx')).toBeUndefined();
    // A common word, a question word, a reaction, a request for more, or more than one word.
    expect(guesses('What did the team pick? Right?')).toBeUndefined();
    expect(guesses('Who spoke on Vector? Why?')).toBeUndefined();
    expect(guesses('What was the Vector talk about? Slides?')).toBeUndefined();
    expect(guesses('What was the Vector talk about? link?')).toBeUndefined();
    expect(guesses('What was the Vector talk about? any slides?')).toBeUndefined();
    expect(guesses('What was the Vector talk about? Either?')).toBeUndefined();
    expect(guesses('Vectorの話って何だった？スライド？')).toBeUndefined();
    expect(guesses('Vectorを本番で使ってる？マジ？')).toBeUndefined();
    // A month or a day: a date is the number rules' to judge.
    expect(guesses('Which month did v2 ship? September?')).toBeUndefined();
    // Only the guesses after the question's last part that is no guess.
    expect(guesses('Which one? vector? and why?')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const STORAGE_NIGHT = `# Storage Night #2

## Moving the storage cluster to the new array

* The storage cluster migration was planned by the storage team for the whole cluster
* The migration finished after 14 hours of copying

## Backup drills for the storage cluster

* The storage cluster checklist was reviewed in 2019
`;

// Another night: the talk the question is about says no number; the other talk states a year.
const PLANNING_NIGHT = `# Storage Night #3

## Moving the storage cluster to the new array

* The storage cluster migration was planned to take the whole weekend

## Backup drills for the storage cluster

* The storage cluster migration checklist was reviewed in 2019
`;

const firstSnippets = (answer: Answer) =>
  answer.kind === 'found' ? answer.results.map((r) => `${r.talk}: ${r.snippet}`) : [answer.kind];

describe('a question asking for an amount or a date', () => {
  it('shows the passage of its talk that states one in the first result', () => {
    const service = buildEngine(notesFrom(STORAGE_NIGHT));
    expect(
      firstSnippets(service.ask('How long did the storage cluster migration take?'))[0],
    ).toContain('The migration finished after 14 hours of copying');
  });

  it('has no answer when the talk its words choose states no number, even if another talk does', () => {
    const answer = buildEngine(notesFrom(PLANNING_NIGHT)).ask(
      'How long did the storage cluster migration take?',
    );
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found')
      expect(answer.suggestions[0]).toBe('Moving the storage cluster to the new array');
  });

  it('still answers the same question when its talk states the number', () => {
    const answer = buildEngine(notesFrom(STORAGE_NIGHT)).ask(
      'How long did the storage cluster migration take?',
    );
    expect(answer.kind).toBe('found');
  });

  it('answers from a passage that states the amount in words', () => {
    const inWords = STORAGE_NIGHT.replace(
      'after 14 hours of copying',
      'after two weeks of copying',
    );
    expect(
      firstSnippets(
        buildEngine(notesFrom(inWords)).ask('How long did the storage cluster migration take?'),
      )[0],
    ).toContain('after two weeks of copying');
  });

  it('takes a day glued to a word (2020/9/22GA) for the date it is', () => {
    const service = buildEngine(
      notesFrom(`# Release Night

## Shipping the collection

* The collection shipped to everyone on 2020/9/22GA as planned
* The collection was announced by the release team
`),
    );
    expect(firstSnippets(service.ask('When did the collection ship to everyone?'))[0]).toContain(
      '2020/9/22GA',
    );
  });
});

// A talk that states numbers, none of them in the unit a question may ask for.
const TEAM_NIGHT = `# Platform Night #4

## Running the build farm

* The build farm runs 40 hosts in 3 regions
* The build farm team moved every job to containers
`;

// One word of the question is in the talk's first line; the number asked for is on a line of its own.
const CDN_NIGHT = `# Edge Night #2

## Putting the chat API behind a CDN

### Design

- the CDN edge forwards every request and caches nothing

### Results

- responses went from 440ms -> 180ms
`;

describe('a question asking for an amount, in the talk its words choose', () => {
  const first = (numberPassage: number) => {
    const answer = buildEngine(notesFrom(CDN_NIGHT), {
      profile: scoringProfileFrom({ answer: { numberPassage } }),
    }).ask('How much faster did the chat API get behind the CDN?');
    return answer.kind === 'found' ? answer.results[0]?.snippet : answer.kind;
  };

  it('leads with the passage stating the number over one with more of its words', () => {
    expect(first(2)).toContain('440ms -> 180ms');
  });

  it('leads with the passage with more of its words when stating the number weighs nothing', () => {
    expect(first(1)).not.toContain('440ms');
  });
});

// The line giving the hours comes first; a later line has a rarer word of the question (当日),
// which ranks it far above the others, and a long quote stands between them.
const OPS_DAY = `# Ops Day 2024 参加レポート

## おわりに

Ops Day の運営チームに感謝。10:15〜18:40 と一日がかりでしたが、最後まで飽きずに聞けました。

${'> 昨日の Ops Day 2024 には多くの方にご参加いただきました。協賛企業と登壇者の皆さまに感謝いたします。\n'.repeat(2)}
当日のセッションの様子は別のページにまとめられていますので、あわせてご覧ください。

${'次に開かれるときは、自分たちの運用の話を持っていけるように準備します。\n\n'.repeat(2)}`;

describe('a question asking for a time, whose talk states it on a line far down the ranking', () => {
  // Without the section gathered, the reply's first passage is the one the ranking puts first.
  const first = (numberPassage?: number) => {
    const answer = buildEngine(notesFrom(OPS_DAY), {
      profile: scoringProfileFrom({
        answer: { gatherSection: false, ...(numberPassage !== undefined && { numberPassage }) },
      }),
    }).ask('Ops Day 2024って当日何時から何時までやってた？');
    return answer.kind === 'found' ? answer.results[0]?.snippet : answer.kind;
  };

  it('leads with the line stating it, whatever the rank of the others', () => {
    expect(first()).toContain('10:15〜18:40');
  });

  it('leads with the line of the rarer word when stating it weighs only twice', () => {
    expect(first(2)).toContain('当日のセッション');
    expect(first(2)).not.toContain('10:15');
  });
});

describe('a question naming its meetup by the day it was held', () => {
  const nights = buildEngine(
    notesFrom(
      '---\ndate: 2024-06-04\n---\n# Infra Night\n\n## The demo cluster\n\n- the demo cluster ran on 4 nodes\n',
      '---\ndate: 2024-07-02\n---\n# Infra Night 2\n\n## Alerts\n\n- fewer alerts on the cluster\n',
    ),
  );

  it("takes the day's numbers for no number of its own: the count may be one of them", () => {
    for (const question of [
      'How many nodes did the demo cluster have at the June 4 meetup?',
      'At the meetup on 6/4, how many nodes did the demo cluster have?',
    ]) {
      const answer = nights.ask(question);
      expect(answer.kind === 'found' && answer.results[0]?.snippet, question).toContain('4 nodes');
    }
  });

  it('still takes a number given outside the words naming the meetup as its own', () => {
    expect(nights.ask('How many nodes did the 4 node demo cluster have?').kind).toBe('not-found');
  });
});

describe('a question naming the unit of the amount it asks for', () => {
  const ask = (notes: string, question: string, unitRequired?: boolean) =>
    buildEngine(notesFrom(notes), {
      profile: scoringProfileFrom(unitRequired === undefined ? {} : { answer: { unitRequired } }),
    }).ask(question);

  it('has no answer when its talk states numbers, none in that unit', () => {
    expect(ask(TEAM_NIGHT, 'How many engineers are on the build farm team?').kind).toBe(
      'not-found',
    );
    expect(ask(TEAM_NIGHT, 'build farmのjobは何秒で終わる?').kind).toBe('not-found');
  });

  it('answers when the talk states the amount in that unit', () => {
    const stated = TEAM_NIGHT.replace('moved every job', 'of 12 people moved every job');
    expect(ask(stated, 'How many engineers are on the build farm team?').kind).toBe('found');
  });

  it('takes any number as the answer when the unit rule is off', () => {
    expect(ask(TEAM_NIGHT, 'How many engineers are on the build farm team?', false).kind).toBe(
      'found',
    );
  });

  it('has no answer to "how many" of a thing its talk states no count of', () => {
    expect(ask(TEAM_NIGHT, 'How many containers does the build farm run?').kind).toBe('not-found');
    const counted = TEAM_NIGHT.replace('to containers', 'to 300 containers');
    expect(ask(counted, 'How many containers does the build farm run?').kind).toBe('found');
    const inJapanese = TEAM_NIGHT.replace('to containers', 'to containers (コンテナ300個)');
    expect(ask(inJapanese, 'How many containers does the build farm run?').kind).toBe('found');
  });

  it('has no answer to "which version" when its talk states no version', () => {
    expect(ask(TEAM_NIGHT, 'Which version of the build farm runs the jobs?').kind).toBe(
      'not-found',
    );
    const versioned = TEAM_NIGHT.replace('to containers', 'to containers on runner 2.4');
    expect(ask(versioned, 'Which version of the build farm runs the jobs?').kind).toBe('found');
  });
});

describe('the number must be stated in the talk that answers', () => {
  const engine = buildEngine(
    notesFrom(`# Stream Night #1

## Kafka consumers in practice

- kafka consumers read partitions in a group
- consumer lag is watched on a dashboard

## Kafka brokers on a budget

- we run kafka brokers on spot instances with 6 partitions each

## Thanks

- we meet often, so see you soon
`),
  );

  it("does not take another talk's number for the best talk's", () => {
    expect(engine.ask('How many partitions do the kafka consumers read?')).toMatchObject({
      kind: 'not-found',
      suggestions: ['Kafka consumers in practice', 'Kafka brokers on a budget'],
    });
  });

  it('suggests only talks that share a real word with the question', () => {
    // The last talk shares only a common word ("often") with it.
    expect(engine.ask('How often is the consumer lag checked?')).toEqual({
      kind: 'not-found',
      query: 'How often is the consumer lag checked?',
      suggestions: ['Kafka consumers in practice'],
    });
  });

  it('answers from the talk that states it', () => {
    expect(engine.ask('How many partitions do the kafka brokers run?')).toMatchObject({
      kind: 'found',
      results: [{ talk: 'Kafka brokers on a budget' }],
    });
  });
});

const RACK_NIGHT = `# Rack Night #1

## 検証環境の構成

* 検証用のサーバは40台
* ダッシュボードは 20 枚ほどある

## ネットワーク移行

* ルータの設定を全部見直した。当日はノートPCを5台使った

## ログ基盤

* ログは1週間だけ残す
`;

describe('a question of one thing and 何 with a counter, and nothing else', () => {
  const engine = buildEngine(notesFrom(RACK_NIGHT));

  it.each([
    ['サーバは何台?', 'サーバは40台'],
    ['ダッシュボードって何枚?', 'ダッシュボードは 20 枚'],
    ['ログは何日間残す?', 'ログは1週間'],
  ])('answers "%s" from the sentence that says the count of the thing', (question, line) => {
    const answer = engine.ask(question);
    expect(answer.kind).toBe('found');
    if (answer.kind === 'found') expect(answer.results[0]?.snippet).toContain(line);
  });

  it('reads each sentence of a line: the count of the thing may come after another sentence', () => {
    const later = buildEngine(
      notesFrom(
        RACK_NIGHT.replace('* 検証用のサーバは40台\n', '* 構成を見直した。検証用のサーバは40台\n'),
      ),
    );
    const answer = later.ask('サーバは何台?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('サーバは40台');
  });

  it('has no answer from a count of another thing, in another sentence or line', () => {
    expect(engine.ask('ルータは何台?').kind).toBe('not-found');
    expect(engine.ask('スイッチは何台?').kind).toBe('not-found');
    const unsaid = buildEngine(
      notesFrom(
        RACK_NIGHT.replace(
          '* 検証用のサーバは40台\n',
          '* 検証用のサーバを並べた\n* 40台のPCを借りた\n',
        ),
      ),
    );
    expect(unsaid.ask('サーバは何台?').kind).toBe('not-found');
  });
});

import { describe, expect, it } from 'vitest';
import {
  createMeetupFacts,
  factAsked,
  factText,
  localDate,
} from '../../src/answer/meetup-facts.js';
import { at } from '../../src/at.js';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../src/search/scoring/profile.js';
import { found, talksOf, top } from '../support/answers.js';
import { buildEngine, meetupsFrom, notesFrom } from '../support/engine.js';

// Three meetups in the shape real notes have: the meetup's heading, then its details lines
// (date, venue, hashtag), then its talks. The third has a front-matter date and no details.
const KUMAMOTO_4 = `# Kumamoto.ts #4

2024/03/08 Fri

Higo Hall 3F

hashtag #kumats

## Narrowing types in practice

- type guards keep the checks close to the data
`;
const KUMAMOTO_5 = `# Kumamoto.ts #5

2024/09/13 Fri

Aso Coworking Room B

## Decorators at last

- stage 3 decorators are in the compiler now
`;
const STORAGE_NIGHT = `---
date: 2023-11-20
---
# Storage Night Oita

## 会場案内と受付の流れ

- 受付は入口横で名札を配布

## Object storage on a budget

- erasure coding keeps the overhead near one and a half copies
`;
// A title with "Next" in it, and a meetup whose title words are also a topic of talks.
const NEXTJS = `---
date: 2023-06-01
---
# Next.js Meetup #3

Kumamoto Tech Base

## App router notes

- layouts nest by folder
`;
const KUBERNETES = `---
date: 2024-06-20
---
# Kubernetes Meetup Tokyo #9

Shibuya Hall

## Where kubernetes runs best

- kubernetes is used on bare metal at the edge
`;
const notes = notesFrom(KUMAMOTO_4, KUMAMOTO_5, STORAGE_NIGHT);
const engine = buildEngine(notes);

describe('questions about a meetup itself', () => {
  it('answers where a meetup named by its number was held from its details', () => {
    const result = top(engine.ask('Where was #4 held?'));
    expect(result.talk).toBe('Kumamoto.ts #4');
    expect(result.meetup).toBe('Kumamoto.ts #4');
    expect(result.snippet).toContain('Higo Hall 3F');
    expect(found(engine.ask('Where was #4 held?'))).toHaveLength(1);
  });

  it('takes who hosted the meetup as its venue: the details line says whose room it was', () => {
    expect(top(engine.ask('Which office hosted Kumamoto.ts #4?')).snippet).toContain(
      'Higo Hall 3F',
    );
    expect(factAsked('who is hosting it')).toBe('venue');
    expect(factAsked('which company hosts it')).toBe('venue');
    // A word that only begins like one does not ask where, nor does a title that has it.
    expect(factAsked('which hostname does it use')).toBeUndefined();
    expect(factAsked('when was self-hosted night #1?')).toBe('date');
    expect(factAsked('when was office night #2?')).toBe('date');
    // A talk's date named as what is asked is no meetup's date.
    expect(factAsked('go conference #3 の締め切り日は?')).toBeUndefined();
  });

  it('takes the kind of place asked (which restaurant, どこの会社, どの店舗) as asking where', () => {
    for (const question of [
      'Kumamoto.ts #4 ってどこの会社で開催された?',
      'Kumamoto.ts #4はどの店舗でやった?',
      'Kumamoto.ts #4 was at which restaurant?',
      // The company and then its room: both words ask where (a word the title lacks besides).
      'Kumamoto TypeScript #4の会場ってどこの会社のオフィスだった?',
    ]) {
      expect(top(engine.ask(question)).snippet, question).toContain('Higo Hall 3F');
    }
    // A company that made something is no venue.
    expect(factAsked('what company made the type checker?')).toBeUndefined();
  });

  it('lists first, of meetups the question names alike, the one whose title it meets the most of', () => {
    const series = buildEngine(
      notesFrom(
        '# Edge Night #1\n\n2023/01/10 Tue\n\nHarbor Hall A\n\n## Gateways\n\n- one gateway per site\n',
        '# Edge Night Kyushu Special #1\n\n2024/05/01 Wed\n\nHarbor Hall B\n\n## Sensors\n\n- sensors report hourly\n',
      ),
    );
    const results = found(series.ask('Where was Edge Night #1 held?'));
    expect(results.map((r) => r.meetup)).toEqual(['Edge Night #1', 'Edge Night Kyushu Special #1']);
    expect(results[0]?.snippet).toContain('Harbor Hall A');
  });

  it('takes a meeting, a seminar or a study session, as English says 勉強会, for the meetup', () => {
    const study = buildEngine(
      notesFrom(
        '# 第 7 回 Kumamoto Rust 勉強会\n\n2023/01/10 Tue\n\nHarbor Hall A\n\n## 所有権\n\n- 借用の話\n',
        '# Kumamoto Rust 会議 2024\n\n2024/05/01 Wed\n\nHarbor Hall B\n\n## 非同期\n\n- tokio の話\n',
      ),
    );
    for (const question of [
      'where was the kumamoto rust meeting #7 held?',
      'where was the kumamoto rust seminar #7 held?',
      'where was kumamoto rust study session #7 held?',
    ]) {
      const results = found(study.ask(question));
      expect(results[0]?.meetup, question).toBe('第 7 回 Kumamoto Rust 勉強会');
      expect(results[0]?.snippet, question).toContain('Harbor Hall A');
    }
  });

  it('answers about a regular meeting named by its month, its metadata written as Pelican does', () => {
    const regular = (month: string, room: string) =>
      `---\nTitle: Civic Lab ${month}（定例会）\nDate: 2024-${month} 19:00:00\nCategory: minutes\n---\n\n- 場所: ${room}\n- 司会: 山田\n\n## 地図アプリの進捗\n\n- 避難所の地図を更新した\n`;
    const civic = buildEngine(
      notesFrom(regular('02-14', 'Harbor Hall A'), regular('03-13', 'Library Room 2')),
    );
    for (const question of [
      'where was the Mar 2024 regular meetup held?',
      'where was the monthly meeting of March 2024?',
      '2024年3月の定例会の会場は?',
      '2024/3の例会はどこでやった?',
    ]) {
      const results = found(civic.ask(question));
      expect(
        results.map((r) => r.meetup),
        question,
      ).toEqual(['Civic Lab 03-13（定例会）']);
      expect(results[0]?.snippet, question).toContain('Library Room 2');
    }
  });

  it('answers a Japanese venue question naming the meetup by its title', () => {
    const results = found(engine.ask('Kumamoto.tsの会場はどこ?'));
    expect(results.map((r) => r.meetup)).toEqual(['Kumamoto.ts #5', 'Kumamoto.ts #4']);
    expect(results[0]?.snippet).toContain('Aso Coworking Room B');
    // No details: the notes do not say where, and a talk on the venue's reception is no answer.
    expect(engine.ask('Storage Night Oitaの会場はどこ?')).toEqual({
      kind: 'not-found',
      query: 'Storage Night Oitaの会場はどこ?',
      suggestions: ['Storage Night Oita'],
    });
  });

  it('answers when a meetup took place, adding the date its details do not give', () => {
    const four = top(engine.ask('When did Kumamoto.ts #4 take place?'));
    expect(four.snippet.startsWith('2024/03/08 Fri')).toBe(true);
    const oita = top(engine.ask('Storage Night Oitaはいつ開催された?'));
    expect(oita.talk).toBe('Storage Night Oita');
    expect(oita.snippet).toBe('2023-11-20');
  });

  it('lists every meetup the title words name, newest first', () => {
    const results = found(engine.ask('When was Kumamoto.ts held?'));
    expect(results.map((r) => r.meetup)).toEqual(['Kumamoto.ts #5', 'Kumamoto.ts #4']);
    expect(found(engine.ask('When was Kumamoto.ts held?', { limit: 1 }))).toHaveLength(1);
  });

  it('answers a hashtag only from details that have one', () => {
    expect(top(engine.ask('What was the hashtag of #4?')).snippet).toContain('#kumats');
    expect(top(engine.ask('What hashtag did Kumamoto.ts #4 use?')).snippet).toContain('#kumats');
    expect(talksOf(engine.ask('What was the hashtag of Kumamoto.ts #5?'))).not.toContain(
      'Kumamoto.ts #5',
    );
  });

  it('answers where it was announced with the event page, when the notes link one', () => {
    const announced = buildEngine(
      notesFrom(
        KUMAMOTO_4.replace(
          'hashtag #kumats',
          'hashtag #kumats\n\n[Kumamoto.ts #4 - connpass](https://kumats.connpass.com/event/4/)',
        ),
        KUMAMOTO_5,
      ),
    );
    for (const question of [
      'Where is the connpass page of Kumamoto.ts #4?',
      'Kumamoto.ts #4のconnpassページどこ?',
      'Kumamoto.ts #4のイベントページは?',
      'event page for kumamoto.ts #4?',
    ])
      expect(top(announced.ask(question)).snippet).toContain(
        'https://kumats.connpass.com/event/4/',
      );
    // Asking for its page calls it a meetup: two of its title's six words name it.
    const longTitle = buildEngine(
      notesFrom(
        '# Kumamoto Frontend Night 2024 Summer Special\n\n[page](https://kfn.connpass.com/event/1/)\n\n## Signals\n\n- signals in every framework now\n',
        KUMAMOTO_5,
      ),
    );
    expect(top(longTitle.ask('Frontend Nightのconnpassページどこ?')).snippet).toContain(
      'https://kfn.connpass.com/event/1/',
    );
    // The notes link no page of #5: no answer, the meetup named.
    const none = announced.ask('Where is the connpass page of Kumamoto.ts #5?');
    expect(none).toMatchObject({ kind: 'not-found', suggestions: ['Kumamoto.ts #5'] });
  });

  it('answers how many came only from details that state a headcount', () => {
    const counted = buildEngine(
      notesFrom(KUMAMOTO_4.replace('hashtag #kumats', 'hashtag #kumats\n\n参加者 42名')),
    );
    for (const question of ['How many people came to Kumamoto.ts #4?', '#4は何人参加した?']) {
      expect(top(counted.ask(question)).snippet).toContain('参加者 42名');
    }
    // A headcount spaced from its counter, or in English before other words, counts too.
    for (const stated of ['参加者 42 名', 'about 40 people came']) {
      const spaced = buildEngine(
        notesFrom(KUMAMOTO_4.replace('hashtag #kumats', `hashtag #kumats\n\n${stated}`)),
      );
      expect(top(spaced.ask('How many people came to Kumamoto.ts #4?')).snippet).toContain(stated);
    }
    // A details passage of several lines: the line with the headcount answers.
    const lines = buildEngine(
      notesFrom(KUMAMOTO_4.replace('hashtag #kumats', 'hashtag #kumats\n会場は2F\n参加者 42名')),
    );
    expect(top(lines.ask('#4は何人参加した?')).snippet).toContain('参加者 42名');
    // A count of the speakers is no headcount; beside a word of coming, it is.
    const speakers = buildEngine(
      notesFrom(
        KUMAMOTO_4.replace(
          'hashtag #kumats',
          'hashtag #kumats\n\n3人のエンジニアが登壇したセッション',
        ),
      ),
    );
    expect(speakers.ask('#4は何人参加した?').kind).toBe('not-found');
    const both = buildEngine(
      notesFrom(KUMAMOTO_4.replace('hashtag #kumats', 'hashtag #kumats\n\n登壇者3名、参加者42名')),
    );
    expect(top(both.ask('#4は何人参加した?')).snippet).toContain('参加者42名');
    // Details with a date, a place and a hashtag say nothing of how many came.
    expect(engine.ask('How many attendees did Kumamoto.ts #4 have?')).toEqual({
      kind: 'not-found',
      query: 'How many attendees did Kumamoto.ts #4 have?',
      suggestions: ['Kumamoto.ts #4'],
    });
  });

  it('reads a meetup named as a gathering (〜会) and in romaji', () => {
    const nicknamed = buildEngine(
      notesFrom(
        '# もくもく node-3\n\n2024/05/10\n\nCafe Kumamoto 2F\n\n## 今日やったこと\n\n- ストリームを読んだ\n',
        '# もくもく node-2\n\n2024/04/12\n\n## 今日やったこと\n\n- 権限モデルを試した\n',
      ),
    );
    expect(top(nicknamed.ask('3回目のもくもく会はいつ?')).snippet).toBe(
      '2024/05/10\nCafe Kumamoto 2F',
    );
    expect(top(nicknamed.ask('Where was mokumoku node-3 held?')).talk).toBe('もくもく node-3');
    // Its details give a date only: where it was held is not in the notes.
    expect(nicknamed.ask('Where was mokumoku node-2 held?')).toMatchObject({
      kind: 'not-found',
      suggestions: ['もくもく node-2'],
    });
  });

  it("answers what was presented at a meetup with its talks' titles", () => {
    const four = top(engine.ask('What talks were at #4?'));
    expect([four.talk, four.snippet]).toEqual(['Kumamoto.ts #4', 'Narrowing types in practice']);
    expect(top(engine.ask('Kumamoto.ts #5ではどんな発表があった?')).snippet).toBe(
      'Decorators at last',
    );
    // A topic beside the meetup is a question on a talk, for the ranking.
    expect(top(engine.ask('What was presented about decorators at #5?')).talk).toBe(
      'Decorators at last',
    );
  });

  it('asks which meetup when the question names none of several', () => {
    expect(engine.ask('会場はどこ?')).toEqual({
      kind: 'not-found',
      query: '会場はどこ?',
      suggestions: ['Kumamoto.ts #5', 'Kumamoto.ts #4', 'Storage Night Oita'],
    });
    expect(engine.ask('会場はどこ?', { limit: 1 })).toMatchObject({
      suggestions: ['Kumamoto.ts #5'],
    });
  });

  it('leaves a question with any other word to the ranking', () => {
    const answer = engine.ask('Where were the type guards of #4 kept?');
    expect(top(answer).talk).toBe('Narrowing types in practice');
  });

  it('is off with its profile switch: the ranking takes the venue word to a talk title', () => {
    const off = buildEngine(notes, {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { meetupFacts: false } }),
    });
    const question = 'Kumamoto.ts #5の会場はどこ?';
    expect(talksOf(off.ask(question))).not.toContain('Kumamoto.ts #5');
    expect(top(engine.ask(question)).talk).toBe('Kumamoto.ts #5');
  });

  it('answers "the next meetup" with the first one dated today or later', () => {
    const at = (day: string) => buildEngine(notes, { now: () => new Date(`${day}T12:00:00Z`) });
    expect(top(at('2024-04-01').ask('When is the next meetup?')).meetup).toBe('Kumamoto.ts #5');
    expect(top(at('2024-09-13').ask('次回の勉強会はいつ?')).meetup).toBe('Kumamoto.ts #5');
    expect(at('2025-01-01').ask('When is the next meetup?')).toEqual({
      kind: 'not-found',
      query: 'When is the next meetup?',
      suggestions: ['Kumamoto.ts #5'],
    });
  });
});

describe('createMeetupFacts', () => {
  const meetups = meetupsFrom(KUMAMOTO_4, KUMAMOTO_5, STORAGE_NIGHT, NEXTJS, KUBERNETES);
  const facts = createMeetupFacts(meetups);
  const titles = (question: string, named = new Set<number>(), only = facts) => {
    const fact = only.answer(question, question, named, '2024-01-01');
    return fact?.kind === 'meetups' ? fact.meetups.map((m) => m.title) : fact?.kind;
  };

  it('needs a question word asking for the venue, the date or the hashtag', () => {
    expect(titles('Kumamoto.ts #4')).toBeUndefined();
    expect(factAsked('where was it')).toBe('venue');
    expect(factAsked('what is the address')).toBe('venue');
    expect(factAsked('when did it take place')).toBe('date');
    expect(factAsked('when is it')).toBe('date');
    expect(factAsked('what day was it')).toBe('date');
    expect(factAsked('開催日は')).toBe('date');
    expect(factAsked('何曜日だった')).toBe('date');
    // What it cost to attend, and not a Kubernetes admission controller.
    expect(factAsked('was there an entrance fee')).toBe('fee');
    expect(factAsked('what was the admission charge')).toBe('fee');
    expect(factAsked('what was the ticket price')).toBe('fee');
    expect(factAsked('what were the ticket prices')).toBe('fee');
    expect(factAsked('how much was a ticket')).toBe('fee');
    expect(factAsked('how much were tickets')).toBe('fee');
    expect(factAsked('how much is admission')).toBe('fee');
    // Not the number of tickets a team closed, nor a ticket's size.
    expect(factAsked('how many tickets were closed')).toBeUndefined();
    expect(factAsked('how much work was a ticket on average')).toBeUndefined();
    expect(factAsked('参加費は')).toBe('fee');
    expect(factAsked('入場料はいくら')).toBe('fee');
    expect(factAsked('懇親会の会費は')).toBe('fee');
    // Asked before the headcount, which "attendance" alone asks.
    expect(factAsked('what was the attendance fee')).toBe('fee');
    expect(factAsked('what was the attendance')).toBe('attendance');
    // A membership's yearly or monthly fee is no entry fee.
    expect(factAsked('stripeで年会費を集める')).toBeUndefined();
    expect(factAsked('月会費の管理')).toBeUndefined();
    expect(factAsked('what does the admission controller check')).toBeUndefined();
    // The hour it began is asked apart from its day.
    expect(factAsked('what time did it start')).toBe('time');
    // A talk's subject may be a start time (a cold start's): only "what time" asks the hour.
    expect(factAsked('serverless cold start time')).toBeUndefined();
    expect(factAsked('開始時間は')).toBe('time');
    expect(factAsked('開始時刻は')).toBe('time');
    expect(factAsked('何時から')).toBe('time');
    expect(factAsked('何時開始')).toBe('time');
    expect(factAsked('何時スタート')).toBe('time');
    // Where it was announced: the page, or the event site's name, before "where" asks the venue.
    expect(factAsked('connpassページどこ')).toBe('event page');
    expect(factAsked('connpassのページは')).toBe('event page');
    expect(factAsked('where is the connpass link')).toBe('event page');
    expect(factAsked('connpassのサイトは')).toBe('event page');
    expect(factAsked('connpass ページ')).toBe('event page');
    expect(factAsked('connpassで申し込み')).toBe('event page');
    // The site's name alone asks about the site (Doorkeeper is also a library).
    expect(factAsked('what is connpass')).toBeUndefined();
    expect(factAsked('doorkeeperとは')).toBeUndefined();
    expect(factAsked('参加登録者は何人')).not.toBe('event page');
    expect(factAsked('the doorkeeper page')).toBe('event page');
    expect(factAsked('peatix link')).toBe('event page');
    expect(factAsked('where is the event page')).toBe('event page');
    expect(factAsked('where is the registration form')).toBe('event page');
    expect(factAsked('sign-up link')).toBe('event page');
    expect(factAsked('申し込みページは')).toBe('event page');
    expect(factAsked('申込ページ')).toBe('event page');
    expect(factAsked('参加登録はどこで')).toBe('event page');
    expect(factAsked('告知ページ')).toBe('event page');
    expect(factAsked('an eventual page')).toBeUndefined();
    expect(factAsked('ハッシュタグは')).toBe('hashtag');
    expect(factAsked('what was presented there')).toBe('programme');
    expect(factAsked('どんな発表があった')).toBe('programme');
    expect(factAsked('what did the speaker say')).toBeUndefined();
    expect(factAsked('elsewhere')).toBeUndefined();
    expect(factAsked('when should i use it')).toBeUndefined();
    expect(factAsked('いつも使う')).toBeUndefined();
    expect(factAsked('what happened at devops day')).toBeUndefined();
    expect(factAsked('what time-series db do they keep metrics in')).toBeUndefined();
  });

  it.each([
    ['how many people came', 'attendance'],
    ['how many ppl showed up', 'attendance'],
    ['how many participants were there', 'attendance'],
    ['what was the turnout', 'attendance'],
    ['参加人数は', 'attendance'],
    ['参加者数は', 'attendance'],
    ['何人集まった', 'attendance'],
    ['何人くらい来てた', 'attendance'],
    ['何人ぐらい参加した', 'attendance'],
    ['何人程度集まった', 'attendance'],
    ['何人ほどいた', 'attendance'],
    ['何人くらいで作った', undefined],
    ['how many people use terraform', undefined],
    ['何人でレビューする', undefined],
    ['参加者の層は', undefined],
  ])('reads "%s" as asking for the headcount only when it asks how many came', (q, fact) => {
    expect(factAsked(q)).toBe(fact);
  });

  it('takes the meetups named by number, when the question gives one', () => {
    expect(titles('where was it held', new Set([1]))).toEqual(['Kumamoto.ts #5']);
    expect(titles('where was storage night held', new Set([1]))).toBeUndefined();
  });

  it('names a meetup by its title words, or by being the only one', () => {
    expect(titles('where was storage night oita held')).toEqual(['Storage Night Oita']);
    expect(titles('where was it held')).toBe('which-meetup');
    const alone = createMeetupFacts(meetups.slice(2, 3));
    expect(titles('where was it held', new Set(), alone)).toEqual(['Storage Night Oita']);
  });

  it('takes a common word as naming a meetup only where a title has it', () => {
    // "actually" and "exactly" are in no title: the other words still name the meetup.
    expect(titles('where was storage night oita actually held?')).toEqual(['Storage Night Oita']);
    expect(titles('where exactly was the kubernetes meetup?')).toEqual([
      'Kubernetes Meetup Tokyo #9',
    ]);
    // A word that is no common one still has to be in the title.
    expect(titles('where was storage night oita finally held?')).toBeUndefined();
    // A common word a title has ("ts", of Kumamoto.ts) still says which meetup.
    expect(titles('where was the ts meetup held?')).toEqual(['Kumamoto.ts #5', 'Kumamoto.ts #4']);
  });

  it('takes a title word that is a topic for a meetup only when the question calls it one', () => {
    expect(titles('where is kubernetes used?')).toBeUndefined();
    expect(titles('where does kubernetes run?')).toBeUndefined();
    expect(titles('where was the kubernetes meetup?')).toEqual(['Kubernetes Meetup Tokyo #9']);
    expect(titles('where was kubernetes meetup tokyo?')).toEqual(['Kubernetes Meetup Tokyo #9']);
    // Asking for its talks calls it a meetup: one title word of four is enough then.
    expect(titles('what talks were at kubernetes?')).toEqual(['Kubernetes Meetup Tokyo #9']);
    // Half of the title's words name it without "meetup": storage, night of three.
    expect(titles('where was storage night?')).toEqual(['Storage Night Oita']);
  });

  it('takes 〜会 after kana or Latin letters for "meetup", not 会 of 会社', () => {
    const gathering = createMeetupFacts(
      meetupsFrom('# Edge もくもく Kumamoto #2\n\nHigo Hall\n\n## A talk\n\n- a line\n'),
    );
    const asked = (question: string) =>
      gathering.answer(question, question, new Set(), '2024-01-01')?.kind;
    expect(asked('Edgeもくもく会の会場は?')).toBe('meetups');
    expect(asked('Edge会社の場所は?')).toBeUndefined();
  });

  it('reads the question without the words that named the meetup', () => {
    const asked = (rest: string) =>
      facts.answer('Where was #4 held?', rest, new Set([0]), '2024-01-01');
    expect(asked('where was    held?')?.kind).toBe('meetups');
    expect(asked('where was aso held?')).toBeUndefined();
  });

  it('reads "the next meetup" as a phrase, and lets title words say which one', () => {
    expect(titles('when is the next kumamoto.ts talk on decorators')).toBeUndefined();
    expect(titles('次回の開催はいつ?')).toEqual(['Kumamoto.ts #4']);
    expect(titles('when is the next kubernetes meetup?')).toEqual(['Kubernetes Meetup Tokyo #9']);
    // "Next" in a title is no "next meetup".
    expect(titles('where was next.js meetup #3 held?', new Set([3]))).toEqual([
      'Next.js Meetup #3',
    ]);
    expect(titles('when is the next next.js meetup?')).toBe('none-upcoming');
  });
});

describe('factText', () => {
  const all = meetupsFrom(KUMAMOTO_4, KUMAMOTO_5, STORAGE_NIGHT);
  const [four, five, oita] = [at(all, 0), at(all, 1), at(all, 2)];

  it('gives the details lines, and the date before them only when they lack it', () => {
    expect(factText(four, 'venue')).toBe('2024/03/08 Fri\nHigo Hall 3F\nhashtag #kumats');
    expect(factText(four, 'date')).toBe('2024/03/08 Fri\nHigo Hall 3F\nhashtag #kumats');
    expect(factText(oita, 'date')).toBe('2023-11-20');
    expect(factText(oita, 'venue')).toBeUndefined();
    expect(factText(five, 'hashtag')).toBeUndefined();
  });

  it('gives the event page after the details lines, and nothing when the notes link none', () => {
    const linked = at(
      meetupsFrom(
        '# Night #9\n\n2024/06/20\n\n[Night #9](https://night.connpass.com/event/9/)\n\n## T\n\n- x\n',
      ),
      0,
    );
    expect(factText(linked, 'event page')).toBe(
      '2024/06/20\nNight #9\nhttps://night.connpass.com/event/9/',
    );
    expect(factText(four, 'event page')).toBeUndefined();
  });

  it("gives the place lines under the meetup's headings, after each heading, when its details name none", () => {
    const programme = at(
      meetupsFrom(
        [
          '# Harbor Tech Day 2024',
          '## Programme',
          '### Eve party',
          '- 日時: 2024/07/12 19:00',
          '- 場所: Pier 3 Lounge',
          '### Main day',
          '- 会場：Harbor Hall B',
          '- 参加費: 無料',
          '## Beach cleanup',
          '- 2024/07/14 9:00\n- we met at the pier at nine\n- venue: North Beach',
          '## Log pipeline',
          '- 場所: S3 の専用バケット\n- location: ap-northeast-1',
        ].join('\n\n'),
      ),
      0,
    );
    // Only under a heading that dates its part of the day; the talk's 場所 of its logs is none.
    expect(factText(programme, 'venue')).toBe(
      'Eve party: 場所: Pier 3 Lounge\nBeach cleanup: venue: North Beach',
    );
    const dated = at(
      meetupsFrom('# Day\n\n## Part\n\n- 日時: 2024/07/12\n\n- 会場: Hall\n  - 2F, room 3\n'),
      0,
    );
    expect(factText(dated, 'venue')).toBe('Part: 会場: Hall');
    // A place only spoken of in a talk's notes is no venue, and details that name one win.
    const spoken = at(meetupsFrom('# Night\n\n## Talk\n\n- we moved to the new hall\n'), 0);
    expect(factText(spoken, 'venue')).toBeUndefined();
    const detailed = at(meetupsFrom('# Night\n\nHigo Hall\n\n## Talk\n\n- 場所: Room 2\n'), 0);
    expect(factText(detailed, 'venue')).toBe('Higo Hall');
  });

  it("reads a report's long opening as saying where only in so many words", () => {
    // Seven paragraphs before the first heading: a blog post's opening, not a details block.
    const opening = (where: string) =>
      at(
        meetupsFrom(
          [
            '# Cloud Day 2024 に行ってきた',
            '3日間の出張で、毎晩いろいろな人と話した。',
            'メインはパートナー向けの集まりと本編の2日間だった。',
            `展示ブースもセミナー会場の奥の小さなステージも混んでいた。${where}`,
            '写真多めで全体の感想をまとめます。',
            '新刊が先行発売!',
            'お昼ご飯がおいしかった',
            '夜は交流会',
            '## Day 1',
            '- a line',
            '',
          ].join('\n\n'),
        ),
        0,
      );
    // The word for a venue in passing, and short lines that might be a venue's name: none.
    expect(factText(opening(''), 'venue')).toBeUndefined();
    // Six items are still a details block, where a short line may be the venue's name.
    const six = at(
      meetupsFrom(
        [
          '# Cloud Day',
          '2024/05/10',
          'Minato Lab',
          '#cloudday',
          '19:00',
          '軽食あり',
          'https://example.com/e/1',
          '## T',
          '- x',
          '',
        ].join('\n\n'),
      ),
      0,
    );
    expect(six.details).toHaveLength(6);
    expect(factText(six, 'venue')).toContain('Minato Lab');
    // A details list of more items, each a fact and no sentence of a report, is still one.
    const facts = (venue: string) =>
      at(
        meetupsFrom(
          [
            '# TS Meetup #3',
            '',
            '- 2024/03/08 (Fri)',
            '- 19:00〜21:00',
            `- ${venue}`,
            '- #tsmeetup',
            '- https://ts.connpass.com/event/3/',
            '- 参加費 1000円',
            '- 定員 50名',
            '',
            '## 型の話',
            '',
            '- x',
            '',
          ].join('\n'),
        ),
        0,
      );
    for (const venue of ['Acme Lab', '株式会社ほげ', 'Hosted by Acme Inc.', 'オンライン', 'Zoom'])
      expect(factText(facts(venue), 'venue'), venue).toContain(venue);
    // The venue stated, a place's noun, or a sentence of holding it: the opening is the answer.
    for (const where of [
      '会場は港の国際展示場でした。',
      '港の国際ホールが満員。',
      '今年も港エリアで開催された。',
      '去年と同じく港の会場をお借りした。',
    ])
      expect(factText(opening(where), 'venue'), where).toContain(where);
    // A company or an online room in a report's prose is a sponsor, an employer or a stream as
    // often as the venue.
    for (const where of ['株式会社ほげのみなさんと話した。', '配信もオンラインで見られた。'])
      expect(factText(opening(where), 'venue'), where).toBeUndefined();
  });

  it('reads details as a report only past six items and with half of them or more sentences', () => {
    // Report sentences, then short lines: the venue's bare name is among the short lines.
    const items = (sentences: number, short: number) =>
      at(
        meetupsFrom(
          [
            '# Cloud Day',
            ...[
              '朝から会場前に列ができていました。',
              'お昼はカレーが出ました。',
              '午後は展示を回りました。',
              '夜は懇親会に出ました。',
              '帰りは新幹線でした。',
            ].slice(0, sentences),
            'Minato Lab',
            ...['#cloudday', '19:00', 'https://example.com/e/1', '軽食あり', '定員 50名'].slice(
              0,
              short - 1,
            ),
            '## T',
            '- x',
            '',
          ].join('\n\n'),
        ),
        0,
      );
    // Seven items, four of them sentences: a report, where a bare name is no venue.
    expect(factText(items(4, 3), 'venue')).toBeUndefined();
    // Eight items, four sentences: half is enough.
    expect(factText(items(4, 4), 'venue')).toBeUndefined();
    // Seven items, three sentences: fewer than half, a details block.
    expect(factText(items(3, 4), 'venue')).toContain('Minato Lab');
    // Six items, five of them sentences: no more than a details block has.
    expect(factText(items(5, 1), 'venue')).toContain('Minato Lab');
  });

  it('counts an item as a report sentence when any of its sentences is one', () => {
    const mixed = at(
      meetupsFrom(
        [
          '# Cloud Day',
          ...[
            '朝から会場前に列ができていました。\nAcme',
            'お昼はカレーが出ました。\nBeta',
            '午後は展示を回りました。\nGamma',
            '夜は懇親会に出ました。\nDelta',
          ],
          'Minato Lab',
          '#cloudday',
          '19:00',
          '## T',
          '- x',
          '',
        ].join('\n\n'),
      ),
      0,
    );
    expect(factText(mixed, 'venue')).toBeUndefined();
  });

  it('gives no date for a meetup whose notes state none, though they state a venue', () => {
    const undated = at(meetupsFrom('# Kumamoto.ts #7\n\nHigo Hall\n\n## A talk\n\n- a line\n'), 0);
    expect(factText(undated, 'date')).toBeUndefined();
    expect(factText(undated, 'venue')).toBe('Higo Hall');
  });

  it('takes a date line that goes on with a place as one that may say where', () => {
    const notes = (line: string) =>
      at(meetupsFrom(`# Kumamoto.ts #8\n\n${line}\n\n## A talk\n\n- a line\n`), 0);
    expect(factText(notes('2024/03/08 Fri Higo Hall'), 'venue')).toBe('2024/03/08 Fri Higo Hall');
    expect(factText(notes('2024年3月8日(金) 19:00〜'), 'venue')).toBeUndefined();
    expect(factText(notes('https://example.com/event/8'), 'venue')).toBeUndefined();
  });

  it('takes a hashtag only as a word of its own, in either width', () => {
    const details = (line: string) =>
      at(meetupsFrom(`# Kumamoto.ts #6\n\n${line}\n\n## A talk\n\n- a line\n`), 0);
    expect(
      factText(details('https://example.com/event/1/#participants'), 'hashtag'),
    ).toBeUndefined();
    expect(factText(details('会場 #3 room'), 'hashtag')).toBeUndefined();
    expect(factText(details('ハッシュタグ ＃kumats'), 'hashtag')).toBe('ハッシュタグ ＃kumats');
  });

  it('finds the date in the details however it is separated', () => {
    const undashed = at(
      meetupsFrom(
        `---\ndate: 2024-03-08\n---\n# Kumamoto.ts #4\n\n2024.3.8\n\n## A talk\n\n- a line\n`,
      ),
      0,
    );
    expect(factText(undashed, 'date')).toBe('2024.3.8');
    const other = at(
      meetupsFrom(
        `---\ndate: 2024-03-08\n---\n# Kumamoto.ts #4\n\n2024.3.18 room\n\n## A talk\n\n- a line\n`,
      ),
      0,
    );
    expect(factText(other, 'date')).toBe('2024-03-08\n2024.3.18 room');
  });
});

/** One meetup's notes: an optional front-matter date, its heading, one details line, one talk. */
/** One meetup of a "Kube Night" series: its place and number, a date, `details` lines and one talk. */
const kubeNight = (place: string, n: number, details: string) =>
  `# Kube Night ${place} #${n}\n\n2031/0${n}/10 Sat\n\n${details}\n\n## Talk ${n}\n\n- pods ${n}\n`;

const meetupNotes = (title: string, date?: string, details = 'Higo Hall') =>
  `${date ? `---\ndate: ${date}\n---\n` : ''}# ${title}\n\n${details}\n\n## A talk\n\n- a line\n`;

describe('the reply to a question about a meetup', () => {
  const withNotesLink = `---\ndate: 2024-03-08\nnotes_url: https://notes.example.test/night-1\n---\n# Night #1\n\nHigo Hall\n\n## A talk\n\n- a line\n`;
  const dateOnly = (n: number) =>
    `---\ndate: 2024-0${n}-08\n---\n# Night #${n}\n\n2024/0${n}/08\n\n## Talk ${n}\n\n- line ${n}\n`;

  it('links the notes of a meetup that has them, and carries no notes field for one that has none', () => {
    const engine = buildEngine(notesFrom(withNotesLink, dateOnly(4)));
    expect(top(engine.ask('Where was Night #1 held?'))).toMatchObject({
      talk: 'Night #1',
      snippet: 'Higo Hall',
      links: [],
      notesUrl: 'https://notes.example.test/night-1',
    });
    expect(top(engine.ask('When was Night #4?'))).not.toHaveProperty('notesUrl');
  });

  it('names at most `limit` meetups when none of those asked about states the fact', () => {
    const engine = buildEngine(notesFrom(dateOnly(4), dateOnly(5), dateOnly(6)));
    const answer = engine.ask('Where was night held?', { limit: 2 });
    expect(answer).toEqual({
      kind: 'not-found',
      query: 'Where was night held?',
      suggestions: ['Night #6', 'Night #5'],
    });
  });
});

describe('meetup facts: the next meetup, the only one, half a title', () => {
  const shown = (fact: ReturnType<ReturnType<typeof createMeetupFacts>['answer']>) => {
    if (fact?.kind === 'meetups') return fact.meetups.map((m) => m.title);
    if (fact?.kind === 'none-upcoming') return { none: fact.latest?.title };
    return fact?.kind;
  };
  // In file order: neither newest nor soonest first, and one without a date.
  const series = createMeetupFacts(
    meetupsFrom(
      meetupNotes('Kumamoto.ts #9', '2024-12-01'),
      meetupNotes('Kumamoto.ts #8', '2024-10-01'),
      meetupNotes('Kumamoto.ts #7', '2023-01-01'),
      meetupNotes('Kumamoto.ts #6'),
    ),
  );
  const ask = (question: string, today: string, facts = series) =>
    shown(facts.answer(question, question, new Set(), today));

  it('takes the soonest meetup dated today or later, never a past or undated one', () => {
    expect(ask('when is the next meetup?', '2024-09-01')).toEqual(['Kumamoto.ts #8']);
    expect(ask('次回はいつ?', '2024-09-01')).toEqual(['Kumamoto.ts #8']);
    expect(ask('when is the next meetup?', '2024-10-02')).toEqual(['Kumamoto.ts #9']);
  });

  it('names the latest dated meetup when none is coming, and none when no meetup has a date', () => {
    expect(ask('when is the next meetup?', '2025-01-01')).toEqual({ none: 'Kumamoto.ts #9' });
    const undated = createMeetupFacts(
      meetupsFrom(meetupNotes('Night #1'), meetupNotes('Night #2')),
    );
    expect(ask('when is the next meetup?', '2024-01-01', undated)).toEqual({ none: undefined });
  });

  it('answers nothing about a meetup when the notes have none', () => {
    expect(ask('where was it held?', '2024-01-01', createMeetupFacts([]))).toBeUndefined();
  });

  it('takes exactly half of a title’s words as naming it, and fewer as not', () => {
    const tokyo = createMeetupFacts(
      meetupsFrom(meetupNotes('Kubernetes Meetup Tokyo #9', '2024-06-20', 'Shibuya Hall')),
    );
    expect(ask('where was kubernetes tokyo?', '2024-01-01', tokyo)).toEqual([
      'Kubernetes Meetup Tokyo #9',
    ]);
    expect(ask('where was tokyo?', '2024-01-01', tokyo)).toBeUndefined();
  });

  it('takes the title with every word of the question before one lacking a spare word', () => {
    const series = createMeetupFacts(
      meetupsFrom(
        meetupNotes('Hakata Tech Night', '2024-01-10'),
        meetupNotes('Kumamoto Tech Night', '2024-05-10'),
        meetupNotes('Oita Tech Night', '2024-03-10'),
      ),
    );
    const titles = (question: string) =>
      shown(series.answer(question, question, new Set(), '2024-01-01', undefined, 1));
    // The others lack one word, which the spare word would allow: Hakata's has them all.
    expect(titles('hakata tech nightの会場は?')).toEqual(['Hakata Tech Night']);
    // Lacking one word each, all are named, newest first.
    expect(titles('fukuoka tech nightの会場は?')).toEqual([
      'Kumamoto Tech Night',
      'Oita Tech Night',
      'Hakata Tech Night',
    ]);
  });

  it('takes a venue, a hashtag, a headcount or where it was done asked for as calling it a meetup: fewer of its title’s words will do', () => {
    const night = createMeetupFacts(
      meetupsFrom(meetupNotes('#0 Kumamoto.Edge Lightning Talk Night', '2024-06-20')),
    );
    const named = ['#0 Kumamoto.Edge Lightning Talk Night'];
    // One of its five words: a talk has no venue, hashtag or headcount of its own.
    expect(ask('Kumamoto.Edgeの会場は?', '2024-01-01', night)).toEqual(named);
    expect(ask('what was the venue of kumamoto.edge?', '2024-01-01', night)).toEqual(named);
    expect(ask('kumamoto.edgeのハッシュタグは?', '2024-01-01', night)).toEqual(named);
    expect(ask('how many people came to kumamoto.edge?', '2024-01-01', night)).toEqual(named);
    // Where it was done or carried out (どこでやった, 行われた): said of an event, as held is.
    expect(ask('kumamoto.edgeってどこでやったっけ?', '2024-01-01', night)).toEqual(named);
    expect(ask('kumamoto.edgeはどこでやってた?', '2024-01-01', night)).toEqual(named);
    expect(ask('kumamoto.edgeはどこで行われた?', '2024-01-01', night)).toEqual(named);
    // The weekday is asked as a date: the date line gives it.
    expect(ask('kumamoto.edge lightning talk nightは何曜日にあった?', '2024-01-01', night)).toEqual(
      named,
    );
    // In the present the same words ask how to do a thing: a word of the title is not enough.
    expect(ask('kumamoto.edgeの設定はどこでやる?', '2024-01-01', night)).toBeUndefined();
    expect(ask('kumamoto.edgeの認証はどこで行われる?', '2024-01-01', night)).toBeUndefined();
    // A tag may be a talk's (an image's, git's): only the hashtag is an event's.
    expect(ask('kumamoto.edgeのタグは?', '2024-01-01', night)).toBeUndefined();
    expect(ask('what tags does kumamoto.edge use?', '2024-01-01', night)).toBeUndefined();
    // "Where" alone may ask where a thing is used or shown: half the title is still needed.
    expect(ask('where is kumamoto.edge?', '2024-01-01', night)).toBeUndefined();
    expect(ask('kumamoto.edgeはどこ?', '2024-01-01', night)).toBeUndefined();
  });
});

describe('factText: the programme, hashtags and what may be a venue', () => {
  const one = (notes: string) => at(meetupsFrom(notes), 0);

  it('gives what it cost only from a details line that states a price, or that it was free', () => {
    const fee = (line: string) =>
      factText(one(`# Night #8\n\n2024/06/20\n\n${line}\n\n## T\n\n- x\n`), 'fee');
    const priced = [
      '参加費 1,000円',
      '参加費 千円',
      'Entry 1000 yen',
      'Entry ¥500',
      'Tickets $10',
      'Free entry',
      'Entry: free',
      'Admission fee is free',
      '参加費無料',
      '参加費は無料',
      '無料参加',
    ];
    for (const line of priced) expect(fee(line), line).toBe(`2024/06/20\n${line}`);
    // Free food, or a free-standing word, says nothing of what entry cost.
    const unpriced = [
      'Hall A',
      'Room 1000',
      'freestyle talks',
      'Free pizza',
      'gluten-free',
      'ドリンク無料',
    ];
    for (const line of unpriced) expect(fee(line), line).toBeUndefined();
  });

  it('gives the hour it began only from a details line that states a time of day', () => {
    const timed = one('# Night #5\n\n2024/06/20 Thu 19:00-21:00\n\nHall A\n\n## T\n\n- x\n');
    expect(factText(timed, 'time')).toBe('2024/06/20 Thu 19:00-21:00\nHall A');
    const inKanji = one('# Night #6\n\n2024/06/20 19時から\n\n## T\n\n- x\n');
    expect(factText(inKanji, 'time')).toBe('2024/06/20 19時から');
    const inEnglish = one('# Night #9\n\n2024/06/20, doors 7 pm\n\n## T\n\n- x\n');
    expect(factText(inEnglish, 'time')).toBe('2024/06/20, doors 7 pm');
    // A date alone, a length of time, or numbers that are no time of day, state no hour.
    const unclocked = [
      '2024/06/20 Thu',
      'Room 24:61',
      'ver 1:2345',
      '2024/06/20 25時',
      '懇親会 2時間',
      'Hall 13pm',
    ];
    for (const line of unclocked)
      expect(factText(one(`# Night #7\n\n${line}\n\n## T\n\n- x\n`), 'time'), line).toBeUndefined();
  });

  it('gives the programme as the talks’ titles, a line each, and nothing for a meetup without talks', () => {
    const two = one('# Night #1\n\nHall\n\n## First talk\n\n- x\n\n## Second talk\n\n- y\n');
    expect(factText(two, 'programme')).toBe('First talk\nSecond talk');
    expect(factText(one('# Night #2\n\nHall\n'), 'programme')).toBeUndefined();
  });

  it('gives every details line, a line each, when one has the hashtag', () => {
    const tagged = one('# Night #3\n\nHall A\n\nhashtag #night3\n\n## T\n\n- x\n');
    expect(factText(tagged, 'hashtag')).toBe('Hall A\nhashtag #night3');
  });

  it('takes a line with a link and a place as a venue, and a link alone of either scheme as none', () => {
    const venue = (line: string) =>
      factText(one(meetupNotes('Night #4', undefined, line)), 'venue');
    expect(venue('Higo Hall https://example.com/map')).toBe('Higo Hall https://example.com/map');
    expect(venue('https://example.com/map Higo Hall')).toBe('https://example.com/map Higo Hall');
    expect(venue('http://example.com/event/8')).toBeUndefined();
    expect(venue('https://example.com/event/8')).toBeUndefined();
    // Venues have no form to tell them by: even a one-letter line may be one.
    expect(venue('A')).toBe('A');
  });

  it('takes a link or a picture alone as a venue only when its words name a place', () => {
    const venue = (line: string) =>
      factText(one(meetupNotes('Night #4', undefined, line)), 'venue');
    const media = [
      '[Sign-up page](https://example.com/event/8)',
      '+ [参加登録はこちら](https://example.com/event/8)',
      '![懇親会の写真](/images/party.jpg)',
      '[Sign-up](https://example.com/event/8) ![logo](/images/logo.png)',
      // A picture's caption, even of the place: a photo is no statement of where.
      '![会場の様子](/images/hall.jpg)',
      '[Site map](https://example.com/sitemap.xml)',
      // A thumbnail linked to its larger picture is a picture still.
      '[![会場の様子](/images/hall-s.jpg)](/images/hall.jpg)',
      // Pages about maps, not maps.
      '[イベントの資料](https://github.com/acme/map.js)',
      '[Google Maps APIのドキュメント](https://developers.google.com/maps/documentation)',
    ];
    for (const line of media) expect(venue(line), line).toBeUndefined();
    // A link to a map says where by itself.
    expect(venue('[Sample Lab](https://goo.gl/maps/abc)')).toBe('Sample Lab');
    expect(venue('- [Sample Lab](https://maps.app.goo.gl/abc)')).toBe('Sample Lab');
    expect(venue('[Sample Lab](http://www.google.com/maps/place/x)')).toBe('Sample Lab');
    expect(venue('[Sample Lab](https://www.google.co.jp/maps?q=x)')).toBe('Sample Lab');
    expect(venue('[Sample Lab](https://map.yahoo.co.jp/place?x)')).toBe('Sample Lab');
    expect(venue('[Sample Lab](https://g.page/sample-lab)')).toBe('Sample Lab');
    expect(venue('[Sample Lab](https://www.openstreetmap.org/#map=1/2/3)')).toBe('Sample Lab');
    expect(venue('[Higo Hall](https://example.com/map)')).toBe('Higo Hall');
    expect(venue('- [サンプルビル 3F](https://example.com/map)')).toBe('サンプルビル 3F');
    // A bullet with more under its link is more than the link.
    expect(venue('- [Sign-up page](https://example.com/event/8)\n  - A')).toBe('Sign-up page\nA');
    // A link among words of its own is read as any other line.
    expect(venue('Sign up at [the page](https://example.com/event/8)')).toBe('Sign up at the page');
  });

  it('takes no report sentence as a venue unless it speaks of a place', () => {
    const venue = (line: string) =>
      factText(one(meetupNotes('Night #57', undefined, line)), 'venue');
    const reports = [
      'Night #57 に参加しました。',
      'Night #57 に行ってきたので書き残します。',
      '6/20にNight #57を開催しました',
      'Night #57\nに参加しました。',
      'I went to the fourth night and wrote down what I heard there.',
      '今回は 12Fix の話でした。',
      '12 factor app の話でした。',
      'Night #57 に参加してきました！',
      'Night #57 に参加してきました!',
      'おかげさまで開催10回目を迎えました。',
      'Python 3 f-string の話でした。',
      'スマートな会社の話でした。',
      // A date and the hours, on two lines of one paragraph.
      '2024/01/10 (水)\n19:00〜21:00',
      // What the notes are: a memo, a summary, a report of the evening.
      '[Night #57](https://example.com/e/4) に行ったときのメモ',
      'Night #57 のまとめ',
      // A question the notes answer with a link, past its arrow.
      'Nightとは？→ https://example.com/about',
      'Nightとは? → [https://example.com/about](https://example.com/about)',
      'Nightとは？：https://example.com/about',
      'Night とは? → http://example.com/about',
      'Nightとは? -> https://example.com/about',
      'Nightとは? => https://example.com/about',
      'Nightとは？⇒ https://example.com/about',
      'Nightとは？➡ https://example.com/about',
    ];
    for (const line of reports) expect(venue(line), line).toBeUndefined();
    const places = [
      'サンプル区民センターでした。',
      'サンプル社さんの会場をお借りしました。',
      'サンプル社で Night #57 を開催しました。',
      'サンプル社で行われた Night #57 に参加しました。',
      '梅田サンプルビル 12F での開催でした。',
      '今回は 12F でした。',
      '今回は 3階 でした。',
      'サンプル広場で開催です。',
      'We met in the big hall on the second floor this time.',
      'Higo Hall',
      'Higo Hall, 3F',
      'サンプル社にて Night #57 を開催しました。',
      'Sample社さんのスペースをお借りしました。',
      'サンプル社のセミナールームでした。',
      'オンライン開催でした。',
      'This month we were hosted by Sample Corp at their new space in Shibuya.',
      'Sample Studio, 2-3-4 Chuo-ku, Kumamoto City, Kumamoto 860-0000, Japan.',
      '熊本市中央区サンプル町1-2-3 サンプルスタジオ。',
      // A place's line beside a report sentence in one paragraph.
      '肥後ビジネスプラザ\n今回も満員でした。',
      // A line labelled as the place, even with a link alone after it.
      '場所: https://maps.example/abc',
    ];
    for (const line of places) expect(venue(line), line).toBe(line);
  });

  it('takes no chat about the event as a venue, but a host named with さん and にて', () => {
    const venue = (line: string) =>
      factText(one(meetupNotes('Night #57', undefined, line)), 'venue');
    // Lines that run on in kana, with no word of a place: how the writer feels about the night.
    const chat = [
      '何をするのか: LTでわいわいするのかな',
      '去年は見送ったけど、今年はやっと来られたよ',
      'ゆるく集まりたいなぁｗ',
    ];
    for (const line of chat) expect(venue(line), line).toBeUndefined();
    // A host and "at" end a name's line; a name has no run of kana of its own.
    const hosts = [
      'サンプル社さんにて',
      'Sample Labさまにて',
      'Harbor Hallで',
      'ゆめ広場',
      // A host named in kana before its honorific and "at".
      'さくらさんにて',
      'みどりさんで',
    ];
    for (const line of hosts) expect(venue(line), line).toBe(line);
  });

  it('takes a table of the event facts as saying where when a row is labelled as the place', () => {
    const table =
      '| 項目 | 内容 | 備考 |\n| --- | --- | --- |\n| 会場 | Higo Hall | 3F |\n| ハッシュタグ | #night4 | |';
    expect(factText(one(meetupNotes('Night #4', undefined, table)), 'venue')).toContain(
      'Higo Hall',
    );
    const noPlace =
      '| 項目 | 内容 |\n| --- | --- |\n| 日時 | 2024/02/10 19:00 |\n| ハッシュタグ | #night4 |\n| URL | https://example.com/e/4 |';
    expect(factText(one(meetupNotes('Night #4', undefined, noPlace)), 'venue')).toBeUndefined();
  });
});

describe('localDate', () => {
  it("gives the day in the machine's time zone, not in UTC", () => {
    expect(localDate(new Date(2024, 2, 8, 23, 30))).toBe('2024-03-08');
    expect(localDate(new Date(2024, 11, 31, 0, 5))).toBe('2024-12-31');
  });
});

describe('a meetup named in the question as its title writes it otherwise', () => {
  // Titles in one script, asked about in the other: a loanword in katakana for the title's
  // English, and English for a title in katakana.
  const REGISTRY = `# Container Workshop Sapporo #2

2031/05/10 Sat

Kita Hall 2F

## Mirroring images between registries

- replication rules run every hour
`;
  const SECURITY = `# セキュリティカンファレンス 2031 Sapporo

2031/06/14 Sat

hashtag #odcsap

## 脆弱性診断の自動化

- 毎晩のビルドで依存関係を調べる
- セキュリティの担当が結果を見る
`;
  const named = buildEngine(notesFrom(REGISTRY, SECURITY, KUMAMOTO_4));

  it('finds an English title from its words in katakana', () => {
    const result = top(named.ask('コンテナのワークショップ、会場どこだっけ?'));
    expect(result.meetup).toBe('Container Workshop Sapporo #2');
    expect(result.snippet).toContain('Kita Hall 2F');
  });

  it('finds a katakana title from its words in English, counting a katakana run as one word', () => {
    const result = top(named.ask('what was the hashtag for security conference 2031 sapporo?'));
    expect(result.meetup).toBe('セキュリティカンファレンス 2031 Sapporo');
    expect(result.snippet).toContain('#odcsap');
  });

  it('still needs every word the question adds to be in the title, however written', () => {
    // "Slides" is no word of the title: the question is about a talk's materials, not the venue.
    expect(JSON.stringify(named.ask('コンテナのワークショップの資料ってどこ?'))).not.toContain(
      'Kita Hall 2F',
    );
  });

  it('counts the title words a katakana run meets, however the asker joined them', () => {
    const result = top(named.ask('コンテナワークショップの会場は?'));
    expect(result.meetup).toBe('Container Workshop Sapporo #2');
    expect(result.snippet).toContain('Kita Hall 2F');
  });

  it('needs half of the title’s words, not as many of a katakana word’s bigrams', () => {
    // コンテナ meets one of the title's four words, and どこ alone does not call it a meetup (会場
    // would): no question about that meetup.
    const answer = named.ask('コンテナはどこ?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).not.toContain('Kita Hall 2F');
  });

  it('takes a word only when the title covers all of it, not most of its bigrams', () => {
    // With no spare word, so every word of the question must be the title's.
    const strict = buildEngine(notesFrom(REGISTRY, SECURITY, KUMAMOTO_4), {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { meetupSpareWords: 0 } }),
    });
    const question = 'セキュリティ%カンファレンス 2031 sapporoのハッシュタグは?';
    expect(top(strict.ask(question.replace('%', ''))).snippet).toContain('#odcsap');
    const answer = strict.ask(question.replace('%', 'チェック'));
    expect(answer.kind === 'found' && answer.results[0]?.snippet).not.toContain('#odcsap');
  });

  it('lets a question that calls it a meetup have one word its title lacks, not two', () => {
    expect(top(named.ask('where was the container workshop night held?')).snippet).toContain(
      'Kita Hall 2F',
    );
    const two = named.ask('where was the container workshop night party held?');
    expect(two.kind === 'found' && two.results[0]?.snippet).not.toContain('Kita Hall 2F');
  });

  const KOBE = `# Kobe Tech Meetup #4

2031/05/10 Sat

Port Hall 5F

## Backing up etcd safely

- we store the etcd backups in an object storage bucket
`;
  const YAFU = `# ヤフー Kobe Night #5

2031/06/10 Tue

Harbor Room 2

## Caching at the edge

- the edge keeps responses for a minute
`;
  const kobe = buildEngine(notesFrom(KOBE, YAFU));
  const venueOf = (engine: typeof kobe, question: string) => {
    const answer = engine.ask(question);
    return answer.kind === 'found' ? answer.results[0]?.snippet : answer.kind;
  };

  it('takes a word of the title spelt in the other script as that word when the question gives the number', () => {
    // テックミートアップ spells Tech Meetup in katakana; yahoo spells ヤフー in Latin letters.
    expect(venueOf(kobe, 'kobe テックミートアップ #4の会場は?')).toContain('Port Hall 5F');
    expect(venueOf(kobe, 'where was yahoo japan kobe #5 held?')).toContain('Harbor Room 2');
    // Without the number, or with the rule switched off, two words the title lacks are too many.
    expect(venueOf(kobe, 'where was yahoo japan kobe held?')).not.toContain('Harbor Room 2');
    const off = buildEngine(notesFrom(KOBE, YAFU), {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { meetupNamedByNumber: false } }),
    });
    expect(venueOf(off, 'where was yahoo japan kobe #5 held?')).not.toContain('Harbor Room 2');
  });

  it('finds a meetup named by its initials only while that reading is on', () => {
    const notes = notesFrom(
      `# Cedar Lake Builders #2

2031/02/03 Mon

Lakeside Hall

## Packaging charts

- the charts are kept in one repository
`,
      `# Quiet Forge Night #2

2031/03/03 Mon

Forge Studio

## Packaging images

- the images are signed before they ship
`,
    );
    const on = buildEngine(notes);
    const off = buildEngine(notes, {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { meetupByInitials: false } }),
    });
    expect(venueOf(on, 'where was CLB #2 held?')).toContain('Lakeside Hall');
    expect(venueOf(on, 'where was QF Night #2 held?')).toContain('Forge Studio');
    expect(venueOf(off, 'where was CLB #2 held?')).toBe('not-found');
    expect(venueOf(off, 'where was QF Night #2 held?')).toBe('not-found');
  });

  it('names the series asked about, not another series of that number, when the series has no such meetup', () => {
    const nights = buildEngine(
      notesFrom(
        kubeNight('Osaka', 1, 'Umeda Hall'),
        kubeNight('Osaka', 2, 'Namba Hall'),
        kubeNight('Online', 3, 'the stream'),
      ),
    );
    // Osaka has no third night: the Osaka nights are named, not the online one.
    const answer = nights.ask('when was Kube Night Osaka #3?');
    expect(answer).toEqual({
      kind: 'not-found',
      query: 'when was Kube Night Osaka #3?',
      suggestions: ['Kube Night Osaka #2', 'Kube Night Osaka #1'],
    });
    // A word no series has is still the one word the title may lack.
    expect(venueOf(nights, 'where was the Kube Night party #3?')).toContain('the stream');
    expect(venueOf(nights, 'where was Kube Night Online #3?')).toContain('the stream');
    expect(venueOf(nights, 'where was Kube Night Osaka #2?')).toContain('Namba Hall');
  });

  /** A night's notes, titled as given, dated in month `n`, held at `venue`. */
  const titledNight = (title: string, n: number, venue: string) =>
    `# ${title}\n\n2031/0${n}/10 Sat\n\n${venue}\n\n## Talk ${n}\n\n- pods ${n}\n`;

  it('takes a one-off edition for no series: the meetup of the number keeps the spare word', () => {
    const nights = buildEngine(
      notesFrom(
        titledNight('Kube Night #1', 1, 'Umeda Hall'),
        titledNight('Kube Night #2 LT Special', 2, 'Namba Hall'),
        titledNight('Kube Night #3 Autumn', 3, 'Tenma Hall'),
      ),
    );
    expect(venueOf(nights, 'where was the Kube Night #3 LT?')).toContain('Tenma Hall');
  });

  it('takes the meetup of the number when its title has no word of its own, however other titles read', () => {
    const nights = buildEngine(
      notesFrom(
        titledNight('Kube Night #1', 1, 'Umeda Hall'),
        titledNight('Kube Night #2 LT Special', 2, 'Namba Hall'),
        titledNight('Kube Night #13', 3, 'Tenma Hall'),
        titledNight('Kube Night Online #13', 4, 'the stream'),
      ),
    );
    // "LT" is the one word the thirteenth nights lack, and one of them has no word of its own
    // (a number is none): the question may mean it. "#2 LT Special", with a word of its own,
    // is no series either.
    const venues = JSON.stringify(nights.ask('where was the Kube Night #13 LT?'));
    expect(venues).toContain('Tenma Hall');
    expect(venues).toContain('the stream');
  });

  // One meetup per pair, each named by its number: Kobe is met, "zoom" takes the one spare word,
  // so the question finds the venue only when its katakana word is excused as the title's word.
  const SOUNDS: readonly (readonly [string, string])[] = [
    ['chat', 'チャット'],
    ['cloud', 'クラウド'],
    ['center', 'センター'],
    ['shell', 'シェル'],
    ['photo', 'フォト'],
    ['linux', 'リナックス'],
    ['vue', 'ビュー'],
    ['queue', 'キュー'],
    ['tsunami', 'ツナミ'],
    ['data', 'データ'],
  ];
  // Built in each test, so that a mutant in reading the titles is active while it runs.
  const soundingNights = () =>
    buildEngine(
      notesFrom(
        ...SOUNDS.map(
          ([word], k) =>
            `# Kobe ${word} Night #${k + 10}\n\nRoom ${k + 10}\n\n## A talk\n\n- a point about queues\n`,
        ),
      ),
    );

  it.each(SOUNDS.map(([word, katakana], k) => [word, katakana, k + 10] as const))(
    'takes %s spelt %s as the title word it begins like',
    (_word, katakana, n) => {
      expect(venueOf(soundingNights(), `kobe ${katakana} zoom #${n}の会場は?`)).toContain(
        `Room ${n}`,
      );
    },
  );

  it('takes ch as k and u as yu too: Christmas for クリスマス, Unity for ユニティ', () => {
    const yu = buildEngine(
      notesFrom(
        '# クリスマス Osaka #5\n\nHall 5\n\n## A talk\n\n- a point\n',
        '# ユニティ Osaka #3\n\nHall 3\n\n## A talk\n\n- a point\n',
      ),
    );
    expect(venueOf(yu, 'christmas osaka zoom #5の会場は?')).toContain('Hall 5');
    expect(venueOf(yu, 'unity osaka zoom #3の会場は?')).toContain('Hall 3');
  });

  it('does not take a katakana word beginning with another sound as the title word', () => {
    const sounding = soundingNights();
    // シェル begins like shell, not like chat; データ like data, not like cloud.
    expect(venueOf(sounding, 'kobe シェル zoom #10の会場は?')).not.toContain('Room 10');
    expect(venueOf(sounding, 'kobe データ zoom #11の会場は?')).not.toContain('Room 11');
    expect(venueOf(sounding, 'kobe チャット zoom #13の会場は?')).not.toContain('Room 13');
    expect(venueOf(sounding, 'kobe フォト zoom #11の会場は?')).not.toContain('Room 11');
  });

  it('does not excuse a katakana word its talks use: it is a topic, not the title spelt otherwise', () => {
    const night = buildEngine(
      notesFrom(
        `# Tech Night Osaka #7\n\nUmeda Hall 3\n\n## テスト自動化の話\n\n- テスト環境は毎晩作り直す\n`,
      ),
    );
    // テスト begins like Tech, but the talks speak of it.
    expect(venueOf(night, 'Osaka #7 のテスト zoomはどこ?')).not.toContain('Umeda Hall 3');
    expect(venueOf(night, 'Osaka #7 のテックナイト zoomはどこ?')).toContain('Umeda Hall 3');
  });

  it.each([
    'In #4, where did they store the kobe etcd backups?',
    'kobe #4 の etcd バックアップはどこ?',
    'kobe #4 where etcd backups',
  ])('leaves "%s", with topic words no spelling of the title, to the ranking', (question) => {
    expect(venueOf(kobe, question)).not.toContain('Port Hall 5F');
  });

  it('needs a word of the title besides the number', () => {
    expect(venueOf(kobe, 'テックミートアップ #4の会場は?')).not.toContain('Port Hall 5F');
  });

  it("reads a year in either length: 2031 for a title's '31, and '31 for its 2031 (the spare word taken by another)", () => {
    const short = buildEngine(
      notesFrom(
        `# Cloud Summit '31 Recap Kobe\n\nPort Hall 5F\n\n## Keynote notes\n\n- regions doubled\n`,
      ),
    );
    expect(top(short.ask('Cloud Summit 2031 recap kobe nightの会場は?')).snippet).toContain(
      'Port Hall 5F',
    );
    const long = buildEngine(
      notesFrom(
        `# Cloud Summit 2031 Recap Kobe\n\nPort Hall 5F\n\n## Keynote notes\n\n- regions doubled\n`,
      ),
    );
    expect(
      top(long.ask("where was the cloud summit '31 recap kobe night held?")).snippet,
    ).toContain('Port Hall 5F');
  });

  it('gives no spare word to a question that does not call it a meetup', () => {
    const answer = named.ask('where is the container workshop night?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).not.toContain('Kita Hall 2F');
  });

  it('answers what it cost with no answer, naming the meetup, when its details state no price', () => {
    for (const question of [
      'Kumamoto.ts #4の参加費は?',
      'Was there an entrance fee for Kumamoto.ts #4?',
    ])
      expect(named.ask(question), question).toMatchObject({
        kind: 'not-found',
        suggestions: ['Kumamoto.ts #4'],
      });
  });

  it('leaves a talk about a membership fee or a start time to the ranking', () => {
    const stripe = buildEngine(
      notesFrom(
        '# Stripe Night\n\n2024/06/20\n\nHall A\n\n## 年会費の集め方\n\n- Stripeで年会費を毎年請求する\n\n## Lambda cold start time\n\n- provisioned concurrency keeps the start time low\n',
      ),
    );
    expect(top(stripe.ask('Stripeの年会費は?')).snippet).toContain('年会費を毎年請求');
    expect(top(stripe.ask('stripe start time')).snippet).toContain('provisioned concurrency');
  });

  it('answers the hour it began with no answer, naming the meetup, when its details give a day only', () => {
    const answer = named.ask('What time did Kumamoto.ts #4 start?');
    expect(answer).toMatchObject({ kind: 'not-found', suggestions: ['Kumamoto.ts #4'] });
    expect(top(named.ask('When was Kumamoto.ts #4?')).snippet).toContain('2024/03/08');
  });

  it('reads "the twitter hashtag" as asking for the hashtag', () => {
    expect(top(named.ask("what's the twitter hashtag for Kumamoto.ts #4?")).snippet).toContain(
      '#kumats',
    );
  });
});

describe('a meetup named by where it was held, as its details lines say', () => {
  const GEEKS = `# Geeks Night - Own Product Operations Edition -

2031/03/08 Fri

Acme株式会社さんにて

ハッシュタグ #gn_acme

## Running our own product

- on-call is shared by every team
`;
  const EVE = `# Ruby Eve 2031 - Ramen Party -

2031/04/17 Wed

麺屋 Ichiraku にて

ハッシュタグ #rubyeve

## Lightning talks

- five talks over noodles
`;
  const OTHER = `# Platform Meetup #2

2031/05/01 Thu

Acme株式会社さんにて

ハッシュタグ #platform2

## Internal platforms

- paved roads for every team
`;
  // Built for each question, so that a mutant in reading the details is active while it runs.
  const snippetOf = (question: string) => {
    const answer = buildEngine(notesFrom(GEEKS, EVE, OTHER)).ask(question);
    return answer.kind === 'found' ? answer.results[0]?.snippet : answer.kind;
  };

  it('takes a word of its details beside the words of its title', () => {
    // Two of the title's six words: not half of it, but the host in the details names it.
    expect(snippetOf('Acmeでやった Geeks Night のハッシュタグは?')).toContain('#gn_acme');
  });

  it('counts a word of its details with the title words met towards half the title', () => {
    // Ruby and Eve are two of five title words; the venue makes three, and 打ち上げ is the one
    // word the title may lack.
    expect(snippetOf('Ruby Eveのichirakuでの打ち上げのハッシュタグは?')).toContain('#rubyeve');
  });

  it('puts a meetup whose title has the word before one whose details have it', () => {
    const nights = buildEngine(
      notesFrom(
        kubeNight('福岡', 3, '会場: Engineers Cafe 天神'),
        kubeNight('東京', 4, '会場: Foo Tower 東京\n\n福岡からもオンライン参加可'),
      ),
    );
    const answer = nights.ask('Kube Night 福岡の会場は?');
    expect(answer.kind === 'found' && answer.results.map((r) => r.meetup)).toEqual([
      'Kube Night 福岡 #3',
    ]);
  });

  it('puts a meetup named by its details before one whose title lacks a word', () => {
    const nights = buildEngine(
      notesFrom(
        '# Kube Night Osaka #1\n\nUmeda Hall\n\n## Talk 1\n\n- pods\n',
        '# Kube Night #2\n\n会場: Namba Acme\n\n## Talk 2\n\n- pods\n',
      ),
    );
    const answer = nights.ask('Kube Night Acme の会場は?');
    expect(answer.kind === 'found' && answer.results.map((r) => r.meetup)).toEqual([
      'Kube Night #2',
    ]);
  });

  it('takes no company form, number or date of the details as a name', () => {
    const kube = (n: number, details: string) =>
      `# Kube Night #${n}\n\n${details}\n\n## Talk ${n}\n\n- pods ${n}\n`;
    const nights = buildEngine(
      notesFrom(
        kube(3, '2031/03/10 Sat\n\n会場: 株式会社Acme'),
        kube(4, '会場: ノースウィンドラボ'),
      ),
    );
    expect(JSON.stringify(nights.ask('株式会社ヌーラボでやったKube Nightの会場は?'))).not.toContain(
      '株式会社Acme',
    );
    expect(JSON.stringify(nights.ask('2031/03/11のKube Night LTの会場は?'))).not.toContain(
      '株式会社Acme',
    );
    // The day it was held names it, as its date, not as a word of its details.
    expect(JSON.stringify(nights.ask('2031/03/10のKube Night LTの会場は?'))).toContain(
      '株式会社Acme',
    );
  });

  it('does not name a meetup by its details alone: a host holds many meetups', () => {
    const short = buildEngine(
      notesFrom(
        GEEKS,
        OTHER,
        '# Infra Night\n\nAcme株式会社さんにて\n\nハッシュタグ #infra\n\n## Talk\n\n- a line\n',
      ),
    );
    const answer = JSON.stringify(short.ask('Acmeでやったイベントのハッシュタグは?'));
    for (const tag of ['#gn_acme', '#platform2', '#infra']) expect(answer).not.toContain(tag);
  });
});

describe('the titles a question names, looked up by their terms', () => {
  // Each test reads its own titles, so a mutant in reading them is active when it runs.
  const facts = () =>
    createMeetupFacts(
      meetupsFrom(
        '# もくもく会 #3\n\nHall A\n\n## Talk\n\n- a\n',
        "# Go Night '31\n\nHall B\n\n## Talk\n\n- b\n",
        // Seven more, so that Kobe's is the eleventh: its number sorts before Nara's as text.
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => `# Tokyo Talks #${n}\n\nHall T\n\n## Talk\n\n- t\n`),
        '# Nara Night\n\nHall C\n\n## Talk\n\n- c\n',
        '# Kobe Night\n\nHall D\n\n## Talk\n\n- d\n',
        '# ★★★\n\nHall E\n\n## Talk\n\n- e\n',
        '# 🎉\n\nHall F\n\n## Talk\n\n- f\n',
      ),
    );
  const titles = (question: string, spare = 0) => {
    const fact = facts().answer(question, question, new Set(), '2024-01-01', undefined, spare);
    return fact?.kind === 'meetups' ? fact.meetups.map((m) => m.title) : fact?.kind;
  };

  it('finds a title by any spelling of a word: kana for romaji, a year in its other length', () => {
    expect(titles('where was mokumoku held?')).toEqual(['もくもく会 #3']);
    // The year alone names it: no other word of the question is in a title.
    expect(titles('where was the 2031 meetup held?')).toEqual(["Go Night '31"]);
  });

  it('keeps the meetups’ order among titles lacking as many words, whichever word comes first', () => {
    // Neither has both words; with one spare word each is named, undated, in the notes' order.
    expect(titles('where was the nara kobe meetup held?', 1)).toEqual(['Nara Night', 'Kobe Night']);
    expect(titles('where was the kobe nara meetup held?', 1)).toEqual(['Nara Night', 'Kobe Night']);
  });

  it('names a title with no word at all when a question calling it a meetup may lack its words', () => {
    // Half of no words is met; the titles with words meet none of the question's.
    expect(titles('where was the osaka meetup held?', 1)).toEqual(['★★★', '🎉']);
    expect(titles('where was the osaka meetup held?')).toBeUndefined();
    expect(titles('where was the nara meetup held?', 1)).toEqual(['Nara Night']);
  });
});

describe("a meetup's recording", () => {
  // A meetup linking its own recordings among its details (and a talk's video), one whose second
  // talk links its video, one with only slides of its own.
  const RECORDED = `# Trace Talks Online #2

2024/05/16 Thu

録画(前半): https://www.youtube.com/watch?v=trace2a

録画(後半): https://www.youtube.com/watch?v=trace2b

資料: https://speakerdeck.com/trace/online-2

## Sampling at the edge

- tail sampling keeps the slow requests
- demo video: https://www.youtube.com/watch?v=sampling
`;
  const TALK_VIDEO = `# Trace Talks Online #3

2024/06/20 Thu

Venue: Beacon Hall

## Span links

- a batch job links the spans it consumed

## Exemplars

- slides: https://speakerdeck.com/trace/exemplars
- video: https://www.youtube.com/watch?v=exemplars
- exemplars link a metric to one trace
`;
  // A series none of whose meetups links a recording of its own; one talk of one links its video.
  const SPAN_NIGHT_1 = `# Span Night #1

2024/02/01 Thu

## Span events

- slides: https://speakerdeck.com/span/events
- recording: https://www.youtube.com/watch?v=spanevents
- events mark the moments inside a span
`;
  const SPAN_NIGHT_2 = `# Span Night #2

2024/03/01 Fri

## Span kinds

- slides: https://speakerdeck.com/span/kinds
- a server span starts where a client span ends
`;
  const SLIDES_ONLY = `# Trace Talks Online #4

2024/07/18 Thu

資料: https://speakerdeck.com/trace/online-4

## Baggage

- baggage carries the tenant across services
- slides: https://speakerdeck.com/trace/baggage
- 録画は来週アップロード予定
`;
  // A meetup whose title has a recording word, with its own recording and a venue.
  const VIDEO_TECH = `# Video Tech Meetup #3

2024/08/22 Thu

Venue: Lumen Studio

Recording: https://www.youtube.com/watch?v=vt3

## Codecs

- AV1 saves bandwidth at the cost of encoding time
`;
  const traces = buildEngine(
    notesFrom(RECORDED, TALK_VIDEO, SLIDES_ONLY, SPAN_NIGHT_1, SPAN_NIGHT_2, VIDEO_TECH),
  );
  const LABELLED = [
    '録画(前半): https://www.youtube.com/watch?v=trace2a',
    '録画(後半): https://www.youtube.com/watch?v=trace2b',
  ].join('\n');
  const VIDEOS = [
    { kind: 'video', url: 'https://www.youtube.com/watch?v=trace2a' },
    { kind: 'video', url: 'https://www.youtube.com/watch?v=trace2b' },
  ];

  it.each([
    'Is there a recording of Trace Talks Online #2?',
    'trace talks online #2 recording? link pls',
    'any videos of trace talks online #2?',
    'Trace Talks Online #2のアーカイブある?',
    'Was Trace Talks Online #2 recorded?',
    'Trace Talks Online #2の録画ある?',
    'Trace Talks Online #2の動画のリンクは?',
  ])('"%s" is answered with the meetup\'s own video links, before its talk\'s', (question) => {
    const first = top(traces.ask(question));
    expect(first.talk).toBe('Trace Talks Online #2');
    expect(first.snippet).toBe(LABELLED);
    expect(first.links).toEqual(VIDEOS);
  });

  it.each([
    'Is there a recording of Trace Talks Online? link pls',
    'Trace Talks Onlineの録画のリンクある?',
    'any recording or video of Trace Talks Online? a link or url pls',
    // Watching it is how a recording is asked for, not a word naming something else.
    'Trace Talks Online の録画ってどこで見れる?',
    'where can I watch the recording of Trace Talks Online?',
    'Trace Talks Onlineのアーカイブは視聴できる?',
  ])('"%s" names the meetups of a series by their own recordings only', (question) => {
    expect(found(traces.ask(question)).map((r) => [r.talk, r.snippet])).toEqual([
      ['Trace Talks Online #2', LABELLED],
    ]);
  });

  it.each([
    [
      '当日の録画 https://www.youtube.com/watch?v=trace9',
      '当日の録画 https://www.youtube.com/watch?v=trace9',
    ],
    [
      '[当日の録画](https://www.youtube.com/watch?v=trace9)',
      'https://www.youtube.com/watch?v=trace9',
    ],
  ])(
    'gives the details line that holds the video, or the link when none writes it: %s',
    (line, snippet) => {
      const listed = buildEngine(
        notesFrom(
          `# Trace Talks Online #9\n\n2024/10/10 Thu\n\n${line}\n\n## Sampling\n\n- head sampling\n\n## Baggage\n\n- tenants\n`,
        ),
      );
      const first = top(listed.ask('Trace Talks Online #9の録画ある?'));
      expect(first.talk).toBe('Trace Talks Online #9');
      expect(first.snippet).toBe(snippet);
    },
  );

  it("leaves a meetup without a video of its own to its talks' videos", () => {
    const first = top(traces.ask('Is there a recording of Trace Talks Online #3?'));
    expect(first.talk).toBe('Exemplars');
    expect(first.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/trace/exemplars' },
      { kind: 'video', url: 'https://www.youtube.com/watch?v=exemplars' },
    ]);
  });

  it("leaves a series none of whose meetups has a video of its own to its talks' videos", () => {
    expect(top(traces.ask('Is there a recording of Span Night?')).talk).toBe('Span events');
  });

  it('still answers its other facts from the details when a talk has a video', () => {
    expect(top(traces.ask('Where was Trace Talks Online #3 held?')).snippet).toContain(
      'Beacon Hall',
    );
  });

  it('leaves a meetup with no video link of its own to what its talks say (slides are none)', () => {
    expect(top(traces.ask('Trace Talks Online #4の録画ある?')).snippet).toContain(
      '録画は来週アップロード予定',
    );
  });

  it("reads a recording word of a meetup's title as its name, not as a question for its video", () => {
    expect(top(traces.ask('Where was Video Tech Meetup #3 held?')).snippet).toContain(
      'Lumen Studio',
    );
    expect(top(traces.ask('When was Video Tech Meetup #3?')).snippet).toContain('2024/08/22');
    expect(top(traces.ask('Is there a recording of Video Tech Meetup #3?')).snippet).toBe(
      'Recording: https://www.youtube.com/watch?v=vt3',
    );
  });

  it('gives a fact of the meetup with all its own links, its recording with its videos only', () => {
    expect(top(traces.ask('When was Trace Talks Online #2?')).links).toEqual([
      ...VIDEOS,
      { kind: 'slides', url: 'https://speakerdeck.com/trace/online-2' },
    ]);
    expect(top(traces.ask('Trace Talks Online #2の録画ある?')).links).toEqual(VIDEOS);
  });

  it('is no fact question when other words ask about a talk', () => {
    expect(top(traces.ask('Trace Talks Online #2の動画でtail samplingは何を残すって?')).talk).toBe(
      'Sampling at the edge',
    );
  });
});

describe('namedByTitle: the meetups a question about their talks names by its title', () => {
  const titled = (...titles: string[]) =>
    createMeetupFacts(meetupsFrom(...titles.map((t) => `# ${t}\n\n## Keynote\n\n- talk\n`)));
  const editions = titled(
    'GopherCon Porto 2031 report',
    'GopherCon Lisbon 2031 report',
    'GopherCon Madrid 2031 report',
    'GopherCon Braga 2031 report',
    'Security Workshop',
    'Gopher Faro Evora 2019',
    'Gopher Faro Evora 2022',
    'Rust Nights Porto',
  );
  const named = (question: string) => [...editions.namedByTitle(question)];

  it('names the meetup whose title has more than half of the words, two of them names', () => {
    expect(named('the keynote at gophercon porto 2031')).toEqual([0]);
    expect(named('the keynote at gophercon lisbon 2031 report')).toEqual([1]);
    // Half of four words is not more than half.
    expect(named('the keynote at gophercon porto')).toEqual([]);
  });

  it('needs a name of few titles: the series alone names none', () => {
    // gophercon is in four titles of eight: more than a quarter.
    expect(named('gophercon 2031 report keynote')).toEqual([]);
    // One topic word and a word of any event's title: no meetup.
    expect(named('security workshop tips')).toEqual([]);
  });

  it('reads a number as typed: 19 meets no title of 2019', () => {
    // Two of four words, and 19: more than half only if 19 were read as 2019.
    expect(named('gopher faro 2019 memory')).toEqual([5]);
    expect(named('gopher faro 19 memory')).toEqual([]);
    expect(named('go 1.19 at gopher faro')).toEqual([]);
  });

  it('takes no name of more titles than few, though the question meets two of them', () => {
    const series = titled(
      'Alpha Beta One',
      'Alpha Beta Two',
      'Alpha Beta Three',
      'Gamma Kobe',
      'Gamma Nara',
      'Delta Kobe',
      'Delta Nara',
      'Epsilon Kobe',
    );
    expect([...series.namedByTitle('alpha beta keynote')]).toEqual([]);
    expect([...series.namedByTitle('alpha beta two keynote')]).toEqual([1]);
  });

  it('holds a name to at most three titles, and to one of few meetups', () => {
    // porto is in two titles: rare among eight meetups (up to two).
    expect(named('rust nights porto')).toEqual([7]);
    const few = titled('Alpha Night Kobe', 'Alpha Night Nara');
    // Of two meetups a name of one title is rare, of both not.
    expect([...few.namedByTitle('alpha night kobe')]).toEqual([0]);
    expect([...few.namedByTitle('alpha night')]).toEqual([]);
  });
});

describe('a fee the details do not state', () => {
  const notes = notesFrom(
    `# Edge Night #2

2031/05/10

## イベントについて

- 参加費は1,500円(軽食つき)
- 定員は40名

## Rust入門

- 所有権の話
`,
    `# Edge Night #3

2031/06/14

## 振り返り

- 懇親会は2,000円だった
`,
  );

  it('is looked for in the talks of the meetup asked about, as an amount of money', () => {
    const engine = buildEngine(notes);
    expect(top(engine.ask('How much was a ticket for Edge Night #2?')).snippet).toContain(
      '参加費は1,500円',
    );
    expect(top(engine.ask('Edge Night #2の参加費は?')).snippet).toContain('1,500円');
  });

  it("is not another meetup's, nor a passage stating no money", () => {
    const engine = buildEngine(notes);
    // #3 states no fee (its party's price is none); #2's is not #3's.
    const third = engine.ask('How much was a ticket for Edge Night #3?');
    expect(third.kind).toBe('not-found');
    expect(third.kind === 'not-found' && third.suggestions).toEqual(['Edge Night #3']);
    // The fee and the money on two lines of one passage: the money is another thing's.
    const apart = buildEngine(
      notesFrom(`# Edge Night #5

## 案内

- 参加費の払い方が変わる
- 懇親会は2,000円
`),
    );
    expect(apart.ask('How much was a ticket for Edge Night #5?').kind).toBe('not-found');
    // A ticket or a fee of something else, a party's fee: no entry fee.
    const others = buildEngine(
      notesFrom(`# Edge Night #6

## 旅

- 航空券のチケット価格は平均 $300 くらい
- AWS fees: $1,200
- 懇親会費は3,000円でした
`),
    );
    for (const question of ['Edge Night #6の参加費はいくら?', 'Edge Night #6の会費はいくら?'])
      expect(others.ask(question).kind, question).toBe('not-found');
  });

  it('is stated as free or after a colon as well as a price', () => {
    const engine = buildEngine(
      notesFrom(
        '# Edge Night #7\n\n## 案内\n\n- 参加費は無料でした\n',
        '# Edge Night #8\n\n## 案内\n\n- 参加費：1,000円\n',
      ),
    );
    expect(top(engine.ask('Edge Night #7の参加費はいくら?')).snippet).toContain('無料');
    expect(top(engine.ask('How much was a ticket at Edge Night #7?')).snippet).toContain('無料');
    expect(top(engine.ask('Edge Night #8の参加費はいくら?')).snippet).toContain('1,000円');
    // One line of a passage of several states it.
    const nested = buildEngine(
      notesFrom('# Edge Night #9\n\n## 案内\n\n- 開催概要\n  - 参加費は800円\n  - 定員は40名\n'),
    );
    expect(top(nested.ask('Edge Night #9の参加費はいくら?')).snippet).toContain('800円');
  });

  it("is the details' when they state it, whatever a talk says", () => {
    const both = notesFrom(`# Edge Night #4

参加費: 500円

## 振り返り

- 参加費は来年から1,000円になる
`);
    const answer = top(buildEngine(both).ask('How much was a ticket for Edge Night #4?'));
    expect(answer.talk).toBe('Edge Night #4');
    expect(answer.snippet).toContain('500円');
  });

  it('has no answer with the switch off', () => {
    const off = buildEngine(notes, {
      profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { feeInTalks: false } }),
    });
    expect(off.ask('How much was a ticket for Edge Night #2?').kind).toBe('not-found');
  });
});

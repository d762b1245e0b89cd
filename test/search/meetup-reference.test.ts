import { describe, expect, it } from 'vitest';
import {
  findMeetupReference,
  meetupFactsOf,
  meetupNumbers,
  titleInitials,
  withoutMeetupNumbers,
} from '../../src/search/meetup-reference.js';

/** Facts read once (numbers precomputed), as an index build does. */
const FACTS = meetupFactsOf([
  { title: 'Go Meetup #12', date: '2023-11-02' },
  { title: 'Serverless Night Vol.3', date: '2024-04-18' },
  { title: 'node-2 もくもく会' },
]);
const FACTS_NOW = new Date('2024-06-01T00:00:00Z');
const named = (question: string) => [...findMeetupReference(question, FACTS, FACTS_NOW).preferred];

/** Bare titles and dates: the numbers are read from the titles on each question. */
const MEETUPS = [
  { title: 'Ops Night #3', date: '2023-11-20' },
  { title: 'Ops Night 第4回', date: '2024-02-06' },
  { title: 'Tanzu vol.7' },
  { title: 'Cloud meetup-12', date: '2024-06-01' },
];
const NOW = new Date('2024-08-01T00:00:00Z');
const find = (question: string, meetups = MEETUPS) => findMeetupReference(question, meetups, NOW);
const preferred = (question: string, meetups = MEETUPS) => [...find(question, meetups).preferred];

describe('meetupNumbers', () => {
  it('reads the number a title gives a meetup however it is written', () => {
    expect([...meetupNumbers('Go Meetup #012')]).toEqual([12]);
    expect([...meetupNumbers('第3回 勉強会')]).toEqual([3]);
    expect([...meetupNumbers('3回目')]).toEqual([3]);
    expect([...meetupNumbers('Serverless Night vol. 3')]).toEqual([3]);
    expect([...meetupNumbers('node-2')]).toEqual([2]);
    expect([...meetupNumbers('Ansible 2.10')]).toEqual([]);
  });
});

describe('findMeetupReference', () => {
  it('names the meetups whose number the question gives', () => {
    expect(named('#12のLT')).toEqual([0]);
    expect(named('第3回の資料')).toEqual([1]);
    expect(named('node-2で話したこと')).toEqual([2]);
  });

  it('finds a meetup by its number however it is written', () => {
    for (const q of ['#3 の話', '# 03 octant', '第3回の資料', '3回目', '＃３']) {
      expect(preferred(q), q).toEqual([0]);
    }
    for (const q of ['#4', '第4回', '4回目の話', 'vol.4', 'vol 4', 'no.4', 'vol.4 の資料']) {
      expect(preferred(q), q).toEqual([1]);
    }
    expect(preferred('#7')).toEqual([2]);
    expect(preferred('meetup-12 slides')).toEqual([3]);
  });

  it('finds every meetup that has the number', () => {
    expect(preferred('#3', [...MEETUPS, { title: 'Another series #3' }])).toEqual([0, 4]);
  });

  it('finds a meetup by its number written as an ordinal before a word for the meetup', () => {
    const series = [
      { title: 'Ops Night #1' },
      { title: 'Ops Night #2' },
      { title: 'Ops Night #3' },
      { title: 'Ops Night #10' },
    ];
    const cases: [string, number][] = [
      ['Where was the very first Ops Night meetup held?', 0],
      ['what did the second event cover?', 1],
      ['slides from the 3rd ops night one', 2],
      ['the tenth edition', 3],
      ['初回の会場は?', 0],
      ['最初の勉強会はどこ?', 0],
      ['第二回の会場は?', 1],
      ['三回目は何人?', 2],
      ['第十回のスライド', 3],
      ['最初の回の会場は?', 0],
    ];
    for (const [question, index] of cases)
      expect(preferred(question, series), question).toEqual([index]);
    // "first" alone asks when something first happened; no meetup is named. "the first
    // session" or "talk" is a meetup's first talk, even with the meetup named after it.
    for (const question of [
      'When did Ops first ship?',
      'the first talk',
      'the first session',
      'first of all, 最初に',
      'Who gave the first talk at the meetup?',
      'What did the first case study show at the event?',
      'What should I bring to my first meetup?',
      'Which was the second one?',
      '最初の発表で紹介された会社はどこ?',
      '最初の質問への回答は?',
      '最初の機会は?',
    ])
      expect(preferred(question, series), question).toEqual([]);
    // The ordinal is blanked, the rest kept in place.
    expect(find('the second event venue', series).rest).toBe('the        event venue');
  });

  it('reads kanji numerals up to 99 in an ordinal, in a question and in a title', () => {
    const series = Array.from({ length: 25 }, (_, i) => ({ title: `Ops Night #${i + 1}` }));
    const cases: [string, number][] = [
      ['二十回目の会場は?', 20],
      ['十一回目のスライド', 11],
      ['第二十三回の会場は?', 23],
      ['第九回', 9],
    ];
    for (const [question, number] of cases)
      expect(preferred(question, series), question).toEqual([number - 1]);
    // A numeral that goes on (百, 千) is no ordinal of these.
    expect(preferred('百回目の会場は?', series)).toEqual([]);
    expect([...meetupNumbers('第二回 Go勉強会')]).toEqual([2]);
    expect([...meetupNumbers('Go勉強会 十二回目')]).toEqual([12]);
    expect(
      preferred('第2回の会場は?', [{ title: 'Go勉強会' }, { title: '第二回 Go勉強会' }]),
    ).toEqual([1]);
  });

  it('names nothing with a number no meetup has, and keeps it in the question', () => {
    expect(named('#7のLT')).toEqual([]);
    expect(find('3 nodes')).toEqual({ preferred: new Set(), rest: '3 nodes' });
    expect(find('#5 octant')).toEqual({ preferred: new Set(), rest: '#5 octant' });
  });

  it('blanks the words that named a meetup and keeps the rest where it was', () => {
    expect(findMeetupReference('最新の勉強会のLT', FACTS, FACTS_NOW).rest.trim()).toBe(
      'の勉強会のlt',
    );
    expect(find('#3 octant').rest).toBe('   octant');
    expect(find('第4回 octant').rest).toBe('    octant');
  });

  it('reads the initials of a title, a word in camel case giving one per part', () => {
    expect(titleInitials('StorageNight Days Sapporo 2031')).toBe('snds');
    expect(titleInitials('Edge COMPUTING Kumamoto #2')).toBe('eck');
    expect(titleInitials('[Cloud] Dev Sendai.rb #1')).toBe('cdsr');
    expect(titleInitials('札幌 Storage Night')).toBe('sn');
  });

  it('finds a meetup by an acronym of its title, with its number when it has one', () => {
    const series = [
      { title: 'StorageNight Days Sapporo 2031' },
      { title: 'Storage Night Days Sapporo Meetup' },
      { title: 'Edge Computing Kumamoto #1' },
      { title: 'Edge Computing Kumamoto #2' },
      { title: 'Platform Night #2' },
    ];
    // A prefix of the initials names a title whose initials go on.
    expect(preferred('what was the SNDS keynote about?', series)).toEqual([0, 1]);
    expect(find('SNDS2031のkeynote', series).rest).toBe('    2031のkeynote');
    // With a number, the meetup of that series with that number (not every second meetup).
    expect(preferred('ECK#2の会場は?', series)).toEqual([3]);
    expect(preferred('#2の会場は?', series)).toEqual([3, 4]);
    // Full-width capitals are read as ASCII ones.
    expect(preferred('ＳＮＤＳのkeynote', series)).toEqual([0, 1]);
    // Lower case, two capitals or seven, capitals inside a word, or one no title begins with: no
    // acronym.
    expect(preferred('what was the snds keynote about?', series)).toEqual([]);
    expect(preferred('the EC talk', series)).toEqual([]);
    expect(preferred('the SNDSABC talk', series)).toEqual([]);
    expect(preferred('the xSNDS talk', series)).toEqual([]);
    expect(preferred('the SNDSx talk', series)).toEqual([]);
    expect(preferred('the XYZ talk', series)).toEqual([]);
    // An acronym that names no meetup stays a word of the question.
    expect(find('the XYZ talk', series).rest).toBe('the xyz talk');
    // Only the acronym is taken out of the question, not a word it begins.
    expect(find('SNDS and sndsx', series).rest).toBe('     and sndsx');
  });

  it('finds a meetup by its first words shortened to their initials and the next word', () => {
    const series = [
      { title: 'StorageNight Days Sapporo 2031' },
      { title: 'Storage Night Days Sapporo Meetup' },
      { title: 'Edge Computing Kumamoto #1' },
      { title: 'Platform Night #2' },
    ];
    expect(preferred('where was EC Kumamoto held?', series)).toEqual([2]);
    expect(preferred('SN Daysのkeynote', series)).toEqual([0, 1]);
    expect(find('SN Daysのkeynote', series).rest).toBe('       のkeynote');
    // The word must be the title's next one, and the initials the title's first ones.
    expect(preferred('where was EC Sapporo held?', series)).toEqual([]);
    expect(preferred('where was CK Kumamoto held?', series)).toEqual([]);
    // The next word whole, not a word it begins.
    expect(preferred('where was EC Kuma held?', series)).toEqual([]);
    // Initials with no word after them in the title.
    expect(preferred('the PN Night talk', series)).toEqual([]);
    expect(preferred('the PN talk', series)).toEqual([]);
    expect(find('the EC talk', series).rest).toBe('the ec talk');
  });

  it('names no meetup by initials when that is switched off, and leaves them in the question', () => {
    const series = [
      { title: 'StorageNight Days Sapporo 2031' },
      { title: 'Edge Computing Kumamoto #1' },
    ];
    const off = (question: string) => findMeetupReference(question, series, NOW, undefined, false);
    expect(off('SNDSのkeynote').preferred).toEqual(new Set());
    expect(off('SNDSのkeynote').rest).toBe('sndsのkeynote');
    expect(off('where was EC Kumamoto held?').preferred).toEqual(new Set());
    expect(off('where was EC Kumamoto held?').rest).toBe('where was ec kumamoto held?');
    // A number still names its meetup.
    expect(off('EC Kumamoto #1の会場は?').preferred).toEqual(new Set([1]));
  });

  it('leaves initials the notes write as words of the question', () => {
    const series = [{ title: 'Machine Learning Ops Night' }];
    const known = (term: string) => term === 'ml';
    const question = 'Which ML Ops tools did they compare?';
    expect(findMeetupReference(question, series, NOW, known).preferred).toEqual(new Set());
    expect(findMeetupReference(question, series, NOW).preferred).toEqual(new Set([0]));
  });

  it('leaves an acronym the notes write as a word of the question', () => {
    const series = [{ title: 'Application Platform Integration Night' }];
    const known = (term: string) => term === 'api';
    expect(findMeetupReference('API design?', series, NOW, known).preferred).toEqual(new Set());
    expect(findMeetupReference('API design?', series, NOW).preferred).toEqual(new Set([0]));
  });

  it('reads "the latest meetup" as the one with the newest date', () => {
    expect(named('what was shown at the latest meetup?')).toEqual([1]);
    expect(named('前回の資料')).toEqual([1]);
    for (const q of ['the latest meetup', 'most recent event', '最新の発表', '前回の資料']) {
      expect(preferred(q), q).toEqual([3]);
    }
    expect(find('latest meetup octant').rest).toBe('              octant');
  });

  it('reads "the latest meetup" by date, not by the order of the notes; the first of a tie', () => {
    const newestFirst = [
      { title: 'B', date: '2024-05-01' },
      { title: 'A', date: '2023-01-01' },
      { title: 'C', date: '2024-05-01' },
    ];
    expect(preferred('latest meetup', newestFirst)).toEqual([0]);
  });

  it('names nothing as the latest when no meetup has a date', () => {
    expect(find('最新', [{ title: 'A' }, { title: 'B' }])).toEqual({
      preferred: new Set(),
      rest: '最新',
    });
  });

  it('finds the meetups of a month and year, however the month is written', () => {
    for (const q of [
      'the Feb 2024 meetup',
      'the feb. 2024 one',
      'the talks at the February of 2024 session',
      'february, 2024 meetup',
      '2024年2月の回',
      '2024年 2月の勉強会',
      '2024/2の資料の発表',
      'the meetup of Feb 2024',
    ]) {
      expect(preferred(q), q).toEqual([1]);
    }
    expect(preferred('the Nov 2023 and June 2024 meetups')).toEqual([0, 3]);
    expect(find('the Feb 2024 meetup').rest).toBe('the          meetup');
    expect(find('2024年2月の回').rest).toBe('       の回');
  });

  it('takes a month for when something else happened when no word calls it a meetup', () => {
    for (const q of [
      'the Feb 2024 outage',
      '2024年2月の障害',
      'what prevents 2/6 of users',
      '2/6の回答者',
      'the 2/6 default',
      'awsが2/6に発表した新機能',
      '2/6に開催されたkubecon',
    ])
      expect(preferred(q), q).toEqual([]);
  });

  it('reads 2024.2 and 2024-02 as versions, not a month, even beside a word for a meetup', () => {
    for (const q of ['IntelliJ 2024.2 meetup', 'image 2024-02 meetup'])
      expect(preferred(q), q).toEqual([]);
  });

  it('names no meetup by a day of another year, nor by digits that run on', () => {
    for (const q of [
      '2023年2月6日の勉強会',
      '2023年 2月6日の勉強会',
      'feb 6, 2023 meetup',
      '6 feb 2023 meetup',
      '12/6/2 meetup',
      'v2/6 meetup',
      '2/60 meetup',
      '10:2/6 meetup',
      '2/6.5 meetup',
    ])
      expect(preferred(q), q).toEqual([]);
    expect(preferred('2024年2月6日の勉強会')).toEqual([1]);
  });

  it('finds the meetups of a day, with its year or without', () => {
    for (const q of [
      '2024/2/6の会',
      '2024年2月6日の勉強会',
      'the 2024-02-06 meetup',
      'the 2/6 session',
      '2月6日の発表',
      'Feb 6 meetup',
      'the february 6th b-tree session',
      'the 6th of February meetup',
      'the meetup on 6 feb',
      '2/6の会場は?',
    ]) {
      expect(preferred(q), q).toEqual([1]);
    }
    expect(find('2/6の発表').rest).toBe('   の発表');
    // Blanked where it named the meetup, not where it is first written.
    expect(find('the 2/6 outage and the 2/6 meetup').rest).toBe(
      'the 2/6 outage and the     meetup',
    );
    expect(find('Feb 6 meetup').rest).toBe('      meetup');
  });

  it('names no meetup by a day none was held on, or by numbers that are no day', () => {
    for (const q of [
      '2/7の発表',
      'Feb 7',
      '2024/2/7',
      '12/6/2',
      'v2/6',
      '2/60',
      '10:2/6x',
      'may 6',
    ]) {
      expect(find(q), q).toEqual({ preferred: new Set(), rest: q.toLowerCase() });
    }
  });

  it('names no meetup by a month none was held in, a month that is none, or a whole day', () => {
    for (const q of [
      'the Mar 2024 meetup',
      '2024/13の回',
      '2024/2/7の回',
      'febrile 2024 meetup',
      '12024/2の回',
    ]) {
      expect(find(q), q).toEqual({ preferred: new Set(), rest: q.toLowerCase() });
    }
    expect(preferred('Feb 2024', [{ title: 'No date' }])).toEqual([]);
  });

  it('reads "last year" and "this year" against the clock', () => {
    expect(named("last year's talks")).toEqual([0]);
    expect(preferred('last year octant')).toEqual([0]);
    expect(preferred('去年')).toEqual([0]);
    expect(preferred('this year')).toEqual([1, 3]);
    expect(preferred('今年の話')).toEqual([1, 3]);
    expect(find('去年 octant').rest).toBe('   octant');
    expect(find('去年 and 去年').rest).toBe('   and   ');
  });
});

describe('withoutMeetupNumbers', () => {
  it("blanks out every way of writing a meetup's number, keeping the numbers around it apart", () => {
    expect(withoutMeetupNumbers('at #3, 第4回 and vol.5 we had 2 talks')).toBe(
      'at  ,   and   we had 2 talks',
    );
    expect(withoutMeetupNumbers('1第3回2').match(/\d+/g)).toEqual(['1', '2']);
  });
});

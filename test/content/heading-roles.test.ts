import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../src/content/parse-notes.js';

/** The talks read from `body` under a meetup heading, each with the group it sits in. */
const talks = (body: string) =>
  parseNotes('content/x.md', `# M\n\n${body}`).meetup?.talks.map((t) =>
    t.group === undefined ? t.title : `${t.title} <${t.group}>`,
  );
const sub = (...titles: string[]) => titles.map((t, i) => `### ${t}\n\n* point ${i}\n`).join('\n');

describe('which headings group talks', () => {
  it('reads a heading that says it groups talks, over a line of at most 40 characters, as a group', () => {
    expect(talks(`## LT\n\n5分 × 4本\n\n${sub('Alpha', 'Beta')}`)).toEqual([
      'Alpha <LT>',
      'Beta <LT>',
    ]);
    expect(talks(`## LT\n\n${'x'.repeat(40)}\n\n${sub('概要', 'まとめ')}`)).toEqual([
      '概要 <LT>',
      'まとめ <LT>',
    ]);
  });

  it('reads it as one talk when its own text is longer, or more than one block, over its sections', () => {
    expect(talks(`## LT\n\n${'x'.repeat(41)}\n\n${sub('概要', 'まとめ')}`)).toEqual(['LT']);
    expect(talks(`## LT\n\nshort\n\nshort\n\n${sub('概要', 'まとめ')}`)).toEqual(['LT']);
  });

  it('reads the headings under a programme heading as its talks, whatever they are called', () => {
    const table = '| 13:00 | Intro |\n| --- | --- |\n| 13:10 | Build farms |';
    for (const heading of [
      'タイムテーブル',
      'タイム スケジュール',
      '当日のスケジュール',
      'Timetable',
      'Programme',
      'program',
      'Schedule',
      'タイムライン',
      'プログラム',
    ])
      expect(
        talks(`## ${heading}\n\n${table}\n\n${sub('Introduction', 'Build farms', 'まとめ')}`),
        heading,
      ).toEqual([`Introduction <${heading}>`, `Build farms <${heading}>`, `まとめ <${heading}>`]);
    // One item is a talk's part; the same parts under a heading that names no programme, one talk.
    expect(talks(`## タイムテーブル\n\n${table}\n\n${sub('概要')}`)).toEqual(['タイムテーブル']);
    expect(talks(`## Schedules\n\n${table}\n\n${sub('概要', 'Build farms')}`)).toEqual([
      'Schedules',
    ]);
    expect(talks(`## 開発スケジュール\n\n${table}\n\n${sub('概要', 'まとめ')}`)).toEqual([
      '開発スケジュール',
    ]);
    // Two items are enough; one that is no part is one talk's section.
    expect(talks(`## Timetable\n\n${table}\n\n${sub('Introduction', 'Build farms')}`)).toEqual([
      'Introduction <Timetable>',
      'Build farms <Timetable>',
    ]);
    expect(talks(`## Timetable\n\n${table}\n\n${sub('Build farms')}`)).toEqual(['Timetable']);
    // A talk called so, over nothing but parts, stays one talk.
    expect(talks(`## Schedule\n\nAlice の発表\n\n${sub('概要', 'まとめ')}`)).toEqual(['Schedule']);
  });

  it('groups two or more plain sub-headings under a group heading with text of its own, not one', () => {
    const text = 'y'.repeat(50);
    expect(talks(`## セッション\n\n${text}\n\n${sub('Alpha', 'Beta')}`)).toEqual([
      'Alpha <セッション>',
      'Beta <セッション>',
    ]);
    expect(talks(`## セッション\n\n${text}\n\n${sub('Alpha')}`)).toEqual(['セッション']);
    // A heading that names no group, with text of its own, is one talk over plain parts.
    expect(talks(`## Templates\n\n${text}\n\n${sub('Alpha', 'Beta')}`)).toEqual(['Templates']);
    // A word for the talks with 情報 or 内容 after it (登壇情報, 発表内容) says so too.
    for (const heading of ['登壇情報', '発表内容', '講演内容', 'セッション情報'])
      expect(talks(`## ${heading}\n\n${text}\n\n${sub('Alpha', 'Beta')}`), heading).toEqual([
        `Alpha <${heading}>`,
        `Beta <${heading}>`,
      ]);
    expect(talks(`## 会場情報\n\n${text}\n\n${sub('Alpha', 'Beta')}`)).toEqual(['会場情報']);
    // Over the parts of one talk (what it said), even with no text of its own, it is one talk.
    expect(talks(`## 講演内容\n\n${sub('背景', '課題', 'まとめ')}`)).toEqual(['講演内容']);
    expect(talks(`## 登壇情報\n\n${sub('登壇者', 'スライド')}`)).toEqual(['登壇情報']);
    // A bare group word over the same parts stays a group, as before.
    expect(talks(`## LT\n\n${sub('背景', '課題')}`)).toEqual(['背景 <LT>', '課題 <LT>']);
    expect(talks('## セッション\n\n* a\n')).toEqual(['セッション']);
    // Over a part of one talk, beside a plain sub-heading, it is that talk.
    expect(talks(`## セッション\n\n${text}\n\n${sub('Alpha', 'まとめ')}`)).toEqual(['セッション']);
  });

  it('groups an unnamed, nearly empty heading over at least two sub-headings that read as talks', () => {
    expect(talks(`## Day one\n\n${sub('Alpha by @alice', 'Beta by @bob')}`)).toEqual([
      'Alpha by @alice <Day one>',
      'Beta by @bob <Day one>',
    ]);
    expect(
      talks(
        '## Day one\n\n### Alpha\n\n* [slides](https://speakerdeck.com/a/b)\n\n### Beta\n\n* https://www.slideshare.net/x/y\n',
      ),
    ).toEqual(['Alpha <Day one>', 'Beta <Day one>']);
  });

  it('groups talks that are more than twice its sections, a talk titled with a section word aside', () => {
    // Introduction… reads as a section; 関連リンク reads as neither.
    const list = sub(
      'Alpha by @alice',
      'Introduction to Beta',
      'Gamma by @carol',
      'Delta by @dave',
      '関連リンク',
    );
    expect(talks(`## 発表内容\n\n${list}`)).toEqual([
      'Alpha by @alice <発表内容>',
      'Introduction to Beta <発表内容>',
      'Gamma by @carol <発表内容>',
      'Delta by @dave <発表内容>',
      '関連リンク <発表内容>',
    ]);
    // A talk naming its speaker is a talk, whatever word its title starts with.
    expect(
      talks(
        `## 発表内容\n\n${sub('Introduction to Rust by @a', 'Introduction to Go by @b', 'Zig by @c')}`,
      ),
    ).toHaveLength(3);
    // Three talks and a summary group; two sections to four talks do not.
    expect(talks(`## Day one\n\n${sub('A by @a', 'B by @b', 'C by @c', 'まとめ')}`)).toHaveLength(
      4,
    );
    expect(
      talks(`## Day one\n\n${sub('A by @a', 'B by @b', 'C by @c', 'D by @d', '概要', 'まとめ')}`),
    ).toEqual(['Day one']);
  });

  it('keeps an unnamed heading one talk with only one talk-like sub-heading, or with a section', () => {
    expect(talks(`## Day one\n\n${sub('Alpha by @alice', 'Beta')}`)).toEqual(['Day one']);
    expect(talks(`## Day one\n\n${sub('Alpha by @alice', 'Beta by @bob', 'まとめ')}`)).toEqual([
      'Day one',
    ]);
  });

  it('keeps an unnamed heading that names its own speaker one talk, over parts that end in brackets', () => {
    for (const speaker of [
      '@carol',
      'Carolさん',
      'by Carol',
      'Carol氏',
      '(@carol)',
      'by Carol Smith, Acme',
    ])
      expect(
        talks(`## Templates ${speaker}\n\n> a quote\n\n${sub('One role (SRP)', 'Sample (app)')}`),
      ).toEqual([`Templates ${speaker}`]);
    expect(talks(`## Templates\n\n> a quote\n\n${sub('One role (SRP)', 'Sample (app)')}`)).toEqual([
      'One role (SRP) <Templates>',
      'Sample (app) <Templates>',
    ]);
    // Words with さん in them, and "by" after a group's word, name no speaker of its own.
    for (const group of [
      'みなさんのLT',
      '盛りだくさんLT大会',
      'スポンサーさんLT',
      'お客さん事例',
      'LT大会 @Shibuya',
      'LT by sponsors',
    ])
      expect(talks(`## ${group}\n\n${sub('One role (SRP)', 'Sample (app)')}`), group).toEqual([
        `One role (SRP) <${group}>`,
        `Sample (app) <${group}>`,
      ]);
    // One sub-heading naming its own speaker is enough: the others are talks too.
    expect(talks(`## Templates @carol\n\n${sub('Fast CI @alice', 'Sample (app)')}`)).toEqual([
      'Fast CI @alice <Templates @carol>',
      'Sample (app) <Templates @carol>',
    ]);
    // Sub-headings that name their own speakers are talks under it, whatever it ends with.
    expect(
      talks(`## Sponsored by Acme\n\n${sub('Fast CI @alice', 'Rust at work by Bob')}`),
    ).toEqual(['Fast CI @alice <Sponsored by Acme>', 'Rust at work by Bob <Sponsored by Acme>']);
  });

  it('reads a heading about the meetup itself as no talk', () => {
    expect(talks('## 開催概要\n\n* 会場 渋谷\n\n## Talk\n\n* a\n')).toEqual(['Talk']);
    expect(talks('## 基本情報\n\n* 会場 渋谷\n\n## Talk\n\n* a\n')).toEqual(['Talk']);
  });
});

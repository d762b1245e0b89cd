import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkKind } from '../../src/content/link-kind.js';
import { loadContent } from '../../src/content/load-content.js';
import type { Meetup } from '../../src/content/meetup.js';
import { dateFromLine } from '../../src/content/meetup-date.js';
import { parseNotes } from '../../src/content/parse-notes.js';
import { formatProblem } from '../../src/content/problems.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { buildEngine } from '../support/engine.js';

const FIXTURES = 'test/fixtures/notes-structures';
const fixture = (name: string) => {
  const file = `${FIXTURES}/${name}`;
  return parseNotes(file, readFileSync(file, 'utf8'));
};
const notes = (body: string) => parseNotes('content/x.md', body);
const levels = (problems: readonly { level?: string }[], level: string) =>
  problems.filter((p) => (p.level ?? 'warning') === level);
const grouped = (meetup: Meetup | undefined) => meetup?.talks.map((t) => [t.group, t.title]);
const infoMessages = (problems: readonly { level?: string; message: string }[]) =>
  problems.filter((p) => p.level === 'info').map((p) => p.message);

describe('notes that head every talk with "#"', () => {
  it('reads the "#" headings after the meetup\'s own as talks, with "##" as their sections', () => {
    const { meetup, problems } = fixture('hash-talks.md');
    expect(problems.filter((p) => p.level !== 'info')).toEqual([]);
    expect(meetup?.title).toBe('vSphere Automation Night #4');
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      'PowerCLIで始めるvSphere運用',
      'Terraform vSphere Providerの落とし穴',
      '休憩',
      'Aria Automationを触ってみた',
    ]);
    expect(meetup?.talks[0]?.passages[1]).toMatchObject({
      text: 'PowerShell 7でも動く',
      section: '質疑',
    });
    expect(infoMessages(problems)).toContain(
      'talks found as "#" headings after the meetup\'s "#" heading',
    );
  });
});

describe('the preamble before the first talk', () => {
  it("keeps the date, venue, hashtag and event lines as the meetup's details, never as a talk", () => {
    const { meetup } = fixture('hash-talks.md');
    expect(meetup?.details?.map((d) => d.text)).toEqual([
      'https://vsphere-night.connpass.com/event/300004/',
      'ハッシュタグ #vsphere_night',
      '2023/11/16(木)\n福岡のシェアオフィスにて',
    ]);
    expect(meetup?.details?.[2]?.line).toBe(8);
    expect(meetup?.talks.some((t) => /^(?:https?:|20\d\d|ハッシュタグ)/.test(t.title))).toBe(false);
  });

  it('takes the date and event page from the preamble when front matter has none, and says so', () => {
    const { meetup, problems } = fixture('hash-talks.md');
    expect(meetup?.date).toBe('2023-11-16');
    expect(meetup?.eventUrl).toBe('https://vsphere-night.connpass.com/event/300004/');
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 8,
        level: 'info',
        message: 'meetup date 2023-11-16 taken from line 8',
      }),
    );
  });

  it('names the line of the event page itself, also on the second line of a paragraph', () => {
    const { meetup, problems } = notes(
      '# M\n\n2024/02/06(火)\nhttps://go-night.connpass.com/event/1/\n\n## T\n\n- a\n',
    );
    expect(meetup?.eventUrl).toBe('https://go-night.connpass.com/event/1/');
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 4,
        level: 'info',
        message: 'event page https://go-night.connpass.com/event/1/ taken from line 4',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 3, message: 'meetup date 2024-02-06 taken from line 3' }),
    );
  });

  it('reads a "## 開催概要" heading as the meetup\'s details, and its date as the meetup date', () => {
    const { meetup } = notes(
      '# M\n\n## 開催概要\n\n- 日時: 2024/5/21(火) 19:00〜\n- 会場: オンライン\n\n## vSANの話\n\n- a\n\n## 会場\n\n- 次回も同じ\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['vSANの話']);
    expect(meetup?.date).toBe('2024-05-21');
    expect(meetup?.details?.map((d) => [d.section, d.text])).toEqual([
      ['開催概要', '日時: 2024/5/21(火) 19:00〜'],
      ['開催概要', '会場: オンライン'],
      ['会場', '次回も同じ'],
    ]);
  });

  it('leaves the date in front matter as it is', () => {
    const { meetup } = notes('---\ndate: 2020-01-01\n---\n# M\n\n2019/02/12 Tue\n\n## T\n\n- a\n');
    expect(meetup?.date).toBe('2020-01-01');
    expect(meetup?.details?.map((d) => d.text)).toEqual(['2019/02/12 Tue']);
  });

  it('reads the date formats organizers write, with weekdays and times, and only at the start of a line', () => {
    expect(dateFromLine('2019/02/12 Tue')).toBe('2019-02-12');
    expect(dateFromLine('2019-02-12')).toBe('2019-02-12');
    expect(dateFromLine('2019年2月12日(火)')).toBe('2019-02-12');
    expect(dateFromLine('2019.2.12')).toBe('2019-02-12');
    expect(dateFromLine('2018/11/16(金)')).toBe('2018-11-16');
    expect(dateFromLine('日時：２０２４／３／１ 19:00〜')).toBe('2024-03-01');
    expect(dateFromLine('2019/02/30')).toBeUndefined();
    expect(dateFromLine('次回は2019/02/12です')).toBeUndefined();
    expect(dateFromLine('2019/02/123')).toBeUndefined();
  });
});

describe('talks grouped under a "##" heading', () => {
  it('reads "###" headings under Keynote, セッション and LT as talks and keeps the group on each', () => {
    const { meetup, problems } = fixture('grouped-talks.md');
    expect(grouped(meetup)).toEqual([
      ['Keynote', 'これからのプラットフォームエンジニアリング by @kanata'],
      ['セッション', 'Tanzu Kubernetes Gridのアップグレード戦略 by @mizuho'],
      ['セッション', 'Harborのレプリケーション運用 by @sora'],
      ['LT', 'Ansibleでネットワーク機器のバックアップ'],
      ['LT', 'Grafanaで作る障害ダッシュボード'],
      [undefined, '懇親会'],
    ]);
    expect(meetup?.talks[1]?.passages.at(-1)).toMatchObject({
      text: 'etcdのバックアップを必ず取っておく',
      section: 'ロールバック',
    });
    expect(infoMessages(problems)).toContain('talks found as "###" headings under "## セッション"');
  });

  it('groups the "###" of a "##" with no text of its own when they read as talks', () => {
    const { meetup } = notes(
      '# M\n\n## vExpertの部屋\n\n### vSAN ESAの検証 by @ren\n\n- RAID-5でも性能が落ちない\n\n### NSX ALBの話 (yui)\n\n- GSLBを試した\n',
    );
    expect(grouped(meetup)).toEqual([
      ['vExpertの部屋', 'vSAN ESAの検証 by @ren'],
      ['vExpertの部屋', 'NSX ALBの話 (yui)'],
    ]);
  });

  it('keeps a named group\'s own text as meetup details and still reads its plain "###" as talks', () => {
    const { meetup } = notes(
      '# M\n\n## LT\n\n飛び入り歓迎、1本5分です。\n\n- 順番は当日決める\n\n### HCXで移行した話\n\n- x\n\n### Velero入門\n\n- y\n',
    );
    expect(grouped(meetup)).toEqual([
      ['LT', 'HCXで移行した話'],
      ['LT', 'Velero入門'],
    ]);
    expect(meetup?.details).toEqual([
      { text: '飛び入り歓迎、1本5分です。', line: 5, section: 'LT' },
      { text: '順番は当日決める', line: 7, section: 'LT' },
    ]);
  });

  it('keeps a "##" talk with "###" parts as one talk with sections', () => {
    const { meetup } = notes(
      "# M\n\n## What's Tanzu?\n\n### Architecture\n\n- Supervisor Cluster\n\n### Workshop\n\n- TKCを作る\n\n## NSX入門\n\nhikariさん\n\n### 概要\n\n- a\n\n### デモ\n\n- b\n",
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(["What's Tanzu?", 'NSX入門']);
    expect(meetup?.talks[0]?.group).toBeUndefined();
    expect(meetup?.talks[0]?.passages.map((p) => p.section)).toEqual(['Architecture', 'Workshop']);
  });
});

describe('slides under a "## 資料" heading of their own', () => {
  it('gives each link to the talk it names and keeps the rest on the meetup', () => {
    const { meetup } = fixture('slides-section.md');
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      'NSX-Tの分散ファイアウォール入門 (hikari)',
      'AVIロードバランサ実践',
      '資料',
    ]);
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://www.docswell.com/s/hikari/nsx-dfw-intro' },
    ]);
    expect(meetup?.talks[1]?.links).toEqual([
      { kind: 'slides', url: 'https://docs.google.com/presentation/d/1AbCdEfGhIjK/edit' },
    ]);
    expect(meetup?.links).toEqual([
      { kind: 'video', url: 'https://www.youtube.com/watch?v=abcdefghijk' },
    ]);
    expect(meetup?.details?.map((d) => [d.section, d.text])).toContainEqual([
      '資料',
      '当日の録画: https://www.youtube.com/watch?v=abcdefghijk',
    ]);
  });

  it('keeps the slide entry as a passage of the talk it names, so a question about the slides finds the talk', () => {
    const { meetup } = fixture('slides-section.md');
    expect(meetup?.talks[1]?.passages).toContainEqual({
      text: 'AVIロードバランサ実践: https://docs.google.com/presentation/d/1AbCdEfGhIjK/edit',
      line: 8,
      section: '資料',
    });
  });

  it('keeps the "資料" section itself as a talk with every link it lists, for questions that name no talk', () => {
    const slides = fixture('slides-section.md').meetup?.talks.find((t) => t.title === '資料');
    expect(slides?.links.map((l) => l.url)).toEqual([
      'https://www.docswell.com/s/hikari/nsx-dfw-intro',
      'https://docs.google.com/presentation/d/1AbCdEfGhIjK/edit',
      'https://www.youtube.com/watch?v=abcdefghijk',
    ]);
    expect(slides?.passages.map((p) => p.line)).toEqual([7, 8, 9]);
  });

  it('gives the slides to the only talk when the notes have one', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n- 発表資料はこちら https://speakerdeck.com/a/deck\n\n## vSphere 8の新機能\n\n- a\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/a/deck' },
    ]);
    expect(meetup?.links).toBeUndefined();
  });

  it('keeps a link that two talks match equally well on the meetup', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n- vSphere: https://speakerdeck.com/a/deck\n\n## vSphere 8の新機能\n\n- a\n\n## vSphere 7からの移行\n\n- b\n',
    );
    const named = meetup?.talks.filter((t) => t.title !== '資料');
    expect(named?.map((t) => t.links.length)).toEqual([0, 0]);
    expect(meetup?.links).toEqual([{ kind: 'slides', url: 'https://speakerdeck.com/a/deck' }]);
  });
});

describe('slide and video links', () => {
  it('knows slides by their host, by a /slides/ path and by the words in the link', () => {
    expect(linkKind('', '', 'https://docs.google.com/presentation/d/abc/edit')).toBe('slides');
    expect(linkKind('', '', 'https://www.docswell.com/s/u/deck')).toBe('slides');
    expect(linkKind('', '', 'https://www.slideshare.net/u/deck')).toBe('slides');
    expect(linkKind('', '', 'https://blog.example.test/slides/nsx-intro')).toBe('slides');
    expect(linkKind('', 'NSX入門 - Slide - example.test', 'https://example.test/p/1')).toBe(
      'slides',
    );
    expect(linkKind('', 'スライド', 'https://social.example.test/status/1')).toBe('slides');
    expect(linkKind('', '', 'https://youtu.be/abc')).toBe('video');
    expect(linkKind('', '当日の動画', 'https://example.test/v/1')).toBe('video');
    expect(linkKind('', 'Harbor', 'https://goharbor.io/')).toBeUndefined();
    expect(linkKind('', '', 'https://docs.google.com/document/d/abc')).toBeUndefined();
  });
});

describe('untidy headings and bullets', () => {
  it('collapses tabs and runs of spaces in headings', () => {
    const { meetup } = fixture('untidy.md');
    expect(meetup?.talks.map((t) => t.title)).toContain('GitLab CIの高速化 nagi');
    expect(meetup?.talks.map((t) => t.title)).toContain('Prometheusのアラート設計');
  });

  it('skips an empty talk heading with a warning, not an error', () => {
    const { meetup, problems } = fixture('untidy.md');
    expect(meetup?.talks).toHaveLength(3);
    expect(levels(problems, 'error')).toEqual([]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 15,
        level: 'warning',
        message: expect.stringContaining('has no text'),
      }),
    );
    expect(problems.some((p) => p.lost)).toBe(false);
  });

  it('titles a talk whose heading is only a URL by its first line and keeps the URL as its slides', () => {
    const { meetup } = fixture('untidy.md');
    const talk = meetup?.talks[1];
    expect(talk?.title).toBe('Argo Rolloutsでカナリアリリース');
    expect(talk?.links).toEqual([
      { kind: 'slides', url: 'https://example.test/slides/argo-rollouts-canary' },
    ]);
  });

  it('titles a URL-only heading with no notes by the end of its path', () => {
    const { meetup } = notes('# M\n\n## https://speakerdeck.com/rin/vsan-esa-deep-dive\n');
    expect(meetup?.talks.map((t) => [t.title, t.links[0]?.url])).toEqual([
      ['vsan esa deep dive', 'https://speakerdeck.com/rin/vsan-esa-deep-dive'],
    ]);
  });

  it('reads a label paragraph and the short list under it as one passage', () => {
    const { meetup } = fixture('untidy.md');
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual([
      'gitlab-runner\nキャッシュが効かずに毎回5分かかっていた',
      '対策\n依存のキャッシュキーをlockファイルのハッシュにした',
    ]);
  });

  it("keeps a speaker's name and a long list under it as passages of their own", () => {
    const { meetup } = notes('# M\n\n## T\n\nsoraさん\n\n- a\n- b\n- c\n- d\n');
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['soraさん', 'a', 'b', 'c', 'd']);
  });

  it('reads "-foo" without its space as a bullet of its own, with its sub-bullets', () => {
    const { meetup, problems } = fixture('untidy.md');
    expect(meetup?.talks[2]?.passages.map((p) => p.text)).toEqual([
      'アラートは対応手順が書けるものだけ\n書けないものはダッシュボードへ',
      'Alertmanagerのルーティング\nチームごとにreceiverを分ける',
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ line: 26, level: 'info' }));
  });

  it('leaves "-x" in code blocks, "**bold**" and a later "#hashtag" line as they are', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n```sh\n-v\n```\n\n**注意** 本番では試さない\n\n#vmware_meetup で実況\n',
    );
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual([
      '-v',
      '注意 本番では試さない',
      '#vmware_meetup で実況',
    ]);
  });

  it('reads "#title" with no space on the first line as the meetup\'s heading', () => {
    const { meetup, problems } = fixture('grouped-talks.md');
    expect(meetup?.title).toBe('Cloud Native Ops Meetup #12');
    expect(problems[0]).toMatchObject({ line: 1, level: 'info' });
  });

  it('takes a first-line "#tag" for a hashtag when a "# " heading follows', () => {
    const { meetup } = notes('#vmug_night\n\n# VMUG Night #2\n\n## T\n\n- a\n');
    expect(meetup?.title).toBe('VMUG Night #2');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['T']);
  });
});

describe('how a file was read', () => {
  it('is reported as info lines apart from the problems, and printed as info', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'structures-'));
    try {
      await writeFile(
        path.join(dir, 'hash-talks.md'),
        readFileSync(`${FIXTURES}/hash-talks.md`, 'utf8'),
      );
      const { meetups, problems, info } = await loadContent(dir);
      expect(meetups).toHaveLength(1);
      expect(problems).toEqual([]);
      expect(info.map(formatProblem)).toContain(
        `info: ${dir.split(path.sep).join('/')}/hash-talks.md:8: meetup date 2023-11-16 taken from line 8.`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lists the meetup's details and its own links with its talks", () => {
    const { meetup } = fixture('slides-section.md');
    const [listing] = buildEngine({
      meetups: meetup ? [meetup] : [],
      glossary: EMPTY_GLOSSARY,
    }).talks();
    expect(listing?.details?.[0]).toBe('2022.9.14');
    expect(listing?.links).toEqual([
      { kind: 'video', url: 'https://www.youtube.com/watch?v=abcdefghijk' },
    ]);
  });
});

describe('a talk heading written a level off', () => {
  it('reads one "#" among "##" talks as one more talk, keeping the "##" talks after it', () => {
    const { meetup, problems } = notes(
      '# Infra Night #9\n\n## Backups at scale\n\n- nightly snapshots\n\n# Storage tiering\n\n- hot and cold pools\n\n## Network upgrades\n\n- new spine switches\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      'Backups at scale',
      'Storage tiering',
      'Network upgrades',
    ]);
    expect(infoMessages(problems)).toContain(
      'a "#" heading after "##" talks; read as one more talk (talks here are "##" headings)',
    );
  });
});

describe('a post titled by its front matter', () => {
  it('reads a "#" after its "##" talks as one more talk, not as the meetup\'s heading', () => {
    const body = '## Backups at scale\n\n- nightly snapshots\n\n# Next time\n\n- in March\n';
    for (const front of [
      '---\nTitle: Infra Night #9\n---\n',
      '+++\ntitle = "Infra Night #9"\n+++\n',
    ]) {
      const { meetup } = notes(`${front}\n${body}`);
      expect(meetup?.title, front).toBe('Infra Night #9');
      expect(
        meetup?.talks.map((t) => [t.title, t.passages.map((p) => p.text)]),
        front,
      ).toEqual([
        ['Backups at scale', ['nightly snapshots']],
        ['Next time', ['in March']],
      ]);
    }
    // Without front matter, or one with no title (an empty one, or one of a table), the "#"
    // is still the meetup's heading.
    for (const front of [
      '',
      '---\ndate: 2024-01-01\nsubtitle: x\n---\n',
      '---\ntitle:\n---\n',
      '---\ntitle: ""\n---\n',
      '+++\ndate = 2024-01-01\n[author]\ntitle = "SRE lead"\n+++\n',
    ])
      expect(notes(`${front}${body}`).meetup?.title, front).toBe('Next time');
    // A "#" with "##" under it is one more talk too, and its "##" talks of their own.
    const over = notes(
      `---\ntitle: Report\n---\n## Intro\n\n- hi\n\n# Infra Night\n\n## Talk A\n\n- a\n`,
    );
    expect(over.meetup?.talks.map((t) => t.title)).toEqual(['Intro', 'Infra Night', 'Talk A']);
    // With front matter and the "#" first, it is the meetup's heading as before.
    expect(
      notes(`---\ntitle: X\n---\n# Night\n\n${body}`).meetup?.talks.map((t) => t.title),
    ).toEqual(['Backups at scale', 'Next time']);
  });
});

describe('a talk heading that names only its slot and speaker', () => {
  const talkOf = (heading: string, rest: string) =>
    notes(`# Ops Night #4\n\n## ${heading}\n${rest}`).meetup?.talks[0];

  it.each(['登壇 #1 @alice', 'LT #2 Bobさん@Acme', '登壇#3', '発表: Carol氏'])(
    'takes the sub-heading right under "%s" as the talk\'s title',
    (heading) => {
      const talk = talkOf(
        heading,
        '### Cutting build times\n\n* cache layers\n\n#### Results\n\n* 40% faster\n',
      );
      expect(talk?.title).toBe(`${heading}: Cutting build times`);
      // Its sub-headings a level down are its sections.
      expect(talk?.passages.map((p) => [p.section, p.text])).toEqual([
        [undefined, 'cache layers'],
        ['Results', '40% faster'],
      ]);
    },
  );

  it('writes a Japanese title in 「」, and reads speakers with spaces, handles in kana or an affiliation', () => {
    expect(talkOf('LT #2 田中 太郎さん', '### 型パズル入門\n\n* a\n')?.title).toBe(
      'LT #2 田中 太郎さん「型パズル入門」',
    );
    for (const heading of ['LT #1 @田中さん', '登壇 @alice (Acme)'])
      expect(talkOf(heading, '### Cutting build times\n\n* a\n')?.title, heading).toBe(
        `${heading}: Cutting build times`,
      );
  });

  it('takes no part of a talk for its title, and no heading that only ends like a name', () => {
    const intro = talkOf('LT #2 @bob', '### 自己紹介\n\n* a\n');
    expect(intro?.title).toBe('LT #2 @bob');
    expect(intro?.passages.map((p) => p.section)).toEqual(['自己紹介']);
    for (const heading of ['講演の模様', '発表者の皆さん'])
      expect(talkOf(heading, '### Cutting build times\n\n* a\n')?.title, heading).toBe(heading);
  });

  it("takes no deeper heading, nor one after a part, for the title; a talk's deeper heading is a line", () => {
    expect(talkOf('LT #2 Bobさん', '#### Cutting build times\n\n* a\n')?.title).toBe(
      'LT #2 Bobさん',
    );
    const afterPart = talkOf('LT #2 @bob', '### 自己紹介\n\n### Cutting build times\n\n* a\n');
    expect(afterPart?.title).toBe('LT #2 @bob');
    const plain = talkOf('Cutting build times', '* a\n\n#### Results\n\n* b\n');
    expect(plain?.passages.map((p) => [p.section, p.text])).toEqual([
      [undefined, 'a'],
      [undefined, 'Results'],
      [undefined, 'b'],
    ]);
  });

  it('gives the talk the slides the title sub-heading links', () => {
    const talk = talkOf(
      'LT#1 Daveさん',
      '### [Go and BLE](https://speakerdeck.com/dave/ble)\n\n* gobot\n',
    );
    expect(talk?.title).toBe('LT#1 Daveさん: Go and BLE');
    expect(talk?.links).toEqual([{ kind: 'slides', url: 'https://speakerdeck.com/dave/ble' }]);
  });

  it('keeps a sub-heading a section under a heading with a title, or after notes', () => {
    expect(talkOf('Cutting build times @alice', '### Background\n\n* slow CI\n')?.title).toBe(
      'Cutting build times @alice',
    );
    const afterNotes = talkOf('LT #2 Bobさん', '* intro\n\n### Cutting build times\n\n* cache\n');
    expect(afterNotes?.title).toBe('LT #2 Bobさん');
    expect(afterNotes?.passages.map((p) => p.section)).toEqual([undefined, 'Cutting build times']);
    // Only the first: a later sub-heading of its level is a section of the titled talk.
    const two = talkOf(
      '登壇 #1 @alice',
      '### Cutting build times\n\n* cache\n\n### Results\n\n* 40% faster\n',
    );
    expect(two?.title).toBe('登壇 #1 @alice: Cutting build times');
    expect(two?.passages.map((p) => [p.section, p.text])).toEqual([
      [undefined, 'cache'],
      ['Results', '40% faster'],
    ]);
  });
});

describe('a link standing alone under a heading that says what it is', () => {
  it('is a recording of the meetup under a details sub-heading for one, and of a talk under its section', () => {
    const { meetup } = notes(
      '# Ops Night #4\n\n### 当日の様子(動画)\nhttps://example.com/class/105/\n\n## Registry\n\n### Video\n\nhttps://example.com/v/1\n\n* 参考: https://example.com/docs\n',
    );
    expect(meetup?.links).toEqual([{ kind: 'video', url: 'https://example.com/class/105/' }]);
    expect(meetup?.talks[0]?.links).toEqual([{ kind: 'video', url: 'https://example.com/v/1' }]);
  });

  it('takes a link with text of its own too, and any link under a slides heading as slides', () => {
    const { meetup } = notes(
      '# Ops Night #4\n\n## Registry\n\n### 動画\n\n[当日の様子](https://example.com/v/3)\n\n### 資料\n\n* 参考: https://example.com/deck.pdf\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'video', url: 'https://example.com/v/3' },
      { kind: 'slides', url: 'https://example.com/deck.pdf' },
    ]);
  });

  it('takes no topic that begins with a word for a recording, nor a page or a link in a sentence', () => {
    const { meetup } = notes(
      [
        '# Ops Night #4',
        '',
        '### 当日の様子(動画)',
        '* https://connpass.com/event/1/',
        '',
        '### 資料・動画',
        'https://example.com/files/a.pdf',
        '',
        '### 動画配信基盤の構成',
        'https://cdn.example.com/',
        '',
        '## Metrics',
        '',
        '### Recording rules',
        '',
        'https://example.com/docs/alerting/',
        '',
        '### Video',
        '',
        '関連記事 https://example.com/blog を参照',
        '',
      ].join('\n'),
    );
    expect(meetup?.links ?? []).toEqual([]);
    expect(meetup?.eventUrl).toBe('https://connpass.com/event/1/');
    expect(meetup?.talks[0]?.links).toEqual([]);
  });

  it('keeps a labelled link a reference, and a link under any other heading a plain link', () => {
    const { meetup } = notes(
      '# Ops Night #4\n\n### 会場\nhttps://example.com/hall\n\n## Registry\n\n### 動画\n\n* 参考: https://example.com/docs\n',
    );
    expect(meetup?.links ?? []).toEqual([]);
    expect(meetup?.talks[0]?.links).toEqual([]);
  });
});

describe('parts every talk has, written at the level of the talks', () => {
  const body = [
    '# Observability Night #3',
    '## 発表 1 ログ基盤を移した話（Alice / Acme）',
    '### 前置き',
    '移行は半年がかり',
    '## 発表の概要',
    'Fluent Bit から OpenTelemetry Collector へ',
    '## おすすめの聞き手',
    'ログの量に悩むチーム',
    '## 発表 2 トレースのサンプリング（Bob / Beta）',
    '## 発表の概要',
    'テールサンプリングで保存量を 1/10 に',
    '## おすすめの聞き手',
    'トレースの費用が気になるチーム',
    '',
  ].join('\n');

  it('reads a title that comes back after each talk as a section of the talk before it', () => {
    const { meetup } = notes(body);
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      '発表 1 ログ基盤を移した話（Alice / Acme）',
      '発表 2 トレースのサンプリング（Bob / Beta）',
    ]);
    expect(meetup?.talks[0]?.passages.map((p) => [p.section, p.text])).toEqual([
      ['前置き', '移行は半年がかり'],
      ['発表の概要', 'Fluent Bit から OpenTelemetry Collector へ'],
      ['おすすめの聞き手', 'ログの量に悩むチーム'],
    ]);
    expect(meetup?.talks[1]?.passages.map((p) => p.section)).toEqual([
      '発表の概要',
      'おすすめの聞き手',
    ]);
  });

  it('does the same under a group heading, whose sub-headings are the talks', () => {
    // One level down, under a `## 発表` heading.
    const deeper = body.replace(/^(#{2,}) /gm, '$1# ');
    const { meetup } = notes(deeper.replace('\n### 発表 1', '\n## 発表\n### 発表 1'));
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      '発表 1 ログ基盤を移した話（Alice / Acme）',
      '発表 2 トレースのサンプリング（Bob / Beta）',
    ]);
    expect(meetup?.talks[1]?.passages.map((p) => p.section)).toEqual([
      '発表の概要',
      'おすすめの聞き手',
    ]);
  });

  it('keeps a repeated slot heading (LT, a speaker, a link) as a talk each time', () => {
    const { meetup } = notes(
      ['# LT Night', '## オープニング', '挨拶', '## LT', 'Rust の話', '## LT', 'Go の話', ''].join(
        '\n',
      ),
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['オープニング', 'LT', 'LT']);
  });

  it('says once per title that it read such a heading as a section', () => {
    const { problems } = notes(body);
    expect(infoMessages(problems).filter((m) => m.includes('comes back after each talk'))).toEqual([
      '"発表の概要" comes back after each talk; read as a section of the talk before it',
      '"おすすめの聞き手" comes back after each talk; read as a section of the talk before it',
    ]);
  });

  it('keeps talks whose titles differ only in a bracket, or that share one title', () => {
    const cases = notes(
      [
        '# Cases',
        '## オープニング',
        '挨拶',
        '## 事例紹介 (A社)',
        'A',
        '## 事例紹介 (B社)',
        'B',
        '',
      ].join('\n'),
    );
    expect(cases.meetup?.talks.map((t) => t.title)).toHaveLength(3);
    const same = notes(
      ['# Same', '## 開催概要', 'x', '## 感想', 'a', '## 感想', 'b', ''].join('\n'),
    );
    expect(same.meetup?.talks.map((t) => t.title)).toEqual(['感想', '感想']);
  });

  it('keeps a repeated group of talks, and slots of the programme, as they are', () => {
    const lts = notes(
      [
        '# LT Night',
        '## オープニング',
        '挨拶',
        '## 参加者LT',
        '### Aさん: Rust',
        'a',
        '### Bさん: Go',
        'b',
        '## 休憩',
        '## 参加者LT',
        '### Cさん: Zig',
        'c',
        '### Dさん: Nim',
        'd',
        '',
      ].join('\n'),
    );
    expect(lts.meetup?.talks.map((t) => t.title)).toEqual([
      'オープニング',
      'Aさん: Rust',
      'Bさん: Go',
      '休憩',
      'Cさん: Zig',
      'Dさん: Nim',
    ]);
    const days = notes(
      [
        '# Conf',
        '## Day 1',
        '### 基調講演: 未来',
        'k',
        '### クロージング',
        '次回告知',
        '## Day 2',
        '### Rust入門',
        'r',
        '### クロージング',
        'お礼',
        '',
      ].join('\n'),
    );
    expect(days.meetup?.talks.map((t) => t.title)).toContain('クロージング');
  });

  it("reads a day's or a track's heading as the end of the talks a part may follow", () => {
    const { meetup } = notes(
      [
        '# Conf',
        '## Day 1',
        '### 基調講演: 未来',
        'k',
        '### 午前の質疑',
        'q1',
        '## Day 2',
        '### 午前の質疑',
        'q2',
        '### Rust入門',
        'r',
        '',
      ].join('\n'),
    );
    expect(meetup?.talks.filter((t) => t.title === '午前の質疑')).toHaveLength(2);
  });

  it('reads a part whose title has letters "lt" inside a word as a part, an LT slot as a talk', () => {
    const parts = notes(
      ['# M', '## Talk A', 'a', '## Results', 'ra', '## Talk B', 'b', '## Results', 'rb', ''].join(
        '\n',
      ),
    );
    expect(parts.meetup?.talks.map((t) => t.title)).toEqual(['Talk A', 'Talk B']);
    for (const slot of [
      '飛び入りLT',
      '飛び入りLT 5分',
      '夜のLightning Talks',
      '夜のLightningTalk',
      'http://example.com/talk',
    ]) {
      const { meetup } = notes(
        ['# M', '## Talk A', 'a', `## ${slot}`, 'x', '## Talk B', 'b', `## ${slot}`, 'y', ''].join(
          '\n',
        ),
      );
      expect(meetup?.talks, slot).toHaveLength(4);
    }
  });

  it('keeps a repeated group of talks that names no slot as a group each time', () => {
    const { meetup } = notes(
      [
        '# M',
        '## 基調講演: 未来',
        'k',
        '## 事例紹介',
        '### Aさん: 移行',
        'a',
        '### Bさん: 監視',
        'b',
        '## 休憩',
        '## 事例紹介',
        '### Cさん: 分析',
        'c',
        '### Dさん: 運用',
        'd',
        '',
      ].join('\n'),
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      '基調講演: 未来',
      'Aさん: 移行',
      'Bさん: 監視',
      '休憩',
      'Cさん: 分析',
      'Dさん: 運用',
    ]);
  });

  it('leaves repeated headings below the talks as they were: sections, and lines below those', () => {
    const { meetup, problems } = notes(
      [
        '# M',
        '## Talk A',
        '### 前置き',
        'p',
        '### 概要',
        'a',
        '#### メモ',
        'ma',
        '## Talk B',
        '### 前提',
        'q',
        '### 概要',
        'b',
        '#### メモ',
        'mb',
        '',
      ].join('\n'),
    );
    expect(meetup?.talks[1]?.passages.map((p) => [p.section, p.text])).toEqual([
      ['前提', 'q'],
      ['概要', 'b'],
      ['概要', 'メモ'],
      ['概要', 'mb'],
    ]);
    expect(infoMessages(problems).some((m) => m.includes('comes back after each talk'))).toBe(
      false,
    );
  });

  it('reads a repeated title after the details heading, before any talk, as a talk', () => {
    const { meetup } = notes(
      ['# M', '## 開催概要', 'x', '## メモ', 'm1', '## Talk', 't', '## メモ', 'm2', ''].join('\n'),
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['メモ', 'Talk']);
  });

  it('still warns of each empty heading, repeated or not', () => {
    const { problems } = notes(
      ['# M', '## Talk A', 'a', '##', 'x', '## Talk B', 'b', '##', 'y', ''].join('\n'),
    );
    expect(
      problems.filter((p) => p.level === 'warning' && p.message.includes('has no text')),
    ).toHaveLength(2);
  });

  it('keeps a repeated title before any other heading of its level as a talk', () => {
    const { meetup } = notes(
      ['# Reading circle', '## 感想', '一章', '## 感想', '二章', ''].join('\n'),
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['感想', '感想']);
  });
});

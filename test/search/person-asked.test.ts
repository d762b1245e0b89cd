import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import {
  asksForPerson,
  bracketSpeaker,
  mentionsPerson,
  namesPerson,
  onlyWhoAndLinks,
  personLine,
  titleSpeaker,
} from '../../src/search/person-asked.js';

const asks = (question: string) => asksForPerson(normalize(question));
const talk = (title: string, ...lines: string[]) => ({
  title,
  passages: lines.map((text) => ({ text })),
});

describe('asksForPerson', () => {
  it.each([
    'Who gave the talk on the build farm?',
    "who's running the coworking space?",
    'At the storage night, who presented the migration?',
    'Which company is it, and who spoke for it?',
    'The build farm talk, so who gave it?',
    'The build farm talk, then who gave it?',
    'ねえ、who gave it?',
    'ビルドファームの話をしたのは誰?',
    'あの発表したのだれだっけ',
    '講師はどなたでしたか',
    // Asked who presented, of a talk on something built.
    'Who presented the tool the team built?',
    '社内で開発したツールを紹介したのは誰?',
    // The maker of the talk's own things is its speaker.
    'who made the slides for the portal talk?',
    'who made the slides?',
    'Who made the talk slides?',
    'Who made the demos shown in the keynote?',
    'Who made the deck used at the June meetup?',
    'who wrote the blog post about it?',
    'この資料を作ったのは誰?',
    'デモを作ったのは誰?',
  ])('reads "%s" as asking for a person', (question) => {
    expect(asks(question)).toBe(true);
  });

  it.each([
    'Which tool shows who signed an image?',
    'Whose slides were those?',
    'Is the talk also whole without slides?',
    'What did the speaker say about the build farm?',
    'これって誰でも使えるの?',
    'これって誰にでも使えるの?',
    '誰しも一度は通る道?',
    '誰か資料持ってる?',
    '誰も使ってないの?',
    // The maker of a thing: a company or a project as often as a person.
    'who originally built the cache proxy?',
    'Who made that linter again?',
    'who develops the scheduler now?',
    'そのCIツールを作ったのは誰?',
    'あのエディタって開発元はどこ?',
    'このライブラリの作者って誰だっけ',
    'あのツール作った人誰?',
    // A thing named after a part of a talk is a thing made.
    'who built the LT timer bot?',
    'who made the deck template?',
    'who built the demo app?',
    'who is the creator of that scheduler?',
  ])('does not read "%s" as asking for a person', (question) => {
    expect(asks(question)).toBe(false);
  });
});

describe('mentionsPerson', () => {
  it.each([
    'サンプル社 山田さん',
    'サンプル社 山田 さん',
    '山田さんの発表',
    'Talked: Alexさん',
    '山田氏の発表',
    'たろうくん',
    'サンプル株式会社　開発部　山田 太郎 様',
    'follow @build_team',
    '登壇は@kmiura',
    // A katakana full name after a word for the guest or speaker, or before an affiliation.
    'ゲストはジョージ・ルーカス',
    '講師：ジョン・スミス',
    'ジョン・スミス（CNCF）の基調講演',
    'by ジョン・スミス',
    'speaker: the platform team',
    'Speaker: Jo Doe',
    'Presenter：Jo Doe',
    '発表者: 山田',
    'スピーカー：山田',
    'Speakers: Jo Doe, Al Roe',
    '登壇者名: 山田',
    '| タイトル | 登壇者名 |\n| ビルド | 山田 |',
    'Title | Speakers\nBuild farms | Jo Doe, Al Roe',
    'Track | Speaker | Level\nMain | Jo Doe | Intro',
    'Speaker | Title\nJo Doe | Build farms',
    'スピーカー: 山田',
    '| 時間 | 登壇者 |\n| 19:00 | 山田 |',
    'Title | 発表者\nBuild farms | 山田',
  ])('finds a person in "%s"', (text) => {
    expect(mentionsPerson(text)).toBe(true);
  });

  it.each([
    '皆さんありがとう',
    'みなさん集合',
    'お客さんの声',
    'たくさんの質問が来た',
    '氏名を入力する',
    // 様 written on ends words as often, and starts some.
    'APIの仕様を決めた',
    '同様に動く',
    'お客様の声',
    '様々な事例',
    'AWS 様々なサービス',
    'Excel 様式',
    'お客 様',
    'さんplus の話',
    'mail team@example.com',
    'npm i @types/node',
    '@channel 集合',
    'ビルド・テスト・デプロイを自動化',
    // Two katakana words joined by a middle dot, where no name stands: as often a thing.
    'ログ・メトリクスを一か所に集める',
    '初日にジョン・スミスが登場',
    'サーバーの台数',
    'cut the time by 50%',
    'Track | Speaker | Level',
    'Title | 登壇者\nno row under it',
    'Track | Level\nMain | Intro',
    'Speakerdeck | Slides\nlink | here',
    'Loudspeaker | Room\nbig | A',
    'the speaker said | it works\nthen | more',
    'スマートスピーカー: Echo Dot',
    'Loudspeakers: 2',
    'Number of speakers: 5',
    '機材 | 数\nスピーカー | 2\nマイク | 4',
    'notes first\nSpeaker | Title\nJo Doe | Build farms',
  ])('finds no one in "%s"', (text) => {
    expect(mentionsPerson(text)).toBe(false);
  });
});

describe('namesPerson', () => {
  it.each([
    ['a line of its notes', talk('Build farm', 'hosts', 'サンプル社 山田さん')],
    ['"by" and a name ending the title', talk('Build farms by someone')],
    ['"by" and a handle ending the title', talk('Build farms by @someone')],
    ['an honorific in the title', talk('ビルドファーム 山田さん')],
    ['a name in parentheses ending the title', talk('Build farms at scale （kmiura）')],
    ['a name in half-width parentheses ending the title', talk('Build farms (Jo Doe) ')],
    ['a handle after a dash ending the title', talk('Build farms – kmiura')],
    ['a name after a hyphen ending the title', talk('ビルドファーム入門 - 山田 花子')],
    ['a name after an em dash ending the title', talk('Build farms — Jo Doe')],
    ['a name after a dash with no space after it', talk('Build farms -kmiura')],
    ['a name between colons before a title in 「」', talk('LT 2：kmiura：「Build farms」')],
    ['two words between colons before a title in 「」', talk('枠1: Jo Doe: 「Build farms」')],
  ])('finds %s', (_, notes) => {
    expect(namesPerson(notes)).toBe(true);
  });

  it('finds a name in a section heading', () => {
    expect(
      namesPerson({ title: 'Build farm', passages: [{ text: 'hosts', section: '山田さん' }] }),
    ).toBe(true);
  });

  it.each([
    ['no notes', talk('Build farm')],
    ['"by" inside a line of the notes', talk('Build farm', 'cut the time by 50%')],
    ['"by" not ending the title', talk('Build farms by the numbers at scale')],
    ['"step by step" ending the title', talk('Build farms step by step')],
    ['a tentative title', talk('Build farms (仮)')],
    ['a lightning talk mark', talk('Build farms (LT)')],
    ['a part number', talk('Build farms (Part 2)')],
    ['a first half', talk('Build farms （前編）')],
    ['parentheses inside the title', talk('Build farms (and caches) at scale')],
    ['a time range', talk('10:00 - 10:30 Build farms')],
    ['a dash before a number', talk('Build farms - 2')],
    ['a dash inside a word', talk('Build farms self-hosted')],
    ['a dash before three words', talk('Build farms - a long story')],
    ['a dash with no space before it', talk('Build farms- kmiura')],
    ['a word before a title in 「」 with no colon after it', talk('オープニング「Build farms」')],
    ['a colon after the title in 「」', talk('LT 2：「Build farms」：kmiura')],
    ['three words between colons', talk('LT 2: a long story: 「Build farms」')],
  ])('finds no one in %s', (_, notes) => {
    expect(namesPerson(notes)).toBe(false);
  });
});

describe('titleSpeaker', () => {
  it.each([
    ['LT #2 山田花子さん@Sample「ビルドファーム」', '山田花子さん'],
    ['Build farms @kmiura', '@kmiura'],
    ['ゲストはジョン・スミス', 'ジョン・スミス'],
    ['Build farms by Jo Doe', 'Jo Doe'],
    ['Build farms – kmiura', 'kmiura'],
    ['Build farms （kmiura）', 'kmiura'],
    ['LT 2：kmiura：「Build farms」', 'kmiura'],
    ['ビルドファーム 池田 花子（株式会社 Sample）', '池田 花子（株式会社 Sample）'],
    ['Build farms Jo Doe (Sample Inc.)', 'Jo Doe (Sample Inc.)'],
    ['ビルドファームの長い入門（株式会社 Sample）', '株式会社 Sample'],
    ['（株式会社 Sample）', '株式会社 Sample'],
    ['CI入門（株式会社 Sample）', '株式会社 Sample'],
    ['Moving the cache to a shared volume (Sample Inc.)', 'Sample Inc.'],
    ['LT 2：kmiura：「山田さんに学ぶCI」', 'kmiura'],
    ['LT 2：Jo Doe：『Build farms』', 'Jo Doe'],
    ['Deploying with @vercel – kmiura', 'kmiura'],
    ['Build farms on @github Actions (Jo Doe)', 'Jo Doe'],
    ['Build farms @kmiura さん', '@kmiura さん'],
    ['【LT】ビルドファーム入門／山田太郎さん', '山田太郎さん'],
    ['Build farms (Revisiting)', 'Revisiting'],
    ['Build farms （ kmiura ）', 'kmiura'],
    ['ビルドファーム 池田 花子（株式会社 Sample） ', '池田 花子（株式会社 Sample）'],
    ['ビルドファームの長い入門（ 株式会社 Sample ） ', '株式会社 Sample'],
  ])('is the part of %s that names the speaker', (title, speaker) => {
    expect(titleSpeaker(title) ?? bracketSpeaker(title)).toBe(speaker);
  });

  it('takes a name with its honorific before a handle after it (the affiliation)', () => {
    expect(titleSpeaker('山田さん@sample_inc ビルドファーム')).toBe('山田さん');
  });

  it.each([
    ['Build farms'],
    ['オープニング「Build farms」'],
    ['Build farms (仮)'],
    ['皆さんのビルドファーム'],
    ['お父さんエンジニアのビルドファーム'],
    ['おじさんでもわかるCI'],
    ['Day 1：基調講演：「Build farms」'],
    ['セッションA：初心者向け：「Build farms」'],
    ['LT 2：kmiura：Build farms'],
    ['Kubernetes入門（基礎編）'],
    ['Kubernetes入門 (改訂版)'],
    ['CI入門（会社紹介あり）'],
    ['Build farms (revisited)'],
    ['Build farms (Revisited)'],
    ['Build farms (WIP)'],
    ['Build farms（ハンズオン）'],
    ['Build farms（後半）'],
    ['Build farms (an introduction)'],
    ['Build farms on @github Actions'],
    ['LT 2：kmiura：Build farms」'],
  ])('is nothing in %s', (title) => {
    expect(titleSpeaker(title)).toBeUndefined();
    expect(bracketSpeaker(title)).toBeUndefined();
  });

  it('takes a name in brackets only as the last resort: the plain forms are not in brackets', () => {
    expect(titleSpeaker('Build farms (Jo Doe)')).toBeUndefined();
    expect(bracketSpeaker('Build farms (Jo Doe)')).toBe('Jo Doe');
    expect(bracketSpeaker('Build farms by Jo Doe')).toBeUndefined();
  });
});

describe('personLine', () => {
  it('is the first line naming someone, in the notes order, out of a passage of several lines', () => {
    expect(
      personLine([
        { text: 'hosts in 3 regions' },
        { text: 'the farm\nサンプル社 山田さん\nmore' },
        { text: '佐藤さん' },
      ]),
    ).toBe('サンプル社 山田さん');
  });

  it('is a section heading naming someone, before the lines under it', () => {
    expect(personLine([{ text: 'hosts' }, { text: '佐藤さんの話', section: '山田さん' }])).toBe(
      '山田さん',
    );
  });

  it('is the whole table with a column for the speaker, first or not', () => {
    expect(
      personLine([
        { text: 'Build farms' },
        { text: 'Track | Speaker\nMain | Jo Doe\nSide | Al Roe' },
      ]),
    ).toBe('Track | Speaker\nMain | Jo Doe\nSide | Al Roe');
  });

  it('is a table whose first column is the speaker, up to its last row', () => {
    expect(personLine([{ text: 'Speaker | Title\nJo Doe | Build farms\nAl Roe | Caches' }])).toBe(
      'Speaker | Title\nJo Doe | Build farms\nAl Roe | Caches',
    );
  });

  it('reads the speaker label and column in normalized text (スピーカ)', () => {
    expect(personLine([{ text: 'スピーカ: 山田' }])).toBe('スピーカ: 山田');
    expect(personLine([{ text: 'track | スピーカ\nmain | 山田' }])).toBe(
      'track | スピーカ\nmain | 山田',
    );
  });

  it('is no table without a column for the speaker', () => {
    expect(personLine([{ text: 'Track | Level\nMain | Intro' }])).toBeUndefined();
  });

  it('is no table header without a row under it', () => {
    expect(personLine([{ text: 'Track | Speaker\nnothing under it' }])).toBeUndefined();
    expect(personLine([{ text: 'Track | Speaker' }])).toBeUndefined();
  });

  it('is nothing when no line or heading names anyone', () => {
    expect(personLine([{ text: 'hosts', section: 'The farm' }])).toBeUndefined();
  });
});

describe('onlyWhoAndLinks', () => {
  it.each([
    '山田さん (@rin_obs)',
    'サンプル社 山田さん\nTwitter: https://twitter.com/rin_obs',
    '@rin_obs | Twitter',
    'Rin Obs (@rin_obs) / GitHub',
    'Rin Obs（@rin_obs）さん / Twitter',
    'Speaker: Rin Obs',
    `山田さん ${'A'.repeat(37)}`,
    'Gunosy 関 喜史 (@yoshi)',
    // Two speakers and their company: the words left are counted, not the spaces between them.
    '山田さん 佐藤さん ACME',
    'https://twitter.com/rin_obs',
    'https://github.com/rin-obs',
    'Twitter',
  ])('knows that "%s" says nothing but who spoke', (text) => {
    expect(onlyWhoAndLinks(text)).toBe(true);
  });

  it.each([
    // A line that says something besides the speaker.
    '山田さん (@rin_obs)\nPrometheus keeps the metrics for fifteen days',
    '田中さんがGrafanaでダッシュボードを作成、アラートはPagerDutyに通知',
    'Speaker: Rin Obs, moved 40 CI runners onto spot instances',
    'Thanks @acme_corp for sponsoring',
    // Things listed with a middle dot are no name; a repository or a page is notes.
    'コンテナ・オーケストレーション入門',
    'https://github.com/example/sqlc-demo',
    '山田さん https://example.com/docs/setup',
    'Rin Obs',
    'Prometheus keeps the metrics',
    '',
    '  \n ',
    // A figure, an arrow, or more than a name and an affiliation (three words) left.
    '鈴木さん: RDS → Aurora、コスト40%減',
    '佐藤氏 Terraform Cloud → Spacelift',
    'Speaker: Kubernetes Operator SDK v1.30',
    '山田さん SQLite WAL 推奨',
    // More than a name and an affiliation: forty characters at most are left.
    `山田さん ${'A'.repeat(38)}`,
  ])('knows that "%s" says more than who spoke, or nothing at all', (text) => {
    expect(onlyWhoAndLinks(text)).toBe(false);
  });
});

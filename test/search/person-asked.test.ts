import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksForPerson, namesPerson, withPersonLine } from '../../src/search/person-asked.js';

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
    'ビルドファームの話をしたのは誰?',
    'あの発表したのだれだっけ',
    '講師はどなたでしたか',
  ])('reads "%s" as asking for a person', (question) => {
    expect(asks(question)).toBe(true);
  });

  it.each([
    'Which tool shows who signed an image?',
    'Whose slides were those?',
    'What did the speaker say about the build farm?',
    'これって誰でも使えるの?',
    '誰か資料持ってる?',
    '誰も使ってないの?',
  ])('does not read "%s" as asking for a person', (question) => {
    expect(asks(question)).toBe(false);
  });
});

describe('namesPerson', () => {
  it.each([
    ['a name with an honorific', talk('Build farm', '株式会社サンプル 山田さん')],
    ['a name and honorific spaced apart', talk('Build farm', 'サンプル社 山田 さん')],
    ['an honorific after a Latin name', talk('Build farm', 'Talked: Alexさん')],
    ['氏 after a name', talk('Build farm', '山田氏の発表')],
    ['a handle', talk('Build farm', 'slides by the team', 'follow @build_team')],
    ['a katakana full name', talk('Build farm', '初日にジョン・スミスが登場')],
    ['a speaker label', talk('Build farm', 'speaker: the platform team')],
    ['"by" in the title', talk('Build farms by someone')],
    ['an honorific in the title', talk('ビルドファーム 山田さん')],
    ['a name in parentheses ending the title', talk('Build farms at scale （kmiura）')],
    ['a name in half-width parentheses ending the title', talk('Build farms (Jo Doe) ')],
  ])('finds %s', (_, notes) => {
    expect(namesPerson(notes)).toBe(true);
  });

  it('finds a name in a section heading', () => {
    expect(
      namesPerson({ title: 'Build farm', passages: [{ text: 'hosts', section: '山田さん' }] }),
    ).toBe(true);
  });

  it.each([
    ['everyone addressed', talk('Build farm', '皆さんありがとう', 'みなさん集合', 'お客さんの声')],
    ['a form field for names', talk('Build farm', '氏名を入力する')],
    ['an email address', talk('Build farm', 'mail team@example.com')],
    ['"by" in a line of the notes', talk('Build farm', 'cut the time by 50%')],
    ['a katakana word without a middle dot', talk('ビルドファーム', 'サーバーの台数')],
    ['no notes', talk('Build farm')],
    ['a tentative title', talk('Build farms (仮)')],
    ['parentheses inside the title', talk('Build farms (and caches) at scale')],
  ])('finds no one in %s', (_, notes) => {
    expect(namesPerson(notes)).toBe(false);
  });
});

describe('withPersonLine', () => {
  const passages = [{ text: 'hosts in 3 regions' }, { text: 'サンプル社 山田さん' }];

  it('puts the line naming someone before a text that names no one', () => {
    expect(withPersonLine('hosts in 3 regions', passages)).toBe(
      'サンプル社 山田さん\nhosts in 3 regions',
    );
  });

  it('leaves a text that names someone as it is', () => {
    expect(withPersonLine('山田さんの話', passages)).toBe('山田さんの話');
  });

  it('leaves the text as it is when no line names anyone', () => {
    expect(withPersonLine('hosts', [{ text: 'hosts' }])).toBe('hosts');
  });
});

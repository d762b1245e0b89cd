import { describe, expect, it } from 'vitest';
import { DEFAULT_BOT } from '../../src/messages/bot-identity.js';
import { type Messages, messagesFor } from '../../src/messages/catalog.js';
import { LANGUAGES } from '../../src/messages/language.js';

const EN = messagesFor('en');
const JA = messagesFor('ja');

describe('the sentences said instead of an answer', () => {
  it('says which kind of link the notes lack', () => {
    expect(EN.missingLink('slides')).toBe('The notes have no slides for this talk.');
    expect(EN.missingLink('video')).toBe('The notes have no video or recording for this talk.');
  });

  it('says which of the names offered a talk does not mention, in each language', () => {
    expect(EN.unmentionedOf(['Bazel'], 'Monorepos')).toBe(
      'The notes on “Monorepos” do not mention “Bazel”.',
    );
    expect(EN.unmentionedOf(['Slack', 'Teams'], 'Alerts')).toBe(
      'The notes on “Alerts” do not mention “Slack” or “Teams”.',
    );
    expect(EN.unmentionedOf(['Nomad', 'ECS', 'EKS'], 'Deploys')).toBe(
      'The notes on “Deploys” do not mention “Nomad”, “ECS”, or “EKS”.',
    );
    expect(JA.unmentionedOf(['Bazel'], 'モノレポ')).toBe(
      '「モノレポ」のノートに「Bazel」は出てきません。',
    );
    expect(JA.unmentionedOf(['Slack', 'Teams'], '通知')).toBe(
      '「通知」のノートには「Slack」も「Teams」も出てきません。',
    );
    expect(JA.unmentionedOf(['Nomad', 'ECS', 'EKS'], 'デプロイ')).toBe(
      '「デプロイ」のノートには「Nomad」も「ECS」も「EKS」も出てきません。',
    );
  });

  it('quotes the words that matched no talk and says how to see them all', () => {
    expect(EN.noTalksMatch('tanzu')).toBe(
      'No meetup or talk in the notes matches "tanzu". Try "talks" alone to see them all.',
    );
  });

  it('counts the meetups left out of a listing, one or more', () => {
    expect(EN.moreMeetups(1)).toBe(
      '…and 1 more meetup. Add a word to narrow the list, like "talks go" or "talks 第5回".',
    );
    expect(EN.moreMeetups(3)).toBe(
      '…and 3 more meetups. Add a word to narrow the list, like "talks go" or "talks 第5回".',
    );
  });

  it('says how long questions are kept', () => {
    expect(EN.privacy(30)).toBe(
      'Questions asked here are recorded, without your name, to improve the notes, and deleted after 30 days.',
    );
  });
});

describe('the private replies to votes', () => {
  it('thanks for a vote by its label, first or changed', () => {
    expect(EN.vote('recorded', 'helpful')).toBe(
      'Thanks! Your 👍 Helpful helps the organizers improve the notes.',
    );
    expect(EN.vote('changed', 'not-helpful')).toBe('Thanks, your vote is now 👎 Not helpful.');
  });

  it('says a vote on a forgotten answer was not recorded, with how long answers are kept when known', () => {
    expect(EN.vote('unknown', 'helpful')).toBe(
      'Sorry, I no longer know that answer, so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
    expect(EN.vote('unknown', 'helpful', 7)).toBe(
      'Sorry, I no longer know that answer (answers are kept for 7 days), so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
    expect(EN.vote('unavailable', 'helpful')).toBe(
      'Sorry, I could not record your vote just now. Please try again later.',
    );
  });
});

describe('forwarding a question to the organizers', () => {
  it('names the talk and meetup the bot answered from, or says the notes had none', () => {
    expect(EN.answered({ answerKind: 'found', topTalk: 'vSAN入門', topMeetup: 'Night #3' })).toBe(
      'The bot answered from “vSAN入門” (Night #3), and the asker wants more.',
    );
    expect(EN.answered({ answerKind: 'found', topTalk: 'vSAN入門' })).toBe(
      'The bot answered from “vSAN入門”, and the asker wants more.',
    );
    expect(EN.answered({ answerKind: 'found' })).toBe('The notes had no answer.');
    expect(EN.answered({ answerKind: 'none', topTalk: 'vSAN入門' })).toBe(
      'The notes had no answer.',
    );
  });

  it('tells the asker what became of the question', () => {
    expect(EN.forward('sent')).toBe('Sent to the organizers. Thank you for asking!');
    expect(EN.forward('unknown')).toBe(
      'Sorry, I no longer know that question, so I could not send it. Please ask again.',
    );
    expect(EN.forward('unknown', 14)).toBe(
      'Sorry, I no longer know that question (questions are kept for 14 days), so I could not send it. Please ask again.',
    );
    expect(EN.forward('unavailable')).toBe(
      'Sorry, I cannot reach the question log just now, so I could not send it. Please try again later.',
    );
    expect(EN.forward('failed')).toBe(
      'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.',
    );
  });

  it('throws on an outcome the types rule out, naming it', () => {
    expect(() => EN.forward('lost' as never)).toThrow('Unknown outcome: lost');
    expect(() => EN.vote('lost' as never, 'helpful')).toThrow('Unknown outcome: lost');
  });
});

describe('the catalog in both languages', () => {
  /** Every sentence a catalog can say, with sample arguments, so the two languages can be compared. */
  function everySentence(say: Messages): string[] {
    const id = { command: 'meetup', displayName: 'Go Bot' };
    return [
      say.apology,
      say.slowDown,
      say.tooLong(1000),
      say.notReady,
      say.restarting,
      say.foundIntro('q'),
      say.notFound('q'),
      say.related,
      say.seeAllTalks('`/meetup talks`'),
      say.linkLabel('slides'),
      say.missingLink('video'),
      say.talksIntro,
      say.talksShown(1, 2),
      say.noTalksYet,
      say.moreMeetups(2),
      say.noTalksMatch('x'),
      say.helpTitle(id),
      ...say.helpSlack(id),
      ...say.helpDiscord(id),
      ...say.helpConsole(id),
      say.helpLead,
      say.privacy(90),
      say.quitHint,
      say.unknownCommand(id),
      say.shareButton,
      say.voteButton('helpful'),
      say.askOrganizersButton,
      say.vote('recorded', 'helpful'),
      say.forward('sent'),
      say.organizersTitle,
      say.answered({ answerKind: 'none' }),
      say.digestUnanswered,
      say.digestDisliked,
    ];
  }

  it('says every sentence in Japanese in Japanese, and in English without kana or kanji', () => {
    const japanese = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u;
    for (const sentence of everySentence(JA)) expect(sentence).toMatch(japanese);
    for (const sentence of everySentence(EN)) expect(sentence).toMatch(/[A-Za-z]{2}/);
    // The English listing hint quotes a Japanese filter ("talks 第5回") on purpose.
    for (const sentence of everySentence(EN).filter((s) => !s.includes('第5回'))) {
      expect(sentence).not.toMatch(japanese);
    }
    expect(LANGUAGES.map((l) => messagesFor(l).language)).toEqual(LANGUAGES);
  });

  it('names the configured command in help, never the default one', () => {
    const id = { ...DEFAULT_BOT, command: 'meetup' };
    for (const say of [EN, JA]) {
      const help = [
        ...say.helpSlack(id),
        ...say.helpDiscord(id),
        ...say.helpConsole(id),
        say.unknownCommand(id),
      ].join('\n');
      expect(help).toContain('/meetup talks');
      expect(help).not.toContain('/vmware');
    }
  });

  it('counts with the plural rules of English and the numbers of each language', () => {
    expect(EN.privacy(1)).toContain('after 1 day.');
    expect(EN.privacy(1000)).toContain('after 1,000 days.');
    expect(JA.privacy(1000)).toContain('1,000日後');
    expect(EN.tooLong(1000)).toContain('1,000 characters');
    expect(JA.tooLong(1000)).toContain('1,000文字');
    expect(EN.talksShown(3, 12)).toContain('3 of 12 shown');
    expect(JA.talksShown(3, 12)).toContain('12件中3件');
  });

  it('dates the digest with Intl in each language', () => {
    const since = '2026-11-23T09:00:00.000Z';
    const until = '2026-11-30T09:00:00.000Z';
    expect(EN.digestTitle(since, until)).toMatch(/Nov 23.*30, 2026/);
    expect(JA.digestTitle(since, until)).toMatch(/^今週の質問まとめ 2026.11.23.*30$/);
    const counts = { questions: 1, answered: 1, notFound: 0, helpful: 2, notHelpful: 0 };
    expect(EN.digestCounts(counts)).toMatch(/^1 question: 1 answered, 0 not found/);
    expect(EN.digestCounts({ ...counts, questions: 2 })).toMatch(/^2 questions:/);
    expect(JA.digestCounts(counts)).toContain('質問1件');
  });

  it('words the organizers’ heading with and without where it was asked', () => {
    expect(EN.organizersHeading('*Q*', '<@U1>', 'in <#C1>')).toBe('*Q* from <@U1> in <#C1>:');
    expect(EN.organizersHeading('Q', '<@U1>', '')).toBe('Q from <@U1>:');
    expect(JA.organizersHeading('*Q*', '<@U1>', JA.askedIn('<#C1>'))).toBe(
      '<@U1> さんから <#C1> で の*Q*:',
    );
  });

  it('says how long Japanese answers are kept when a vote comes too late', () => {
    expect(JA.vote('unknown', 'helpful', 7)).toContain('保存期間は7日');
    expect(JA.vote('unknown', 'helpful')).not.toContain('保存期間');
    expect(JA.vote('recorded', 'not-helpful')).toContain('👎 役に立たなかった');
  });
});

describe('the Japanese sentences, one by one', () => {
  it('thanks, refuses and forwards in Japanese, each outcome its own sentence', () => {
    expect(JA.vote('changed', 'helpful')).toBe(
      'ありがとうございます。投票を「👍 役に立った」に変えました。',
    );
    expect(JA.vote('unavailable', 'helpful')).toBe(
      'すみません、今は投票を記録できませんでした。後でもう一度お試しください。',
    );
    expect(JA.vote('unknown', 'helpful', 3)).toBe(
      'すみません、その答えはもう記録にないため(答えの保存期間は3日です)、投票は記録されませんでした。もう一度質問して新しい答えに投票してください。',
    );
    expect(JA.forward('sent')).toBe('運営に送りました。質問ありがとうございます!');
    expect(JA.forward('unknown', 14)).toBe(
      'すみません、その質問はもう記録にないため(質問の保存期間は14日です)、送れませんでした。もう一度質問してください。',
    );
    expect(JA.forward('unknown')).not.toContain('保存期間');
    expect(JA.forward('unavailable')).toContain('質問の記録に接続できない');
    expect(JA.forward('failed')).toContain('運営のチャンネルに投稿できませんでした');
    expect(() => JA.forward('lost' as never)).toThrow('Unknown outcome: lost');
    expect(() => JA.vote('lost' as never, 'helpful')).toThrow('Unknown outcome: lost');
  });

  it('tells the organizers in Japanese what the bot answered', () => {
    expect(JA.answered({ answerKind: 'found', topTalk: 'vSAN入門', topMeetup: 'Night #3' })).toBe(
      'ボットは「vSAN入門」(Night #3)から答えましたが、質問者はもっと知りたがっています。',
    );
    expect(JA.answered({ answerKind: 'found', topTalk: 'vSAN入門' })).toBe(
      'ボットは「vSAN入門」から答えましたが、質問者はもっと知りたがっています。',
    );
    expect(JA.answered({ answerKind: 'found' })).toBe('ノートには答えがありませんでした。');
    expect(JA.answered({ answerKind: 'none', topTalk: 'vSAN入門' })).toBe(
      'ノートには答えがありませんでした。',
    );
    expect(JA.organizersHeading('Q', '<@U1>', '')).toBe('<@U1> さんからのQ:');
    expect(EN.askedIn('<#C1>')).toBe('in <#C1>');
  });

  it('labels links, missing links, shares and the rest of a listing in Japanese', () => {
    expect([JA.linkLabel('slides'), JA.linkLabel('video')]).toEqual(['スライド', '動画']);
    expect([EN.linkLabel('slides'), EN.linkLabel('video')]).toEqual(['Slides', 'Video']);
    expect(JA.missingLink('slides')).toBe('このトークのスライドはノートにありません。');
    expect(JA.missingLink('video')).toBe('このトークの動画・録画はノートにありません。');
    expect(JA.moreTalks(1200)).toBe('…ほか1,200件');
    expect(EN.moreTalks(1200)).toBe('… and 1,200 more');
    expect(JA.sharedBy('<@U1>', 'q')).toBe('<@U1> さんの質問: q');
    expect(JA.sharedAnswer('<@1>')).toBe('<@1> さんがこの答えを共有しました。');
  });
});

import type { Vote } from '../store/question-store.js';
import { type BotIdentity, slashCommand } from './bot-identity.js';
import type { Language } from './language.js';

/** What the bot answered a recorded question with, as the organizers are told it. */
export interface AnsweredSummary {
  readonly answerKind: string;
  readonly topMeetup?: string;
  readonly topTalk?: string;
}

/** The counts one weekly digest opens with. */
export interface DigestCounts {
  readonly questions: number;
  readonly answered: number;
  readonly notFound: number;
  readonly helpful: number;
  readonly notHelpful: number;
}

export type VoteOutcome = 'recorded' | 'changed' | 'unknown' | 'unavailable';
export type ForwardOutcome = 'sent' | 'unknown' | 'unavailable' | 'failed';
export type LinkKind = 'slides' | 'video';

/**
 * Every sentence the bot says, in one language. Each language implements the whole interface, so
 * a sentence missing in one of them is a type error. Sentences are plain text: where one takes
 * the user's words, the caller passes them already escaped for its platform, and each renderer
 * adds its own markup (bold, code, links) around them.
 */
export interface Messages {
  readonly language: Language;

  // --- Said instead of an answer ---
  /** Anything went wrong inside the bot: a short apology beats silence. */
  readonly apology: string;
  /** One user asks too often. */
  readonly slowDown: string;
  /** A question over the length limit. */
  tooLong(maxChars: number): string;
  /** Asked before the first index is built. */
  readonly notReady: string;
  /** Asked while the bot shuts down. */
  readonly restarting: string;

  // --- Around an answer ---
  /** Above the results; `query` is already escaped. */
  foundIntro(query: string): string;
  /** The notes cannot answer; `query` is already escaped. */
  notFound(query: string): string;
  /** Before the talk titles a not-found answer suggests. */
  readonly related: string;
  /** How to see every talk, after a not-found answer; `talks` is how to ask for the listing. */
  seeAllTalks(talks: string): string;
  /** A link's label. */
  linkLabel(kind: LinkKind): string;
  /** Under a result when the question asked for slides or a video the notes do not have. */
  missingLink(kind: LinkKind): string;
  /**
   * The whole reply when the question asked for slides or a video a talk's notes neither link nor
   * mention, or for an address (`link`) they do not give; `talk` is already escaped.
   */
  missingLinkOf(kind: LinkKind | 'link', talk: string): string;
  /**
   * The whole reply when the question offered names to choose from or as a guess and a talk's
   * notes mention none of them; `names` (as the question writes them) and `talk` are escaped.
   */
  unmentionedOf(names: readonly string[], talk: string): string;
  /** The label of a result's section and of its links, where a platform shows them as fields. */
  readonly sectionLabel: string;
  readonly linksLabel: string;
  /** The label of an address a result gives (a repository, a site) in the console. */
  readonly addressLabel: string;
  /** The label of the link to the talk in the published notes (the console). */
  readonly notesLabel: string;

  // --- The talk listing ---
  readonly talksIntro: string;
  /** The listing's heading when only `shown` of `total` meetups fit. */
  talksShown(shown: number, total: number): string;
  readonly noTalksYet: string;
  /** A meetup whose notes have no talk. */
  readonly meetupWithoutTalks: string;
  /** The last line of a meetup's talks when the rest do not fit. */
  moreTalks(count: number): string;
  /** Under a listing that does not fit in one message. */
  moreMeetups(hidden: number): string;
  /** The words after "talks" name no meetup and no talk (`filter` is the raw words). */
  noTalksMatch(filter: string): string;

  // --- Help ---
  /** The first line of help. */
  helpTitle(identity: BotIdentity): string;
  /** Help on Slack, one line each, code in backticks, placeholders as `<question>`. */
  helpSlack(identity: BotIdentity): readonly string[];
  /** Help on Discord, one line each. */
  helpDiscord(identity: BotIdentity): readonly string[];
  /** Help in the console, saying how the same words are typed in the chats. */
  helpConsole(identity: BotIdentity): readonly string[];
  /** Discord's line above the help embed. */
  readonly helpLead: string;
  /** Introduces an example question. */
  example(question: string): string;
  /** The line under help saying what is recorded and for how long. */
  privacy(days: number): string;
  /** How to leave an interactive console. */
  readonly quitHint: string;
  /** Discord: a command the bot does not have. */
  unknownCommand(identity: BotIdentity): string;

  // --- Buttons, and the replies to them ---
  readonly shareButton: string;
  voteButton(vote: Vote): string;
  readonly askOrganizersButton: string;
  /** Above an answer shared in the channel; `who` is a mention, `question` already escaped. */
  sharedBy(who: string, question: string): string;
  /** Discord's line above a shared answer; `who` is a mention. */
  sharedAnswer(who: string): string;
  /** Stands for a user who cannot be mentioned. */
  readonly someone: string;
  vote(outcome: VoteOutcome, vote: Vote, days?: number): string;
  forward(outcome: ForwardOutcome, days?: number): string;

  // --- For the organizers (in `ORGANIZERS_LANGUAGE`) ---
  readonly organizersTitle: string;
  /** `title` (with the platform's markup) from `who`, asked `where` (may be empty). */
  organizersHeading(title: string, who: string, where: string): string;
  /** Where it was asked: in a channel (a reference already in the platform's markup). */
  askedIn(channel: string): string;
  /** The label of a link to the message where it was asked. */
  readonly whereAsked: string;
  /** What the bot answered, in one plain sentence. */
  answered(summary: AnsweredSummary): string;
  /** The digest's first line; dates as ISO strings. */
  digestTitle(since: string, until: string): string;
  digestCounts(counts: DigestCounts): string;
  readonly digestUnanswered: string;
  readonly digestDisliked: string;
  /** Where the whole list is; `command` is the command line. */
  digestMore(command: string): string;

  // --- News when notes arrive (in the language of the notes announced) ---
  /** A new meetup's notes; `meetup` may carry its date. */
  newMeetupNews(meetup: string, talks: number): string;
  /** More talks in a meetup's notes. */
  newTalksNews(meetup: string, added: number, total: number): string;
  /** What a talk's slide link is called in the news. */
  readonly newsSlidesLabel: string;
  /** Said of a new talk without slides. */
  readonly newsNoSlides: string;
  /** How to ask about the news; `command` is the slash command's name. */
  newsHint(command: string): string;
  /** The line under the listed talks when more are new. */
  newsMore(count: number): string;
}

const enCount = new Intl.PluralRules('en');
const number = (language: Language, n: number) => n.toLocaleString(language);
/** "1 meetup", "2 meetups", by the English plural rules. */
const en = (n: number, one: string, other: string) =>
  `${number('en', n)} ${enCount.select(n) === 'one' ? one : other}`;

/** The digest's days, in the process's reading of the period (UTC, as its key is). */
function dateRange(language: Language, since: string, until: string): string {
  const format = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(new Date(since), new Date(until));
}

function english(): Messages {
  const kept = (what: string, days: number | undefined) =>
    days === undefined ? '' : ` (${what} are kept for ${en(days, 'day', 'days')})`;
  const link = (kind: LinkKind) => (kind === 'slides' ? 'Slides' : 'Video');
  const voteLabel = (vote: Vote) => (vote === 'helpful' ? '👍 Helpful' : '👎 Not helpful');
  return {
    language: 'en',
    apology:
      'Sorry, something went wrong on my side while answering. Please try again in a moment.',
    slowDown:
      'You are asking a lot of questions at once; please slow down and try again in a minute.',
    tooLong: (max) =>
      `That question is too long: questions are limited to ${number('en', max)} characters. Could you ask a shorter one?`,
    notReady: 'The notes are still loading; please ask again in a few seconds.',
    restarting: 'The bot is restarting; please ask again in a minute.',
    foundIntro: (query) => `Here is what the meetup notes say about “${query}”:`,
    notFound: (query) => `The notes have no answer to "${query}".`,
    related: 'Related talks:',
    seeAllTalks: (talks) => `Try other words, or see every talk with ${talks}.`,
    linkLabel: link,
    missingLink: (kind) =>
      kind === 'slides'
        ? 'The notes have no slides for this talk.'
        : 'The notes have no video or recording for this talk.',
    missingLinkOf: (kind, talk) =>
      kind === 'link'
        ? `The notes on “${talk}” give no link for that.`
        : kind === 'slides'
          ? `The notes have no slides for “${talk}”.`
          : `The notes have no video or recording for “${talk}”.`,
    unmentionedOf: (names, talk) =>
      `The notes on “${talk}” do not mention ${eitherList(names.map((n) => `“${n}”`))}.`,
    sectionLabel: 'Section',
    linksLabel: 'Links',
    addressLabel: 'Link',
    notesLabel: 'notes',
    talksIntro: 'Meetups and talks in the notes:',
    talksShown: (shown, total) =>
      `Meetups and talks in the notes (${number('en', shown)} of ${number('en', total)} shown):`,
    noTalksYet: 'There are no talks in the notes yet.',
    meetupWithoutTalks: 'No talks in the notes yet.',
    moreTalks: (count) => `… and ${number('en', count)} more`,
    moreMeetups: (hidden) =>
      `…and ${en(hidden, 'more meetup', 'more meetups')}. Add a word to narrow the list, like "talks go" or "talks 第5回".`,
    noTalksMatch: (filter) =>
      `No meetup or talk in the notes matches "${filter}". Try "talks" alone to see them all.`,
    helpTitle: ({ displayName }) =>
      `${displayName} answers questions about the meetup talks from the organizers’ notes.`,
    helpSlack: (id) => {
      const c = slashCommand(id);
      return [
        `\`${c} ask <question>\` (or just \`${c} <question>\`): only you see the answer, with a button to share it in the channel.`,
        `\`${c} talks\`: every meetup and talk, with slide links.`,
        `\`${c} help\`: this message.`,
        'Mention me with a question in a channel and I answer in a thread, or send me a direct message.',
      ];
    },
    helpDiscord: (id) => {
      const c = slashCommand(id);
      return [
        `\`${c} ask question:<your question>\` answers from the organizers’ notes, only you see it; press **Share in channel** to post it for everyone.`,
        `\`${c} talks\` lists the meetups and talks with slide links.`,
        'You can also mention me with a question in a channel, or send me a DM.',
      ];
    },
    helpConsole: (id) => [
      'Ask a question about the meetup talks, in Japanese or English.',
      '"talks" lists the meetups and talks; "help" shows this text.',
      `In Slack and Discord the same words follow ${slashCommand(id)}, a mention of the bot, or go in a DM.`,
    ],
    helpLead: 'Here is how to ask me about the meetup talks.',
    example: (question) => `Example: ${question}`,
    privacy: (days) =>
      `Questions asked here are recorded, without your name, to improve the notes, and deleted after ${en(days, 'day', 'days')}.`,
    quitHint: '"exit", "quit" or Ctrl+D quits.',
    unknownCommand: (id) => `Sorry, I do not know that command. Try \`${slashCommand(id)} help\`.`,
    shareButton: 'Share in channel',
    voteButton: voteLabel,
    askOrganizersButton: 'Ask the organizers',
    sharedBy: (who, question) => `${who} asked: ${question}`,
    sharedAnswer: (who) => `${who} shared this answer.`,
    someone: 'Someone',
    vote: (outcome, vote, days) => {
      switch (outcome) {
        case 'recorded':
          return `Thanks! Your ${voteLabel(vote)} helps the organizers improve the notes.`;
        case 'changed':
          return `Thanks, your vote is now ${voteLabel(vote)}.`;
        case 'unknown':
          return `Sorry, I no longer know that answer${kept('answers', days)}, so the vote was not recorded. Ask again to vote on a fresh answer.`;
        case 'unavailable':
          return 'Sorry, I could not record your vote just now. Please try again later.';
        default:
          return unreachable(outcome);
      }
    },
    forward: (outcome, days) => {
      switch (outcome) {
        case 'sent':
          return 'Sent to the organizers. Thank you for asking!';
        case 'unknown':
          return `Sorry, I no longer know that question${kept('questions', days)}, so I could not send it. Please ask again.`;
        case 'unavailable':
          return 'Sorry, I cannot reach the question log just now, so I could not send it. Please try again later.';
        case 'failed':
          return 'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.';
        default:
          return unreachable(outcome);
      }
    },
    organizersTitle: 'A question for the organizers',
    organizersHeading: (title, who, where) => `${title} from ${who}${where ? ` ${where}` : ''}:`,
    askedIn: (channel) => `in ${channel}`,
    whereAsked: 'where it was asked',
    answered: ({ answerKind, topMeetup, topTalk }) => {
      if (answerKind !== 'found' || topTalk === undefined) return 'The notes had no answer.';
      const meetup = topMeetup === undefined ? '' : ` (${topMeetup})`;
      return `The bot answered from “${topTalk}”${meetup}, and the asker wants more.`;
    },
    digestTitle: (since, until) => `Weekly question digest, ${dateRange('en', since, until)}`,
    digestCounts: (c) =>
      `${en(c.questions, 'question', 'questions')}: ${number('en', c.answered)} answered, ${number('en', c.notFound)} not found in the notes; ${number('en', c.helpful)} 👍, ${number('en', c.notHelpful)} 👎.`,
    digestUnanswered: 'Not answered by the notes:',
    digestDisliked: 'Answers voted 👎 Not helpful:',
    digestMore: (command) => `The whole list: ${command}`,
    newMeetupNews: (meetup, talks) => `New notes: ${meetup}, ${en(talks, 'talk', 'talks')}.`,
    newTalksNews: (meetup, added, total) =>
      `${added === 1 ? '1 new talk' : `${number('en', added)} new talks`} in the notes of ${meetup} (now ${number('en', total)}).`,
    newsSlidesLabel: 'slides',
    newsNoSlides: 'no slides yet',
    newsHint: (command) => `Ask me about it: /${command} ask <your question>, or mention me.`,
    newsMore: (n) => `…and ${n === 1 ? '1 more talk' : `${number('en', n)} more talks`}.`,
  };
}

function japanese(): Messages {
  const kept = (what: string, days: number | undefined) =>
    days === undefined ? '' : `(${what}の保存期間は${number('ja', days)}日です)`;
  const voteLabel = (vote: Vote) => (vote === 'helpful' ? '👍 役に立った' : '👎 役に立たなかった');
  return {
    language: 'ja',
    apology:
      'すみません、回答中にボット側で問題が起きました。少し待ってからもう一度お試しください。',
    slowDown: '短い間に質問が多すぎます。1分ほど待ってからもう一度お試しください。',
    tooLong: (max) =>
      `質問が長すぎます。質問は${number('ja', max)}文字までです。短くして聞き直してもらえますか?`,
    notReady: 'ノートを読み込んでいるところです。数秒後にもう一度聞いてください。',
    restarting: 'ボットは再起動中です。1分ほどしてからもう一度聞いてください。',
    foundIntro: (query) => `「${query}」について、ミートアップのノートにはこう書かれています:`,
    notFound: (query) => `「${query}」への答えはノートにありません。`,
    related: '関連するトーク:',
    seeAllTalks: (talks) => `別の言葉で聞き直すか、${talks} ですべてのトークを見てください。`,
    linkLabel: (kind) => (kind === 'slides' ? 'スライド' : '動画'),
    missingLink: (kind) =>
      kind === 'slides'
        ? 'このトークのスライドはノートにありません。'
        : 'このトークの動画・録画はノートにありません。',
    missingLinkOf: (kind, talk) =>
      kind === 'link'
        ? `「${talk}」のノートに、そのリンクはありません。`
        : kind === 'slides'
          ? `「${talk}」のスライドはノートにありません。`
          : `「${talk}」の動画・録画はノートにありません。`,
    unmentionedOf: (names, talk) =>
      names.length === 1
        ? `「${talk}」のノートに「${names[0]}」は出てきません。`
        : `「${talk}」のノートには${names.map((n) => `「${n}」も`).join('')}出てきません。`,
    sectionLabel: 'セクション',
    linksLabel: 'リンク',
    addressLabel: 'リンク',
    notesLabel: 'ノート',
    talksIntro: 'ノートにあるミートアップとトーク:',
    talksShown: (shown, total) =>
      `ノートにあるミートアップとトーク(${number('ja', total)}件中${number('ja', shown)}件を表示):`,
    noTalksYet: 'ノートにはまだトークがありません。',
    meetupWithoutTalks: 'ノートにはまだトークがありません。',
    moreTalks: (count) => `…ほか${number('ja', count)}件`,
    moreMeetups: (hidden) =>
      `…ほかにミートアップが${number('ja', hidden)}件あります。「talks go」や「talks 第5回」のように言葉を足すと絞り込めます。`,
    noTalksMatch: (filter) =>
      `「${filter}」に当たるミートアップやトークはノートにありません。「talks」だけで全部を表示できます。`,
    helpTitle: ({ displayName }) =>
      `${displayName}は、ミートアップのトークについて運営のノートから質問に答えます。`,
    helpSlack: (id) => {
      const c = slashCommand(id);
      return [
        `\`${c} ask <質問>\`(または \`${c} <質問>\`): 答えはあなたにだけ表示され、チャンネルに共有するボタンが付きます。`,
        `\`${c} talks\`: すべてのミートアップとトーク、スライドへのリンク。`,
        `\`${c} help\`: このメッセージ。`,
        'チャンネルでメンションして質問するとスレッドで答えます。ダイレクトメッセージでも質問できます。',
      ];
    },
    helpDiscord: (id) => {
      const c = slashCommand(id);
      return [
        `\`${c} ask question:<質問>\` で運営のノートから答えます。答えはあなたにだけ表示され、**チャンネルに共有** を押すとチャンネルに投稿します。`,
        `\`${c} talks\` でミートアップとトークをスライドへのリンク付きで一覧します。`,
        'チャンネルでメンションして質問したり、DMで質問したりもできます。',
      ];
    },
    helpConsole: (id) => [
      'ミートアップのトークについて、日本語か英語で質問してください。',
      '「talks」でミートアップとトークを一覧し、「help」でこの説明を表示します。',
      `SlackやDiscordでは ${slashCommand(id)} の後やボットへのメンション、DMで同じように使えます。`,
    ],
    helpLead: 'ミートアップのトークについての質問のしかたです。',
    example: (question) => `例: ${question}`,
    privacy: (days) =>
      `ここでの質問はノートの改善のために名前を伏せて記録され、${number('ja', days)}日後に削除されます。`,
    quitHint: '「exit」「quit」または Ctrl+D で終了します。',
    unknownCommand: (id) =>
      `すみません、そのコマンドはわかりません。\`${slashCommand(id)} help\` を試してください。`,
    shareButton: 'チャンネルに共有',
    voteButton: voteLabel,
    askOrganizersButton: '運営に聞く',
    sharedBy: (who, question) => `${who} さんの質問: ${question}`,
    sharedAnswer: (who) => `${who} さんがこの答えを共有しました。`,
    someone: 'だれか',
    vote: (outcome, vote, days) => {
      switch (outcome) {
        case 'recorded':
          return `ありがとうございます! 「${voteLabel(vote)}」は運営がノートを良くするのに役立ちます。`;
        case 'changed':
          return `ありがとうございます。投票を「${voteLabel(vote)}」に変えました。`;
        case 'unknown':
          return `すみません、その答えはもう記録にないため${kept('答え', days)}、投票は記録されませんでした。もう一度質問して新しい答えに投票してください。`;
        case 'unavailable':
          return 'すみません、今は投票を記録できませんでした。後でもう一度お試しください。';
        default:
          return unreachable(outcome);
      }
    },
    forward: (outcome, days) => {
      switch (outcome) {
        case 'sent':
          return '運営に送りました。質問ありがとうございます!';
        case 'unknown':
          return `すみません、その質問はもう記録にないため${kept('質問', days)}、送れませんでした。もう一度質問してください。`;
        case 'unavailable':
          return 'すみません、今は質問の記録に接続できないため送れませんでした。後でもう一度お試しください。';
        case 'failed':
          return 'すみません、運営のチャンネルに投稿できませんでした。運営の方に直接聞いてください。直し方はボットのログにあります。';
        default:
          return unreachable(outcome);
      }
    },
    organizersTitle: '運営への質問',
    organizersHeading: (title, who, where) =>
      `${who} さんから${where ? ` ${where} ` : ''}の${title}:`,
    askedIn: (channel) => `${channel} で`,
    whereAsked: '質問された場所',
    answered: ({ answerKind, topMeetup, topTalk }) => {
      if (answerKind !== 'found' || topTalk === undefined)
        return 'ノートには答えがありませんでした。';
      const meetup = topMeetup === undefined ? '' : `(${topMeetup})`;
      return `ボットは「${topTalk}」${meetup}から答えましたが、質問者はもっと知りたがっています。`;
    },
    digestTitle: (since, until) => `今週の質問まとめ ${dateRange('ja', since, until)}`,
    digestCounts: (c) =>
      `質問${number('ja', c.questions)}件: ノートで答えられたもの${number('ja', c.answered)}件、ノートになかったもの${number('ja', c.notFound)}件。👍 ${number('ja', c.helpful)}件、👎 ${number('ja', c.notHelpful)}件。`,
    digestUnanswered: 'ノートで答えられなかった質問:',
    digestDisliked: '👎 役に立たなかったと投票された答え:',
    digestMore: (command) => `一覧のすべて: ${command}`,
    newMeetupNews: (meetup, talks) => `新しいノート: ${meetup}(発表${number('ja', talks)}件)`,
    newTalksNews: (meetup, added, total) =>
      `${meetup} のノートに発表が${number('ja', added)}件追加されました(全${number('ja', total)}件)`,
    newsSlidesLabel: '資料',
    newsNoSlides: '資料はまだありません',
    newsHint: (command) => `質問は /${command} ask <質問> か、メンションでどうぞ。`,
    newsMore: (n) => `…ほか${number('ja', n)}件`,
  };
}

function unreachable(value: never): never {
  throw new Error(`Unknown outcome: ${String(value)}`);
}

const CATALOG: Readonly<Record<Language, Messages>> = { en: english(), ja: japanese() };

/** Every sentence in `language`. */
export function messagesFor(language: Language): Messages {
  return CATALOG[language];
}

/** Names offered as a choice, in English: "a", "a or b", "a, b, or c". */
function eitherList(items: readonly string[]): string {
  const last = items.slice(-1).join('');
  if (items.length < 3) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${last}`;
}

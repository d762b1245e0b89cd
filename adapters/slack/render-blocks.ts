import type { types } from '@slack/bolt';
import {
  ADDRESSES_PER_RESULT,
  type Answer,
  type AnswerResult,
  DEFAULT_RESULT_LIMIT,
  type MeetupListing,
} from '../../src/answer/answer.js';
import type { Address, TalkLink } from '../../src/content/meetup.js';
import { slashCommand } from '../../src/messages/bot-identity.js';
import type { Messages } from '../../src/messages/catalog.js';
import { lackedByTalk } from '../../src/messages/lacked-by-talk.js';
import { type Wording, wordingFor } from '../../src/messages/wording.js';
import { boldRanges, escapeMrkdwn, mrkdwnLink, truncateMrkdwn } from './mrkdwn.js';

/**
 * Slack's limits on a message. Going over any of them makes Slack reject the whole message
 * (`invalid_blocks`), so the renderer truncates to stay inside them instead.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#truncation
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters in a section block's text. */
  sectionText: 3000,
  /** Characters in one context block element. */
  contextText: 3000,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters in a button's label. */
  buttonText: 75,
  /**
   * Characters of an address's label in a result's links (ours, not Slack's: a long link text
   * from the notes would crowd out the others).
   */
  addressLabel: 80,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /**
   * The top-level `text` is the notification and screen-reader fallback; Slack truncates it at
   * 40,000 characters, but anything past a few thousand is useless in a notification.
   */
  fallbackText: 4000,
} as const;

/** A message ready for `chat.postMessage`, `respond()` or a slash command `ack()`. */
export interface SlackMessage {
  readonly blocks: types.KnownBlock[];
  /** Fallback for notifications and clients that cannot show blocks; escaped like the blocks. */
  readonly text: string;
}

/** English and the default bot, for callers that have no reply to take a language from. */
const DEFAULT_WORDING = wordingFor('en');

/**
 * Turns an `Answer` into Block Kit, worded in the reply's language with the bot's command. Pure:
 * no I/O, never throws for any answer.
 */
export function renderAnswer(answer: Answer, wording: Wording = DEFAULT_WORDING): SlackMessage {
  switch (answer.kind) {
    case 'found':
      return renderFound(answer.query, answer.results, wording);
    case 'not-found':
      return renderNotFound(answer, wording);
    case 'help':
      return renderHelp({}, wording);
    case 'invalid':
      return renderNotice(answer.reason);
    default: {
      const unreachable: never = answer;
      throw new Error(`Unknown answer kind: ${JSON.stringify(unreachable)}`);
    }
  }
}

function renderFound(
  query: string,
  results: readonly AnswerResult[],
  wording: Wording,
): SlackMessage {
  const { say } = wording;
  const shown = results.slice(0, DEFAULT_RESULT_LIMIT);
  if (shown.length === 0)
    return renderNotFound({ kind: 'not-found', query, suggestions: [] }, wording);
  const intro = say.foundIntro(escapeMrkdwn(query));
  const blocks: types.KnownBlock[] = [section(intro)];
  for (const [i, result] of shown.entries()) {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(section(resultText(result)));
    const links = [linksText(result.links, say), addressesText(result.addresses)]
      .filter(Boolean)
      .join('  ·  ');
    if (links) blocks.push(context(links));
    if (result.missing) blocks.push(context(escapeMrkdwn(say.missingLink(result.missing))));
  }
  const titles = shown.map((r) => `${r.talk} (${r.meetup})`).join('; ');
  return message(blocks, `${intro} ${escapeMrkdwn(titles)}`);
}

function resultText(result: AnswerResult): string {
  const title = result.notesUrl
    ? mrkdwnLink(result.notesUrl, result.talk)
    : escapeMrkdwn(result.talk);
  const where = [result.meetup, result.section]
    .filter((s): s is string => !!s)
    .map(escapeMrkdwn)
    .join(' › ');
  const snippet = boldRanges(result.snippet, result.matches).replace(/\n/g, '\n>');
  return `*${title}*\n_${where}_\n>${snippet}`;
}

function linksText(links: readonly TalkLink[], say: Messages): string {
  return links
    .map((link) =>
      mrkdwnLink(link.url, `${link.kind === 'slides' ? '📑' : '🎬'} ${say.linkLabel(link.kind)}`),
    )
    .join('  ·  ');
}

/**
 * The addresses a result gives (asked for a URL or a repository), each a link labelled by its
 * text in the notes, or by the URL when it has none; only http(s) ones (see `mrkdwnLink`).
 */
function addressesText(addresses: readonly Address[] | undefined): string {
  const shown = addresses
    ?.filter((a) => /^https?:\/\//i.test(a.url))
    .slice(0, ADDRESSES_PER_RESULT);
  return (
    shown?.map(({ url, label }) => mrkdwnLink(url, `🔗 ${shorten(label ?? url)}`)).join('  ·  ') ??
    ''
  );
}

/** `text` on one line, at most {@link SLACK_LIMITS.addressLabel} characters, `…` when cut. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const max = SLACK_LIMITS.addressLabel;
  return line.length <= max
    ? line
    : `${Array.from(line)
        .slice(0, max - 1)
        .join('')}…`;
}

function renderNotFound(
  answer: Extract<Answer, { kind: 'not-found' }>,
  { say, identity }: Wording,
): SlackMessage {
  const { query, suggestions } = answer;
  // A talk that lacks the link asked for, or every name offered, is named in the one sentence
  // saying so.
  const about = lackedByTalk(answer, say, escapeMrkdwn);
  const lines = [about ?? say.notFound(escapeMrkdwn(query))];
  if (suggestions.length > 0 && about === undefined) {
    lines.push(`${say.related} ${suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(', ')}`);
  }
  lines.push(say.seeAllTalks(`\`${slashCommand(identity)} talks\``));
  return message([section(lines.join('\n'))], lines.join(' '));
}

/** What help shows besides the usage: the privacy line and an example the notes answer. */
export interface HelpExtras {
  readonly privacy?: string;
  readonly example?: string;
}

/** Usage, for `/vmware help`, a bare `/vmware` and a mention without a question. */
export function renderHelp(
  { privacy, example }: HelpExtras = {},
  { say, identity }: Wording = DEFAULT_WORDING,
): SlackMessage {
  const lines = [
    `*${escapeMrkdwn(say.helpTitle(identity))}*`,
    ...say.helpSlack(identity).map((line) => `• ${escapeMrkdwn(line)}`),
    ...(example === undefined ? [] : [escapeMrkdwn(say.example(`_${example}_`))]),
  ];
  const text = lines.join('\n');
  const command = slashCommand(identity);
  return message(
    privacy === undefined ? [section(text)] : [section(text), context(escapeMrkdwn(privacy))],
    escapeMrkdwn(`${say.helpTitle(identity)} ${command} talks, ${command} help`),
  );
}

/** Every meetup with its talks and their slide/video links, for `/vmware talks`. */
export function renderTalks(
  meetups: readonly MeetupListing[],
  { say }: Wording = DEFAULT_WORDING,
): SlackMessage {
  if (meetups.length === 0) {
    return renderNotice(say.noTalksYet);
  }
  const intro = say.talksIntro;
  const blocks: types.KnownBlock[] = [section(`*${escapeMrkdwn(intro)}*`)];
  // Keep one block free to say how many meetups did not fit.
  const room = SLACK_LIMITS.blocksPerMessage - blocks.length - 1;
  const shown = meetups.length > room + 1 ? meetups.slice(0, room) : meetups;
  for (const meetup of shown) blocks.push(section(meetupText(meetup, say)));
  const hidden = meetups.length - shown.length;
  if (hidden > 0) blocks.push(context(escapeMrkdwn(say.moreMeetups(hidden))));
  const fallback = `${intro} ${meetups.map((m) => (m.date ? `${m.title} (${m.date})` : m.title)).join('; ')}`;
  return message(blocks, escapeMrkdwn(fallback));
}

function meetupText(meetup: MeetupListing, say: Messages): string {
  const url = meetup.eventUrl ?? meetup.notesUrl;
  const title = url ? mrkdwnLink(url, meetup.title) : escapeMrkdwn(meetup.title);
  const date = meetup.date ? ` (${escapeMrkdwn(meetup.date)})` : '';
  const talks = meetup.talks.map((talk) => {
    const name = talk.notesUrl ? mrkdwnLink(talk.notesUrl, talk.title) : escapeMrkdwn(talk.title);
    const links = linksText(talk.links, say);
    return `• ${name}${links ? `  ${links}` : ''}`;
  });
  return [`*${title}*${date}`, ...talks].join('\n');
}

/** A one-line reply: refusals, "slow down", apologies. */
export function renderNotice(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return message([section(escaped)], escaped);
}

/** A section block whose text is cut to Slack's limit. */
function section(mrkdwn: string): types.SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.sectionText) },
  };
}

/** A context block with one mrkdwn element cut to Slack's limit. */
export function context(mrkdwn: string): types.ContextBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.contextText) }],
  };
}

function message(blocks: types.KnownBlock[], fallback: string): SlackMessage {
  return {
    // Stryker disable next-line MethodExpression: no renderer builds more than 50 blocks (an answer at most 12, the talk listing caps itself), so the cut is a guard that never cuts
    blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage),
    text: truncateMrkdwn(fallback, SLACK_LIMITS.fallbackText),
  };
}

import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import {
  ADDRESSES_PER_RESULT,
  type Answer,
  type AnswerResult,
  DEFAULT_RESULT_LIMIT,
  type MeetupListing,
} from '../../src/answer/answer.js';
import { at } from '../../src/at.js';
import type { Address, TalkLink } from '../../src/content/meetup.js';
import type { BotIdentity } from '../../src/messages/bot-identity.js';
import type { Messages } from '../../src/messages/catalog.js';
import { lackedByTalk } from '../../src/messages/lacked-by-talk.js';
import type { Language } from '../../src/messages/language.js';
import { type Wording, wordingFor } from '../../src/messages/wording.js';
import type { Reply } from '../../src/requests/request-pipeline.js';
import { organizersButton, voteButtons } from './answer-buttons.js';
import { escapeMarkdown, formatMarkdown, truncatePlain } from './discord-markdown.js';

/**
 * Discord's hard limits on a message; exceeding any of them makes the send fail with 400, so the
 * renderer truncates to fit instead.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
export const DISCORD_LIMITS = {
  contentChars: 2000,
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer text and author name of all embeds. */
  embedTotalChars: 6000,
  embedTitleChars: 256,
  embedDescriptionChars: 4096,
  embedFields: 25,
  fieldNameChars: 256,
  fieldValueChars: 1024,
  footerTextChars: 2048,
  authorNameChars: 256,
  urlChars: 2048,
} as const;

/**
 * The custom id of the "Share" button on an ephemeral answer, followed by `:` and the answer's
 * language (see {@link shareButtonLanguage}).
 */
export const SHARE_BUTTON_ID = 'vmware:share';

/**
 * Whether `customId` is a Share button, and the language of the answer it sits under (undefined
 * for a button made before buttons said it): `false` for any other button.
 */
export function shareButtonLanguage(customId: string): Language | undefined | false {
  if (customId === SHARE_BUTTON_ID) return undefined;
  if (!customId.startsWith(`${SHARE_BUTTON_ID}:`)) return false;
  const language = customId.slice(SHARE_BUTTON_ID.length + 1);
  return language === 'ja' || language === 'en' ? language : false;
}

const EMBED_COLOR = 0x1d_42_8a;
const QUERY_ECHO_CHARS = 200;
/**
 * Kept short so that three results' fixed parts (author, title, section, links) stay well under
 * the 6,000-character total and leave room for the snippets.
 */
const SECTION_CHARS = 256;
/** An address's label from the notes, cut so that one long link text leaves room for the others. */
const ADDRESS_LABEL_CHARS = 80;

/** The JSON of one message: fallback text, embeds and components. */
export interface DiscordMessagePayload {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
}

export interface RenderAnswerOptions {
  /** Add the "Share" button (only on ephemeral answers, where only the asker sees them). */
  readonly share?: boolean;
  /** The recorded answer's id: adds 👍 Helpful / 👎 Not helpful to a found answer. */
  readonly answerId?: string | undefined;
  /** An organizers' channel is set: a recorded not-found answer offers "Ask the organizers". */
  readonly organizers?: boolean;
  /** The bot's command and name, for help and hints (default: the VMware meetup's bot). */
  readonly identity?: BotIdentity;
}

/** English and the default bot, for callers that have no reply to take a language from. */
const DEFAULT_WORDING = wordingFor('en');

/**
 * Turns an {@link Answer} into a Discord message, worded in `wording`'s language (its buttons
 * too). Pure, and never produces a payload Discord would reject: every piece is cut to
 * {@link DISCORD_LIMITS}.
 */
export function renderAnswer(
  answer: Answer,
  options: RenderAnswerOptions = {},
  wording: Wording = DEFAULT_WORDING,
): DiscordMessagePayload {
  const { say } = wording;
  switch (answer.kind) {
    case 'found': {
      const results = answer.results.slice(0, DEFAULT_RESULT_LIMIT);
      if (results.length === 0)
        return renderNotFound({ kind: 'not-found', query: answer.query, suggestions: [] }, wording);
      return {
        content: fitContent(say.foundIntro(echo(answer.query))),
        embeds: fitDescriptions(
          results.map((result) => resultEmbed(result, say)),
          results,
        ),
        components: answerButtons(options, say),
      };
    }
    case 'not-found': {
      const notFound = renderNotFound(answer, wording);
      // The organizers can only be asked about a recorded question: its id is what they get.
      return options.organizers && options.answerId !== undefined
        ? {
            ...notFound,
            components: [buttonRow([organizersButton(options.answerId, say.language)])],
          }
        : notFound;
    }
    case 'help':
      return {
        content: say.helpLead,
        embeds: [helpEmbed({}, wording)],
        components: [],
      };
    case 'invalid':
      return renderNotice(escapeMarkdown(answer.reason));
    default: {
      const unexpected: never = answer;
      throw new Error(`Unknown answer kind: ${JSON.stringify(unexpected)}.`);
    }
  }
}

/**
 * Turns the pipeline's reply into a Discord message. `share` adds the Share button to a found
 * answer (only on ephemeral replies, where only the asker sees them).
 */
export function renderReply(
  reply: Reply,
  options: RenderAnswerOptions = {},
): DiscordMessagePayload {
  const wording = wordingFor(reply.language, options.identity);
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(
        reply.answer,
        {
          ...options,
          answerId: reply.answerId,
        },
        wording,
      );
    case 'talks':
      return reply.meetups.length === 0 && reply.filter !== undefined
        ? renderNotice(escapeMarkdown(wording.say.noTalksMatch(reply.filter)))
        : renderTalks(reply.meetups, wording);
    case 'help': {
      const help = renderAnswer({ kind: 'help' }, {}, wording);
      return { ...help, embeds: [helpEmbed(reply, wording)] };
    }
    case 'refused':
    case 'slow-down':
    case 'apology':
      return renderNotice(escapeMarkdown(reply.message));
    default: {
      const unexpected: never = reply;
      throw new Error(`Unknown reply kind: ${JSON.stringify(unexpected)}.`);
    }
  }
}

/** A plain-text reply: apologies, refusals. `text` must already be Markdown-safe. */
export function renderNotice(text: string): DiscordMessagePayload {
  return { content: fitContent(text), embeds: [], components: [] };
}

/**
 * One embed per meetup (as many as fit), each listing its talks with slide and video links.
 * What does not fit is counted in the text, never silently dropped.
 */
export function renderTalks(
  meetups: readonly MeetupListing[],
  { say }: Wording = DEFAULT_WORDING,
): DiscordMessagePayload {
  if (meetups.length === 0) return renderNotice(escapeMarkdown(say.noTalksYet));
  const embeds: APIEmbed[] = [];
  let used = 0;
  for (const meetup of meetups) {
    if (embeds.length === DISCORD_LIMITS.embedsPerMessage) break;
    const title = escapeMarkdown(meetup.title, DISCORD_LIMITS.embedTitleChars);
    const room = Math.min(
      DISCORD_LIMITS.embedDescriptionChars,
      DISCORD_LIMITS.embedTotalChars - used - title.length,
    );
    // A meetup without room for even one talk line is left for the "and N more" count.
    if (room < 100) break;
    const description = talkLines(meetup, room, say);
    const url = safeUrl(meetup.eventUrl ?? meetup.notesUrl);
    embeds.push({ title, description, color: EMBED_COLOR, ...(url && { url }) });
    used += title.length + description.length;
  }
  const hidden = meetups.length - embeds.length;
  const content =
    hidden > 0
      ? `${escapeMarkdown(say.talksShown(embeds.length, meetups.length))}\n${escapeMarkdown(say.moreMeetups(hidden))}`
      : escapeMarkdown(say.talksIntro);
  return { content, embeds, components: [] };
}

/**
 * The public copy of an ephemeral answer, attributed to the person who shared it. `content` and
 * `embeds` come from the bot's own earlier message, so they are already escaped and within limits.
 */
export function renderSharedAnswer({
  userId,
  content,
  embeds,
  answerId,
  say,
}: {
  readonly userId: string;
  readonly content: string;
  readonly embeds: readonly APIEmbed[];
  /** The answer's id, from the ephemeral copy's vote buttons: the public copy gets them too. */
  readonly answerId?: string;
  /** The sentences in the answer's language. */
  readonly say: Messages;
}): DiscordMessagePayload {
  return {
    content: fitContent(`${say.sharedAnswer(`<@${userId}>`)} ${content}`),
    embeds: embeds.slice(0, DISCORD_LIMITS.embedsPerMessage),
    components: answerButtons({ answerId }, say),
  };
}

function renderNotFound(
  answer: Extract<Answer, { kind: 'not-found' }>,
  { say, identity }: Wording,
): DiscordMessagePayload {
  const { query, suggestions } = answer;
  // A talk that lacks the link asked for, or every name offered, is named in the one sentence
  // saying so.
  const about = lackedByTalk(answer, say, (text) => escapeMarkdown(text, 100));
  if (about) return renderNotice(`${about} ${say.seeAllTalks(`\`/${identity.command} talks\``)}`);
  const tips =
    suggestions.length > 0
      ? ` ${escapeMarkdown(say.related)} ${suggestions
          .slice(0, 5)
          .map((s) => `“${escapeMarkdown(s, 100)}”`)
          .join(', ')}`
      : '';
  return renderNotice(
    `${say.notFound(echo(query))}${tips} ${say.seeAllTalks(`\`/${identity.command} talks\``)}`,
  );
}

function resultEmbed(result: AnswerResult, say: Messages): APIEmbed {
  const url = safeUrl(result.notesUrl);
  const links = linkLine(result.links, say, result.addresses);
  return {
    author: { name: truncatePlain(result.meetup, DISCORD_LIMITS.authorNameChars) },
    title: escapeMarkdown(result.talk, DISCORD_LIMITS.embedTitleChars),
    ...(url && { url }),
    color: EMBED_COLOR,
    fields: [
      ...(result.section
        ? [{ name: say.sectionLabel, value: escapeMarkdown(result.section, SECTION_CHARS) }]
        : []),
      ...(links ? [{ name: say.linksLabel, value: links }] : []),
      ...(result.missing
        ? [{ name: say.linksLabel, value: escapeMarkdown(say.missingLink(result.missing)) }]
        : []),
    ],
  };
}

/**
 * Fills in the snippets last, sharing what is left of the 6,000-character budget equally, so
 * three long results all stay visible rather than the first one crowding out the rest.
 */
function fitDescriptions(embeds: APIEmbed[], results: readonly AnswerResult[]): APIEmbed[] {
  const fixed = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  const share = Math.floor((DISCORD_LIMITS.embedTotalChars - fixed) / Math.max(1, embeds.length));
  const room = Math.max(0, Math.min(DISCORD_LIMITS.embedDescriptionChars, share));
  const filled = embeds.map((embed, i) => {
    const { snippet, matches } = at(results, i);
    // Stryker disable next-line ConditionalExpression: the fixed parts of three results (at most about 1,900 characters each) always leave room
    if (room === 0) return embed;
    return { ...embed, description: formatMarkdown(snippet, matches, room) };
  });
  // The snippets share what the fixed parts leave, so the total is within Discord's limit by
  // construction; the renderer's tests hold every field at its longest to it.
  return filled;
}

/** The characters Discord counts towards {@link DISCORD_LIMITS.embedTotalChars}. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/**
 * The slide and video links, then the addresses a result gives (asked for a URL or a repository),
 * as one field's value: whole links only, as many as fit.
 */
function linkLine(
  links: readonly TalkLink[],
  say: Messages,
  addresses: readonly Address[] = [],
): string {
  const parts: string[] = [];
  let length = 0;
  const candidates = [
    ...links.map((link) => ({ url: safeUrl(link.url), label: say.linkLabel(link.kind) })),
    ...addresses
      .map((a) => ({ url: safeUrl(a.url), label: addressLabel(a) }))
      .filter((a) => a.url !== undefined)
      .slice(0, ADDRESSES_PER_RESULT),
  ];
  for (const { url, label } of candidates) {
    if (!url) continue;
    const shown = linkUrl(url);
    const part = label === undefined ? shown : `[${label}](${shown})`;
    // Whole links or none: half a URL is a broken link.
    if (length + part.length + 3 > DISCORD_LIMITS.fieldValueChars) break;
    parts.push(part);
    length += part.length + 3;
  }
  return parts.join(' · ');
}

/**
 * An address's label for a masked link, escaped, with its brackets as look-alikes (a `]` would
 * end the label early); none (the URL is shown as it is) when the notes give none, or when the
 * label is itself a URL, which Discord does not mask.
 */
function addressLabel({ label }: Address): string | undefined {
  const line = label?.replace(/\s+/g, ' ').trim();
  if (!line || line.includes('://')) return undefined;
  return escapeMarkdown(line.replace(/\[/g, '［').replace(/\]/g, '］'), ADDRESS_LABEL_CHARS);
}

/** A URL as a link shows it: a bracket or a space would end it early, in a masked link or not. */
function linkUrl(url: string): string {
  // encodeURIComponent leaves brackets as they are.
  return url.replace(/[()<>\s]/g, (c) =>
    c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c),
  );
}

function talkLines(meetup: MeetupListing, room: number, say: Messages): string {
  const lines: string[] = [];
  let length = 0;
  if (meetup.date) {
    const date = `_${escapeMarkdown(meetup.date, 60)}_`;
    lines.push(date);
    length = date.length;
  }
  for (const [i, talk] of meetup.talks.entries()) {
    const url = safeUrl(talk.notesUrl);
    const title = escapeMarkdown(talk.title, 200);
    const links = linkLine(talk.links, say);
    const line = `• ${url ? `[${title}](${url})` : title}${links ? ` — ${links}` : ''}`;
    const more = escapeMarkdown(say.moreTalks(meetup.talks.length - i));
    const rest = meetup.talks.length - i - 1;
    // Keep room for the "and N more" line unless this is the last talk.
    if (length + 1 + line.length + (rest > 0 ? more.length + 1 : 0) > room) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += 1 + line.length;
  }
  if (meetup.talks.length === 0) lines.push(escapeMarkdown(say.meetupWithoutTalks));
  // Stryker disable next-line MethodExpression: each talk line was admitted with room for the "and N more" line after it, so the joined lines never exceed `room`
  return lines.join('\n').slice(0, room);
}

function helpEmbed(
  { privacy, example }: { readonly privacy?: string; readonly example?: string },
  { say, identity }: Wording,
): APIEmbed {
  const ask = example && `\`/${identity.command} ask question:${example}\``;
  return {
    ...(privacy !== undefined && { footer: { text: privacy } }),
    title: truncatePlain(say.helpTitle(identity), DISCORD_LIMITS.embedTitleChars),
    color: EMBED_COLOR,
    description: [...say.helpDiscord(identity), ...(ask ? [say.example(ask)] : [])].join('\n'),
  };
}

/** One row under a found answer: Share (ephemeral answers only), then the vote buttons. */
function answerButtons(
  { share, answerId }: RenderAnswerOptions,
  say: Messages,
): APIActionRowComponent<APIButtonComponent>[] {
  const components: APIButtonComponent[] = [
    ...(share
      ? [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: say.shareButton,
            custom_id: `${SHARE_BUTTON_ID}:${say.language}`,
          } as const,
        ]
      : []),
    ...(answerId === undefined ? [] : voteButtons(answerId, say.language)),
  ];
  return components.length === 0 ? [] : [buttonRow(components)];
}

/** One row of buttons. */
export function buttonRow(
  components: APIButtonComponent[],
): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components };
}

/** The user's own words, escaped and shortened, so an echo can never become markup or a ping. */
function echo(query: string): string {
  return escapeMarkdown(query.replace(/\s+/g, ' ').trim(), QUERY_ECHO_CHARS);
}

function fitContent(text: string): string {
  return truncatePlain(text, DISCORD_LIMITS.contentChars);
}

/** Discord rejects the whole message when an embed URL is not http(s), so bad links are dropped. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > DISCORD_LIMITS.urlChars || !URL.canParse(url)) return undefined;
  return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

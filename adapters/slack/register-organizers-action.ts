import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { type Messages, messagesFor } from '../../src/messages/catalog.js';
import { readLanguageTag } from '../../src/messages/language.js';
import type { OrganizersMessage, RequestPipeline } from '../../src/requests/request-pipeline.js';
import { ORGANIZERS_ACTION_ID } from './answer-buttons.js';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';
import { context, renderNotice, type SlackMessage } from './render-blocks.js';

// Slack user and channel ids; anything else is never turned into a mention or a link.
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const CHANNEL_ID = /^[CDG][A-Z0-9]{2,}$/;

/**
 * "Ask the organizers": posts the question, who asked (a mention: they clicked), where and what
 * the bot answered to the organizers' channel, and tells the asker privately that it went, or
 * plainly that it could not.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
export function registerOrganizersAction(
  app: App,
  pipeline: RequestPipeline,
  logger: Logger,
  organizersChannel: string,
): void {
  app.action<BlockAction<ButtonAction>>(
    ORGANIZERS_ACTION_ID,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const { id: answerId, language } = readLanguageTag(action.value ?? '');
      const result = await pipeline.forward({
        platform: 'slack',
        userKey: `${body.user.team_id ?? body.team?.id ?? ''}:${body.user.id}`,
        answerId,
        ...(language && { language }),
        post: async (asked) => {
          const say = messagesFor(asked.language);
          const where = await whereAsked(client, body, say);
          const message = renderOrganizersMessage(body.user.id, where, asked, say);
          try {
            await client.chat.postMessage({
              channel: organizersChannel,
              ...message,
              unfurl_links: false,
              unfurl_media: false,
            });
          } catch (err) {
            throw new Error(fixFor(err, organizersChannel), { cause: err });
          }
        },
      });
      try {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderNotice(result.message),
        });
      } catch (err) {
        logger.error(
          { err, outcome: result.kind },
          'Telling a Slack user about their question failed.',
        );
      }
    },
  );
}

/** The message in the organizers' channel. Pure; the question's text cannot mention anyone. */
function renderOrganizersMessage(
  userId: string,
  /** Mrkdwn already: a permalink or a channel reference. */
  where: string,
  { question, answered }: OrganizersMessage,
  say: Messages,
): SlackMessage {
  const who = USER_ID.test(userId) ? `<@${userId}>` : say.someone;
  const title = escapeMrkdwn(say.organizersTitle);
  // escapeMrkdwn turns <!channel>, <!here> and <@U…> in the question into plain text.
  const text = `${say.organizersHeading(`*${title}*`, who, where)}\n>${escapeMrkdwn(question).replace(/\n/g, '\n>')}`;
  return {
    text: `${say.organizersHeading(title, who, '')} ${escapeMrkdwn(question)}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }, context(escapeMrkdwn(answered))],
  };
}

/** A link to the message the button sat on, or the channel when it has none (an ephemeral reply). */
async function whereAsked(
  client: webApi.WebClient,
  body: BlockAction<ButtonAction>,
  say: Messages,
): Promise<string> {
  const channel = body.container?.channel_id ?? body.channel?.id ?? '';
  const ts = body.container?.message_ts;
  const inChannel = CHANNEL_ID.test(channel) ? say.askedIn(`<#${channel}>`) : '';
  if (body.container?.is_ephemeral || typeof ts !== 'string') return inChannel;
  try {
    const { permalink } = await client.chat.getPermalink({ channel, message_ts: ts });
    return permalink ? `(${mrkdwnLink(permalink, say.whereAsked)})` : inChannel;
  } catch {
    return inChannel;
  }
}

/** What to do when Slack refuses the post, in one sentence for the log. */
function fixFor(err: unknown, channel: string): string {
  const code = (err as { data?: { error?: unknown } }).data?.error;
  switch (code) {
    case 'not_in_channel':
      return `Invite the bot to the organizers' channel ${channel} (/invite @the-bot there); Slack said not_in_channel.`;
    case 'channel_not_found':
      return `SLACK_ORGANIZERS_CHANNEL ${channel} is no channel the bot can see: check the id, and invite the bot if the channel is private.`;
    case 'is_archived':
      return `The organizers' channel ${channel} is archived: unarchive it or set SLACK_ORGANIZERS_CHANNEL to another.`;
    default:
      return `Slack refused the post to ${channel} (${String(code ?? (err instanceof Error ? err.message : err))}); check SLACK_ORGANIZERS_CHANNEL and the bot's chat:write scope.`;
  }
}

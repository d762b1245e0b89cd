import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { postReply } from './post-reply.js';
import { stripBotMention } from './strip-bot-mention.js';

/**
 * A direct message to the bot is answered in the DM. Only plain user messages count: any subtype
 * (edits, deletions, joins, `bot_message`) or a `bot_id` is ignored, which rules out reply loops.
 * @see https://docs.slack.dev/reference/events/message.im
 * @see https://docs.slack.dev/reference/events/message#subtypes
 */
export function registerDirectMessage(
  app: App,
  pipeline: RequestPipeline,
  logger: Logger,
  organizers = false,
): void {
  app.message(async ({ message, context, client }) => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined) return;
    if (message.bot_id !== undefined) return;
    const reply = await pipeline.reply({
      platform: 'slack',
      userKey: `${message.team ?? context.teamId ?? ''}:${message.user}`,
      text: stripBotMention(message.text ?? '', context.botUserId),
      source: 'direct-message',
    });
    await postReply(client, logger, { channel: message.channel }, reply, pipeline.bot, organizers);
  });
}

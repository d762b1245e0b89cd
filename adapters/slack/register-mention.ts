import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { postReply } from './post-reply.js';
import { stripBotMention } from './strip-bot-mention.js';

/**
 * `@bot <question>` in a channel: answered in a thread under the question, so a busy channel is
 * not flooded. Bolt acknowledges events itself before listeners run.
 * @see https://docs.slack.dev/reference/events/app_mention
 */
export function registerMention(
  app: App,
  pipeline: RequestPipeline,
  logger: Logger,
  organizers = false,
): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // Another bot mentioning us, or an edited mention, must not start a conversation of bots.
    if (event.bot_id !== undefined || event.subtype !== undefined) return;
    const reply = await pipeline.reply({
      platform: 'slack',
      userKey: `${event.team ?? context.teamId ?? ''}:${event.user ?? ''}`,
      text: stripBotMention(event.text, context.botUserId),
      source: 'mention',
    });
    await postReply(
      client,
      logger,
      { channel: event.channel, threadTs: event.thread_ts ?? event.ts },
      reply,
      pipeline.bot,
      organizers,
    );
  });
}

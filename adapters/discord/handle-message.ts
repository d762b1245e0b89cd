import type { Message } from 'discord.js';
import type { Logger } from '../../src/logger.js';
import { apologyReply, type RequestPipeline } from '../../src/requests/request-pipeline.js';
import { mentionsBot, stripBotMention } from './bot-mention.js';
import { renderReply } from './render-embeds.js';

export interface MessageHandlerDeps {
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  /** The bot's own user id, known once the gateway is ready. */
  readonly botUserId: () => string | undefined;
  /** An organizers' channel is set: not-found answers offer "Ask the organizers". */
  readonly organizers?: boolean;
}

/**
 * Answers `@bot <question>` in a guild channel and any DM, replying to the message. A bare
 * mention gets the help text.
 */
export function createMessageHandler({
  pipeline,
  logger,
  botUserId: ownId,
  organizers = false,
}: MessageHandlerDeps) {
  return async function handleMessage(message: Message): Promise<void> {
    // Never answer bots, ourselves included: two bots answering each other never stop.
    if (message.author.bot || message.system || message.webhookId) return;
    const botUserId = ownId();
    if (!botUserId) return;
    const inDm = !message.inGuild();
    if (!inDm && !mentionsBot(message.content, botUserId)) return;
    const context = {
      messageId: message.id,
      channelId: message.channelId,
      userId: message.author.id,
      guildId: message.guildId,
    };
    // Ping the asker in a busy channel so they see the answer; in a DM there is no one to find.
    const allowedMentions = { parse: [], repliedUser: !inDm };
    const text = stripBotMention(message.content, botUserId);
    const reply = await pipeline.reply({
      platform: 'discord',
      userKey: message.author.id,
      text,
      source: inDm ? 'direct-message' : 'mention',
    });
    try {
      await message.reply({
        ...renderReply(reply, { organizers, identity: pipeline.bot }),
        allowedMentions,
        failIfNotExists: false,
      });
      logger.debug({ ...context, kind: reply.kind }, 'Answered a Discord message.');
    } catch (err) {
      logger.error({ err, ...context }, 'Failed to answer a Discord message.');
      try {
        await message.reply({
          ...renderReply(apologyReply(pipeline.languageOf(text))),
          allowedMentions,
          failIfNotExists: false,
        });
      } catch (replyErr) {
        logger.error({ err: replyErr, ...context }, 'Could not send the apology either.');
      }
    }
  };
}

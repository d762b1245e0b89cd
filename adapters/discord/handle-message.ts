import type { Message } from 'discord.js';
import { parseRequest } from '../../src/answer/parse-request.js';
import type { Logger } from '../../src/logger.js';
import { type AskQuestionDeps, askQuestion } from './ask-question.js';
import { mentionsBot, stripBotMention } from './bot-mention.js';
import { renderAnswer, renderNotice, renderTalks } from './render-embeds.js';
import { REPLY_TEXTS } from './reply-texts.js';

export interface MessageHandlerDeps extends AskQuestionDeps {
  readonly logger: Logger;
  /** The bot's own user id, known once the gateway is ready. */
  readonly botUserId: () => string | undefined;
}

/**
 * Answers `@bot <question>` in a guild channel and any DM, replying to the message. A bare
 * mention gets the help text.
 */
export function createMessageHandler(deps: MessageHandlerDeps) {
  const { logger } = deps;
  return async function handleMessage(message: Message): Promise<void> {
    // Never answer bots, ourselves included: two bots answering each other never stop.
    if (message.author.bot || message.system || message.webhookId) return;
    const botUserId = deps.botUserId();
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
    try {
      // The same words as on Slack: `help`, `talks`, `ask …`, or just the question.
      const request = parseRequest(stripBotMention(message.content, botUserId));
      const reply =
        request.kind === 'talks'
          ? renderTalks(deps.service.talks())
          : renderAnswer(
              request.kind === 'help'
                ? { kind: 'help' }
                : askQuestion(deps, message.author.id, request.question),
            );
      await message.reply({ ...reply, allowedMentions, failIfNotExists: false });
      logger.debug(context, 'Answered a Discord message.');
    } catch (err) {
      logger.error({ err, ...context }, 'Failed to answer a Discord message.');
      try {
        await message.reply({
          ...renderNotice(REPLY_TEXTS.apology),
          allowedMentions,
          failIfNotExists: false,
        });
      } catch (replyErr) {
        logger.error({ err: replyErr, ...context }, 'Could not send the apology either.');
      }
    }
  };
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { messagesFor } from '../../src/messages/catalog.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { renderReply } from './render-reply.js';
import { SHARE_ACTION_ID, withAttribution } from './share-button.js';

/**
 * "Share in channel": asks the button's question again and posts the answer publicly through the
 * click's `response_url`, which works even in channels the bot is not a member of, then deletes
 * the ephemeral copy. If answering fails, only the clicker sees the apology.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export function registerShareAction(app: App, pipeline: RequestPipeline, logger: Logger): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    const question = action.value ?? '';
    const reply = await pipeline.reply({
      platform: 'slack',
      userKey: `${body.user.team_id ?? body.team?.id ?? ''}:${body.user.id}`,
      text: `ask ${question}`,
      source: 'share',
    });
    const message = renderReply(reply, { share: false, identity: pipeline.bot });
    try {
      if (reply.kind === 'apology') {
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
        return;
      }
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        ...withAttribution(message, body.user.id, question, messagesFor(reply.language)),
      });
      await respond({ delete_original: true });
    } catch (err) {
      logger.error({ err, user: body.user.id }, 'Sharing a Slack answer in the channel failed.');
    }
  });
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { Answerer } from './create-answerer.js';
import { SHARE_ACTION_ID } from './share-button.js';

/**
 * "Share in channel": posts the answer publicly through the click's `response_url`, which works
 * even in channels the bot is not a member of, then deletes the ephemeral copy.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export function registerShareAction(app: App, answerer: Answerer, logger: Logger): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    const result = answerer.share(action.value ?? '', body.user.id);
    try {
      if (result.kind === 'apology') {
        await respond({ response_type: 'ephemeral', replace_original: false, ...result.message });
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...result.message });
      await respond({ delete_original: true });
    } catch (err) {
      logger.error({ err, user: body.user.id }, 'Sharing a Slack answer in the channel failed.');
    }
  });
}

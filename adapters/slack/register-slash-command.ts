import type { App } from '@slack/bolt';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { SLASH_COMMAND } from './render-blocks.js';
import { renderReply } from './render-reply.js';

/**
 * `/vmware …`: the answer goes out in the ack itself. Search takes milliseconds, so this meets
 * Slack's 3-second deadline and needs no second request; the answer is ephemeral, with a button
 * to share it.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 */
export function registerSlashCommand(
  app: App,
  pipeline: RequestPipeline,
  organizers = false,
): void {
  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    const reply = await pipeline.reply({
      platform: 'slack',
      userKey: `${command.team_id}:${command.user_id}`,
      text: command.text,
      source: 'command',
    });
    await ack({ response_type: 'ephemeral', ...renderReply(reply, { share: true, organizers }) });
  });
}

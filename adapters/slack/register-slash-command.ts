import type { App } from '@slack/bolt';
import type { Answerer } from './create-answerer.js';
import { SLASH_COMMAND } from './render-blocks.js';

/**
 * `/vmware …`: the answer goes out in the ack itself. Search takes milliseconds, so this meets
 * Slack's 3-second deadline and needs no second request; the answer is ephemeral, with a button
 * to share it.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 */
export function registerSlashCommand(app: App, answerer: Answerer): void {
  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    const message = answerer.reply({
      text: command.text,
      askerKey: `${command.team_id}:${command.user_id}`,
      shareable: true,
    });
    await ack({ response_type: 'ephemeral', ...message });
  });
}

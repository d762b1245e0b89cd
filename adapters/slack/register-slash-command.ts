import type { App } from '@slack/bolt';
import { slashCommand } from '../../src/messages/bot-identity.js';
import type { Reply, RequestPipeline } from '../../src/requests/request-pipeline.js';
import { renderReply } from './render-reply.js';

/**
 * How long after a command reached the bot its answer may still go out in the ack. Slack drops
 * an ack after 3 s; under load a command can wait its turn for most of that, so past this budget
 * the ack goes out empty at once and the answer follows through the command's response_url.
 */
const ACK_BUDGET_MS = 2_000;

/**
 * The bot's slash command (`BOT_COMMAND`, `/vmware` by default): the answer goes out in the ack itself when it is ready within `ackBudgetMs` of
 * the command's arrival (`context.receivedAt`, stamped in HTTP mode as the request came in;
 * otherwise now), which it is unless the bot is overloaded: then the ack goes out at once and the
 * answer through `response_url`. Either way the answer is ephemeral, with a button to share it.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 */
export function registerSlashCommand(
  app: App,
  pipeline: RequestPipeline,
  organizers = false,
  ackBudgetMs = ACK_BUDGET_MS,
): void {
  app.command(slashCommand(pipeline.bot), async ({ command, ack, respond, context }) => {
    const arrived = typeof context.receivedAt === 'number' ? context.receivedAt : Date.now();
    const left = ackBudgetMs - (Date.now() - arrived);
    const message = (reply: Reply) => ({
      response_type: 'ephemeral' as const,
      ...renderReply(reply, { share: true, organizers, identity: pipeline.bot }),
    });
    const answer = () =>
      pipeline.reply({
        platform: 'slack',
        userKey: `${command.team_id}:${command.user_id}`,
        text: command.text,
        source: 'command',
      });
    if (left > 0) {
      const answering = answer();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), left);
      });
      const inTime = await Promise.race([answering, late]);
      clearTimeout(timer);
      if (inTime) {
        await ack(message(inTime));
        return;
      }
      await ack();
      await respond(message(await answering));
      return;
    }
    // Already past the budget when its turn came: ack first, then answer.
    await ack();
    await respond(message(await answer()));
  });
}

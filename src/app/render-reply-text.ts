import { renderAnswerText, renderTalksText, terminalHelp } from '../cli/render-terminal.js';
import type { BotIdentity } from '../messages/bot-identity.js';
import { messagesFor } from '../messages/catalog.js';
import type { Reply } from '../requests/request-pipeline.js';

export interface ReplyTextOptions {
  /** ANSI emphasis; only when the output is a terminal. */
  readonly color: boolean;
  /** Appended to the help, e.g. how to leave an interactive console. */
  readonly helpFooter?: string;
  /** The bot's command, named in the help (default: the VMware meetup's bot). */
  readonly identity?: BotIdentity;
}

/**
 * The pipeline's reply as text for a person at a terminal, the way the chats show it, in the
 * reply's language.
 */
export function renderReplyText(
  reply: Reply,
  { color, helpFooter, identity }: ReplyTextOptions,
): string {
  const say = messagesFor(reply.language);
  switch (reply.kind) {
    case 'answer':
      return renderAnswerText(reply.answer, { color }, say);
    case 'talks':
      return reply.meetups.length === 0 && reply.filter !== undefined
        ? say.noTalksMatch(reply.filter)
        : renderTalksText(reply.meetups, { color }, say);
    case 'help': {
      const help = [terminalHelp(say, reply.example, identity), reply.privacy, helpFooter];
      return help.filter((line) => line !== undefined).join('\n');
    }
    case 'refused':
    case 'slow-down':
    case 'apology':
      return reply.message;
    default: {
      const unreachable: never = reply;
      throw new Error(`Unknown reply kind: ${JSON.stringify(unreachable)}`);
    }
  }
}

import { renderAnswerText, renderTalksText, TERMINAL_HELP } from '../cli/render-terminal.js';
import { noTalksMatchText } from '../requests/reply-texts.js';
import type { Reply } from '../requests/request-pipeline.js';

export interface ReplyTextOptions {
  /** ANSI emphasis; only when the output is a terminal. */
  readonly color: boolean;
  /** Appended to the help, e.g. how to leave an interactive console. */
  readonly helpFooter?: string;
}

/** The pipeline's reply as text for a person at a terminal, the way the chats show it. */
export function renderReplyText(reply: Reply, { color, helpFooter }: ReplyTextOptions): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswerText(reply.answer, { color });
    case 'talks':
      return reply.meetups.length === 0 && reply.filter !== undefined
        ? noTalksMatchText(reply.filter)
        : renderTalksText(reply.meetups, { color });
    case 'help':
      return helpFooter === undefined ? TERMINAL_HELP : `${TERMINAL_HELP}\n${helpFooter}`;
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

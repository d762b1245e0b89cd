import { noTalksMatchText } from '../../src/requests/reply-texts.js';
import type { Reply } from '../../src/requests/request-pipeline.js';
import {
  renderAnswer,
  renderHelp,
  renderNotice,
  renderTalks,
  type SlackMessage,
} from './render-blocks.js';
import { withShareButton } from './share-button.js';
import { withVoteButtons } from './vote-buttons.js';

export interface RenderReplyOptions {
  /** Add the "Share in channel" button to found answers (only for ephemeral replies). */
  readonly share: boolean;
}

/** Turns the pipeline's reply into Block Kit. Pure: no I/O, never throws for any reply. */
export function renderReply(reply: Reply, { share }: RenderReplyOptions): SlackMessage {
  switch (reply.kind) {
    case 'answer': {
      const message = renderAnswer(reply.answer);
      if (reply.answer.kind !== 'found') return message;
      const shareable = share ? withShareButton(message, reply.question) : message;
      // Votes only on an answer the log recorded: its id is what the buttons carry.
      return reply.answerId === undefined ? shareable : withVoteButtons(shareable, reply.answerId);
    }
    case 'talks':
      return reply.meetups.length === 0 && reply.filter !== undefined
        ? renderNotice(noTalksMatchText(reply.filter))
        : renderTalks(reply.meetups);
    case 'help':
      return renderHelp(reply.privacy);
    case 'refused':
    case 'slow-down':
    case 'apology':
      return renderNotice(reply.message);
    default: {
      const unreachable: never = reply;
      throw new Error(`Unknown reply kind: ${JSON.stringify(unreachable)}`);
    }
  }
}

import { noTalksMatchText } from '../../src/requests/reply-texts.js';
import type { Reply } from '../../src/requests/request-pipeline.js';
import { organizersButton, voteButtons, withButtons } from './answer-buttons.js';
import {
  renderAnswer,
  renderHelp,
  renderNotice,
  renderTalks,
  type SlackMessage,
} from './render-blocks.js';
import { withShareButton } from './share-button.js';

export interface RenderReplyOptions {
  /** Add the "Share in channel" button to found answers (only for ephemeral replies). */
  readonly share: boolean;
  /** An organizers' channel is set: a recorded not-found answer offers "Ask the organizers". */
  readonly organizers?: boolean;
}

/** Turns the pipeline's reply into Block Kit. Pure: no I/O, never throws for any reply. */
export function renderReply(
  reply: Reply,
  { share, organizers = false }: RenderReplyOptions,
): SlackMessage {
  switch (reply.kind) {
    case 'answer': {
      const message = renderAnswer(reply.answer);
      const { answerId } = reply;
      if (reply.answer.kind === 'not-found') {
        // The organizers can only be asked about a recorded question: its id is what they get.
        return organizers && answerId !== undefined
          ? withButtons(message, [organizersButton(answerId)])
          : message;
      }
      if (reply.answer.kind !== 'found') return message;
      const shareable = share ? withShareButton(message, reply.question) : message;
      // Votes only on an answer the log recorded: its id is what the buttons carry.
      return answerId === undefined ? shareable : withButtons(shareable, voteButtons(answerId));
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

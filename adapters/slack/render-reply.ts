import type { BotIdentity } from '../../src/messages/bot-identity.js';
import { wordingFor } from '../../src/messages/wording.js';
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
  /** The bot's command and name, for help and hints (default: the VMware meetup's bot). */
  readonly identity?: BotIdentity;
}

/**
 * Turns the pipeline's reply into Block Kit, in the reply's language: its sentences and its
 * buttons' labels. Pure: no I/O, never throws for any reply.
 */
export function renderReply(
  reply: Reply,
  { share, organizers = false, identity }: RenderReplyOptions,
): SlackMessage {
  const wording = wordingFor(reply.language, identity);
  const { say } = wording;
  switch (reply.kind) {
    case 'answer': {
      const message = renderAnswer(reply.answer, wording);
      const { answerId, language } = reply;
      if (reply.answer.kind === 'not-found') {
        // The organizers can only be asked about a recorded question: its id is what they get.
        return organizers && answerId !== undefined
          ? withButtons(message, [organizersButton(answerId, language)])
          : message;
      }
      if (reply.answer.kind !== 'found') return message;
      const shareable = share ? withShareButton(message, reply.question, say) : message;
      // Votes only on an answer the log recorded: its id is what the buttons carry.
      return answerId === undefined
        ? shareable
        : withButtons(shareable, voteButtons(answerId, language));
    }
    case 'talks':
      return reply.meetups.length === 0 && reply.filter !== undefined
        ? renderNotice(say.noTalksMatch(reply.filter))
        : renderTalks(reply.meetups, wording);
    case 'help':
      return renderHelp(
        {
          ...(reply.privacy !== undefined && { privacy: reply.privacy }),
          ...(reply.example !== undefined && { example: reply.example }),
        },
        wording,
      );
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

import type { Messages } from '../../src/messages/catalog.js';
import { escapeMrkdwn, truncateMrkdwn } from './mrkdwn.js';
import { context, SLACK_LIMITS, type SlackMessage } from './render-blocks.js';

/** `action_id` of the "Share in channel" button under an ephemeral answer. */
export const SHARE_ACTION_ID = 'share_answer';

/**
 * Adds a "Share in channel" button to an ephemeral answer. The button carries the question, not
 * the answer: Slack does not send an ephemeral message's content back with the click, and asking
 * again is cheap and gives the same answer.
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function withShareButton(
  message: SlackMessage,
  question: string,
  say: Messages,
): SlackMessage {
  // Longer values are rejected by Slack; such a question is refused before it gets here anyway.
  if (question.length > SLACK_LIMITS.buttonValue) return message;
  return {
    text: message.text,
    blocks: [
      ...message.blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: SHARE_ACTION_ID,
            text: { type: 'plain_text', text: say.shareButton },
            value: question,
          },
        ],
      },
    ],
  };
}

// Slack user IDs; anything else is not turned into a mention.
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** The public copy of a shared answer, saying who asked what. */
export function withAttribution(
  message: SlackMessage,
  userId: string,
  question: string,
  say: Messages,
): SlackMessage {
  const who = USER_ID.test(userId) ? `<@${userId}>` : say.someone;
  const line = say.sharedBy(who, escapeMrkdwn(question));
  return {
    text: truncateMrkdwn(`${line}\n${message.text}`, SLACK_LIMITS.fallbackText),
    blocks: [context(line), ...message.blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1)],
  };
}

import type { types } from '@slack/bolt';
import { messagesFor } from '../../src/messages/catalog.js';
import { type Language, withLanguageTag } from '../../src/messages/language.js';
import type { Vote } from '../../src/store/question-store.js';
import { SLACK_LIMITS, type SlackMessage } from './render-blocks.js';

/**
 * `action_id` of each vote button; the button's `value` is the answer's id, tagged with the
 * answer's language (`withLanguageTag`) so the thanks are in it.
 */
export const VOTE_ACTION_IDS = {
  helpful: 'vote_helpful',
  'not-helpful': 'vote_not_helpful',
} as const satisfies Record<Vote, string>;

/** `action_id` of "Ask the organizers"; its `value` is the answer's id, tagged like a vote's. */
export const ORGANIZERS_ACTION_ID = 'ask_organizers';

/** The vote a button's `action_id` stands for, or undefined for any other action. */
export function voteOfAction(actionId: string): Vote | undefined {
  if (actionId === VOTE_ACTION_IDS.helpful) return 'helpful';
  if (actionId === VOTE_ACTION_IDS['not-helpful']) return 'not-helpful';
  return undefined;
}

/** 👍 Helpful / 👎 Not helpful for the answer `answerId`, labelled in its `language`. */
export function voteButtons(answerId: string, language: Language): types.Button[] {
  const say = messagesFor(language);
  return (['helpful', 'not-helpful'] as const).map((vote) => ({
    type: 'button',
    action_id: VOTE_ACTION_IDS[vote],
    text: { type: 'plain_text', text: say.voteButton(vote), emoji: true },
    value: withLanguageTag(language, answerId),
  }));
}

/** "Ask the organizers" for the answer `answerId`, labelled in its `language`. */
export function organizersButton(answerId: string, language: Language): types.Button {
  return {
    type: 'button',
    action_id: ORGANIZERS_ACTION_ID,
    text: { type: 'plain_text', text: messagesFor(language).askOrganizersButton },
    value: withLanguageTag(language, answerId),
  };
}

/**
 * Adds buttons under a message, in its trailing actions block when it has one (the Share
 * button), so all of an answer's buttons sit in one row.
 * @see https://docs.slack.dev/reference/block-kit/blocks/actions-block
 */
export function withButtons(message: SlackMessage, buttons: readonly types.Button[]): SlackMessage {
  if (buttons.length === 0) return message;
  const last = message.blocks.at(-1);
  if (last?.type === 'actions') {
    return {
      text: message.text,
      blocks: [
        ...message.blocks.slice(0, -1),
        { ...last, elements: [...last.elements, ...buttons] },
      ],
    };
  }
  return {
    text: message.text,
    blocks: [
      ...message.blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1),
      { type: 'actions', elements: [...buttons] },
    ],
  };
}

import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Vote } from '../../src/store/question-store.js';

/** Custom ids of vote buttons start with this, then the vote and the answer's id. */
const VOTE_PREFIX = 'vmware:vote:';
/** The custom id of "Ask the organizers" is this and the answer's id. */
const ORGANIZERS_PREFIX = 'vmware:organizers:';
const VOTES: readonly Vote[] = ['helpful', 'not-helpful'];
const LABELS: Record<Vote, string> = { helpful: 'Helpful', 'not-helpful': 'Not helpful' };
const EMOJI: Record<Vote, string> = { helpful: '👍', 'not-helpful': '👎' };

/**
 * 👍 Helpful / 👎 Not helpful for the answer `answerId`. The id rides in the custom id (at most
 * 100 characters; a UUID leaves plenty of room), so a click needs no state in the bot.
 * @see https://discord.com/developers/docs/components/reference#button
 */
export function voteButtons(answerId: string): APIButtonComponent[] {
  return VOTES.map((vote) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: LABELS[vote],
    emoji: { name: EMOJI[vote] },
    custom_id: `${VOTE_PREFIX}${vote}:${answerId}`,
  }));
}

/** The vote and answer a button's custom id stands for, or undefined for any other button. */
export function parseVoteButton(
  customId: string,
): { readonly vote: Vote; readonly answerId: string } | undefined {
  if (!customId.startsWith(VOTE_PREFIX)) return undefined;
  const rest = customId.slice(VOTE_PREFIX.length);
  const vote = VOTES.find((v) => rest.startsWith(`${v}:`));
  if (vote === undefined) return undefined;
  return { vote, answerId: rest.slice(vote.length + 1) };
}

/** "Ask the organizers" for the answer `answerId`. */
export function organizersButton(answerId: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: 'Ask the organizers',
    custom_id: `${ORGANIZERS_PREFIX}${answerId}`,
  };
}

/** The answer an "Ask the organizers" custom id names, or undefined for any other button. */
export function parseOrganizersButton(customId: string): string | undefined {
  return customId.startsWith(ORGANIZERS_PREFIX)
    ? customId.slice(ORGANIZERS_PREFIX.length)
    : undefined;
}

import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { type Language, readLanguageTag, withLanguageTag } from '../../src/messages/language.js';
import type { Vote } from '../../src/store/question-store.js';

/**
 * Custom ids of vote buttons start with this, then the vote and the answer's id tagged with its
 * language (`withLanguageTag`), so the thanks are in the answer's language.
 */
const VOTE_PREFIX = 'vmware:vote:';
/** The custom id of "Ask the organizers" is this and the answer's id, tagged like a vote's. */
const ORGANIZERS_PREFIX = 'vmware:organizers:';
const VOTES: readonly Vote[] = ['helpful', 'not-helpful'];
const EMOJI: Record<Vote, string> = { helpful: '👍', 'not-helpful': '👎' };

/**
 * 👍 Helpful / 👎 Not helpful for the answer `answerId`. The id rides in the custom id (at most
 * 100 characters; a UUID leaves plenty of room), so a click needs no state in the bot.
 * @see https://discord.com/developers/docs/components/reference#button
 */
export function voteButtons(answerId: string, language: Language): APIButtonComponent[] {
  const say = messagesFor(language);
  return VOTES.map((vote) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    // The emoji is the button's own; the label is the words after it.
    label: say.voteButton(vote).replace(EMOJI[vote], '').trim(),
    emoji: { name: EMOJI[vote] },
    custom_id: `${VOTE_PREFIX}${vote}:${withLanguageTag(language, answerId)}`,
  }));
}

/** A button's answer id and the language of that answer (unknown for an untagged id). */
export interface ClickedAnswer {
  readonly answerId: string;
  readonly language?: Language;
}

function clickedAnswer(payload: string): ClickedAnswer {
  const { id, language } = readLanguageTag(payload);
  return language === undefined ? { answerId: id } : { answerId: id, language };
}

/** The vote and answer a button's custom id stands for, or undefined for any other button. */
export function parseVoteButton(
  customId: string,
): (ClickedAnswer & { readonly vote: Vote }) | undefined {
  if (!customId.startsWith(VOTE_PREFIX)) return undefined;
  const rest = customId.slice(VOTE_PREFIX.length);
  const vote = VOTES.find((v) => rest.startsWith(`${v}:`));
  if (vote === undefined) return undefined;
  return { vote, ...clickedAnswer(rest.slice(vote.length + 1)) };
}

/** "Ask the organizers" for the answer `answerId`, labelled in its `language`. */
export function organizersButton(answerId: string, language: Language): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: messagesFor(language).askOrganizersButton,
    custom_id: `${ORGANIZERS_PREFIX}${withLanguageTag(language, answerId)}`,
  };
}

/** The answer an "Ask the organizers" custom id names, or undefined for any other button. */
export function parseOrganizersButton(customId: string): ClickedAnswer | undefined {
  return customId.startsWith(ORGANIZERS_PREFIX)
    ? clickedAnswer(customId.slice(ORGANIZERS_PREFIX.length))
    : undefined;
}

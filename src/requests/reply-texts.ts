/**
 * The sentences the bot answers with when it gives no answer from the notes, the same on every
 * platform. Each adapter renders them as plain text; none holds markup.
 */
export const REPLY_TEXTS = {
  /** Said when anything goes wrong inside the bot: a short apology beats silence. */
  apology: 'Sorry, something went wrong on my side while answering. Please try again in a moment.',
  /** Said instead of an answer when one user asks too often. */
  slowDown:
    'You are asking a lot of questions at once; please slow down and try again in a minute.',
} as const;

/** Said under an answer to "where are the slides?" when the notes have none for that talk. */
export function missingLinkText(kind: 'slides' | 'video'): string {
  return kind === 'slides'
    ? 'The notes have no slides for this talk.'
    : 'The notes have no video or recording for this talk.';
}

/** Said when the words after "talks" name no meetup and no talk. */
export function noTalksMatchText(filter: string): string {
  return `No meetup or talk in the notes matches "${filter}". Try "talks" alone to see them all.`;
}

/** Said under a talk listing that does not fit in one message. */
export function moreMeetupsText(hidden: number): string {
  const meetups = hidden === 1 ? '1 more meetup' : `${hidden} more meetups`;
  return `…and ${meetups}. Add a word to narrow the list, like "talks go" or "talks 第5回".`;
}

/** The line under help saying what is recorded and for how long (only when it is). */
export function privacyText(days: number): string {
  return `Questions asked here are recorded, without your name, to improve the notes, and deleted after ${days} days.`;
}

/** The private reply to a click on 👍 Helpful or 👎 Not helpful. */
export function voteText(
  outcome: 'recorded' | 'changed' | 'unknown' | 'unavailable',
  vote: 'helpful' | 'not-helpful',
  days?: number,
): string {
  const label = vote === 'helpful' ? '👍 Helpful' : '👎 Not helpful';
  switch (outcome) {
    case 'recorded':
      return `Thanks! Your ${label} helps the organizers improve the notes.`;
    case 'changed':
      return `Thanks, your vote is now ${label}.`;
    case 'unknown':
      return days === undefined
        ? 'Sorry, I no longer know that answer, so the vote was not recorded. Ask again to vote on a fresh answer.'
        : `Sorry, I no longer know that answer (answers are kept for ${days} days), so the vote was not recorded. Ask again to vote on a fresh answer.`;
    case 'unavailable':
      return 'Sorry, I could not record your vote just now. Please try again later.';
    default: {
      const unreachable: never = outcome;
      throw new Error(`Unknown vote outcome: ${String(unreachable)}`);
    }
  }
}

/** How a question forwarded to the organizers' channel is headed, on every platform. */
export const ORGANIZERS_MESSAGE_TITLE = 'A question for the organizers';

/** What the bot answered, in one plain sentence for the organizers. */
export function answeredText(answer: {
  readonly answerKind: string;
  readonly topMeetup?: string;
  readonly topTalk?: string;
}): string {
  if (answer.answerKind === 'found' && answer.topTalk !== undefined) {
    const meetup = answer.topMeetup === undefined ? '' : ` (${answer.topMeetup})`;
    return `The bot answered from “${answer.topTalk}”${meetup}, and the asker wants more.`;
  }
  return 'The notes had no answer.';
}

/** The private reply to a click on "Ask the organizers". */
export function forwardText(
  outcome: 'sent' | 'unknown' | 'unavailable' | 'failed',
  days?: number,
): string {
  switch (outcome) {
    case 'sent':
      return 'Sent to the organizers. Thank you for asking!';
    case 'unknown':
      return days === undefined
        ? 'Sorry, I no longer know that question, so I could not send it. Please ask again.'
        : `Sorry, I no longer know that question (questions are kept for ${days} days), so I could not send it. Please ask again.`;
    case 'unavailable':
      return 'Sorry, I cannot reach the question log just now, so I could not send it. Please try again later.';
    case 'failed':
      return 'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.';
    default: {
      const unreachable: never = outcome;
      throw new Error(`Unknown forward outcome: ${String(unreachable)}`);
    }
  }
}

import { describe, expect, it } from 'vitest';
import {
  answeredText,
  forwardText,
  missingLinkText,
  moreMeetupsText,
  noTalksMatchText,
  privacyText,
  voteText,
} from '../../src/requests/reply-texts.js';

describe('the sentences said instead of an answer', () => {
  it('says which kind of link the notes lack', () => {
    expect(missingLinkText('slides')).toBe('The notes have no slides for this talk.');
    expect(missingLinkText('video')).toBe('The notes have no video or recording for this talk.');
  });

  it('quotes the words that matched no talk and says how to see them all', () => {
    expect(noTalksMatchText('tanzu')).toBe(
      'No meetup or talk in the notes matches "tanzu". Try "talks" alone to see them all.',
    );
  });

  it('counts the meetups left out of a listing, one or more', () => {
    expect(moreMeetupsText(1)).toBe(
      '…and 1 more meetup. Add a word to narrow the list, like "talks go" or "talks 第5回".',
    );
    expect(moreMeetupsText(3)).toBe(
      '…and 3 more meetups. Add a word to narrow the list, like "talks go" or "talks 第5回".',
    );
  });

  it('says how long questions are kept', () => {
    expect(privacyText(30)).toBe(
      'Questions asked here are recorded, without your name, to improve the notes, and deleted after 30 days.',
    );
  });
});

describe('the private replies to votes', () => {
  it('thanks for a vote by its label, first or changed', () => {
    expect(voteText('recorded', 'helpful')).toBe(
      'Thanks! Your 👍 Helpful helps the organizers improve the notes.',
    );
    expect(voteText('changed', 'not-helpful')).toBe('Thanks, your vote is now 👎 Not helpful.');
  });

  it('says a vote on a forgotten answer was not recorded, with how long answers are kept when known', () => {
    expect(voteText('unknown', 'helpful')).toBe(
      'Sorry, I no longer know that answer, so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
    expect(voteText('unknown', 'helpful', 7)).toBe(
      'Sorry, I no longer know that answer (answers are kept for 7 days), so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
    expect(voteText('unavailable', 'helpful')).toBe(
      'Sorry, I could not record your vote just now. Please try again later.',
    );
  });
});

describe('forwarding a question to the organizers', () => {
  it('names the talk and meetup the bot answered from, or says the notes had none', () => {
    expect(answeredText({ answerKind: 'found', topTalk: 'vSAN入門', topMeetup: 'Night #3' })).toBe(
      'The bot answered from “vSAN入門” (Night #3), and the asker wants more.',
    );
    expect(answeredText({ answerKind: 'found', topTalk: 'vSAN入門' })).toBe(
      'The bot answered from “vSAN入門”, and the asker wants more.',
    );
    expect(answeredText({ answerKind: 'found' })).toBe('The notes had no answer.');
    expect(answeredText({ answerKind: 'none', topTalk: 'vSAN入門' })).toBe(
      'The notes had no answer.',
    );
  });

  it('tells the asker what became of the question', () => {
    expect(forwardText('sent')).toBe('Sent to the organizers. Thank you for asking!');
    expect(forwardText('unknown')).toBe(
      'Sorry, I no longer know that question, so I could not send it. Please ask again.',
    );
    expect(forwardText('unknown', 14)).toBe(
      'Sorry, I no longer know that question (questions are kept for 14 days), so I could not send it. Please ask again.',
    );
    expect(forwardText('unavailable')).toBe(
      'Sorry, I cannot reach the question log just now, so I could not send it. Please try again later.',
    );
    expect(forwardText('failed')).toBe(
      'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.',
    );
  });

  it('throws on an outcome the types rule out, naming it', () => {
    expect(() => forwardText('lost' as never)).toThrow('Unknown forward outcome: lost');
    expect(() => voteText('lost' as never, 'helpful')).toThrow('Unknown vote outcome: lost');
  });
});

import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ORGANIZERS_ACTION_ID, VOTE_ACTION_IDS } from '../../../adapters/slack/answer-buttons.js';
import type { SlackMessage } from '../../../adapters/slack/render-blocks.js';
import { renderReply } from '../../../adapters/slack/render-reply.js';
import { SHARE_ACTION_ID } from '../../../adapters/slack/share-button.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { Reply } from '../../../src/requests/request-pipeline.js';
import { answerResult } from '../../support/answer-result.js';
import { sectionTexts } from '../../support/slack-payload.js';

const result = answerResult();
const found: Answer = { kind: 'found', query: 'terraform', results: [result] };
const notFound: Answer = { kind: 'not-found', query: 'sourdough', suggestions: [] };

const answerReply = (answer: Answer, answerId?: string): Reply => ({
  kind: 'answer',
  language: 'en',
  question: 'what about terraform?',
  answer,
  ...(answerId !== undefined && { answerId }),
});

/** The action_id and value of every button in the message's actions blocks, in order. */
function buttons(message: SlackMessage): [string | undefined, string | undefined][] {
  return message.blocks
    .filter((b): b is types.ActionsBlock => b.type === 'actions')
    .flatMap((b) => b.elements)
    .map((e) =>
      'action_id' in e && 'value' in e ? [e.action_id, e.value] : [undefined, undefined],
    );
}

describe('renderReply (Slack)', () => {
  it('adds only the Share button to an unrecorded found answer when sharing', () => {
    const m = renderReply(answerReply(found), { share: true });
    expect(buttons(m)).toEqual([[SHARE_ACTION_ID, 'what about terraform?']]);
    expect(m.blocks.filter((b) => b.type === 'actions')).toHaveLength(1);
    expect(sectionTexts(m)[0]).toContain('“terraform”');
  });

  it('labels the buttons of a Japanese answer in Japanese and tags their values with ja', () => {
    const m = renderReply({ ...answerReply(found, 'a-30'), language: 'ja' }, { share: true });
    const labels = m.blocks
      .filter((b): b is types.ActionsBlock => b.type === 'actions')
      .flatMap((b) => b.elements)
      .map((e) => ('text' in e && e.text && 'text' in e.text ? e.text.text : ''));
    expect(labels).toEqual(['チャンネルに共有', '👍 役に立った', '👎 役に立たなかった']);
    expect(buttons(m).slice(1)).toEqual([
      [VOTE_ACTION_IDS.helpful, 'ja:a-30'],
      [VOTE_ACTION_IDS['not-helpful'], 'ja:a-30'],
    ]);
    expect(sectionTexts(m)[0]).toContain('「terraform」について');
    const asked = renderReply(
      { ...answerReply(notFound, 'a-31'), language: 'ja' },
      { share: true, organizers: true },
    );
    expect(JSON.stringify(asked.blocks)).toContain('運営に聞く');
    expect(buttons(asked)).toEqual([[ORGANIZERS_ACTION_ID, 'ja:a-31']]);
  });

  it('words help with the configured command in the reply’s language', () => {
    const identity = { command: 'meetup', displayName: 'Go Bot' };
    const en = renderReply({ kind: 'help', language: 'en' }, { share: false, identity });
    const ja = renderReply({ kind: 'help', language: 'ja' }, { share: false, identity });
    expect(sectionTexts(en)[0]).toContain('`/meetup talks`: every meetup');
    expect(sectionTexts(ja)[0]).toContain('`/meetup talks`: すべてのミートアップ');
    expect(JSON.stringify([en, ja])).not.toContain('/vmware');
  });

  it('adds no button to an unrecorded found answer that is not shared', () => {
    const m = renderReply(answerReply(found), { share: false });
    expect(buttons(m)).toEqual([]);
    expect(m.blocks.map((b) => b.type)).toEqual(['section', 'section']);
  });

  it('puts Share and the two vote buttons, carrying the answer id, in one row', () => {
    const m = renderReply(answerReply(found, 'a-17'), { share: true });
    expect(buttons(m)).toEqual([
      [SHARE_ACTION_ID, 'what about terraform?'],
      [VOTE_ACTION_IDS.helpful, 'en:a-17'],
      [VOTE_ACTION_IDS['not-helpful'], 'en:a-17'],
    ]);
    expect(m.blocks.at(-1)?.type).toBe('actions');
  });

  it('offers votes without Share on a recorded answer in a public reply', () => {
    const m = renderReply(answerReply(found, 'a-18'), { share: false });
    expect(buttons(m)).toEqual([
      [VOTE_ACTION_IDS.helpful, 'en:a-18'],
      [VOTE_ACTION_IDS['not-helpful'], 'en:a-18'],
    ]);
  });

  it('offers "Ask the organizers" on a recorded not-found answer only when a channel is set', () => {
    const asked = renderReply(answerReply(notFound, 'a-19'), { share: true, organizers: true });
    expect(buttons(asked)).toEqual([[ORGANIZERS_ACTION_ID, 'en:a-19']]);
    expect(sectionTexts(asked)[0]).toContain('"sourdough"');
    expect(buttons(renderReply(answerReply(notFound, 'a-19'), { share: true }))).toEqual([]);
    expect(buttons(renderReply(answerReply(notFound), { share: true, organizers: true }))).toEqual(
      [],
    );
  });

  it('adds no button to a help or invalid answer, even when sharing', () => {
    for (const answer of [
      { kind: 'help' },
      { kind: 'invalid', reason: 'Still loading.' },
    ] as const) {
      const m = renderReply(answerReply(answer, 'a-20'), { share: true, organizers: true });
      expect(buttons(m)).toEqual([]);
    }
    const invalid = renderReply(answerReply({ kind: 'invalid', reason: 'Still loading.' }), {
      share: true,
    });
    expect(invalid.text).toBe('Still loading.');
  });

  it('lists the talks, or says that none match the filter', () => {
    const listing = renderReply(
      { kind: 'talks', language: 'en', meetups: [{ title: 'Ops Night #2', talks: [] }] },
      { share: false },
    );
    expect(sectionTexts(listing)).toEqual(['*Meetups and talks in the notes:*', '*Ops Night #2*']);
    const narrowed = renderReply(
      {
        kind: 'talks',
        language: 'en',
        meetups: [{ title: 'Ops Night #2', talks: [] }],
        filter: 'ops',
      },
      { share: false },
    );
    expect(narrowed).toEqual(listing);
    const none = renderReply(
      { kind: 'talks', language: 'en', meetups: [], filter: 'kafka' },
      { share: false },
    );
    expect(none.text).toBe(
      'No meetup or talk in the notes matches "kafka". Try "talks" alone to see them all.',
    );
    const empty = renderReply({ kind: 'talks', language: 'en', meetups: [] }, { share: false });
    expect(empty.text).toBe('There are no talks in the notes yet.');
  });

  it('shows help with the privacy line under it when there is one', () => {
    const plain = renderReply({ kind: 'help', language: 'en' }, { share: false });
    expect(plain.blocks.map((b) => b.type)).toEqual(['section']);
    const withPrivacy = renderReply(
      { kind: 'help', language: 'en', privacy: 'Kept <90> days.' },
      { share: false },
    );
    expect(withPrivacy.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Kept &lt;90&gt; days.' }],
    });
  });

  it('shows refusals, slow-downs and apologies as one escaped line', () => {
    const replies: Reply[] = [
      { kind: 'refused', language: 'en', reason: 'too-long', message: 'Too <long>.' },
      { kind: 'slow-down', language: 'en', message: 'Slow & steady.' },
      { kind: 'apology', language: 'en', message: 'Sorry <3' },
    ];
    expect(replies.map((r) => renderReply(r, { share: true }))).toEqual([
      {
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Too &lt;long&gt;.' } }],
        text: 'Too &lt;long&gt;.',
      },
      {
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Slow &amp; steady.' } }],
        text: 'Slow &amp; steady.',
      },
      {
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Sorry &lt;3' } }],
        text: 'Sorry &lt;3',
      },
    ]);
  });

  it('throws, naming the kind, for a reply kind it does not know', () => {
    const unknown = { kind: 'poll' } as unknown as Reply;
    expect(() => renderReply(unknown, { share: false })).toThrow(
      'Unknown reply kind: {"kind":"poll"}',
    );
  });
});

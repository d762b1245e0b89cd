import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { buttonsOf } from '../../../support/slack-payload.js';
import {
  countingMetrics,
  questionLogAt,
  tempStores,
  votesOn,
} from '../../../support/temp-store.js';
import {
  buttonClick,
  directMessageEvent,
  mentionEvent,
  type SlackHarness,
  shareClick,
  slashCommand,
  startHarness,
  visibleText,
} from './slack-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';

/** The buttons of a message's actions blocks, in order. */
describe('👍 / 👎 on Slack answers', () => {
  const stores = tempStores();
  const metrics = countingMetrics();
  let url: string;
  let log: QuestionLog;
  let h: SlackHarness;
  beforeAll(async () => {
    url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    log = questionLogAt(url, { metrics, days: 90 });
    h = await startHarness({ mode: 'http', questionLog: log });
  });
  afterAll(async () => {
    await h?.close();
    await log?.close();
    await stores.removeAll();
  });

  async function slash(text: string) {
    const res = await h.send({ form: slashCommand(text, h.fake.responseUrl()) });
    return (await res.json()) as { blocks?: unknown[]; text?: string };
  }
  async function click(actionId: string, answerId: string, userId?: string) {
    const responseUrl = h.fake.responseUrl();
    await h.send({
      form: { payload: JSON.stringify(buttonClick(actionId, answerId, responseUrl, userId)) },
    });
    const call = await h.fake.nextCall('response_url');
    expect(call.path).toBe(new URL(responseUrl).pathname);
    return call.body as { response_type?: string; replace_original?: boolean; text?: string };
  }

  it('puts Share, 👍 Helpful and 👎 Not helpful in one row under a found answer, carrying its id', async () => {
    const body = await slash(`ask ${GA_QUESTION}`);
    const buttons = buttonsOf(body);
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual([
      ['share_answer', 'Share in channel'],
      ['vote_helpful', '👍 Helpful'],
      ['vote_not_helpful', '👎 Not helpful'],
    ]);
    // The answer's id, tagged with its language so the thanks can be in it.
    expect(buttons[1]?.value).toMatch(/^en:[0-9a-f-]{36}$/);
    expect(buttons[2]?.value).toBe(buttons[1]?.value);
  });

  it('labels the buttons under a Japanese answer in Japanese, and thanks in Japanese', async () => {
    const body = await slash('Octantって何?');
    expect(visibleText(body)).toContain('「Octantって何?」について');
    const buttons = buttonsOf(body);
    expect(buttons.map((b) => b.text.text)).toEqual([
      'チャンネルに共有',
      '👍 役に立った',
      '👎 役に立たなかった',
    ]);
    const value = buttons[1]?.value ?? '';
    expect(value).toMatch(/^ja:[0-9a-f-]{36}$/);
    const thanks = await click('vote_helpful', value);
    expect(thanks.text).toBe(
      'ありがとうございます! 「👍 役に立った」は運営がノートを良くするのに役立ちます。',
    );
    expect(await votesOn(url, value.slice('ja:'.length))).toEqual(['helpful']);
  });

  it('shows no vote buttons when nothing was found', async () => {
    expect(buttonsOf(await slash('How do I bake sourdough bread?'))).toEqual([]);
  });

  it('says in help that questions are recorded and kept 90 days', async () => {
    expect(visibleText(await slash('help'))).toContain(
      'Questions asked here are recorded, without your name, to improve the notes, and deleted after 90 days.',
    );
  });

  it('stores a click, thanks the clicker privately without re-posting, and a second click changes the vote', async () => {
    const value = buttonsOf(await slash(`ask ${GA_QUESTION}`))[1]?.value ?? '';
    const answerId = value.slice('en:'.length);
    const thanks = await click('vote_helpful', value);
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks.text).toBe('Thanks! Your 👍 Helpful helps the organizers improve the notes.');
    const changed = await click('vote_not_helpful', value);
    expect(changed.text).toBe('Thanks, your vote is now 👎 Not helpful.');
    // The thanks comes once the vote is committed, so another connection sees it already.
    expect(await votesOn(url, answerId)).toEqual(['not-helpful']);
    expect(metrics.feedback.slice(-2)).toEqual(['slack:helpful', 'slack:not-helpful']);
  });

  it('answers a click on an unknown answer politely', async () => {
    const reply = await click('vote_helpful', '00000000-0000-0000-0000-000000000000');
    expect(reply.text).toBe(
      'Sorry, I no longer know that answer (answers are kept for 90 days), so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
  });

  it('puts the vote buttons on mention replies, DMs and the shared answer', async () => {
    await h.send({ json: mentionEvent(`<@U0BOT> ${GA_QUESTION}`) });
    const mention = await h.fake.nextCall('chat.postMessage');
    expect(buttonsOf(mention.body).map((b) => b.action_id)).toEqual([
      'vote_helpful',
      'vote_not_helpful',
    ]);
    await h.send({ json: directMessageEvent(GA_QUESTION) });
    const dm = await h.fake.nextCall('chat.postMessage');
    expect(buttonsOf(dm.body).map((b) => b.action_id)).toContain('vote_helpful');

    const responseUrl = h.fake.responseUrl();
    await h.send({ form: { payload: JSON.stringify(shareClick(GA_QUESTION, responseUrl)) } });
    const shared = await h.fake.nextCall('response_url');
    await h.fake.nextCall('response_url'); // the ephemeral copy deleted
    expect(shared.body.response_type).toBe('in_channel');
    expect(buttonsOf(shared.body).map((b) => b.action_id)).toEqual([
      'vote_helpful',
      'vote_not_helpful',
    ]);
  });
});

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { buttonsOf } from '../../../support/discord-payload.js';
import {
  countingMetrics,
  questionLogAt,
  tempStores,
  votesOn,
} from '../../../support/temp-store.js';
import {
  askBySlashCommand,
  clickButtonOf,
  closeAndCheckLogs,
  type DiscordHarness,
  startDiscordHarness,
} from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const EPHEMERAL = 64;

/** The buttons of a message's component rows, in order. */
describe('👍 / 👎 on Discord answers', () => {
  const stores = tempStores();
  const metrics = countingMetrics();
  let url: string;
  let log: QuestionLog;
  let h: DiscordHarness;
  beforeAll(async () => {
    url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    log = questionLogAt(url, { metrics, days: 90 });
    h = await startDiscordHarness({ questionLog: log });
  });
  afterAll(async () => {
    if (h) await closeAndCheckLogs(h);
    await log?.close();
    await stores.removeAll();
  });

  const ask = (question: string) => askBySlashCommand(h, question);
  const click = (customId: string, message: object) => clickButtonOf(h, customId, message);

  it('puts Share, 👍 Helpful and 👎 Not helpful in one row under a found answer, carrying its id', async () => {
    const buttons = buttonsOf(await ask(GA_QUESTION));
    expect(buttons.map((b) => [b.label, b.emoji?.name])).toEqual([
      ['Share in channel', undefined],
      ['Helpful', '👍'],
      ['Not helpful', '👎'],
    ]);
    const id = buttons[1]?.custom_id.replace('vmware:vote:helpful:', '');
    // The answer's id, tagged with its language so the thanks can be in it.
    expect(id).toMatch(/^en:[0-9a-f-]{36}$/);
    expect(buttons[2]?.custom_id).toBe(`vmware:vote:not-helpful:${id}`);
  });

  it('shows no buttons when nothing was found', async () => {
    expect(buttonsOf(await ask('How do I bake sourdough bread?'))).toEqual([]);
  });

  it('says in help that questions are recorded and kept 90 days', async () => {
    const { body } = await h.fake.sendSlashCommand({ subcommand: 'help' }).response();
    expect(body.data.embeds[0].footer.text).toBe(
      'Questions asked here are recorded, without your name, to improve the notes, and deleted after 90 days.',
    );
  });

  it('stores a click, thanks the clicker privately, and a second click changes the vote', async () => {
    const answer = await ask(GA_QUESTION);
    const [, helpful, notHelpful] = buttonsOf(answer);
    const thanks = await click(helpful?.custom_id ?? '', answer);
    expect(thanks.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(thanks.data.content).toBe(
      'Thanks! Your 👍 Helpful helps the organizers improve the notes.',
    );
    const changed = await click(notHelpful?.custom_id ?? '', answer);
    expect(changed.data.content).toBe('Thanks, your vote is now 👎 Not helpful.');

    const answerId = helpful?.custom_id.replace('vmware:vote:helpful:en:', '') ?? '';
    expect(await votesOn(url, answerId)).toEqual(['not-helpful']);
    expect(metrics.feedback.slice(-2)).toEqual(['discord:helpful', 'discord:not-helpful']);
  });

  it('labels the buttons under a Japanese answer in Japanese, and thanks in Japanese', async () => {
    const answer = await ask('Octantって何?');
    expect(answer.content).toContain('「Octantって何?」について');
    const buttons = buttonsOf(answer);
    expect(buttons.map((b) => b.label)).toEqual([
      'チャンネルに共有',
      '役に立った',
      '役に立たなかった',
    ]);
    expect(buttons[0]?.custom_id).toBe('vmware:share:ja');
    const thanks = await click(buttons[1]?.custom_id ?? '', answer);
    expect(thanks.data.content).toBe(
      'ありがとうございます! 「👍 役に立った」は運営がノートを良くするのに役立ちます。',
    );
    const shared = await click(buttons[0]?.custom_id ?? '', answer);
    expect(shared.data.content).toMatch(/^<@\d+> さんがこの答えを共有しました。/);
  });

  it('answers a click on an unknown answer politely, and privately', async () => {
    const body = await click('vmware:vote:helpful:no-such-answer', { content: 'old answer' });
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toBe(
      'Sorry, I no longer know that answer (answers are kept for 90 days), so the vote was not recorded. Ask again to vote on a fresh answer.',
    );
  });

  it('puts the vote buttons on mention replies, DMs and the shared answer, for the same answer', async () => {
    const mention = await h.fake
      .sendMessage({ content: `<@${h.fake.ids.botUserId}> ${GA_QUESTION}` })
      .reply();
    expect(buttonsOf(mention.body).map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
    const dm = await h.fake.sendMessage({ content: GA_QUESTION, dm: true }).reply();
    expect(buttonsOf(dm.body).map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);

    const answer = await ask(GA_QUESTION);
    const shared = await click('vmware:share:en', answer);
    expect((shared.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(buttonsOf(shared.data).map((b) => b.custom_id)).toEqual(
      buttonsOf(answer)
        .slice(1)
        .map((b) => b.custom_id),
    );
  });
});

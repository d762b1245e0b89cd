import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { buttonsOf } from '../../../support/discord-payload.js';
import { questionLogAt, tempStores } from '../../../support/temp-store.js';
import {
  askBySlashCommand,
  clickButtonOf,
  closeAndCheckLogs,
  type DiscordHarness,
  startDiscordHarness,
} from './discord-harness.js';

const ORGANIZERS = '1399999999999999001';
const EPHEMERAL = 64;
const UNANSWERABLE = 'How do I bake sourdough bread?';

describe('"Ask the organizers" on Discord', () => {
  const stores = tempStores();
  let log: QuestionLog;
  let h: DiscordHarness;
  beforeAll(async () => {
    log = questionLogAt(`file:${path.join(await stores.dir(), 'bot.db')}`);
    h = await startDiscordHarness({ questionLog: log, organizersChannel: ORGANIZERS });
  });
  afterAll(async () => {
    if (h) await closeAndCheckLogs(h);
    await log?.close();
    await stores.removeAll();
  });

  const ask = (question: string) => askBySlashCommand(h, question);
  const click = (customId: string, message: object) => clickButtonOf(h, customId, message);
  const toOrganizers = (c: { method: string; path: string }) =>
    c.method === 'POST' && c.path.endsWith(`/channels/${ORGANIZERS}/messages`);

  it('offers the button under a not-found answer, and not under a found one', async () => {
    const notFound = buttonsOf(await ask(UNANSWERABLE));
    expect(notFound.map((b) => b.label)).toEqual(['Ask the organizers']);
    expect(notFound[0]?.custom_id).toMatch(/^vmware:organizers:en:[0-9a-f-]{36}$/);
    const japanese = buttonsOf(await ask('会場のWi-Fiのパスワードは?'));
    expect(japanese.map((b) => b.label)).toEqual(['運営に聞く']);
    expect(japanese[0]?.custom_id).toMatch(/^vmware:organizers:ja:/);
    const found = buttonsOf(await ask('When did Ansible 2.10 become GA?'));
    expect(found.map((b) => b.label)).not.toContain('Ask the organizers');
  });

  it('posts the question and the asker to the organizers, pinging only the asker, and tells the asker', async () => {
    const answer = await ask(`@everyone <@&123456789012345678> ${UNANSWERABLE}`);
    const posted = h.fake.nextCall(toOrganizers);
    const told = await click(buttonsOf(answer)[0]?.custom_id ?? '', answer);
    const { body } = await posted;
    expect(body.content).toContain(`<@${h.fake.user.id}>`);
    expect(body.content).toContain('sourdough bread');
    // In the organizers' language (ORGANIZERS_LANGUAGE, Japanese by default); the asker's reply
    // stays in the asker's.
    expect(body.content).toContain(`<#${h.fake.ids.channelId}> で`);
    expect(body.content).toContain('**運営への質問**');
    expect(body.content).toContain('ノートには答えがありませんでした。');
    expect(body.allowed_mentions).toEqual({ parse: [], users: [h.fake.user.id] });
    expect(told.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(told.data.content).toBe('Sent to the organizers. Thank you for asking!');
  });

  it('offers the organizers after a 👎', async () => {
    const answer = await ask('When did Ansible 2.10 become GA?');
    const notHelpful = buttonsOf(answer).find((b) => b.label === 'Not helpful');
    const thanks = await click(notHelpful?.custom_id ?? '', answer);
    const id = notHelpful?.custom_id.replace('vmware:vote:not-helpful:', '');
    expect(buttonsOf(thanks.data)).toEqual([
      expect.objectContaining({
        label: 'Ask the organizers',
        custom_id: `vmware:organizers:${id}`,
      }),
    ]);
  });

  it('tells the asker plainly when the channel refuses, and logs the fix once', async () => {
    const undo = h.fake.respondWith(toOrganizers, {
      status: 403,
      body: { message: 'Missing Access', code: 50001 },
    });
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await ask(UNANSWERABLE);
        const told = await click(buttonsOf(answer)[0]?.custom_id ?? '', answer);
        expect(told.data.content).toBe(
          'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.',
        );
      }
    } finally {
      undo();
    }
    const errors = h
      .logs()
      .split('\n')
      .filter((l) => l.includes("Could not post to the organizers' channel."));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `Give the bot View Channel and Send Messages in the organizers' channel ${ORGANIZERS}`,
    );
  });

  it('posts the weekly digest to the organizers’ channel, pinging no one', async () => {
    const posted = h.fake.nextCall(toOrganizers);
    await h.adapter.postToOrganizers('Weekly question digest\n• 2× @everyone install octant');
    const { body } = await posted;
    expect(body.content).toContain('Weekly question digest');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

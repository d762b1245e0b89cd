import { afterEach, describe, expect, it } from 'vitest';
import { brokenService } from '../../../support/broken-service.js';
import { plain } from '../../../support/discord-payload.js';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
describe('@mentions and DMs against a local Discord', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it('replies to a guild message that mentions the bot, with the mention stripped', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendMessage({ content: `<@${h.fake.ids.botUserId}> ${GA_QUESTION}` });
    const { body } = await sent.reply();
    expect(body.message_reference).toMatchObject({
      message_id: sent.id,
      fail_if_not_exists: false,
    });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: true });
    expect(body.content).toContain(`“${GA_QUESTION}”`);
    expect(body.content).not.toContain(h.fake.ids.botUserId);
    expect(body.embeds[0].title).toContain('Ansible');
    expect(plain(body.embeds[0].description)).toContain('2020/9/22');
    // Public replies have no Share button: they are already shared.
    expect(body.components).toEqual([]);
  });

  it('answers a bare mention with the help text', async () => {
    h = await startDiscordHarness();
    const { body } = await h.fake.sendMessage({ content: `<@!${h.fake.ids.botUserId}>` }).reply();
    expect(body.embeds[0].description).toContain('/vmware ask');
  });

  it('answers a DM in the DM channel without pinging', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendMessage({ content: GA_QUESTION, dm: true });
    const reply = await sent.reply();
    expect(reply.path).toBe(`/api/v10/channels/${h.fake.ids.dmChannelId}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.embeds[0].title).toContain('Ansible');
  });

  it('ignores guild messages that do not mention the bot, and messages from bots', async () => {
    h = await startDiscordHarness();
    const mention = `<@${h.fake.ids.botUserId}>`;
    const before = h.fake.calls.length;
    h.fake.sendMessage({ content: GA_QUESTION });
    h.fake.sendMessage({ content: `@everyone ${GA_QUESTION}` });
    h.fake.sendMessage({
      content: `${mention} ${GA_QUESTION}`,
      author: { id: '1388888888888888888', username: 'other-bot', bot: true },
    });
    h.fake.sendMessage({ content: `${mention} ${GA_QUESTION}`, author: h.fake.botUser });
    h.fake.sendMessage({
      content: GA_QUESTION,
      dm: true,
      author: { id: '1388888888888888888', username: 'other-bot', bot: true },
    });
    // Gateway events are handled in order, so once this one is answered the ones before it were
    // seen too; had any of them been answered, its reply would have come first.
    const marker = h.fake.sendMessage({ content: `${mention} octant` });
    await marker.reply();
    const replies = h.fake.calls.slice(before).filter((c) => c.method === 'POST');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body.message_reference.message_id).toBe(marker.id);
  });

  it('never lets @everyone in a mention question ping anyone', async () => {
    h = await startDiscordHarness();
    const { body } = await h.fake
      .sendMessage({ content: `<@${h.fake.ids.botUserId}> @everyone @here ${GA_QUESTION}` })
      .reply();
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.content).not.toMatch(/@everyone|@here/);
  });

  it('politely refuses an over-long DM question', async () => {
    h = await startDiscordHarness();
    const { body } = await h.fake
      .sendMessage({ content: `Ansible ${'y'.repeat(1001)}`, dm: true })
      .reply();
    expect(body.content).toContain('1,000 characters');
    expect(body.embeds).toEqual([]);
  });

  it('asks a mentioning user who asks too often to slow down', async () => {
    h = await startDiscordHarness({ rateLimitPerMinute: 1 });
    const mention = `<@${h.fake.ids.botUserId}>`;
    await h.fake.sendMessage({ content: `${mention} ${GA_QUESTION}` }).reply();
    const { body } = await h.fake.sendMessage({ content: `${mention} ${GA_QUESTION}` }).reply();
    expect(body.content).toMatch(/slow|wait a minute/i);
  });

  it('lists the talks for "talks" in a mention, as the slash command does', async () => {
    h = await startDiscordHarness();
    const { body } = await h.fake
      .sendMessage({ content: `<@${h.fake.ids.botUserId}> talks` })
      .reply();
    expect(JSON.stringify(body)).toContain('Octant で k8s を手軽に可視化してみる');
    expect(JSON.stringify(body)).toContain('speakerdeck.com');
  });

  it('does not count a bare mention against the rate limit', async () => {
    h = await startDiscordHarness({ rateLimitPerMinute: 1 });
    const mention = `<@${h.fake.ids.botUserId}>`;
    await h.fake.sendMessage({ content: mention }).reply();
    const { body } = await h.fake.sendMessage({ content: `${mention} ${GA_QUESTION}` }).reply();
    expect(body.content).not.toMatch(/slow|wait a minute/i);
    expect(JSON.stringify(body.embeds)).toContain('2020/9/22');
  });

  it('replies with an apology instead of going silent when the core fails', async () => {
    h = await startDiscordHarness({ service: brokenService('index exploded') });
    const { body } = await h.fake.sendMessage({ content: GA_QUESTION, dm: true }).reply();
    expect(body.content).toMatch(/^Sorry, something went wrong/);
    expect(h.logs()).toContain('index exploded');
    expect(h.logs()).toContain('Answering a request failed.');
  });
});

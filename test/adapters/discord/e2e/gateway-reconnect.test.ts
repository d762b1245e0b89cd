import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const OP_IDENTIFY = 2;
const OP_RESUME = 6;

describe('surviving gateway disconnects', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it('resumes the session after the gateway closes with 4000 and answers again', async () => {
    h = await startDiscordHarness();
    const resumed = h.fake.waitForGatewayPayload(OP_RESUME);
    await h.fake.closeGateway(4000, 'unknown error');
    const resume = await resumed;
    expect(resume.d.session_id).toEqual(expect.any(String));
    expect(h.fake.connectionCount).toBe(2);

    const { body } = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    expect(body.data.embeds[0].title).toContain('Ansible');
    expect(h.logs()).toContain('Discord gateway connection dropped; reconnecting.');
    expect(h.logs()).toContain('Discord gateway session resumed.');
  });

  it('identifies afresh when Discord refuses the resume, then answers again', async () => {
    h = await startDiscordHarness({ fake: { onResume: 'invalid-session', waitTimeoutMs: 10_000 } });
    // discord.js rightly spaces identifies 5 s apart (Discord's limit); the clock it reads is
    // moved past that window instead of the test waiting it out.
    const now = Date.now;
    vi.spyOn(Date, 'now').mockImplementation(() => now() + 6_000);
    const since = h.fake.gatewayReceived.length;
    await h.fake.closeGateway(4000, 'unknown error');
    await h.fake.waitForGatewayPayload(OP_RESUME, since);
    await h.fake.waitForGatewayPayload(OP_IDENTIFY, since);

    const reply = await h.fake.sendMessage({ content: GA_QUESTION, dm: true }).reply();
    expect(reply.body.embeds[0].title).toContain('Ansible');
  });
});

describe('giving up on a gateway that is gone for good', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it.each([
    [4004, 'authentication failed'],
    [4013, 'invalid intents'],
    [4014, 'disallowed intents'],
  ])('fails with the close code when Discord closes with %i after ready', async (code, meaning) => {
    h = await startDiscordHarness();
    await h.fake.closeGateway(code, 'fatal');
    const err = await h.adapter.failed;
    expect(err.code).toBe('discord_gateway_lost');
    expect(err.message).toContain(`close code ${code}, ${meaning}`);
    expect(h.logs()).toContain('Discord gateway closed for good; not reconnecting.');
  });

  it('fails when a reconnect gets no HELLO within the limit', async () => {
    h = await startDiscordHarness({ gatewayDownLimitMs: 300 });
    h.fake.withholdHello();
    await h.fake.closeGateway(4000, 'unknown error');
    const err = await h.adapter.failed;
    expect(err.message).toContain('has not been ready for 0.3 s (no HELLO or READY)');
  });

  it('keeps going when a reconnect resumes within the limit', async () => {
    const limitMs = 1_500;
    h = await startDiscordHarness({ gatewayDownLimitMs: limitMs });
    let gaveUp = false;
    void h.adapter.failed.then(() => {
      gaveUp = true;
    });
    const resumed = h.fake.waitForGatewayPayload(OP_RESUME);
    const droppedAt = Date.now();
    await h.fake.closeGateway(4000, 'unknown error');
    await resumed;
    const { body } = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    expect(body.data.embeds[0].title).toContain('Ansible');
    // Past the limit counted from the drop: the resume stopped the count.
    await new Promise((resolve) => setTimeout(resolve, droppedAt + limitMs + 200 - Date.now()));
    expect(gaveUp).toBe(false);
  });

  it('refuses to start when the gateway never says HELLO', async () => {
    await expect(
      startDiscordHarness({ fake: { hello: false }, gatewayDownLimitMs: 300 }),
    ).rejects.toThrow(/has not been ready for 0\.3 s/);
  });
});

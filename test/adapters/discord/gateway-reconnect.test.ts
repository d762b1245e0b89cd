import { afterEach, describe, expect, it } from 'vitest';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const OP_IDENTIFY = 2;
const OP_RESUME = 6;

describe('surviving gateway disconnects', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
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

  // Slow (about 6 s): discord.js rightly waits out Discord's 5-second identify throttle.
  it('identifies afresh when Discord refuses the resume, then answers again', async () => {
    h = await startDiscordHarness({ fake: { onResume: 'invalid-session', waitTimeoutMs: 10_000 } });
    const since = h.fake.gatewayReceived.length;
    await h.fake.closeGateway(4000, 'unknown error');
    await h.fake.waitForGatewayPayload(OP_RESUME, since);
    await h.fake.waitForGatewayPayload(OP_IDENTIFY, since);

    const reply = await h.fake.sendMessage({ content: GA_QUESTION, dm: true }).reply();
    expect(reply.body.embeds[0].title).toContain('Ansible');
  });
});

import { describe, expect, it } from 'vitest';
import { startDiscordHarness, TEST_TOKEN } from './discord-harness.js';

const OP_HEARTBEAT = 1;

describe('starting the Discord adapter', () => {
  it('fails with a sentence about the intent when Message Content is not enabled', async () => {
    const error = await startDiscordHarness({ fake: { closeOnIdentify: 4014 } }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Message Content intent/);
  });

  it('fails with a sentence naming DISCORD_TOKEN when Discord rejects the token, without echoing it', async () => {
    const error = await startDiscordHarness({
      fake: { token: 'a-different-valid-looking-token' },
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/DISCORD_TOKEN/);
    expect((error as Error).message).not.toContain(TEST_TOKEN);
  });

  it('keeps its one gateway connection while heartbeats are acknowledged', async () => {
    const h = await startDiscordHarness({ fake: { heartbeatIntervalMs: 50 } });
    try {
      for (let i = 0; i < 3; i += 1) await h.fake.waitForGatewayPayload(OP_HEARTBEAT);
      expect(h.fake.connectionCount).toBe(1);
      const reply = await h.fake
        .sendMessage({ content: 'When did Ansible 2.10 become GA?', dm: true })
        .reply();
      expect(reply.body.embeds).not.toEqual([]);
    } finally {
      await h.close();
    }
  });
});

import { createServer, type Socket } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../../adapters/discord/create-discord-adapter.js';
import { createTestPipeline } from '../../../support/test-pipeline.js';
import { startDiscordHarness, TEST_TOKEN } from './discord-harness.js';

const OP_HEARTBEAT = 1;

describe('starting the Discord adapter', () => {
  it('fails with a sentence about the intent when Message Content is not enabled', async () => {
    const error = await startDiscordHarness({ fake: { closeOnIdentify: 4014 } }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'discord_intent_refused', name: 'DiscordAdapterError' });
    expect((error as Error).message).toMatch(/Message Content intent/);
  });

  it('fails with a sentence naming DISCORD_TOKEN when Discord rejects the token, without echoing it', async () => {
    const error = await startDiscordHarness({
      fake: { token: 'a-different-valid-looking-token' },
    }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'discord_auth_failed' });
    expect((error as Error).message).toMatch(/DISCORD_TOKEN/);
    expect((error as Error).message).not.toContain(TEST_TOKEN);
  });

  it('fails with a connect code and a sentence when Discord cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const adapter = createDiscordAdapter({
      config: { token: TEST_TOKEN, apiUrl: `http://127.0.0.1:${port}` },
      pipeline: await createTestPipeline(),
      logger: pino({ level: 'silent' }),
      rest: { retries: 0 },
    });
    const error = await adapter.start().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toMatchObject({ code: 'discord_connect_failed' });
    expect(error?.message).toMatch(/^Could not connect to Discord \(.+\); check DISCORD_API_URL/);
    expect(error?.message).not.toContain(TEST_TOKEN);
  });

  it('keeps its one gateway connection while heartbeats are acknowledged', async () => {
    const h = await startDiscordHarness({ fake: { heartbeatIntervalMs: 50 } });
    try {
      for (let i = 0; i < 3; i += 1) await h.fake.waitForGatewayPayload(OP_HEARTBEAT);
      expect(h.fake.connectionCount).toBe(1);
      const reply = await h.fake
        .sendMessage({ content: 'When did Ansible 2.10 become GA?', dm: true })
        .reply();
      // The GA date is what the question asks for.
      expect(JSON.stringify(reply.body.embeds)).toContain('2020/9/22');
    } finally {
      await h.close();
    }
  });

  it('ends a start that is still connecting when it is stopped, so shutdown is not held up', async () => {
    // A server that accepts connections and never answers: login() would wait forever.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const adapter = createDiscordAdapter({
      config: { token: TEST_TOKEN, apiUrl: `http://127.0.0.1:${port}` },
      pipeline: await createTestPipeline(),
      logger: pino({ level: 'silent' }),
      rest: { retries: 0, timeout: 60_000 },
    });
    try {
      const starting = adapter.start().then(
        () => undefined,
        (e: Error) => e,
      );
      await new Promise((r) => setTimeout(r, 200));
      await adapter.stop();
      const error = await starting;
      expect(error).toMatchObject({ code: 'discord_start_cancelled' });
      expect(error?.message).toMatch(/stopped while it was connecting/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

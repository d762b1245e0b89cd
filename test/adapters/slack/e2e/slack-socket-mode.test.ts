import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../../adapters/slack/create-slack-adapter.js';
import { createFakeSlack, type FakeSocketConnection } from '../../../fakes/fake-slack.js';
import { createTestPipeline } from '../../../support/test-pipeline.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  BOT_USER_ID,
  directMessageEvent,
  mentionEvent,
  type SlackHarness,
  slashCommand,
  startHarness,
  visibleText,
} from './slack-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';

describe('Slack adapter in Socket Mode', () => {
  let h: SlackHarness;
  let socket: FakeSocketConnection;
  beforeAll(async () => {
    // start() resolves only once the fake's {"type":"hello"} has arrived over the WebSocket.
    h = await startHarness({ mode: 'socket' });
    socket = await h.fake.nextSocket();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the connection with the app token, and serves no HTTP port', () => {
    const open = h.fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(h.adapter.mode).toBe('socket');
    expect(h.adapter.httpPort).toBeUndefined();
  });

  it('acks a slash command envelope with the ephemeral answer as its payload', async () => {
    const id = socket.sendEnvelope(
      'slash_commands',
      slashCommand(`ask ${GA_QUESTION}`, h.fake.responseUrl()),
    );
    const ack = await socket.nextAck(id);
    const payload = ack.payload as { response_type?: string; blocks?: unknown; text?: string };
    expect(payload.response_type).toBe('ephemeral');
    expect(visibleText(payload)).toContain('2020/9/22');
    expect(JSON.stringify(payload.blocks)).toContain('share_answer');
  });

  it('acks an app_mention envelope and answers in a thread with the bot token', async () => {
    const id = socket.sendEnvelope('events_api', mentionEvent(`<@${BOT_USER_ID}> ${GA_QUESTION}`));
    const ack = await socket.nextAck(id);
    expect(ack.envelope_id).toBe(id);
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.body.thread_ts).toBe('1700000000.000100');
    expect(visibleText(post.body)).toContain('2020/9/22');
  });

  it('answers a DM envelope in the DM channel', async () => {
    const id = socket.sendEnvelope(
      'events_api',
      directMessageEvent('How do I bake sourdough bread?'),
    );
    await socket.nextAck(id);
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe('D0DM');
    expect(visibleText(post.body)).toMatch(/The notes have no answer to/);
  });

  it('acks but ignores a bot message envelope', async () => {
    const before = h.fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    const ignored = socket.sendEnvelope(
      'events_api',
      directMessageEvent(GA_QUESTION, { bot_id: 'B0OTHER', subtype: 'bot_message' }),
    );
    await socket.nextAck(ignored);
    const real = socket.sendEnvelope(
      'events_api',
      directMessageEvent('octant', { channel: 'D0NEXT' }),
    );
    await socket.nextAck(real);
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe('D0NEXT');
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').length - before).toBe(1);
  });

  it('never writes the bot or app token to the log', () => {
    const logs = h.logs.join('\n');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(APP_TOKEN);
  });
});

describe('Slack adapter lifecycle', () => {
  it('stop() closes the Socket Mode connection with a normal close, so the process can exit', async () => {
    const h = await startHarness({ mode: 'socket' });
    try {
      const socket = await h.fake.nextSocket();
      await h.adapter.stop();
      expect(await socket.closed).toBe(1000);
      // A second stop is harmless, as a shutdown hook may call it twice.
      await h.adapter.stop();
    } finally {
      await h.fake.close();
    }
  });

  it('stop() closes the HTTP server in HTTP mode', async () => {
    const h = await startHarness({ mode: 'http' });
    try {
      const port = h.adapter.httpPort;
      expect(port).toBeGreaterThan(0);
      await h.adapter.stop();
      await expect(
        fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' }),
      ).rejects.toThrow();
    } finally {
      await h.fake.close();
    }
  });

  it('fails to start with a clear error naming SLACK_BOT_TOKEN when Slack rejects the token', async () => {
    const fake = createFakeSlack({ botToken: 'xoxb-the-right-one' });
    await fake.start();
    try {
      const adapter = createSlackAdapter({
        config: {
          botToken: BOT_TOKEN,
          signingSecret: '0123456789abcdef',
          port: 0,
          apiUrl: fake.apiUrl,
        },
        pipeline: await createTestPipeline(),
        logger: pino({ level: 'silent' }),
        clientOptions: { retryConfig: { retries: 0 } },
        host: '127.0.0.1',
      });
      const failure = adapter.start();
      await expect(failure).rejects.toMatchObject({ code: 'slack_auth_failed' });
      await expect(failure).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
      await expect(failure).rejects.not.toThrow(BOT_TOKEN);
      expect(adapter.httpPort).toBeUndefined();
    } finally {
      await fake.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenService } from '../../../support/broken-service.js';
import {
  BOT_TOKEN,
  BOT_USER_ID,
  directMessageEvent,
  mentionEvent,
  SIGNING_SECRET,
  type SlackHarness,
  shareClick,
  slashCommand,
  startHarness,
  USER_ID,
  visibleText,
} from './slack-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';

describe('Slack adapter in HTTP mode', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function slash(text: string) {
    const res = await h.send({ form: slashCommand(text, h.fake.responseUrl()) });
    expect(res.status).toBe(200);
    return (await res.json()) as { response_type?: string; blocks?: unknown[]; text?: string };
  }

  it('checks the bot token with auth.test when it starts', () => {
    const authTest = h.fake.calls.find((c) => c.method === 'auth.test');
    expect(authTest?.token).toBe(BOT_TOKEN);
  });

  it('answers /vmware ask in the ack, only to the asker, with a Share in channel button', async () => {
    const body = await slash(`ask ${GA_QUESTION}`);
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toContain('Ansible');
    expect(visibleText(body)).toContain('2020/9/22');
    expect(JSON.stringify(body.blocks)).toContain('"action_id":"share_answer"');
    expect(JSON.stringify(body.blocks)).toContain(`"value":"${GA_QUESTION}"`);
    // No question log here (QUESTION_LOG=off): nothing to vote on, so no vote buttons.
    expect(JSON.stringify(body.blocks)).not.toContain('vote_');
  });

  it('treats any other text after /vmware as a question', async () => {
    const body = await slash(GA_QUESTION);
    expect(visibleText(body)).toContain('2020/9/22');
  });

  it.each(['', 'help'])('explains usage for /vmware %j', async (text) => {
    const body = await slash(text);
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toContain('/vmware ask');
    expect(visibleText(body)).toContain('/vmware talks');
  });

  it('lists the meetups and talks with their slide links for /vmware talks', async () => {
    const body = await slash('talks');
    expect(visibleText(body)).toContain('Ansible');
    expect(visibleText(body)).toMatch(/<https:\/\/speakerdeck\.com\/[^|>]+\|/);
  });

  it('says plainly when nothing is found and suggests /vmware talks, without a share button', async () => {
    const body = await slash('How do I bake sourdough bread?');
    expect(visibleText(body)).toMatch(/The notes have no answer to/);
    expect(visibleText(body)).toContain('/vmware talks');
    expect(JSON.stringify(body.blocks)).not.toContain('share_answer');
  });

  it('escapes <!channel> and user mentions typed into a question so they never ping anyone', async () => {
    const body = await slash('<!channel> <!here> <@U0OTHER> sourdough & bread');
    const text = visibleText(body);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&lt;@U0OTHER&gt;');
    expect(text).toContain('&amp;');
    expect(text).not.toMatch(/<!channel>|<!here>|<@U0OTHER>/);
  });

  it('politely refuses a question longer than 1,000 characters', async () => {
    const body = await slash(`ask ${'Ansible '.repeat(130)}`);
    expect(visibleText(body)).toMatch(/too long/);
    expect(visibleText(body)).not.toContain('2020/9/22');
  });

  it('posts a shared answer publicly, attributed to the asker, and deletes the ephemeral copy', async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await h.send({
      form: { payload: JSON.stringify(shareClick(GA_QUESTION, responseUrl)) },
    });
    expect(res.status).toBe(200);
    const shared = await h.fake.nextCall('response_url');
    const deleted = await h.fake.nextCall('response_url');
    expect(shared.path).toBe(new URL(responseUrl).pathname);
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.replace_original).toBe(false);
    expect(visibleText(shared.body)).toContain(`<@${USER_ID}> asked`);
    expect(visibleText(shared.body)).toContain('2020/9/22');
    expect(JSON.stringify(shared.body.blocks)).not.toContain('share_answer');
    expect(deleted.path).toBe(shared.path);
    expect(deleted.body.delete_original).toBe(true);
  });

  it('answers an @mention in a thread under the question, without the bot mention in the question', async () => {
    const res = await h.send({ json: mentionEvent(`<@${BOT_USER_ID}> ${GA_QUESTION}`) });
    expect(res.status).toBe(200);
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.body.channel).toBe('C0GENERAL');
    expect(post.body.thread_ts).toBe('1700000000.000100');
    expect(visibleText(post.body)).toContain('2020/9/22');
    expect(visibleText(post.body)).not.toContain(BOT_USER_ID);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    await h.send({
      json: mentionEvent(`<@${BOT_USER_ID}> ${GA_QUESTION}`, {
        ts: '1700000000.000900',
        thread_ts: '1700000000.000001',
      }),
    });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe('1700000000.000001');
  });

  it('strips the bot mention before reading the request, so "@bot help" gets the help text', async () => {
    await h.send({ json: mentionEvent(`<@${BOT_USER_ID}|vmware-bot> help`) });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(visibleText(post.body)).toContain('/vmware ask');
  });

  it('answers a mention with no question with the help text', async () => {
    await h.send({ json: mentionEvent(`<@${BOT_USER_ID}>`) });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(visibleText(post.body)).toContain('/vmware ask');
  });

  it('escapes <!channel> typed into a mention when it echoes the question', async () => {
    await h.send({ json: mentionEvent(`<@${BOT_USER_ID}> <!channel> sourdough`) });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(visibleText(post.body)).toContain('&lt;!channel&gt;');
    expect(visibleText(post.body)).not.toContain('<!channel>');
  });

  it('answers a DM in the DM channel', async () => {
    await h.send({ json: directMessageEvent(GA_QUESTION) });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe('D0DM');
    expect(post.body.thread_ts).toBeUndefined();
    expect(visibleText(post.body)).toContain('2020/9/22');
  });

  it('ignores messages from bots, edits, joins and channel messages: no reply loops', async () => {
    const before = h.fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    const ignored = [
      directMessageEvent(GA_QUESTION, { bot_id: 'B0OTHER', subtype: 'bot_message' }),
      directMessageEvent(GA_QUESTION, { bot_id: 'B0OTHER' }),
      directMessageEvent(GA_QUESTION, { user: BOT_USER_ID, bot_id: 'B0BOT' }),
      directMessageEvent(GA_QUESTION, {
        subtype: 'message_changed',
        message: { text: GA_QUESTION, user: USER_ID },
      }),
      directMessageEvent(`<@${USER_ID}> has joined the channel`, { subtype: 'channel_join' }),
      directMessageEvent(GA_QUESTION, { channel_type: 'channel', channel: 'C0GENERAL' }),
      mentionEvent(`<@${BOT_USER_ID}> ${GA_QUESTION}`, { bot_id: 'B0OTHER' }),
    ];
    for (const event of ignored) {
      const res = await h.send({ json: event });
      expect(res.status).toBe(200);
    }
    // A real DM afterwards: its reply must be the only post since the ignored ones.
    await h.send({ json: directMessageEvent('octant', { channel: 'D0LAST' }) });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe('D0LAST');
    const after = h.fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    expect(after - before).toBe(1);
  });

  it('refuses a request with a bad signature with 401 and does nothing', async () => {
    const before = h.fake.calls.length;
    const res = await h.send(
      { json: directMessageEvent(GA_QUESTION) },
      { signature: `v0=${'0'.repeat(64)}` },
    );
    expect(res.status).toBe(401);
    const cmd = await h.send(
      { form: slashCommand(GA_QUESTION, h.fake.responseUrl()) },
      { signature: 'v0=nonsense' },
    );
    expect(cmd.status).toBe(401);
    expect(await cmd.text()).not.toContain('2020/9/22');
    expect(h.fake.calls.length).toBe(before);
  });

  it('refuses a correctly signed request whose timestamp is older than 5 minutes with 401', async () => {
    const res = await h.send(
      { form: slashCommand(GA_QUESTION, h.fake.responseUrl()) },
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(res.status).toBe(401);
  });

  it('never writes the bot token or the signing secret to the log', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain(BOT_TOKEN);
    expect(h.logs.join('\n')).not.toContain(SIGNING_SECRET);
  });
});

describe('Slack adapter limits and failures', () => {
  it('tells a user who asks more than the limit per minute to slow down', async () => {
    const h = await startHarness({
      mode: 'http',
      rateLimitPerMinute: 2,
    });
    try {
      const ask = async () => {
        const res = await h.send({ form: slashCommand(GA_QUESTION, h.fake.responseUrl()) });
        return visibleText((await res.json()) as object);
      };
      expect(await ask()).toContain('2020/9/22');
      expect(await ask()).toContain('2020/9/22');
      const third = await ask();
      expect(third).toMatch(/slow down/);
      expect(third).not.toContain('2020/9/22');
      // Help is not a question and stays available.
      const help = await h.send({ form: slashCommand('help', h.fake.responseUrl()) });
      expect(visibleText((await help.json()) as object)).toContain('/vmware ask');
    } finally {
      await h.close();
    }
  });

  it('replies with a short apology instead of going silent when the engine fails', async () => {
    const h = await startHarness({ mode: 'http', service: brokenService('index is corrupt') });
    try {
      const res = await h.send({ form: slashCommand(GA_QUESTION, h.fake.responseUrl()) });
      expect(res.status).toBe(200);
      expect(visibleText((await res.json()) as object)).toMatch(/^.*Sorry, something went wrong/);

      await h.send({ json: mentionEvent(`<@${BOT_USER_ID}> ${GA_QUESTION}`) });
      const post = await h.fake.nextCall('chat.postMessage');
      expect(post.body.thread_ts).toBe('1700000000.000100');
      expect(visibleText(post.body)).toMatch(/Sorry, something went wrong/);

      const responseUrl = h.fake.responseUrl();
      await h.send({ form: { payload: JSON.stringify(shareClick(GA_QUESTION, responseUrl)) } });
      const apology = await h.fake.nextCall('response_url');
      expect(apology.body.response_type).toBe('ephemeral');
      expect(visibleText(apology.body)).toMatch(/Sorry, something went wrong/);

      expect(h.logs.join('\n')).toContain('index is corrupt');
    } finally {
      await h.close();
    }
  });
});

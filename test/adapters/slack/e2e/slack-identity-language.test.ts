import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import type { FakeSocketConnection } from '../../../fakes/fake-slack.js';
import {
  BOT_USER_ID,
  directMessageEvent,
  mentionEvent,
  type SlackHarness,
  slashCommand,
  startHarness,
  visibleText,
} from './slack-harness.js';

/** The bot settings `npm start` reads from these variables. */
function botFrom(env: Record<string, string>) {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join(' '));
  return loaded.config.bot;
}

describe('a Slack bot with its own command, answering in the asker’s language', () => {
  let h: SlackHarness;
  let socket: FakeSocketConnection;
  beforeAll(async () => {
    h = await startHarness({
      mode: 'socket',
      bot: botFrom({ BOT_COMMAND: 'meetup', BOT_DISPLAY_NAME: 'Go Meetup Bot' }),
    });
    socket = await h.fake.nextSocket();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers /meetup, and its help names /meetup and the bot, never /vmware', async () => {
    const id = socket.sendEnvelope(
      'slash_commands',
      slashCommand('help', h.fake.responseUrl(), undefined, '/meetup'),
    );
    const help = visibleText((await socket.nextAck(id)).payload as object);
    expect(help).toContain('Go Meetup Bot answers questions');
    expect(help).toContain('`/meetup talks`');
    expect(help).not.toContain('/vmware');
  });

  it('answers a Japanese mention with Japanese sentences and an English one with English', async () => {
    socket.sendEnvelope('events_api', mentionEvent(`<@${BOT_USER_ID}> Octantって何?`));
    const ja = visibleText((await h.fake.nextCall('chat.postMessage')).body);
    expect(ja).toContain('「Octantって何?」について、ミートアップのノートにはこう書かれています');
    expect(ja).not.toContain('Here is what');
    socket.sendEnvelope('events_api', mentionEvent(`<@${BOT_USER_ID}> What is Octant?`));
    const en = visibleText((await h.fake.nextCall('chat.postMessage')).body);
    expect(en).toContain('Here is what the meetup notes say about “What is Octant?”');
    expect(en).not.toContain('について');
  });

  it('says the notes have no answer in the language of a DM, pointing at /meetup talks', async () => {
    socket.sendEnvelope('events_api', directMessageEvent('会場のWi-Fiのパスワードは?'));
    const ja = visibleText((await h.fake.nextCall('chat.postMessage')).body);
    expect(ja).toContain('「会場のWi-Fiのパスワードは?」への答えはノートにありません。');
    expect(ja).toContain('`/meetup talks` ですべてのトークを見てください');
    socket.sendEnvelope('events_api', directMessageEvent('What is the venue Wi-Fi password?'));
    const en = visibleText((await h.fake.nextCall('chat.postMessage')).body);
    expect(en).toContain('The notes have no answer to "What is the venue Wi-Fi password?".');
    expect(en).toContain('see every talk with `/meetup talks`');
  });
});

describe('a Slack bot with BOT_LANGUAGE=ja', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', bot: botFrom({ BOT_LANGUAGE: 'ja' }) });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers an English question in Japanese, under /vmware by default', async () => {
    const res = await h.send({
      form: slashCommand('When did Ansible 2.10 become GA?', h.fake.responseUrl()),
    });
    const text = visibleText((await res.json()) as object);
    expect(text).toContain('「When did Ansible 2.10 become GA?」について');
    expect(text).toContain('チャンネルに共有');
  });
});

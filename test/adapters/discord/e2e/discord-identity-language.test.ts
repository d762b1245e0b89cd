import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

describe('a Discord bot with its own command, answering in the asker’s language', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it('answers /meetup with BOT_COMMAND=meetup, and its help names /meetup and the bot, never /vmware', async () => {
    h = await startDiscordHarness({
      env: { BOT_COMMAND: 'meetup', BOT_DISPLAY_NAME: 'Go Meetup Bot' },
    });
    const { body } = await h.fake
      .sendSlashCommand({ commandName: 'meetup', subcommand: 'help' })
      .response();
    const help = JSON.stringify(body.data);
    expect(body.data.embeds[0].title).toContain('Go Meetup Bot');
    expect(help).toContain('/meetup ask question:');
    expect(help).toContain('/meetup talks');
    expect(help).not.toContain('/vmware');
    // The old command is a stale registration now: it is told the new one.
    const old = await h.fake
      .sendSlashCommand({ commandName: 'vmware', subcommand: 'help' })
      .response();
    expect(old.body.data.content).toContain('`/meetup help`');
    expect(old.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('answers a Japanese question with Japanese sentences and an English one with English', async () => {
    h = await startDiscordHarness({ env: { BOT_COMMAND: 'meetup' } });
    const ja = await h.fake
      .sendSlashCommand({
        commandName: 'meetup',
        subcommand: 'ask',
        options: { question: 'Octantって何?' },
      })
      .response();
    expect(ja.body.data.content).toBe(
      '「Octantって何?」について、ミートアップのノートにはこう書かれています:',
    );
    const en = await h.fake
      .sendMessage({ content: `<@${h.fake.ids.botUserId}> What is Octant?` })
      .reply();
    expect(en.body.content).toBe('Here is what the meetup notes say about “What is Octant?”:');
    const none = await h.fake
      .sendMessage({ content: '会場のWi-Fiのパスワードは?', dm: true })
      .reply();
    expect(none.body.content).toContain(
      '「会場のWi-Fiのパスワードは?」への答えはノートにありません。',
    );
    expect(none.body.content).toContain('`/meetup talks` ですべてのトークを見てください');
  });

  it('answers in Japanese whatever the question with BOT_LANGUAGE=ja', async () => {
    h = await startDiscordHarness({ env: { BOT_LANGUAGE: 'ja' } });
    const en = await h.fake
      .sendMessage({ content: `<@${h.fake.ids.botUserId}> What is Octant?` })
      .reply();
    expect(en.body.content).toBe(
      '「What is Octant?」について、ミートアップのノートにはこう書かれています:',
    );
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../../adapters/slack/render-blocks.js';

interface Manifest {
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

describe('Slack app manifest', () => {
  it('declares exactly the command, events, scopes and Socket Mode the adapter relies on', async () => {
    const text = await readFile(
      new URL('../../../adapters/slack/manifest.yml', import.meta.url),
      'utf8',
    );
    const manifest = parse(text) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_mention',
      'message.im',
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history'].sort(),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // The share button needs interactivity; DMs need a writable Messages tab.
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});

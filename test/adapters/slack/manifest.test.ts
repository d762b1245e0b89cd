import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MANIFEST_PATH, renderManifest } from '../../../adapters/slack/render-manifest.js';
import { loadConfig } from '../../../src/config.js';
import { DEFAULT_BOT } from '../../../src/messages/bot-identity.js';

interface Manifest {
  display_information: { name: string; long_description: string };
  features: {
    bot_user: { display_name: string };
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

const committed = () => readFile(new URL(`../../../${MANIFEST_PATH}`, import.meta.url), 'utf8');

/** The bot settings `npm run slack:manifest` would read from these variables. */
function botFrom(env: Record<string, string>) {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join(' '));
  return loaded.config.bot;
}

describe('Slack app manifest', () => {
  it('is committed exactly as npm run slack:manifest generates it with no variables set', async () => {
    expect(await committed()).toBe(renderManifest(botFrom({})));
  });

  it('names the command and the app after BOT_COMMAND and BOT_DISPLAY_NAME', () => {
    const manifest = parse(
      renderManifest(botFrom({ BOT_COMMAND: '/meetup', BOT_DISPLAY_NAME: 'Go: Tokyo #3 Bot' })),
    ) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/meetup']);
    expect(manifest.display_information.name).toBe('Go: Tokyo #3 Bot');
    expect(manifest.features.bot_user.display_name).toBe('go-tokyo-3-bot');
    expect(manifest.display_information.long_description).toContain('/meetup talks');
    expect(manifest.display_information.long_description).not.toContain('/vmware');
  });

  it('declares exactly the command, events, scopes and Socket Mode the adapter relies on', async () => {
    const manifest = parse(await committed()) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([
      `/${DEFAULT_BOT.command}`,
    ]);
    expect(manifest.display_information.name).toBe(DEFAULT_BOT.displayName);
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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinition } from '../../../adapters/discord/command-definition.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { DEFAULT_BOT } from '../../../src/messages/bot-identity.js';
import { createFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { TEST_TOKEN } from './e2e/discord-harness.js';

describe('npm run discord:register', () => {
  let fake: FakeDiscord;
  let info: string[];
  let errors: string[];
  const output = { info: (l: string) => info.push(l), error: (l: string) => errors.push(l) };
  const run = (env: Record<string, string>) =>
    registerCommands({ env, output, rest: { retries: 0 } });

  beforeEach(async () => {
    fake = createFakeDiscord({ token: TEST_TOKEN });
    await fake.start();
    info = [];
    errors = [];
  });
  afterEach(async () => {
    await fake.close();
    expect([...info, ...errors].join('\n')).not.toContain(TEST_TOKEN);
  });

  const baseEnv = () => ({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: fake.ids.applicationId,
    DISCORD_API_URL: fake.apiUrl,
  });

  it('registers /vmware for one guild when DISCORD_GUILD_ID is set', async () => {
    const code = await run({ ...baseEnv(), DISCORD_GUILD_ID: fake.ids.guildId });
    expect(code).toBe(0);
    const [put] = fake.calls.filter((c) => c.method === 'PUT');
    expect(put?.path).toBe(
      `/api/v10/applications/${fake.ids.applicationId}/guilds/${fake.ids.guildId}/commands`,
    );
    expect(put?.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(put?.body).toEqual([commandDefinition(DEFAULT_BOT)]);
    expect(put?.body[0].name).toBe('vmware');
    expect(info).toEqual([
      expect.stringContaining(`Registered /vmware in guild ${fake.ids.guildId}`),
    ]);
  });

  it('registers the command BOT_COMMAND names, described with BOT_DISPLAY_NAME in English and Japanese', async () => {
    const code = await run({
      ...baseEnv(),
      BOT_COMMAND: 'meetup',
      BOT_DISPLAY_NAME: 'Go Meetup Bot',
    });
    expect(code).toBe(0);
    const [put] = fake.calls.filter((c) => c.method === 'PUT');
    const [command] = put?.body ?? [];
    expect(command.name).toBe('meetup');
    expect(command.description).toContain('Go Meetup Bot');
    expect(command.description_localizations.ja).toContain('Go Meetup Bot');
    expect(command.description_localizations.ja).toMatch(/質問/);
    expect(info).toEqual([expect.stringContaining('Registered /meetup globally')]);
    expect(info.join('\n')).not.toContain('/vmware');
  });

  it('refuses a BOT_COMMAND Discord would not take, naming the variable, and calls nothing', async () => {
    expect(await run({ ...baseEnv(), BOT_COMMAND: 'Meet Up' })).toBe(1);
    expect(errors).toEqual([expect.stringContaining('BOT_COMMAND must be 1 to 32 lowercase')]);
    expect(fake.calls).toEqual([]);
  });

  it('registers /vmware globally without DISCORD_GUILD_ID', async () => {
    expect(await run(baseEnv())).toBe(0);
    const [put] = fake.calls.filter((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${fake.ids.applicationId}/commands`);
    const [command] = put?.body ?? [];
    const ask = command.options.find((o: { name: string }) => o.name === 'ask');
    expect(ask.options[0]).toMatchObject({ name: 'question', required: true, max_length: 1000 });
    expect(command.options.map((o: { name: string }) => o.name)).toEqual(['ask', 'help', 'talks']);
    expect(info).toEqual([expect.stringContaining('globally')]);
  });

  it('names the missing DISCORD_APPLICATION_ID in one line and calls nothing', async () => {
    const { DISCORD_APPLICATION_ID: _, ...env } = baseEnv();
    expect(await run(env)).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('DISCORD_APPLICATION_ID');
    expect(fake.calls).toEqual([]);
  });

  it('names the missing DISCORD_TOKEN in one line', async () => {
    expect(await run({ DISCORD_APPLICATION_ID: fake.ids.applicationId })).toBe(1);
    expect(errors).toEqual([expect.stringContaining('DISCORD_TOKEN')]);
  });

  it('rejects a malformed application id without echoing the token', async () => {
    expect(await run({ ...baseEnv(), DISCORD_APPLICATION_ID: 'my-app' })).toBe(1);
    expect(errors).toEqual([expect.stringContaining('DISCORD_APPLICATION_ID')]);
  });

  it('reports a rejected token as one line and exits non-zero', async () => {
    expect(await run({ ...baseEnv(), DISCORD_TOKEN: 'another-token-that-discord-rejects' })).toBe(
      1,
    );
    expect(errors).toEqual([expect.stringMatching(/^Registering \/vmware failed: .*Unauthorized/)]);
    expect(errors.join('')).not.toContain('another-token-that-discord-rejects');
  });
});

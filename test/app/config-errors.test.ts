import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';
import { runMainInProcess } from '../support/run-main.js';

const BOT_TOKEN = 'xoxb-0000000000-1111111111-CONFIGbotTOKENsecret';

describe('configuration errors at npm start (main, in-process)', () => {
  it.concurrent('names the variable on one line, exits non-zero and never prints the value', async () => {
    const secret = 'not-a-slack-token-but-secret-anyway';
    const main = await runMainInProcess({ env: { SLACK_BOT_TOKEN: secret, HEALTH_PORT: '70000' } });
    expect(main.code).toBe(1);
    const lines = main.stderr.trim().split('\n');
    expect(lines).toEqual([
      'Configuration error: HEALTH_PORT must be a port number from 0 to 65535.',
      'Configuration error: SLACK_BOT_TOKEN must be a bot token starting with xoxb-.',
    ]);
    expect(main.stdout + main.stderr).not.toContain(secret);
  });

  it.concurrent('asks for the signing secret when a Slack bot token has no way to receive events', async () => {
    const main = await runMainInProcess({ env: { SLACK_BOT_TOKEN: BOT_TOKEN } });
    expect(main.code).toBe(1);
    expect(main.stderr.trim()).toBe(
      'Configuration error: SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).',
    );
    expect(main.stdout + main.stderr).not.toContain(BOT_TOKEN);
  });

  it.concurrent('says where it looked when the content directory has no notes', async () => {
    const main = await runMainInProcess({
      env: { CONTENT_DIR: 'test/app/no-such-dir' },
      stdin: 'octant\n',
    });
    expect(main.code).toBe(1);
    expect(main.stderr).toContain('Content error in test/app/no-such-dir');
    expect(main.stderr).toContain(
      'No meetup notes were found in test/app/no-such-dir; add Markdown notes there or set CONTENT_DIR.',
    );
  });
});

describe('loadConfig', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    ['HEALTH_PORT', { HEALTH_PORT: 'eighty' }, 'HEALTH_PORT must be a whole number'],
    ['PORT', { PORT: '65536' }, 'PORT must be a port number from 0 to 65535'],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE must be'],
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN must be a bot'],
    [
      'SLACK_APP_TOKEN',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xoxb-wrong-kind' },
      'SLACK_APP_TOKEN must be an app-level token',
    ],
    [
      'SLACK_SIGNING_SECRET',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 'zz-not-hex' },
      'SLACK_SIGNING_SECRET must be the hex signing secret',
    ],
    [
      'SLACK_BOT_TOKEN (missing)',
      { SLACK_APP_TOKEN: 'xapp-1-A0FAKE-2222222222-abc' },
      'SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN',
    ],
    ['SLACK_API_URL', { SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL must be an http(s) URL'],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: 'short secret' }, 'DISCORD_TOKEN must be a bot token'],
    [
      'DISCORD_TOKEN (too short)',
      { DISCORD_TOKEN: 'abc' },
      'DISCORD_TOKEN must be a whole bot token; this one is too short',
    ],
    [
      'DISCORD_APPLICATION_ID',
      { DISCORD_APPLICATION_ID: 'abc' },
      'DISCORD_APPLICATION_ID must be the application id, digits only.',
    ],
    [
      'DISCORD_APPLICATION_ID (too short)',
      { DISCORD_APPLICATION_ID: '123' },
      'DISCORD_APPLICATION_ID must be the application id, 15 to 20 digits long.',
    ],
    [
      'DISCORD_GUILD_ID',
      { DISCORD_GUILD_ID: '12' },
      'DISCORD_GUILD_ID must be a server id, 15 to 20 digits long',
    ],
    ['BOT_COMMAND', { BOT_COMMAND: 'VMware Bot' }, 'BOT_COMMAND must be 1 to 32 lowercase letters'],
    [
      'BOT_DISPLAY_NAME',
      { BOT_DISPLAY_NAME: 'x'.repeat(36) },
      'BOT_DISPLAY_NAME must be at most 35',
    ],
    ['BOT_LANGUAGE', { BOT_LANGUAGE: 'fr' }, 'BOT_LANGUAGE must be ja, en or auto'],
    [
      'ORGANIZERS_LANGUAGE',
      { ORGANIZERS_LANGUAGE: 'auto' },
      'ORGANIZERS_LANGUAGE must be ja or en',
    ],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL must be an http(s) URL'],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db' }, 'DATABASE_URL must be a file:'],
    ['DIGEST_SCHEDULE', { DIGEST_SCHEDULE: 'mondays' }, 'DIGEST_SCHEDULE must be a cron pattern'],
    [
      'SLACK_ORGANIZERS_CHANNEL',
      { SLACK_ORGANIZERS_CHANNEL: '#organizers' },
      'SLACK_ORGANIZERS_CHANNEL must be a Slack channel id',
    ],
    [
      'DISCORD_ORGANIZERS_CHANNEL',
      { DISCORD_ORGANIZERS_CHANNEL: 'organizers' },
      'DISCORD_ORGANIZERS_CHANNEL must be a channel id, digits only',
    ],
    ['QUESTION_LOG', { QUESTION_LOG: 'maybe' }, 'QUESTION_LOG must be on or off'],
    ['QUESTION_LOG_DAYS', { QUESTION_LOG_DAYS: '0' }, 'QUESTION_LOG_DAYS must be at least 1'],
    ['QUESTION_LOG_SALT', { QUESTION_LOG_SALT: 'short' }, 'QUESTION_LOG_SALT must be at least'],
    [
      'PORT and HEALTH_PORT',
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: 'abcdef0123456789',
        PORT: '8080',
        HEALTH_PORT: '8080',
      },
      'PORT and HEALTH_PORT are the same port',
    ],
  ];

  it.each(cases)('reports a bad %s in one line that names it', (_name, env, expected) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(expected);
    for (const value of Object.values(env)) expect(result.problems[0]).not.toContain(value);
  });

  it('starts the console when no chat credentials are set, with the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        contentDir: 'content',
        healthPort: 8080,
        rateLimitPerMinute: 10,
        databaseUrl: 'file:data/meetup-bot.db',
        questionLog: { enabled: true, days: 90 },
        digestSchedule: '0 9 * * 1',
        bot: {
          command: 'vmware',
          displayName: 'VMware Meetup Bot',
          language: 'auto',
          organizersLanguage: 'ja',
        },
      },
    });
  });

  it('reads the bot’s command, name and languages, a leading slash and spaces forgiven', () => {
    const loaded = loadConfig({
      BOT_COMMAND: ' /meetup ',
      BOT_DISPLAY_NAME: ' Go Meetup Bot ',
      BOT_LANGUAGE: 'en',
      ORGANIZERS_LANGUAGE: 'en',
    });
    expect(loaded.ok && loaded.config.bot).toEqual({
      command: 'meetup',
      displayName: 'Go Meetup Bot',
      language: 'en',
      organizersLanguage: 'en',
    });
  });

  it('turns the question log off, keeps rows the days asked and takes the salt as a secret', () => {
    const loaded = loadConfig({
      QUESTION_LOG: 'OFF',
      QUESTION_LOG_DAYS: '30',
      QUESTION_LOG_SALT: 'a-salt-of-sixteen-or-more',
      DATABASE_URL: 'libsql://store.example.com',
      DIGEST_SCHEDULE: 'off',
    });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.databaseUrl).toBe('libsql://store.example.com');
    expect(loaded.config.questionLog).toEqual({
      enabled: false,
      days: 30,
      salt: 'a-salt-of-sixteen-or-more',
    });
    expect(secretsOf(loaded.config)).toContain('a-salt-of-sixteen-or-more');
    expect(loaded.config.digestSchedule).toBeUndefined();
  });
});

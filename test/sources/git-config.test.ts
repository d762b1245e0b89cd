import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';

const URL_OF_NOTES = 'https://git.example.com/community/notes.git';

function gitConfig(env: Record<string, string>) {
  const loaded = loadConfig({ CONTENT_GIT_URL: URL_OF_NOTES, ...env });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.config;
}

function problemsOf(env: Record<string, string>): readonly string[] {
  const loaded = loadConfig(env);
  return loaded.ok ? [] : loaded.problems;
}

describe('the git source settings', () => {
  it('are absent without CONTENT_GIT_URL', () => {
    const loaded = loadConfig({});
    expect(loaded.ok && loaded.config.git).toBeUndefined();
  });

  it('pull every 5 minutes from the whole repository by default', () => {
    expect(gitConfig({}).git).toEqual({ url: URL_OF_NOTES, path: '', intervalMs: 300_000 });
  });

  it('read the interval as seconds, minutes, hours or off', () => {
    expect(gitConfig({ CONTENT_GIT_INTERVAL: '30s' }).git?.intervalMs).toBe(30_000);
    expect(gitConfig({ CONTENT_GIT_INTERVAL: '2m' }).git?.intervalMs).toBe(120_000);
    expect(gitConfig({ CONTENT_GIT_INTERVAL: '1h' }).git?.intervalMs).toBe(3_600_000);
    expect(gitConfig({ CONTENT_GIT_INTERVAL: '45' }).git?.intervalMs).toBe(45_000);
    expect(gitConfig({ CONTENT_GIT_INTERVAL: '250ms' }).git?.intervalMs).toBe(250);
    expect(gitConfig({ CONTENT_GIT_INTERVAL: 'off' }).git?.intervalMs).toBe(0);
    expect(problemsOf({ CONTENT_GIT_URL: URL_OF_NOTES, CONTENT_GIT_INTERVAL: 'soon' })).toEqual([
      'Configuration error: CONTENT_GIT_INTERVAL must be a duration like 30s, 5m or 1h, or off.',
    ]);
  });

  it('keep the path inside the repository', () => {
    expect(gitConfig({ CONTENT_GIT_PATH: '/docs/meetups/' }).git?.path).toBe('docs/meetups');
    expect(gitConfig({ CONTENT_GIT_PATH: './' }).git?.path).toBe('');
    for (const path of ['../elsewhere', 'docs/../../etc']) {
      expect(problemsOf({ CONTENT_GIT_URL: URL_OF_NOTES, CONTENT_GIT_PATH: path })).toEqual([
        'Configuration error: CONTENT_GIT_PATH must be a folder inside the repository, like notes or docs/meetups.',
      ]);
    }
  });

  it('take only an http(s) URL, and name the variable, never its value', () => {
    const problems = problemsOf({ CONTENT_GIT_URL: 'git@git.example.com:secret-org/notes.git' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Configuration error: CONTENT_GIT_URL must be an http\(s\) URL/);
    expect(problems[0]).not.toContain('secret-org');
  });

  it('need CONTENT_GIT_URL for the branch, token and webhook secret', () => {
    expect(problemsOf({ CONTENT_GIT_TOKEN: 'ghp_abcdef0123456789' })).toEqual([
      'Configuration error: CONTENT_GIT_URL is required when CONTENT_GIT_TOKEN is set.',
    ]);
  });

  it('hand the token, the webhook secret and a password in the URL to the log scrubber', () => {
    const config = gitConfig({
      CONTENT_GIT_URL: 'https://bot:url-password-123@git.example.com/notes.git',
      CONTENT_GIT_TOKEN: 'ghp_abcdef0123456789',
      CONTENT_GIT_WEBHOOK_SECRET: 'a-webhook-secret-of-length',
      CONTENT_GIT_BRANCH: 'notes/live',
    });
    expect(config.git?.branch).toBe('notes/live');
    expect(secretsOf(config)).toEqual(
      expect.arrayContaining([
        'ghp_abcdef0123456789',
        'a-webhook-secret-of-length',
        'url-password-123',
      ]),
    );
  });

  it('read the announce channels of both platforms', () => {
    const loaded = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_ANNOUNCE_CHANNEL: 'C0NEWS',
      DISCORD_TOKEN: 'a'.repeat(24),
      DISCORD_ANNOUNCE_CHANNEL: '123456789012345678',
    });
    expect(loaded.ok && loaded.config.slack?.announceChannel).toBe('C0NEWS');
    expect(loaded.ok && loaded.config.discord?.announceChannel).toBe('123456789012345678');
    expect(problemsOf({ SLACK_ANNOUNCE_CHANNEL: '#news' })).toEqual([
      'Configuration error: SLACK_ANNOUNCE_CHANNEL must be a Slack channel id (C…).',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture(format: 'json' | 'line', secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    format,
    secrets,
    destination: { write: (line: string) => lines.push(line) },
  });
  return { logger, lines };
}

describe('log lines for a person at a terminal', () => {
  it('prints one short labelled line per entry, without JSON or a stack trace', () => {
    const { logger, lines } = capture('line');
    logger.warn(
      { file: 'content/a.md', line: 3 },
      'Content warning in content/a.md:3: front matter field "venue" is not one the bot reads.',
    );
    const err = Object.assign(new Error('listen EADDRINUSE: address already in use :::8080'), {
      code: 'EADDRINUSE',
    });
    logger.warn({ err, port: 8080 }, 'No health server: the port is taken.');
    logger.error('The glossary is empty.\nAdd term groups.');
    expect(lines).toEqual([
      'warn: Content warning in content/a.md:3: front matter field "venue" is not one the bot reads.\n',
      'warn: No health server: the port is taken. (listen EADDRINUSE: address already in use :::8080)\n',
      'error: The glossary is empty. Add term groups.\n',
    ]);
  });

  it('says an error once when the message is the error’s own, even with its cause', () => {
    const { logger, lines } = capture('line');
    const err = new Error(
      'Slack did not accept SLACK_BOT_TOKEN (auth.test failed: invalid_auth).',
      {
        cause: new Error('An API error occurred: invalid_auth'),
      },
    );
    logger.fatal({ err }, err.message);
    expect(lines).toEqual([
      'fatal: Slack did not accept SLACK_BOT_TOKEN (auth.test failed: invalid_auth).\n',
    ]);
  });

  it('still scrubs secrets from the short line', () => {
    const token = 'xoxb-0000000000-1111111111-LOGGERsecretTOKEN';
    const { logger, lines } = capture('line', [token]);
    logger.error({ err: new Error(`invalid_auth for ${token}`) }, 'Slack refused the token.');
    expect(lines).toEqual(['error: Slack refused the token. (invalid_auth for [redacted])\n']);
  });

  it('keeps JSON lines by default, for the bots and for pipes', () => {
    const { logger, lines } = capture('json');
    logger.info({ meetups: 1 }, 'Index built.');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 30,
      msg: 'Index built.',
      meetups: 1,
    });
  });
});

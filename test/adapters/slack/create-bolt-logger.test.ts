import { LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../adapters/slack/create-bolt-logger.js';

describe('createBoltLogger', () => {
  function capture(level: string) {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level }, { write: (l: string) => lines.push(JSON.parse(l)) });
    return { lines, logger };
  }

  it('writes Bolt log calls into pino as JSON tagged with the slack component', () => {
    const { lines, logger } = capture('debug');
    const bolt = createBoltLogger(logger);
    bolt.warn('Request verification failed:', 'stale timestamp');
    bolt.error(new Error('socket closed'));
    expect(lines[0]).toMatchObject({
      level: 40,
      component: 'slack',
      msg: 'Request verification failed: stale timestamp',
    });
    expect(lines[1]).toMatchObject({
      level: 50,
      msg: 'socket closed',
      err: { message: 'socket closed' },
    });
  });

  it('keeps the level from LOG_LEVEL even when a Slack client calls setLevel', () => {
    const { lines, logger } = capture('warn');
    const bolt = createBoltLogger(logger);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug('noise');
    bolt.info('more noise');
    expect(lines).toHaveLength(0);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
  });
});

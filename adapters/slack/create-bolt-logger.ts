import { format } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/**
 * Routes Bolt's, the Web API client's and the Socket Mode client's logs into our pino logger, so
 * they share its level, its JSON format and its secret scrubbing.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/logging#customizing-logging
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      // Bolt passes Errors as well as strings; pino shows them best under `err`.
      const err = msg.find((m): m is Error => m instanceof Error);
      const text = format(...msg.filter((m) => m !== err));
      if (err) log[level]({ err }, text || err.message);
      else log[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Bolt and every WebClient call setLevel(INFO) on the logger they are given; obeying would
    // override LOG_LEVEL for the whole process, so the level stays pino's.
    setLevel: () => {},
    getLevel: () => toBoltLevel(log.level),
    // Each Slack client renames the shared logger; the `component` field already says "slack".
    setName: () => {},
  };
}

function toBoltLevel(level: string): LogLevel {
  switch (level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

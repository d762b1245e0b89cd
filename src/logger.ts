import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Values that must never be written, whatever a library puts in a log line. */
  readonly secrets?: readonly string[];
  /** Where lines go (default: standard error, keeping standard output for answers). */
  readonly destination?: DestinationStream;
}

const REDACTED = '[redacted]';

/**
 * Structured JSON logs. Secrets are scrubbed from the finished line, so a token inside an error
 * message or a library's debug output is caught too, not only known field names.
 */
export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const scrub = secrets.filter((s) => s.length >= 4);
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization'],
        censor: REDACTED,
      },
      hooks: {
        streamWrite: (line) =>
          scrub.reduce((out, secret) => out.split(secret).join(REDACTED), line),
      },
    },
    destination ?? pino.destination(2),
  );
}

import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** `json` for the bots and pipes (one JSON object a line); `line` for a person at a terminal. */
export type LogFormat = 'json' | 'line';

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Values that must never be written, whatever a library puts in a log line. */
  readonly secrets?: readonly string[];
  /** Where lines go (default: standard error, keeping standard output for answers). */
  readonly destination?: DestinationStream;
  readonly format?: LogFormat;
}

const REDACTED = '[redacted]';
const LABELS: Readonly<Record<number, string>> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * Structured JSON logs. Secrets are scrubbed from the finished line, so a token inside an error
 * message or a library's debug output is caught too, not only known field names.
 */
export function createLogger({
  level,
  secrets = [],
  destination,
  format = 'json',
}: LoggerOptions): Logger {
  const scrub = secrets.filter((s) => s.length >= 4);
  const out = destination ?? pino.destination(2);
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization'],
        censor: REDACTED,
      },
      hooks: {
        streamWrite: (line) =>
          scrub.reduce((text, secret) => text.split(secret).join(REDACTED), line),
      },
    },
    format === 'line' ? { write: (line: string) => out.write(toHumanLine(line)) } : out,
  );
}

/**
 * One short line for a person: `warn: No health server: the port is taken. (listen EADDRINUSE …)`.
 * The fields and the stack stay in the JSON form; this is what shows between console prompts.
 */
function toHumanLine(json: string): string {
  let entry: { level?: unknown; msg?: unknown; err?: { message?: unknown } };
  try {
    entry = JSON.parse(json) as typeof entry;
  } catch {
    return json;
  }
  const label = (typeof entry.level === 'number' && LABELS[entry.level]) || 'log';
  const msg = typeof entry.msg === 'string' ? entry.msg : '';
  const reason = typeof entry.err?.message === 'string' ? entry.err.message : '';
  // pino writes an error's message followed by its causes' (`outer: inner`); when the line's
  // message already is that error's, repeating it in brackets only says it twice.
  const said = msg !== '' && (msg.includes(reason) || reason.startsWith(msg));
  const detail = reason && !said ? ` (${reason})` : '';
  return `${label}: ${msg}${detail}`.replace(/\s*\n\s*/g, ' ').concat('\n');
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A century: further back than any question log goes, and well inside what a Date can hold. */
const MAX_DAYS = 36_500;

/**
 * The start of a report's period: `7d` is seven days before `now`, `2026-01-31` that day at 00:00
 * UTC. Throws a sentence naming the option for anything else.
 */
export function parseSince(value: string, now: Date): Date {
  const days = /^(\d+)d$/.exec(value);
  if (days) {
    if (Number(days[1]) > MAX_DAYS) {
      throw new Error(`--since goes back at most ${MAX_DAYS}d (a century), not "${value}".`);
    }
    return new Date(now.getTime() - Number(days[1]) * DAY_MS);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    // The Date constructor rolls 2026-02-30 over to March 2: only a day that exists is taken.
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return date;
    throw new Error(`--since ${value} is not a day of the calendar.`);
  }
  throw new Error(
    `--since must be a number of days (7d, 30d) or a date (YYYY-MM-DD), not "${value}".`,
  );
}

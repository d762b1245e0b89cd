const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The start of a report's period: `7d` is seven days before `now`, `2026-01-31` that day at 00:00
 * UTC. Throws a sentence naming the option for anything else.
 */
export function parseSince(value: string, now: Date): Date {
  const days = /^(\d{1,4})d$/.exec(value);
  if (days) return new Date(now.getTime() - Number(days[1]) * DAY_MS);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Error(
    `--since must be a number of days (7d, 30d) or a date (YYYY-MM-DD), not "${value}".`,
  );
}

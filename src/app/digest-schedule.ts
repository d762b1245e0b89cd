import { Cron } from 'croner';
import type { WeeklyDigest } from '../report/weekly-digest.js';

/** The running schedule; `stop()` is a shutdown step. */
export interface DigestSchedule {
  /** Runs the digest now, as the schedule would (for tests, and an operator's console). */
  trigger(): Promise<void>;
  stop(): void;
}

/**
 * Runs the digest on a cron pattern, in the process's time zone (`TZ`). `protect` skips a run
 * while the previous one is still going; the store decides which process actually posts.
 * @see https://croner.56k.guru/usage/configuration/
 */
export function scheduleDigest(pattern: string, digest: WeeklyDigest): DigestSchedule {
  const job = new Cron(pattern, { protect: true }, async (self: Cron) => {
    await digest.runFor(self.currentRun() ?? new Date());
  });
  return { trigger: () => job.trigger(), stop: () => job.stop() };
}

/** Whether croner reads `pattern` (for the configuration check). */
export function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

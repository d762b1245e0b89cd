import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/**
 * How long this process remembers an event it handled. Slack retries an event it got no timely
 * ack for three times, the last about five minutes after the first.
 * @see https://docs.slack.dev/apis/events-api/#retries
 */
const REMEMBER_MS = 10 * 60 * 1000;
/** Events remembered at most (the oldest are forgotten first), so memory stays bounded. */
const REMEMBER_MAX = 10_000;

/**
 * Claims an event id across every process sharing the store: false when one of them handled it
 * already. Absent without a store; then each process remembers its own.
 */
export type ClaimEvent = (eventId: string) => Promise<boolean>;

/**
 * Handles each Events API event once: a retry of an event already handled (by this process, or
 * by any replica sharing the store) is acked, logged and dropped, so the user gets one answer.
 * Bolt acks events before the middleware runs, so dropping one here never makes Slack retry.
 */
export function registerEventDedupe(
  app: App,
  log: Logger,
  claim: ClaimEvent | undefined,
  now: () => number = Date.now,
): void {
  const seen = new Map<string, number>();
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const at = now();
    for (const [id, time] of seen) {
      if (time > at - REMEMBER_MS && seen.size <= REMEMBER_MAX) break;
      seen.delete(id);
    }
    const first = !seen.has(eventId) && (claim === undefined || (await claim(eventId)));
    seen.set(eventId, at);
    if (!first) {
      log.info({ eventId }, 'Skipped a Slack event that was already handled (a retry).');
      return;
    }
    await next();
  });
}

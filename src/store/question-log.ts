import { createHmac } from 'node:crypto';
import type { Answer } from '../answer/answer.js';
import type { Logger } from '../logger.js';
import type { LoggedAnswer, QuestionStore, Vote, VoteOutcome } from './question-store.js';

/** One question the pipeline answered, as it hands it to the log. */
export interface AskedQuestion {
  /** The answer's id, made by the pipeline so the reply never waits for the store. */
  readonly id: string;
  readonly platform: string;
  readonly source: string;
  /** The platform's user key; only its salted hash is stored, and nothing at all for a DM. */
  readonly userKey: string;
  readonly question: string;
  readonly answer: Answer;
  readonly latencyMs: number;
  readonly askedAt: number;
}

/** A click on 👍 or 👎, as the pipeline hands it to the log. */
export interface VoteClick {
  readonly platform: string;
  readonly userKey: string;
  readonly answerId: string;
  readonly vote: Vote;
}

/** What the log counts in `/metrics`. */
export interface QuestionLogMetrics {
  /** An outage or a failed operation: one per failure, however many rows it cost. */
  recordStoreError(): void;
  /** One question row or vote not written. */
  recordLostRecord(): void;
  recordFeedback(platform: string, vote: Vote): void;
}

/**
 * The question log as the pipeline sees it. Nothing here ever rejects or delays a reply: while
 * the store is down, questions go unrecorded and votes are `unavailable`.
 */
export interface QuestionLog {
  /** How many days questions are kept, for the help text and the "expired" reply. */
  readonly days: number;
  /** Queues the question's row; returns at once. */
  record(question: AskedQuestion): void;
  vote(click: VoteClick): Promise<VoteOutcome | 'unavailable'>;
  /**
   * Claims a platform event (Slack's `event_id`) for this process: false when a process sharing
   * the store handled it within `EVENT_CLAIM_MS`. True when the store is down or the log is
   * closed: answering twice beats not answering.
   */
  claimEvent(eventId: string): Promise<boolean>;
  /** The question recorded under `answerId`, for forwarding it to the organizers. */
  findAnswer(answerId: string): Promise<LoggedAnswer | 'unknown-answer' | 'unavailable'>;
  /** Opens the store and deletes rows past retention now and then daily. */
  start(): Promise<void>;
  /** Waits for queued writes, stops the daily purge and closes the store. */
  close(): Promise<void>;
}

export interface QuestionLogDeps {
  /** Opens (and migrates) the store; called again after a failure, once `retryMs` has passed. */
  readonly open: () => Promise<QuestionStore>;
  readonly days: number;
  /** `QUESTION_LOG_SALT`; otherwise the store's own. */
  readonly salt?: string;
  readonly logger: Logger;
  readonly metrics: QuestionLogMetrics;
  /** How long to leave a failed store alone before trying it again (default one minute). */
  readonly retryMs?: number;
  readonly now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a handled event is remembered. Slack retries an event three times, the last about
 * five minutes after the first; an hour covers that with room for a slow queue.
 * @see https://docs.slack.dev/apis/events-api/#retries
 */
const EVENT_CLAIM_MS = 60 * 60 * 1000;

/**
 * The question log over a store that may fail at any time: cannot be opened, is corrupt, the disk
 * is full. A failure is logged once (until the store works again), counted every time, and the
 * store is reopened on the next write after `retryMs`. Writes run one at a time, in order, after
 * the reply has gone out.
 */
export function createQuestionLog({
  open,
  days,
  salt: configuredSalt,
  logger,
  metrics,
  retryMs = 60_000,
  now = Date.now,
}: QuestionLogDeps): QuestionLog {
  let current: { readonly store: QuestionStore; readonly salt: string } | undefined;
  let retryAt = 0;
  let failing = false;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();
  let purgeTimer: NodeJS.Timeout | undefined;

  function fail(err: unknown, doing: string): void {
    metrics.recordStoreError();
    retryAt = now() + retryMs;
    closeQuietly(current?.store);
    current = undefined;
    if (failing) return;
    failing = true;
    logger.error(
      { err, doing, retryInSeconds: Math.round(retryMs / 1000) },
      'The question store failed; answers go on, but questions are not recorded until it works again.',
    );
  }

  async function connect(): Promise<typeof current> {
    if (current && (await current.store.isReplaced())) {
      logger.warn('The question store file was deleted or replaced; opening it again.');
      closeQuietly(current.store);
      current = undefined;
    }
    if (current || closed || now() < retryAt) return current;
    let store: QuestionStore | undefined;
    try {
      store = await open();
      current = { store, salt: configuredSalt ?? (await store.salt()) };
    } catch (err) {
      closeQuietly(store);
      fail(err, 'open');
      return undefined;
    }
    return current;
  }

  /** Runs `op` after every earlier one, once the reply in flight has been sent. */
  function enqueue<T>(doing: string, op: (c: NonNullable<typeof current>) => Promise<T>) {
    const run = tail.then(async () => {
      // setImmediate: the adapter sends the reply before a write (which blocks briefly) starts.
      await new Promise((resolve) => setImmediate(resolve));
      const c = await connect();
      if (!c) return undefined;
      try {
        const result = await op(c);
        // Only a write that worked ends an outage: a store may open and still refuse writes.
        if (failing) logger.info('The question store works again; questions are recorded.');
        failing = false;
        return result;
      } catch (err) {
        fail(err, doing);
        return undefined;
      }
    });
    tail = run;
    return run;
  }

  const hash = (salt: string, platform: string, userKey: string) =>
    createHmac('sha256', salt).update(`${platform}:${userKey}`).digest('base64url').slice(0, 22);

  const purge = () =>
    enqueue('purge', async ({ store }) => {
      const deleted = await store.purgeBefore(now() - days * DAY_MS);
      if (deleted > 0) logger.info({ deleted, days }, 'Deleted questions past retention.');
    });

  return {
    days,
    record(q) {
      const written = enqueue('record', async ({ store, salt }) => {
        const top = q.answer.kind === 'found' ? q.answer.results[0] : undefined;
        await store.recordQuestion({
          id: q.id,
          askedAt: q.askedAt,
          platform: q.platform,
          source: q.source,
          ...(q.source !== 'direct-message' && { userHash: hash(salt, q.platform, q.userKey) }),
          question: q.question,
          answerKind: q.answer.kind,
          ...(top && { topMeetup: top.meetup, topTalk: top.talk, topScore: top.score }),
          latencyMs: q.latencyMs,
        });
        return true;
      });
      void written.then((done) => {
        if (!done) metrics.recordLostRecord();
      });
    },
    async vote(click) {
      const outcome = await enqueue('vote', ({ store, salt }) =>
        store.recordVote({
          answerId: click.answerId,
          voterHash: hash(salt, click.platform, click.userKey),
          vote: click.vote,
          votedAt: now(),
        }),
      );
      if (outcome === undefined) {
        metrics.recordLostRecord();
        return 'unavailable';
      }
      if (outcome !== 'unknown-answer') metrics.recordFeedback(click.platform, click.vote);
      return outcome;
    },
    async claimEvent(eventId) {
      // Not queued behind the writes: the answer waits on it.
      const c = await connect();
      if (!c) return true;
      try {
        const at = now();
        return await c.store.claimEvent(eventId, at, at - EVENT_CLAIM_MS);
      } catch (err) {
        fail(err, 'claim');
        return true;
      }
    },
    async findAnswer(answerId) {
      // null, not undefined, marks "no such answer": undefined is what a failed store gives.
      const found = await enqueue(
        'read',
        async ({ store }) => (await store.findAnswer(answerId)) ?? null,
      );
      if (found === undefined) return 'unavailable';
      return found ?? 'unknown-answer';
    },
    async start() {
      await purge();
      purgeTimer = setInterval(() => void purge(), DAY_MS);
      purgeTimer.unref();
    },
    async close() {
      clearInterval(purgeTimer);
      await tail;
      closed = true;
      current?.store.close();
      current = undefined;
    },
  };
}

function closeQuietly(store: QuestionStore | undefined): void {
  try {
    store?.close();
  } catch {
    // Closing a broken store may fail too; it is being dropped either way.
  }
}

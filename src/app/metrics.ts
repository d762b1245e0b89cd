import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer } from '../answer/answer.js';
import type { Platform } from '../requests/request-pipeline.js';
import type { IndexStats } from './index-snapshot.js';

/** The bot's Prometheus metrics, in a registry of their own (no process-wide default). */
export interface Metrics {
  readonly registry: Registry;
  recordAnswer(platform: Platform, kind: Answer['kind'], seconds: number): void;
  recordIndex(stats: IndexStats): void;
  recordReload(outcome: 'success' | 'failure'): void;
  /** Problems found by the latest content load, kept or not. */
  recordContentProblems(count: number): void;
  /** A question-store operation failed (open, write, purge); the answer went out regardless. */
  recordStoreError(): void;
  /** A question row or a vote that could not be written, whatever the cause. */
  recordLostRecord(): void;
  /** A 👍 or 👎 stored. */
  recordFeedback(platform: string, vote: 'helpful' | 'not-helpful'): void;
  /** A question sent to the organizers' channel. */
  recordForwarded(platform: Platform): void;
  /** One pull of the notes' git repository: a new commit, the same one, or an error. */
  recordGitPull(outcome: 'updated' | 'unchanged' | 'failed'): void;
  /** One request to `POST /webhooks/git`: verified and accepted, or refused. */
  recordWebhook(outcome: 'accepted' | 'refused'): void;
  /** New notes announced in the chats (one claim per change across every replica). */
  recordAnnouncement(outcome: 'posted' | 'already-posted' | 'failed'): void;
}

const PREFIX = 'meetup_bot_';

export function createMetrics({
  defaultMetrics = true,
}: {
  defaultMetrics?: boolean;
} = {}): Metrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: PREFIX });
  // Registered in this order, so the exposition lists the families in it.
  return {
    registry,
    ...answerMetrics(registry),
    ...indexMetrics(registry),
    ...contentMetrics(registry),
    ...storeMetrics(registry),
    ...chatMetrics(registry),
    ...gitSourceMetrics(registry),
    ...announcementMetrics(registry),
  };
}

function answerMetrics(registry: Registry): Pick<Metrics, 'recordAnswer'> {
  const questions = new Counter({
    name: `${PREFIX}questions_total`,
    help: 'Questions answered, by platform and answer kind.',
    labelNames: ['platform', 'kind'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${PREFIX}answer_duration_seconds`,
    help: 'Time to compute an answer from the index.',
    labelNames: ['platform'] as const,
    // Answers take well under a millisecond on small notes; the top buckets catch a big index.
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  return {
    recordAnswer(platform, kind, seconds) {
      questions.inc({ platform, kind });
      latency.observe({ platform }, seconds);
    },
  };
}

function indexMetrics(registry: Registry): Pick<Metrics, 'recordIndex'> {
  const size = (name: string, help: string) =>
    new Gauge({ name: `${PREFIX}index_${name}`, help, registers: [registry] });
  const meetups = size('meetups', 'Meetups in the index serving questions.');
  const talks = size('talks', 'Talks in the index serving questions.');
  const passages = size('passages', 'Passages in the index serving questions.');
  const builtAt = size('built_timestamp_seconds', 'When the serving index was built (Unix time).');
  return {
    recordIndex(stats) {
      meetups.set(stats.meetups);
      talks.set(stats.talks);
      passages.set(stats.passages);
      builtAt.set(Date.parse(stats.builtAt) / 1000);
    },
  };
}

function contentMetrics(
  registry: Registry,
): Pick<Metrics, 'recordReload' | 'recordContentProblems'> {
  const reloads = new Counter({
    name: `${PREFIX}content_reloads_total`,
    help: 'Content reloads that replaced the index.',
    registers: [registry],
  });
  const reloadFailures = new Counter({
    name: `${PREFIX}content_reload_failures_total`,
    help: 'Content reloads rejected because a file had problems; the last good index kept serving.',
    registers: [registry],
  });
  const problems = new Gauge({
    name: `${PREFIX}content_problems`,
    help: 'Problems found in the content files by the latest load.',
    registers: [registry],
  });
  // Zero-valued series exist from the start, so a dashboard can tell "none yet" from "missing".
  reloads.inc(0);
  reloadFailures.inc(0);
  return {
    recordReload(outcome) {
      (outcome === 'success' ? reloads : reloadFailures).inc();
    },
    recordContentProblems(count) {
      problems.set(count);
    },
  };
}

function storeMetrics(registry: Registry): Pick<Metrics, 'recordStoreError' | 'recordLostRecord'> {
  const storeErrors = new Counter({
    name: `${PREFIX}store_errors_total`,
    help: 'Question-store operations that failed; answers were sent regardless.',
    registers: [registry],
  });
  const lostRecords = new Counter({
    name: `${PREFIX}store_lost_records_total`,
    help: 'Question rows and votes that were not written (store down, failing or replaced); answers were sent regardless.',
    registers: [registry],
  });
  // Zero from the start, as the reload counters are.
  storeErrors.inc(0);
  lostRecords.inc(0);
  return {
    recordStoreError() {
      storeErrors.inc();
    },
    recordLostRecord() {
      lostRecords.inc();
    },
  };
}

/** What users do with an answer in the chat: vote on it, or send the question on to the organizers. */
function chatMetrics(registry: Registry): Pick<Metrics, 'recordFeedback' | 'recordForwarded'> {
  const feedback = new Counter({
    name: `${PREFIX}feedback_total`,
    help: 'Votes on answers, by platform and vote (helpful, not-helpful).',
    labelNames: ['platform', 'vote'] as const,
    registers: [registry],
  });
  const forwarded = new Counter({
    name: `${PREFIX}forwarded_total`,
    help: 'Questions sent to the organizers\' channel with "Ask the organizers", by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  return {
    recordFeedback(platform, vote) {
      feedback.inc({ platform, vote });
    },
    recordForwarded(platform) {
      forwarded.inc({ platform });
    },
  };
}

function gitSourceMetrics(registry: Registry): Pick<Metrics, 'recordGitPull' | 'recordWebhook'> {
  const gitPulls = new Counter({
    name: `${PREFIX}content_git_pulls_total`,
    help: 'Pulls of the notes repository, by outcome (updated, unchanged, failed).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const webhooks = new Counter({
    name: `${PREFIX}content_git_webhooks_total`,
    help: 'Requests to POST /webhooks/git, by outcome (accepted, refused).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return {
    recordGitPull(outcome) {
      gitPulls.inc({ outcome });
    },
    recordWebhook(outcome) {
      webhooks.inc({ outcome });
    },
  };
}

function announcementMetrics(registry: Registry): Pick<Metrics, 'recordAnnouncement'> {
  const announcements = new Counter({
    name: `${PREFIX}announcements_total`,
    help: 'New meetups or talks announced, by outcome (posted, already-posted by another process, failed).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return {
    recordAnnouncement(outcome) {
      announcements.inc({ outcome });
    },
  };
}

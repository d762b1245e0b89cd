import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.js';
import { filePathOf, openDatabase } from '../../src/store/open-database.js';
import { createQuestionLog, type QuestionLog } from '../../src/store/question-log.js';
import { createQuestionStore } from '../../src/store/question-store.js';

/** Folders for real libSQL files, one test file's worth; `removeAll` in `afterEach`. */
export interface TempStores {
  /** A fresh folder; the store's URL is `file:<dir>/<name>`. */
  dir(): Promise<string>;
  removeAll(): Promise<void>;
}

export function tempStores(): TempStores {
  const dirs: string[] = [];
  return {
    async dir() {
      const dir = await mkdtemp(path.join(tmpdir(), 'store-'));
      dirs.push(dir);
      return dir;
    },
    async removeAll() {
      await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** A logger whose JSON lines land in `lines`, to check what was (and was not) logged. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ level: 'info' }, { write: (l: string) => lines.push(l) }), lines };
}

/** What a question log counted, as `/metrics` would. */
export interface CountedMetrics {
  storeErrors: number;
  lostRecords: number;
  readonly feedback: string[];
  recordStoreError(): void;
  recordLostRecord(): void;
  recordFeedback(platform: string, vote: string): void;
}

export function countingMetrics(): CountedMetrics {
  const counted: CountedMetrics = {
    storeErrors: 0,
    lostRecords: 0,
    feedback: [],
    recordStoreError() {
      counted.storeErrors += 1;
    },
    recordLostRecord() {
      counted.lostRecords += 1;
    },
    recordFeedback(platform, vote) {
      counted.feedback.push(`${platform}:${vote}`);
    },
  };
  return counted;
}

/** The question log as `npm start` wires it, over the store at `url`. */
export function questionLogAt(
  url: string,
  options: {
    logger?: Logger;
    metrics?: CountedMetrics;
    days?: number;
    salt?: string;
    retryMs?: number;
    now?: () => number;
  } = {},
): QuestionLog {
  return createQuestionLog({
    open: async () => createQuestionStore(await openDatabase(url), filePathOf(url)),
    days: options.days ?? 90,
    logger: options.logger ?? pino({ level: 'silent' }),
    metrics: options.metrics ?? countingMetrics(),
    ...(options.salt !== undefined && { salt: options.salt }),
    ...(options.retryMs !== undefined && { retryMs: options.retryMs }),
    ...(options.now !== undefined && { now: options.now }),
  });
}

/** The votes stored on one answer, read through a connection of its own, as the report would. */
export async function votesOn(url: string, answerId: string): Promise<unknown[]> {
  const client = createClient({ url });
  try {
    const result = await client.execute({
      sql: 'SELECT vote FROM votes WHERE answer_id = ?',
      args: [answerId],
    });
    return result.rows.map((r) => r.vote);
  } finally {
    client.close();
  }
}

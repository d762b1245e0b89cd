import { stat } from 'node:fs/promises';
import type { Client } from '@libsql/client';

/** A vote on one answer. */
export type Vote = 'helpful' | 'not-helpful';

/** One question as the log keeps it. The user is a salted hash, never the platform's id. */
export interface QuestionRecord {
  /** The answer's id; vote buttons carry it. */
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly askedAt: number;
  readonly platform: string;
  /** Where it was asked: `command` (slash), `mention`, `direct-message` or `share`. */
  readonly source: string;
  /** Absent for direct messages: they are recorded without any user. */
  readonly userHash?: string;
  readonly question: string;
  readonly answerKind: string;
  readonly topMeetup?: string;
  readonly topTalk?: string;
  readonly topScore?: number;
  readonly latencyMs: number;
}

/** One click on 👍 or 👎. */
export interface VoteRecord {
  readonly answerId: string;
  readonly voterHash: string;
  readonly vote: Vote;
  readonly votedAt: number;
}

/** A recorded question and what the bot answered, for "Ask the organizers". */
export interface LoggedAnswer {
  readonly question: string;
  readonly answerKind: string;
  readonly topMeetup?: string;
  readonly topTalk?: string;
}

/** What a vote did: stored, replaced the voter's earlier vote, or met no answer by that id. */
export type VoteOutcome = 'recorded' | 'changed' | 'unknown-answer';

/** The question log and the votes, over an open libSQL database. Every method may reject. */
export interface QuestionStore {
  /** The salt kept in the store, created once by the first process that asks for it. */
  salt(): Promise<string>;
  recordQuestion(record: QuestionRecord): Promise<void>;
  /** One vote per voter per answer; a second vote replaces the first. */
  recordVote(vote: VoteRecord): Promise<VoteOutcome>;
  /** The question recorded under `answerId`, or undefined when there is none (or no longer). */
  findAnswer(answerId: string): Promise<LoggedAnswer | undefined>;
  /**
   * Claims a platform event by its id: true for the first claim, false when any process sharing
   * the store claimed it already. Claims older than `forgetBefore` (ms) are dropped first.
   */
  claimEvent(eventId: string, at: number, forgetBefore: number): Promise<boolean>;
  /** Deletes questions asked before `cutoff` (ms) and their votes; returns how many questions. */
  purgeBefore(cutoff: number): Promise<number>;
  /**
   * True when the store's file was deleted or replaced since it was opened: SQLite goes on
   * writing to the deleted file without an error, so every row would be lost unseen.
   */
  isReplaced(): Promise<boolean>;
  close(): void;
}

/**
 * A voter in a direct message is not recorded either; the one person who sees a DM answer votes
 * under this key instead.
 */
const DM_VOTER = 'direct-message';

/**
 * The store's queries over an open, migrated database (see `openDatabase`); `file` is its local
 * file, if it has one (`filePathOf`), watched for being deleted or replaced.
 */
export function createQuestionStore(client: Client, file?: string): QuestionStore {
  // Taken now, right after the open; read when asked.
  const opened = file === undefined ? undefined : fileIdentity(file);
  return {
    async salt() {
      // INSERT OR IGNORE: two processes starting at once agree on whichever salt came first.
      await client.execute({
        sql: `INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)`,
        args: [randomSalt()],
      });
      const result = await client.execute(`SELECT value FROM meta WHERE key = 'salt'`);
      return String(result.rows[0]?.[0]);
    },
    async recordQuestion(r) {
      await client.execute({
        sql: `INSERT INTO questions (id, asked_at, platform, source, user_hash, question,
                answer_kind, top_meetup, top_talk, top_score, latency_ms)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          r.id,
          r.askedAt,
          r.platform,
          r.source,
          r.userHash ?? null,
          r.question,
          r.answerKind,
          r.topMeetup ?? null,
          r.topTalk ?? null,
          r.topScore ?? null,
          r.latencyMs,
        ],
      });
    },
    async recordVote({ answerId, voterHash, vote, votedAt }) {
      const asked = await client.execute({
        sql: 'SELECT source FROM questions WHERE id = ?',
        args: [answerId],
      });
      const source = asked.rows[0]?.[0];
      if (source === undefined) return 'unknown-answer';
      const voter = source === 'direct-message' ? DM_VOTER : voterHash;
      const [before] = await client.batch(
        [
          {
            sql: 'SELECT vote FROM votes WHERE answer_id = ? AND voter_hash = ?',
            args: [answerId, voter],
          },
          {
            sql: `INSERT INTO votes (answer_id, voter_hash, vote, voted_at) VALUES (?, ?, ?, ?)
                  ON CONFLICT (answer_id, voter_hash)
                  DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
            args: [answerId, voter, vote, votedAt],
          },
        ],
        'write',
      );
      return (before?.rows.length ?? 0) > 0 ? 'changed' : 'recorded';
    },
    async claimEvent(eventId, at, forgetBefore) {
      const [, claim] = await client.batch(
        [
          { sql: 'DELETE FROM handled_events WHERE handled_at < ?', args: [forgetBefore] },
          // The primary key lets one claim win, as the digest's period does.
          {
            sql: 'INSERT OR IGNORE INTO handled_events (event_id, handled_at) VALUES (?, ?)',
            args: [eventId, at],
          },
        ],
        'write',
      );
      return (claim?.rowsAffected ?? 0) > 0;
    },
    async findAnswer(answerId) {
      const result = await client.execute({
        sql: 'SELECT question, answer_kind, top_meetup, top_talk FROM questions WHERE id = ?',
        args: [answerId],
      });
      const row = result.rows[0];
      if (!row) return undefined;
      return {
        question: String(row.question),
        answerKind: String(row.answer_kind),
        ...(row.top_meetup !== null && { topMeetup: String(row.top_meetup) }),
        ...(row.top_talk !== null && { topTalk: String(row.top_talk) }),
      };
    },
    async purgeBefore(cutoff) {
      const [, deleted] = await client.batch(
        [
          {
            sql: 'DELETE FROM votes WHERE answer_id IN (SELECT id FROM questions WHERE asked_at < ?)',
            args: [cutoff],
          },
          { sql: 'DELETE FROM questions WHERE asked_at < ?', args: [cutoff] },
        ],
        'write',
      );
      return deleted?.rowsAffected ?? 0;
    },
    async isReplaced() {
      return file !== undefined && (await fileIdentity(file)) !== (await opened);
    },
    close() {
      client.close();
    },
  };
}

async function fileIdentity(file: string): Promise<string | undefined> {
  try {
    const { dev, ino } = await stat(file);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

function randomSalt(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

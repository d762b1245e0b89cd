/**
 * The store's schema, one entry per version. Applied in order at start, each in one transaction
 * with `PRAGMA user_version`, so a store is always at a version this list knows. Never edit an
 * entry that has shipped: add the next one.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  // 1: the question log, votes on answers, and the store's own settings (the salt).
  [
    `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE questions (
      id TEXT PRIMARY KEY,
      asked_at INTEGER NOT NULL,
      platform TEXT NOT NULL,
      source TEXT NOT NULL,
      user_hash TEXT,
      question TEXT NOT NULL,
      answer_kind TEXT NOT NULL,
      top_meetup TEXT,
      top_talk TEXT,
      top_score REAL,
      latency_ms REAL NOT NULL
    )`,
    `CREATE INDEX questions_by_time ON questions (asked_at)`,
    `CREATE TABLE votes (
      answer_id TEXT NOT NULL,
      voter_hash TEXT NOT NULL,
      vote TEXT NOT NULL CHECK (vote IN ('helpful', 'not-helpful')),
      voted_at INTEGER NOT NULL,
      PRIMARY KEY (answer_id, voter_hash)
    )`,
  ],
  // 2: the weekly digest, claimed once per period by whichever process gets there first.
  [`CREATE TABLE digests (period TEXT PRIMARY KEY, sent_at INTEGER NOT NULL)`],
  // 3: chat events already handled (Slack's event_id), claimed like the digest, so a retry that
  // reaches any replica is answered once.
  [
    `CREATE TABLE handled_events (event_id TEXT PRIMARY KEY, handled_at INTEGER NOT NULL)`,
    `CREATE INDEX handled_events_by_time ON handled_events (handled_at)`,
  ],
  // 4: news of new notes, claimed once per change by whichever process gets there first.
  [`CREATE TABLE announcements (news TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL)`],
];

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Client, InStatement } from '@libsql/client';
import type { Meetup } from './meetup.js';
import type { ParsedNotes } from './parse-notes.js';

/**
 * Parsed notes kept on disk by content, so a restart or a reload parses only the files that
 * changed: Markdown parsing is nearly all of a load's time (about 5 ms per KB of notes). An entry
 * is found by a hash of the file's path, its text and the parser (the code of this folder and the
 * versions of the Markdown and YAML libraries), so an edit or an upgrade misses and parses again.
 *
 * The entries are rows of one SQLite file (`parsed-notes.db` in the cache's folder, through
 * libSQL, the store's own library): a load writes its new entries a few MB per transaction as it
 * parses them, so a torn write loses at most the entries of that transaction, and each entry is
 * checked against the hash stored beside it when read, so a damaged one is a miss, never wrong
 * notes. A cache that cannot be opened, read or written costs a parse and a line in `faults`,
 * nothing else; a damaged file is removed and made afresh.
 */
export interface ParseCache {
  /** `file`'s parsed notes: the stored ones for this text, or `parse()`'s, stored for next time. */
  parse(file: string, source: string, parse: () => ParsedNotes): Promise<ParsedNotes>;
  /**
   * Writes the new entries and drops the ones this load did not use (notes since edited or
   * removed), so the store holds one entry per served file.
   */
  finish(): Promise<ParseCacheReport>;
  /** Lets the database go without writing anything more: for a load that failed. */
  abandon(): void;
  /** The key `meetup` was found or stored under in this load, to name it to the bot. */
  keyOf(meetup: Meetup): string | undefined;
  /**
   * The entry `meetup` was read from or stored as in this load: its parsed notes serialized, as
   * the notes' child sends them to the bot instead of serializing the meetup a second time.
   */
  entryOf(meetup: Meetup): Uint8Array | undefined;
}

/** What one load did with the cache, for the log and for tests. */
export interface ParseCacheReport {
  /** Files read from the cache. */
  readonly cached: number;
  /** Files parsed (not in the cache, or its entry unusable). */
  readonly parsed: number;
  /** Whole sentences on what went wrong with the cache (each at most once per load). */
  readonly faults: readonly string[];
}

export interface ParseCacheOptions {
  /** About how many bytes of parsed entries one write's transaction holds. */
  readonly writeBytes?: number;
  /** How long a statement waits for another process's lock on the file before failing. */
  readonly busyMs?: number;
}

/** The cache's file in its folder. */
export const PARSE_CACHE_FILE = 'parsed-notes.db';

/** The default of `writeBytes`: a few milliseconds of writing, a few MB held. */
const WRITE_BYTES = 4 << 20;
/** The default of `busyMs`: another bot's load writes a few MB at a time, far less than this. */
const BUSY_MS = 5000;

const SCHEMA =
  'CREATE TABLE IF NOT EXISTS parsed_notes (key TEXT PRIMARY KEY, digest BLOB NOT NULL, notes BLOB NOT NULL)';

export async function createParseCache(
  dir: string,
  { writeBytes = WRITE_BYTES, busyMs = BUSY_MS }: ParseCacheOptions = {},
): Promise<ParseCache> {
  const parser = await parserFingerprint();
  const faults = new Set<string>();
  const fault = (what: string, error: unknown) =>
    faults.add(
      `The parsed-notes cache in ${dir} ${what} (${reasonOf(error)}); those notes were parsed instead.`,
    );
  const file = path.join(dir, PARSE_CACHE_FILE);
  const opened = await openCache(dir, file, busyMs, (error) =>
    fault('was damaged and is made afresh', error),
  ).catch((error: unknown) => {
    fault('cannot be opened', error);
  });
  /**
   * The database while this load uses it. A fault of the file (locked too long, unreadable,
   * damaged) lets it go for the rest of the load, so each note does not wait or fail again; a
   * damaged file is removed at the end, and the next load makes it afresh.
   */
  let db = opened || undefined;
  let damagedFile = false;
  const letGo = (what: string, error: unknown) => {
    damagedFile ||= isDamage(error);
    fault(damagedFile ? 'is damaged and is removed' : what, error);
    db = undefined;
  };
  /**
   * The keys stored when the load began: a note whose key is not among them is parsed without a
   * read (on a first start, every note). Keys that cannot be listed leave every note to be parsed,
   * said as a fault (so the load tidies nothing); the writes still go to the file, unless it is
   * damaged, when it is let go and removed.
   */
  const stored =
    db &&
    (await storedKeys(db).catch((error: unknown) => {
      if (isDamage(error)) letGo('cannot be listed', error);
      else fault('cannot be listed', error);
    }));
  const used = new Set<string>();
  // Weak: a meetup the child has sent on is let go, key and entry all (see load-content-child.ts).
  const keys = new WeakMap<Meetup, string>();
  const entries = new WeakMap<Meetup, Uint8Array>();
  /** Entries this load parsed and has not written yet, and their size in bytes. */
  let fresh: InStatement[] = [];
  let freshBytes = 0;
  /** The writes so far, one transaction each, in order. */
  let written: Promise<unknown> = Promise.resolve();
  const write = (entries: readonly InStatement[]) => {
    written = written
      .then(() => db?.batch([...entries], 'write'))
      .catch((error: unknown) => letGo('cannot be written', error));
    fresh = [];
    freshBytes = 0;
  };
  let cached = 0;
  let parsed = 0;
  return {
    async parse(file, source, parse) {
      const key = sha256(`${parser}\0${file}\0${source}`);
      const entry =
        db &&
        stored?.has(key) &&
        (await readEntry(db, key).catch((error: unknown) => {
          if (error instanceof DamagedEntry) fault('has an entry that cannot be used', error);
          else letGo('cannot be read', error);
        }));
      used.add(key);
      if (entry) {
        cached += 1;
        if (entry.notes.meetup) {
          keys.set(entry.notes.meetup, key);
          entries.set(entry.notes.meetup, entry.data);
        }
        return entry.notes;
      }
      parsed += 1;
      const notes = parse();
      if (notes.meetup) keys.set(notes.meetup, key);
      if (db) {
        const data = serialize(notes);
        if (notes.meetup) entries.set(notes.meetup, data);
        fresh.push({
          sql: 'INSERT OR REPLACE INTO parsed_notes (key, digest, notes) VALUES (?, ?, ?)',
          args: [key, digest(data), data],
        });
        freshBytes += data.byteLength;
        // Written as they come, a few MB at a time: a load of thousands of notes holds neither
        // every serialized entry nor one transaction of all of them at its end.
        if (freshBytes >= writeBytes) write(fresh);
      }
      return notes;
    },
    async finish() {
      await written;
      // With a fault, entries this load could not read may still be good: nothing is dropped.
      if (db) write(faults.size === 0 ? [...fresh, dropUnused(used)] : fresh);
      await written;
      opened?.close();
      if (damagedFile) await removeFile(file).catch((error) => fault('cannot be removed', error));
      return { cached, parsed, faults: [...faults] };
    },
    abandon() {
      db = undefined;
      opened?.close();
    },
    keyOf: (meetup) => keys.get(meetup),
    entryOf: (meetup) => entries.get(meetup),
  };
}

/**
 * The cache's database `file` in `dir`, made if missing. A file that is no SQLite database (or a
 * damaged one) is removed and made afresh (`remade` is told why): it holds nothing a parse
 * cannot make again.
 */
async function openCache(
  dir: string,
  file: string,
  busyMs: number,
  remade: (error: unknown) => void,
): Promise<Client> {
  await mkdir(dir, { recursive: true });
  // The folders of the cacache store this cache replaced, which nothing reads any more.
  await Promise.all(
    ['content-v2', 'index-v5', 'tmp'].map((old) =>
      rm(path.join(dir, old), { recursive: true, force: true }),
    ),
  );
  try {
    return await connect(file, busyMs);
  } catch (error) {
    if (!isDamage(error)) throw error;
    await removeFile(file);
    const client = await connect(file, busyMs);
    remade(error);
    return client;
  }
}

/** Removes the cache's file and the journal a torn write may have left beside it. */
const removeFile = (file: string) =>
  Promise.all(['', '-journal'].map((end) => rm(file + end, { force: true })));

async function connect(file: string, busyMs: number): Promise<Client> {
  // The file-only client: a fifth of the import time of the full one, which adds remote servers.
  const { createClient } = await import('@libsql/client/sqlite3');
  // One connection: the busy timeout is set per connection, and a pool would open others without.
  const client = createClient({ url: `file:${file}`, concurrency: 1 });
  try {
    // Two bots on one store folder take turns instead of failing. The default rollback journal,
    // not WAL: a load's new entries are written once, not to the log and then to the file.
    await client.execute(`PRAGMA busy_timeout = ${Math.max(0, Math.round(busyMs))}`);
    await client.execute(SCHEMA);
    return client;
  } catch (error) {
    client.close();
    throw error;
  }
}

/** Every key the cache holds (a few dozen bytes each: one per notes file served). */
async function storedKeys(db: Client): Promise<ReadonlySet<string>> {
  const { rows } = await db.execute('SELECT key FROM parsed_notes');
  return new Set(rows.map((row) => String(row.key)));
}

/**
 * The stored notes for `key`, with the bytes they were read from; undefined when there are none,
 * an error when the entry is bad.
 */
async function readEntry(
  db: Client,
  key: string,
): Promise<{ notes: ParsedNotes; data: Uint8Array } | undefined> {
  // Read as bytes whatever they became: libSQL aborts the process on text that is not UTF-8.
  const { rows } = await db.execute({
    sql: 'SELECT CAST(digest AS BLOB) AS digest, CAST(notes AS BLOB) AS notes FROM parsed_notes WHERE key = ?',
    args: [key],
  });
  const [row] = rows;
  if (!row) return undefined;
  const data = new Uint8Array(row.notes as ArrayBuffer);
  if (!digest(data).equals(new Uint8Array(row.digest as ArrayBuffer)))
    throw new DamagedEntry('EINTEGRITY');
  const notes = deserializeEntry(data);
  if (typeof notes !== 'object' || notes === null || !Array.isArray(notes.problems))
    throw new DamagedEntry('the entry does not hold parsed notes');
  return { notes, data };
}

/** The stored bytes as notes; what cannot be read back (written by another Node) is a bad entry. */
function deserializeEntry(data: Uint8Array): ParsedNotes {
  try {
    return deserialize(data) as ParsedNotes;
  } catch (error) {
    throw new DamagedEntry(error instanceof Error ? error.message : String(error));
  }
}

/** An entry that holds something other than what was stored. */
class DamagedEntry extends Error {
  readonly code: string;
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

/** Removes every entry whose key is not in `used`. */
const dropUnused = (used: ReadonlySet<string>): InStatement => ({
  sql: 'DELETE FROM parsed_notes WHERE key NOT IN (SELECT value FROM json_each(?))',
  args: [JSON.stringify([...used])],
});

/**
 * A hash of everything a parse depends on besides the file: this folder's code (and the URL
 * helper it imports) and the versions of the libraries it parses with.
 */
async function parserFingerprint(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = (await readdir(here).catch(() => [])).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
  const parts = await Promise.all(
    [
      ...code.map((f) => path.join(here, f)),
      path.join(here, '..', `http-url${path.extname(fileURLToPath(import.meta.url))}`),
    ].map((f) => readFile(f, 'utf8').catch(() => '')),
  );
  return sha256([...parts, ...PARSER_LIBRARIES.map(versionOf)].join('\0'));
}

const PARSER_LIBRARIES = [
  'markdown-it',
  // markdown-it's decoder of `&amp;` and the like.
  'entities',
  'github-slugger',
  'smol-toml',
  'yaml',
  'zod',
];

/** The installed version of a library, read from the `package.json` above its entry point. */
function versionOf(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    let folder = path.dirname(require.resolve(name));
    for (;;) {
      const file = path.join(folder, 'package.json');
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name) return `${name}@${pkg.version}`;
      } catch {
        // No package.json at this level: look further up.
      }
      const parent = path.dirname(folder);
      if (parent === folder) return name;
      folder = parent;
    }
  } catch {
    return name;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash an entry is stored with and checked against. */
const digest = (data: Uint8Array) => createHash('sha256').update(data).digest();

/**
 * The file is damaged (no database, or a corrupt page), as opposed to a failure of the file
 * system (ENOENT, EACCES, ENOTDIR…) or a lock held too long.
 */
const isDamage = (error: unknown) => /^SQLITE_(NOTADB|CORRUPT)/.test(reasonOf(error));

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, Config } from '@libsql/client';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './store-error.js';

/** How long a write waits for another process's write (say `npm run report`) before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The local file behind a `file:` URL (`file:data/x.db` is relative to the working directory),
 * or undefined for a libSQL server.
 */
export function filePathOf(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const rest = url.slice('file:'.length).split('?')[0] ?? '';
  return rest.startsWith('//') ? fileURLToPath(`file:${rest}`) : rest;
}

/**
 * Opens the store at a libSQL URL and brings its schema up to date. A local file gets its folder
 * created, WAL mode (so `npm run report` reads while the bot writes) and a busy timeout.
 * Rejects with a {@link StoreError} saying what to fix when the store cannot be used. With
 * `create: false` (a reader such as `npm run report`) a store with no question log yet is left
 * as it is: no folder is made and it rejects with `store_missing`.
 */
export async function openDatabase(
  url: string,
  { create = true }: { readonly create?: boolean } = {},
): Promise<Client> {
  const file = filePathOf(url);
  let client: Client | undefined;
  try {
    if (create && file !== undefined && file !== ':memory:') {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    }
    client = (await clientModule(url)).createClient({ url });
    // Before any pragma: WAL mode alone would write a header into an empty file.
    if (!create && (await schemaVersion(client)) === 0) {
      throw new StoreError('store_missing', noQuestionLog(url));
    }
    if (file !== undefined) {
      await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      await switchToWal(client);
      // In WAL mode a process crash loses nothing committed; only a power cut may lose the last.
      await client.execute('PRAGMA synchronous = NORMAL');
    }
    await migrate(client);
    return client;
  } catch (err) {
    client?.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(
      'store_open_failed',
      `The question store at ${describeUrl(url)} cannot be used (${reason(err)}); check DATABASE_URL, the disk and the file's permissions.`,
      { cause: err },
    );
  }
}

/**
 * The libSQL client module for `url`, loaded on the first open: a start answers its first question
 * without waiting for it. A local file needs only the file client (what the full client hands a
 * `file:` URL to), which loads in a third of the time: the full one adds the clients of remote
 * servers (HTTP and WebSocket), about 60 ms of a start here.
 */
function clientModule(url: string): Promise<{ createClient: (config: Config) => Client }> {
  return url.startsWith('file:') ? import('@libsql/client/sqlite3') : import('@libsql/client');
}

/** How often switching to WAL is tried again while another connection holds the file. */
const WAL_RETRY_MS = 50;

/**
 * Puts the store in WAL mode. The switch needs the file to itself, and SQLite answers SQLITE_BUSY
 * at once, without the busy timeout's wait, while another replica writes to it (creating the
 * store, claiming an announcement): it is tried again until the busy timeout has passed.
 */
async function switchToWal(client: Client): Promise<void> {
  const giveUp = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      await client.execute('PRAGMA journal_mode = WAL');
      return;
    } catch (err) {
      if (!/SQLITE_BUSY/.test(reason(err)) || Date.now() >= giveUp) throw err;
      await new Promise((resolve) => setTimeout(resolve, WAL_RETRY_MS));
    }
  }
}

/**
 * Applies every migration the store has not seen, in one write transaction that reads the
 * version again: a replica creating the store at the same moment may have applied them since the
 * first look, and running them twice would fail on the tables it made.
 */
async function migrate(client: Client): Promise<void> {
  if (checkedVersion(await schemaVersion(client)) === MIGRATIONS.length) return;
  const tx = await client.transaction('write');
  try {
    const current = checkedVersion(await schemaVersion(tx));
    for (const [i, statements] of MIGRATIONS.entries()) {
      const version = i + 1;
      if (version <= current) continue;
      for (const statement of statements) await tx.execute(statement);
      await tx.execute(`PRAGMA user_version = ${version}`);
    }
    await tx.commit();
  } finally {
    tx.close();
  }
}

/** The store's schema version, refused when it is newer than this bot's migrations. */
function checkedVersion(current: number): number {
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the store is at schema version ${current}, newer than this bot's ${MIGRATIONS.length}`,
    );
  }
  return current;
}

async function schemaVersion(client: Pick<Client, 'execute'>): Promise<number> {
  const result = await client.execute('PRAGMA user_version');
  return Number(result.rows[0]?.[0] ?? 0);
}

/** The sentence for a store that holds no question log yet. */
export function noQuestionLog(url: string): string {
  return `There is no question log at ${describeUrl(url)} yet: start the bot (npm start with a chat token) or set DATABASE_URL.`;
}

/** The URL without credentials (a libsql URL may carry `?authToken=`), for messages and logs. */
export function describeUrl(url: string): string {
  return url.split('?')[0] ?? url;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

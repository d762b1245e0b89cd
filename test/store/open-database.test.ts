import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeUrl, filePathOf, openDatabase } from '../../src/store/open-database.js';
import { StoreError } from '../../src/store/store-error.js';
import { tempStores } from '../support/temp-store.js';

const stores = tempStores();
afterEach(() => stores.removeAll());

describe('the store’s URL', () => {
  it('names a local file, relative, absolute or with options, and nothing for a remote store', () => {
    expect(filePathOf('file:data/bot.db')).toBe('data/bot.db');
    expect(filePathOf('file:data/bot.db?mode=ro')).toBe('data/bot.db');
    expect(filePathOf('file:///tmp/bot.db')).toBe('/tmp/bot.db');
    expect(filePathOf('libsql://db.example.test')).toBeUndefined();
    expect(filePathOf('http://db.example.test/file:x')).toBeUndefined();
  });

  it('is shown without its credentials', () => {
    expect(describeUrl('libsql://db.example.test?authToken=secret')).toBe(
      'libsql://db.example.test',
    );
    expect(describeUrl('file:data/bot.db')).toBe('file:data/bot.db');
  });
});

describe('opening the store', () => {
  it('says in a sentence why a store cannot be used, keeping the fault as its cause', async () => {
    const dir = await stores.dir();
    await writeFile(path.join(dir, 'a-file'), '');
    const url = `file:${path.join(dir, 'a-file', 'bot.db')}?authToken=secret`;
    const error: unknown = await openDatabase(url).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StoreError);
    const { code, message, cause } = error as StoreError;
    expect(code).toBe('store_open_failed');
    expect(message).toMatch(
      /^The question store at file:.*a-file\/bot\.db cannot be used \(EEXIST: .*\); check DATABASE_URL, the disk and the file's permissions\.$/,
    );
    expect(cause).toBeInstanceOf(Error);
    expect(message).toContain((cause as Error).message);
    expect(message).not.toContain('secret');
  });
});

describe('opening the store while another process writes to it', () => {
  it('waits for the other writer instead of failing at once', async () => {
    const url = `file:${path.join(await stores.dir(), 'shared.db')}`;
    // A store still in the default journal mode, held by a write transaction of another client,
    // as a second replica finds it while the first is creating it.
    const { createClient } = await import('@libsql/client/sqlite3');
    const holder = createClient({ url });
    await holder.execute('CREATE TABLE held (x)');
    const tx = await holder.transaction('write');
    await tx.execute('INSERT INTO held VALUES (1)');
    const opening = openDatabase(url);
    setTimeout(() => void tx.commit(), 300);
    const client = await opening;
    try {
      const { rows } = await client.execute('PRAGMA journal_mode');
      expect(String(rows[0]?.[0])).toBe('wal');
    } finally {
      client.close();
      holder.close();
    }
  });
});

describe('replicas creating the store together (connections of one process)', () => {
  it('both open it, the schema made once', async () => {
    for (let round = 0; round < 5; round++) {
      const url = `file:${path.join(await stores.dir(), `new-${round}.db`)}`;
      const clients = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
      try {
        const { rows } = await clients[0].execute('PRAGMA user_version');
        expect(Number(rows[0]?.[0])).toBeGreaterThan(0);
      } finally {
        for (const client of clients) client.close();
      }
    }
  });
});

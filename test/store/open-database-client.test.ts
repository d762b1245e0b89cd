import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';

// The full client, which adds the clients of remote servers: a local store must not need it.
vi.mock('@libsql/client', () => ({
  createClient: () => {
    throw new Error('the full libSQL client was used');
  },
}));

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the libSQL client a store is opened with', () => {
  it('opens and migrates a local file with the file client alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'store-client-'));
    dirs.push(dir);
    const client = await openDatabase(`file:${path.join(dir, 'bot.db')}`);
    try {
      const { rows } = await client.execute('PRAGMA user_version');
      expect(Number(rows[0]?.[0])).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });

  it('opens a remote store with the full client', async () => {
    await expect(openDatabase('libsql://db.example.test')).rejects.toMatchObject({
      cause: { message: 'the full libSQL client was used' },
    });
  });
});

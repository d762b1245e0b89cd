import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createClient, type InArgs } from '@libsql/client/sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONTENT_LIMITS } from '../../src/content/content-limits.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';
import {
  createParseCache,
  PARSE_CACHE_FILE,
  type ParseCacheReport,
} from '../../src/content/parse-cache.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('parse-cache-');
afterEach(() => temp.removeAll());

const NOTES = {
  'a.md': '# A\n\n## Talk on Harbor\n\n* 資料 https://slides.example.test/a\n* a point\n',
  'b.md': '---\ntitle: "B #2"\ndate: 2021-01-20\n---\n# B\n\n## T\n\n* another point\n',
  'broken.md': '---\ntitle: [\n---\n# C\n',
  'glossary.yml': '- [k8s, kubernetes]\n',
};

/** One load through a cache in `cacheDir`, with what the cache did. */
async function loadCached(
  dir: string,
  cacheDir: string,
): Promise<{ content: LoadedContent; report: ParseCacheReport }> {
  const cache = await createParseCache(cacheDir);
  const content = await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
  return { content, report: await cache.finish() };
}

/** Runs one statement on the cache's file in `cacheDir`, as another program could. */
async function onCacheFile(cacheDir: string, sql: string, args: InArgs = []) {
  const db = createClient({ url: `file:${path.join(cacheDir, PARSE_CACHE_FILE)}` });
  try {
    return (await db.execute({ sql, args })).rows;
  } finally {
    db.close();
  }
}

/** Holds the cache file's lock from another connection, as a second bot writing would. */
async function lockFile(cacheDir: string) {
  const db = createClient({ url: `file:${path.join(cacheDir, PARSE_CACHE_FILE)}`, concurrency: 1 });
  // In exclusive locking mode the lock a write takes is kept after it, until the mode changes.
  await db.execute('PRAGMA locking_mode = EXCLUSIVE');
  await db.execute("INSERT INTO parsed_notes VALUES ('lock', x'00', x'00')");
  return {
    release: async () => {
      await db.execute('PRAGMA locking_mode = NORMAL');
      await db.execute("DELETE FROM parsed_notes WHERE key = 'lock'");
      db.close();
    },
  };
}

/**
 * Holds the cache file's lock from another process for `ms`, then lets it go and exits: a lock
 * held in this process could not be let go while a statement here waits on it.
 */
async function lockInAnotherProcess(cacheDir: string, ms: number) {
  const script = `
    const { createClient } = require('@libsql/client');
    const db = createClient({ url: process.argv[1], concurrency: 1 });
    (async () => {
      await db.execute('PRAGMA locking_mode = EXCLUSIVE');
      await db.execute("INSERT INTO parsed_notes VALUES ('lock', x'00', x'00')");
      process.stdout.write('locked\\n');
      await new Promise((resolve) => setTimeout(resolve, Number(process.argv[2])));
      await db.execute('PRAGMA locking_mode = NORMAL');
      await db.execute("DELETE FROM parsed_notes WHERE key = 'lock'");
      db.close();
    })();`;
  const child = spawn(
    process.execPath,
    ['-e', script, `file:${path.join(cacheDir, PARSE_CACHE_FILE)}`, String(ms)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the locking process exited (${code})`)));
  });
  return { exited };
}

/** The keys of the cache's entries, in order. */
const storedKeys = async (cacheDir: string) =>
  (await onCacheFile(cacheDir, 'SELECT key FROM parsed_notes ORDER BY key')).map((r) =>
    String(r.key),
  );

/** Stores `value` under `key` with the hash of what is stored, as a well-formed entry is. */
async function storeEntry(cacheDir: string, key: string, value: unknown) {
  const data = serialize(value);
  const digest = createHash('sha256').update(data).digest();
  await onCacheFile(cacheDir, 'UPDATE parsed_notes SET digest = ?, notes = ? WHERE key = ?', [
    digest,
    data,
    key,
  ]);
}

/** Loads the notes through the cache in `cacheDir`: all three parsed, these faults told, nothing lost. */
async function expectEveryNoteParsed(dir: string, cacheDir: string, faults: readonly RegExp[]) {
  const { content, report } = await loadCached(dir, cacheDir);
  expect(content).toEqual(await loadContent(dir));
  expect(report).toEqual({
    cached: 0,
    parsed: 3,
    faults: faults.map((fault) => expect.stringMatching(fault)),
  });
}

/**
 * Notes loaded once through a cache, then one of them (a.md) edited, a new load's cache opened on
 * the file (waiting at most 20 ms for a lock) and the file locked by another connection.
 */
async function editedAndLocked() {
  const dir = await temp.make(NOTES);
  const cacheDir = path.join(await temp.make({}), 'parsed');
  await loadCached(dir, cacheDir);
  await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* an edited point\n');
  const cache = await createParseCache(cacheDir, { busyMs: 20 });
  return { dir, cacheDir, cache, locker: await lockFile(cacheDir) };
}

describe('the parsed-notes cache', () => {
  it('parses each note once: the next load reads all of them from the cache, unchanged', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const first = await loadCached(dir, cacheDir);
    const second = await loadCached(dir, cacheDir);
    expect(first.report).toEqual({ cached: 0, parsed: 3, faults: [] });
    expect(second.report).toEqual({ cached: 3, parsed: 0, faults: [] });
    expect(second.content).toEqual(await loadContent(dir));
    expect(first.content).toEqual(second.content);
  });

  it('parses again only the note that changed, and keeps one entry per note', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* an edited point\n');
    const edited = await loadCached(dir, cacheDir);
    expect(edited.report).toEqual({ cached: 2, parsed: 1, faults: [] });
    expect(edited.content).toEqual(await loadContent(dir));
    expect(await storedKeys(cacheDir)).toHaveLength(3);
  });

  it('parses again a note whose stored entry is corrupt, says so once, and stores it afresh', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    // One byte more in every entry, which makes it text that is not UTF-8: what is stored no
    // longer has the stored hash, and reading it must not take the process down.
    await onCacheFile(cacheDir, "UPDATE parsed_notes SET notes = notes || x'00'");
    const damaged = await loadCached(dir, cacheDir);
    expect(damaged.content).toEqual(await loadContent(dir));
    expect(damaged.report.parsed).toBe(3);
    expect(damaged.report.faults).toEqual([
      expect.stringMatching(
        /^The parsed-notes cache in .* has an entry that cannot be used \(EINTEGRITY\); those notes were parsed instead\.$/,
      ),
    ]);
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 3, parsed: 0, faults: [] });
  });

  it('makes a cache file that is no database afresh, says so, and stores the notes in it', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = await temp.make({ [PARSE_CACHE_FILE]: 'not a database' });
    await expectEveryNoteParsed(dir, cacheDir, [
      /^The parsed-notes cache in .* was damaged and is made afresh \(SQLITE_NOTADB\); those notes were parsed instead\.$/,
    ]);
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 3, parsed: 0, faults: [] });
  });

  it('writes parsed entries as they come once they pass the write size, the rest at the end', async () => {
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const cache = await createParseCache(cacheDir, { writeBytes: 1 });
    await cache.parse('a.md', NOTES['a.md'], () => ({ problems: [] }));
    await cache.parse('b.md', NOTES['b.md'], () => ({ problems: [] }));
    // Each passed the size alone: both reach the disk before the load ends.
    await vi.waitFor(async () => expect(await storedKeys(cacheDir)).toHaveLength(2));
    await cache.finish();
    const big = await createParseCache(cacheDir, { writeBytes: 1 << 30 });
    await big.parse('c.md', 'other text', () => ({ problems: [] }));
    expect(await storedKeys(cacheDir)).toHaveLength(2);
    expect((await big.finish()).faults).toEqual([]);
    // The load's end wrote the last entry and dropped the two it did not use.
    expect(await storedKeys(cacheDir)).toHaveLength(1);
  });

  it('lets a file locked too long go at once: one fault, every note parsed, nothing written', async () => {
    const { dir, cacheDir, cache, locker } = await editedAndLocked();
    try {
      const content = await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
      expect(content).toEqual(await loadContent(dir));
      // Read once, then no more reads and no write wait for the lock.
      expect(await cache.finish()).toEqual({
        cached: 0,
        parsed: 3,
        faults: [
          expect.stringMatching(
            /^The parsed-notes cache in .* cannot be read \(SQLITE_BUSY\); those notes were parsed instead\.$/,
          ),
        ],
      });
    } finally {
      await locker.release();
    }
    // Nothing was dropped or written: the next load finds the two unchanged notes.
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 2, parsed: 1, faults: [] });
  });

  it('parses a note it does not hold without reading the file: only the write meets a lock', async () => {
    const { dir, cache, locker } = await editedAndLocked();
    try {
      await cache.parse('a.md', await readFile(path.join(dir, 'a.md'), 'utf8'), () => ({
        problems: [],
      }));
      // The edited note is no key of the file's: it was parsed, and nothing waited on the lock
      // until the load's end wrote it.
      expect((await cache.finish()).faults).toEqual([
        expect.stringMatching(
          / cannot be written \(SQLITE_BUSY\); those notes were parsed instead\.$/,
        ),
      ]);
    } finally {
      await locker.release();
    }
  });

  it('parses every note when its keys cannot be listed (a table of another shape), and says so and that the write failed', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await mkdir(cacheDir, { recursive: true });
    await onCacheFile(cacheDir, 'CREATE TABLE parsed_notes (id INTEGER PRIMARY KEY, body BLOB)');
    await expectEveryNoteParsed(dir, cacheDir, [
      / cannot be listed \(.*\); those notes were parsed instead\.$/,
      / cannot be written \(.*\); those notes were parsed instead\.$/,
    ]);
  });

  it('waits for a lock another process holds for a moment, as a second bot writing would', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    const holder = await lockInAnotherProcess(cacheDir, 300);
    try {
      const cache = await createParseCache(cacheDir, { busyMs: 10_000 });
      await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
      // The lock was released while the load waited: every note came from the cache.
      expect(await cache.finish()).toEqual({ cached: 3, parsed: 0, faults: [] });
    } finally {
      await holder.exited;
    }
  });

  it('says a file locked while it opens cannot be opened, and keeps the file', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    const locker = await lockFile(cacheDir);
    try {
      const cache = await createParseCache(cacheDir, { busyMs: 20 });
      await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
      expect((await cache.finish()).faults).toEqual([
        expect.stringMatching(
          / cannot be opened \(SQLITE_BUSY\); those notes were parsed instead\.$/,
        ),
      ]);
    } finally {
      await locker.release();
    }
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 3, parsed: 0, faults: [] });
  });

  it('removes a file damaged past its first page, and the next load makes it afresh', async () => {
    const notes = Object.fromEntries(
      Array.from({ length: 30 }, (_v, i) => [
        `m${i}.md`,
        `# Meetup ${i}\n\n## Talk ${i}\n\n${'* a point of the talk\n'.repeat(60)}`,
      ]),
    );
    const dir = await temp.make(notes);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    const file = path.join(cacheDir, PARSE_CACHE_FILE);
    const bytes = await readFile(file);
    expect(bytes.length).toBeGreaterThan(3 * 4096);
    // Every page after the first two overwritten: the tables' pages no longer parse.
    bytes.fill(0xff, 2 * 4096);
    await writeFile(file, bytes);
    const damaged = await loadCached(dir, cacheDir);
    expect(damaged.content).toEqual(await loadContent(dir));
    expect(damaged.report.faults).toEqual([
      expect.stringMatching(
        /^The parsed-notes cache in .* is damaged and is removed \(SQLITE_CORRUPT\); those notes were parsed instead\.$/,
      ),
    ]);
    expect(await readdir(cacheDir)).not.toContain(PARSE_CACHE_FILE);
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 0, parsed: 30, faults: [] });
    expect((await loadCached(dir, cacheDir)).report).toEqual({ cached: 30, parsed: 0, faults: [] });
  });

  it('removes the folders of the store it replaced, and nothing else', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = await temp.make({ 'keep.txt': 'kept' });
    for (const old of ['content-v2/sha512/ab', 'index-v5/cd', 'tmp'])
      await mkdir(path.join(cacheDir, old), { recursive: true });
    await loadCached(dir, cacheDir);
    expect((await readdir(cacheDir)).sort()).toEqual(['keep.txt', PARSE_CACHE_FILE]);
  });

  it('loads everything when the cache cannot be opened, and says why', async () => {
    const dir = await temp.make(NOTES);
    // A folder under a file cannot be made, whoever runs the test.
    const cacheDir = path.join(dir, 'a.md', 'parsed');
    const { content, report } = await loadCached(dir, cacheDir);
    expect(content).toEqual(await loadContent(dir));
    expect(report.parsed).toBe(3);
    expect(report.faults).toEqual([
      expect.stringMatching(
        /^The parsed-notes cache in .* cannot be opened \(ENOTDIR\); those notes were parsed instead\.$/,
      ),
    ]);
  });

  it("keys an entry by the note's path too: the same text in another file is parsed for it", async () => {
    const dir = await temp.make({ 'a.md': NOTES['a.md'] });
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    const [key] = await storedKeys(cacheDir);
    // The key hashes the parser, the path and the text: the path is part of what a parse returns.
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const moved = await temp.make({ 'moved.md': NOTES['a.md'] });
    expect((await loadCached(moved, cacheDir)).report).toEqual({
      cached: 0,
      parsed: 1,
      faults: [],
    });
  });
});

describe('the parsed-notes cache: keys, unusable entries and tidying', () => {
  /** One load, with the key each meetup's notes were stored or found under, by title. */
  async function loadWithKeys(dir: string, cacheDir: string) {
    const cache = await createParseCache(cacheDir);
    const content = await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
    const report = await cache.finish();
    return { report, keys: new Map(content.meetups.map((m) => [m.title, cache.keyOf(m)])) };
  }

  it('names the key each meetup was stored or found under, in both loads', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const first = (await loadWithKeys(dir, cacheDir)).keys;
    const stored = await storedKeys(cacheDir);
    expect([...first.values()].sort()).toEqual(stored);
    expect(stored).toHaveLength(3);
    expect((await loadWithKeys(dir, cacheDir)).keys).toEqual(first);
    // A meetup this cache did not read or store has no key.
    const [meetup] = (await loadContent(dir)).meetups;
    expect(meetup && (await createParseCache(cacheDir)).keyOf(meetup)).toBeUndefined();
  });

  it('gives the entry each meetup was stored as, and the same bytes when it is read back', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const entriesOf = async () => {
      const cache = await createParseCache(cacheDir);
      const content = await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache.parse);
      await cache.finish();
      return content.meetups.map((m) => ({ meetup: m, entry: cache.entryOf(m) }));
    };
    const stored = await entriesOf();
    const read = await entriesOf();
    expect(stored).toHaveLength(3);
    for (const [i, { meetup, entry }] of stored.entries()) {
      // The parsed notes as the file holds them, the meetup's own problems included.
      expect((deserialize(entry as Uint8Array) as { meetup: unknown }).meetup).toEqual(meetup);
      expect(Buffer.from(read[i]?.entry as Uint8Array)).toEqual(Buffer.from(entry as Uint8Array));
    }
    const [meetup] = (await loadContent(dir)).meetups;
    expect(meetup && (await createParseCache(cacheDir)).entryOf(meetup)).toBeUndefined();
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object without problems', { meetup: undefined }],
  ])(
    'parses again a note whose entry holds %s, and says the entry cannot be used',
    async (_kind, value) => {
      const dir = await temp.make({ 'a.md': NOTES['a.md'] });
      const cacheDir = path.join(await temp.make({}), 'parsed');
      await loadCached(dir, cacheDir);
      const [key = ''] = await storedKeys(cacheDir);
      await storeEntry(cacheDir, key, value);
      const second = await loadCached(dir, cacheDir);
      expect(second.content).toEqual(await loadContent(dir));
      expect(second.report).toEqual({
        cached: 0,
        parsed: 1,
        faults: [
          expect.stringMatching(
            /has an entry that cannot be used \(the entry does not hold parsed notes\); those notes were parsed instead\.$/,
          ),
        ],
      });
      expect((await loadCached(dir, cacheDir)).report).toEqual({
        cached: 1,
        parsed: 0,
        faults: [],
      });
    },
  );

  it('drops an edited note’s old entry, and tidies nothing after a fault', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const { keys } = await loadWithKeys(dir, cacheDir);
    const before = await storedKeys(cacheDir);
    expect(before).toHaveLength(3);
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* an edited point\n');
    const edited = await loadWithKeys(dir, cacheDir);
    const after = await storedKeys(cacheDir);
    expect(after).toHaveLength(3);
    expect(after).not.toContain(keys.get('A'));
    expect(after).toContain(edited.keys.get('A'));
    // A load with a fault stores what it parsed and removes nothing.
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* edited again\n');
    await storeEntry(cacheDir, keys.get('B #2') ?? '', null);
    const faulty = await loadCached(dir, cacheDir);
    expect(faulty.report.faults).toHaveLength(1);
    expect(await storedKeys(cacheDir)).toHaveLength(4);
  });
});

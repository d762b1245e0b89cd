import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serialize } from 'node:v8';
import cacache from 'cacache';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS } from '../../src/content/content-limits.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';
import { createParseCache, type ParseCacheReport } from '../../src/content/parse-cache.js';
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

/** Every file under `dir`, for damaging a cache's stored entries. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
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
    expect(Object.keys(await cacache.ls(cacheDir))).toHaveLength(3);
  });

  it('parses again a note whose stored entry is corrupt, says so once, and stores it afresh', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    for (const file of await filesUnder(path.join(cacheDir, 'content-v2')))
      await writeFile(file, `${await readFile(file, 'latin1')}garbage`, 'latin1');
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

  it('loads everything when the cache cannot be written, and says why', async () => {
    const dir = await temp.make(NOTES);
    // A folder under a file cannot be made, whoever runs the test.
    const cacheDir = path.join(dir, 'a.md', 'parsed');
    const { content, report } = await loadCached(dir, cacheDir);
    expect(content).toEqual(await loadContent(dir));
    expect(report.parsed).toBe(3);
    expect(report.faults).toEqual([
      expect.stringMatching(
        /^The parsed-notes cache in .* cannot be read \(ENOTDIR\); those notes were parsed instead\.$/,
      ),
      expect.stringMatching(
        /^The parsed-notes cache in .* cannot be written \(ENOTDIR\); those notes were parsed instead\.$/,
      ),
    ]);
  });

  it("keys an entry by the note's path too: the same text in another file is parsed for it", async () => {
    const dir = await temp.make({ 'a.md': NOTES['a.md'] });
    const cacheDir = path.join(await temp.make({}), 'parsed');
    await loadCached(dir, cacheDir);
    const [key] = Object.keys(await cacache.ls(cacheDir));
    // The key hashes the parser, the path and the text: the path is part of what a parse returns.
    expect(key).toMatch(/^parsed-notes:[0-9a-f]{64}$/);
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
    const stored = Object.keys(await cacache.ls(cacheDir)).sort();
    expect([...first.values()].sort()).toEqual(stored);
    expect(stored).toHaveLength(3);
    expect((await loadWithKeys(dir, cacheDir)).keys).toEqual(first);
    // A meetup this cache did not read or store has no key.
    const [meetup] = (await loadContent(dir)).meetups;
    expect(meetup && (await createParseCache(cacheDir)).keyOf(meetup)).toBeUndefined();
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
      const [key = ''] = Object.keys(await cacache.ls(cacheDir));
      await cacache.put(cacheDir, key, serialize(value));
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

  it('drops an edited note’s old entry with its content and index, and tidies nothing after a fault', async () => {
    const dir = await temp.make(NOTES);
    const cacheDir = path.join(await temp.make({}), 'parsed');
    const { keys } = await loadWithKeys(dir, cacheDir);
    const stored = async () => ({
      entries: Object.keys(await cacache.ls(cacheDir)).length,
      contents: (await filesUnder(path.join(cacheDir, 'content-v2'))).length,
      buckets: (await filesUnder(path.join(cacheDir, 'index-v5'))).length,
    });
    expect(await stored()).toEqual({ entries: 3, contents: 3, buckets: 3 });
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* an edited point\n');
    await loadCached(dir, cacheDir);
    expect(await stored()).toEqual({ entries: 3, contents: 3, buckets: 3 });
    // A load with a fault stores what it parsed and removes nothing.
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## Talk on Harbor\n\n* edited again\n');
    await cacache.put(cacheDir, keys.get('B #2') ?? '', serialize(null));
    const faulty = await loadCached(dir, cacheDir);
    expect(faulty.report.faults).toHaveLength(1);
    expect((await stored()).entries).toBe(4);
  });
});

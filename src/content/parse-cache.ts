import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import cacache from 'cacache';
import type { Meetup } from './meetup.js';
import type { ParsedNotes } from './parse-notes.js';

/**
 * Parsed notes kept on disk by content, so a restart or a reload parses only the files that
 * changed: Markdown parsing is nearly all of a load's time (about 5 ms per KB of notes). An entry
 * is found by a hash of the file's path, its text and the parser (the code of this folder and the
 * versions of the Markdown and YAML libraries), so an edit or an upgrade misses and parses again.
 *
 * The entries are a cacache store (npm's own cache format): each is written atomically and checked
 * against its hash when read, so a torn or corrupt entry is a miss, never wrong notes. A cache that
 * cannot be read or written costs a parse and a line in `faults`, nothing else.
 */
export interface ParseCache {
  /** `file`'s parsed notes: the stored ones for this text, or `parse()`'s, stored for next time. */
  parse(file: string, source: string, parse: () => ParsedNotes): Promise<ParsedNotes>;
  /**
   * Waits for the writes and drops the entries this load did not use (notes since edited or
   * removed), so the store holds one entry per served file.
   */
  finish(): Promise<ParseCacheReport>;
  /** The key `meetup` was found or stored under in this load, to name it to the bot. */
  keyOf(meetup: Meetup): string | undefined;
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

const KEY_PREFIX = 'parsed-notes:';

export async function createParseCache(dir: string): Promise<ParseCache> {
  const parser = await parserFingerprint();
  const used = new Map<string, string>();
  const keys = new Map<Meetup, string>();
  const writes: Promise<unknown>[] = [];
  const faults = new Set<string>();
  let cached = 0;
  let parsed = 0;
  const fault = (what: string, error: unknown) =>
    faults.add(
      `The parsed-notes cache in ${dir} ${what} (${reasonOf(error)}); those notes were parsed instead.`,
    );
  return {
    async parse(file, source, parse) {
      const key = KEY_PREFIX + sha256(`${parser}\0${file}\0${source}`);
      const stored = await readEntry(dir, key).catch((error: unknown) => {
        fault(isFileError(error) ? 'cannot be read' : 'has an entry that cannot be used', error);
      });
      if (stored) {
        cached += 1;
        used.set(key, stored.integrity);
        if (stored.notes.meetup) keys.set(stored.notes.meetup, key);
        return stored.notes;
      }
      parsed += 1;
      const notes = parse();
      if (notes.meetup) keys.set(notes.meetup, key);
      writes.push(
        cacache.put(dir, key, serialize(notes)).then(
          (integrity) => used.set(key, integrity),
          (error: unknown) => fault('cannot be written', error),
        ),
      );
      return notes;
    },
    async finish() {
      await Promise.all(writes);
      if (faults.size === 0)
        await prune(dir, used).catch((error) => fault('cannot be tidied', error));
      return { cached, parsed, faults: [...faults] };
    },
    keyOf: (meetup) => keys.get(meetup),
  };
}

/** The stored notes for `key`; undefined when there are none, an error when the entry is bad. */
async function readEntry(
  dir: string,
  key: string,
): Promise<{ notes: ParsedNotes; integrity: string } | undefined> {
  const info = await cacache.get.info(dir, key);
  if (!info) return undefined;
  try {
    // Read by its hash, which cacache checks: a torn or altered entry throws EINTEGRITY.
    const notes = deserialize(await cacache.get.byDigest(dir, info.integrity)) as ParsedNotes;
    if (typeof notes !== 'object' || notes === null || !Array.isArray(notes.problems))
      throw new Error('the entry does not hold parsed notes');
    return { notes, integrity: info.integrity };
  } catch (error) {
    // Removed, so the parse that follows stores the entry afresh (cacache keeps content it has).
    await cacache.rm.content(dir, info.integrity).catch(() => undefined);
    throw error;
  }
}

/** Removes every entry not in `used`, and its content when no used entry shares it. */
async function prune(dir: string, used: ReadonlyMap<string, string>): Promise<void> {
  const kept = new Set(used.values());
  const entries = await cacache.ls(dir);
  for (const [key, entry] of Object.entries(entries)) {
    if (used.has(key)) continue;
    await removeEntry(dir, key, { removeFully: true });
    if (!kept.has(entry.integrity)) await cacache.rm.content(dir, entry.integrity);
  }
}

/**
 * `rm.entry` with the option cacache has had since version 16 (its types lag): the entry's index
 * lines are deleted, not marked deleted, so the index does not grow with every edit.
 */
const removeEntry = cacache.rm.entry as (
  dir: string,
  key: string,
  options: { readonly removeFully: boolean },
) => Promise<unknown>;

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

/** A failure of the file system (ENOENT, EACCES, ENOTDIR…), not of what a file holds. */
const isFileError = (error: unknown) => /^E(?!INTEGRITY)[A-Z]+$/.test(reasonOf(error));

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

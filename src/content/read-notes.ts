import { DEFAULT_CONTENT_LIMITS } from './content-limits.js';
import { type LoadedContent, loadContent } from './load-content.js';
import type { Meetup } from './meetup.js';
import { createParseCache, type ParseCache, type ParseCacheReport } from './parse-cache.js';

/** One load of the notes folder, and what the parsed-notes cache did in it (when there is one). */
export interface ReadNotes {
  readonly content: LoadedContent;
  /** Set with a cache folder: the keys the meetups were found or stored under, and the report. */
  readonly cache?: { readonly keyOf: ParseCache['keyOf']; readonly report: ParseCacheReport };
}

/**
 * Reads the notes folder through the parsed-notes cache in `cacheDir` (unset: every note is
 * parsed): what the notes' child process does, and what the bot does itself for notes small
 * enough (see `createChildLoader`).
 */
export async function readNotes(
  dir: string,
  cacheDir?: string,
  /**
   * Given, each meetup goes here as it is read (with its cache key and entry, see
   * `ParseCache.entryOf`), and the content returned has none (see `loadContent`'s `onMeetup`).
   */
  onMeetup?: (meetup: Meetup, key: string | undefined, entry: Uint8Array | undefined) => void,
): Promise<ReadNotes> {
  const cache = cacheDir === undefined ? undefined : await createParseCache(cacheDir);
  const handOver =
    onMeetup &&
    ((meetup: Meetup) => onMeetup(meetup, cache?.keyOf(meetup), cache?.entryOf(meetup)));
  const content = await loadContent(dir, DEFAULT_CONTENT_LIMITS, cache?.parse, handOver).catch(
    (error: unknown) => {
      cache?.abandon();
      throw error;
    },
  );
  if (!cache) return { content };
  return { content, cache: { keyOf: cache.keyOf, report: await cache.finish() } };
}

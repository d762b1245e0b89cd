import { fork } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { CHILD_NODE_FLAGS } from '../child-flags.js';
import { DEFAULT_CONTENT_LIMITS } from './content-limits.js';
import { listNotes } from './list-notes.js';
import type { LoadedContent } from './load-content.js';
import type { Meetup } from './meetup.js';
import type { ParseCacheReport } from './parse-cache.js';
import type { ParsedNotes } from './parse-notes.js';
import { GLOSSARY_FILE } from './problems.js';

/**
 * How long reading the notes may take before it is given up: beyond a large notes folder (10,000
 * talks in 1,000 files take about 45 s on two cores with nothing cached, several times that on a
 * busy machine), short enough that a pathological one does not burn a core for good.
 */
const LOAD_TIMEOUT_MS = 600_000;

/**
 * Meetups per message from the child. Reading a message holds the bot's event loop; about 30 KB
 * of notes per meetup makes a message of this many a few milliseconds to read, where the whole of
 * 1,000 meetups in one message held it for a third of a second.
 */
export const MEETUPS_PER_MESSAGE = 20;

/**
 * What the bot asks the child: the notes folder, where parsed notes are kept (if anywhere), and
 * the cache keys of the meetups the bot holds from its last load, which need not be sent again.
 */
export interface ChildRequest {
  readonly dir: string;
  readonly cacheDir?: string;
  readonly held?: readonly string[];
}

/**
 * A meetup as sent: whole (with its cache key, if any); as its parse-cache entry, the bytes the
 * cache stored or read it as (see `ParseCache.entryOf`), with its key; or only the key of one the
 * bot holds.
 */
export type SentMeetup =
  | { readonly meetup: Meetup; readonly key?: string; readonly entry?: undefined }
  | { readonly entry: Uint8Array; readonly key: string; readonly meetup?: undefined }
  | { readonly meetup?: undefined; readonly entry?: undefined; readonly key: string };

/** A batch of meetups, in order; the last message has the rest of the load and `done`. */
export type ChildMessage =
  | { readonly meetups: readonly SentMeetup[]; readonly done?: undefined }
  | (Omit<LoadedContent, 'meetups'> & {
      readonly meetups: readonly SentMeetup[];
      readonly done: true;
      readonly cache?: ParseCacheReport;
    });

/**
 * Sends a load's meetups as they are read, a batch at a time, then everything else: the child
 * hands each batch over as soon as it is full, so neither it nor the bot waits for the whole load
 * to move the meetups, and the child keeps none it has sent.
 */
export interface MeetupSender {
  /**
   * One more meetup, in path order, with the cache key it was found or stored under and the
   * entry it was read from or stored as.
   */
  add(meetup: Meetup, key?: string, entry?: Uint8Array): void;
  /** The rest of the load: the last batch, then the message that says it is done. */
  finish(rest: Omit<LoadedContent, 'meetups'>, cache?: ParseCacheReport): void;
}

/**
 * A {@link MeetupSender} that sends through `send`; a meetup the bot `held` goes as its key alone,
 * one with a cache entry as that entry. The entry is the meetup serialized already: serializing it
 * again for the message took the child about 0.1 s of CPU at 10,000 talks, while the bot waited
 * for its notes, and a message's bytes cost the child little more than a copy.
 */
export function meetupSender(
  send: (message: ChildMessage) => void,
  held: ReadonlySet<string> = new Set(),
): MeetupSender {
  let batch: SentMeetup[] = [];
  const flush = () => {
    if (batch.length > 0) send({ meetups: batch });
    batch = [];
  };
  return {
    add(meetup, key, entry) {
      if (key === undefined) batch.push({ meetup });
      else if (held.has(key)) batch.push({ key });
      else batch.push(entry ? { entry, key } : { meetup, key });
      if (batch.length >= MEETUPS_PER_MESSAGE) flush();
    },
    finish(rest, cache) {
      flush();
      send({ ...rest, meetups: [], done: true, ...(cache && { cache }) });
    },
  };
}

/**
 * Notes the bot reads in its own process instead of a child's: every file (the notes and the
 * glossary) at most `fileBytes` and all of them together at most `totalBytes`.
 */
export interface InProcessLimits {
  readonly fileBytes: number;
  readonly totalBytes: number;
}

/**
 * A few small notes (the shipped ones are 4 KB) cost far less to parse than a child costs to
 * start: the child takes about 0.5 s of CPU to load Node and the parsers (1.5 s run from source
 * under tsx), the parse of 100 KB of notes about 0.2 s. The event loop is held while one file is
 * parsed, about 30 ms for 8 KB of dense Markdown here and 60-90 ms for 16 KB, so a file above 8 KB
 * goes to the child and a reload never stalls answers past the 50 ms the bench allows.
 */
export const SMALL_NOTES: InProcessLimits = { fileBytes: 8 * 1024, totalBytes: 128 * 1024 };

export interface LoadInChildOptions {
  readonly timeoutMs?: number;
  /** Notes within these limits are read in this process (see {@link SMALL_NOTES}); unset: never. */
  readonly inProcess?: InProcessLimits;
  /** Where parsed notes are kept between loads (see `createParseCache`); unset: none kept. */
  readonly cacheDir?: string;
  /** Called with what the cache did, after each load that used one. */
  readonly onCache?: (report: ParseCacheReport) => void;
}

/**
 * Reads the notes under `dir`. `onMeetups`, when given, may be handed the meetups as they are read,
 * batch by batch in order, before the load resolves (a build can begin on them); the content the
 * load resolves with is what counts, and may hold other meetups (when it lost the folder).
 */
export type NotesLoader = (
  dir: string,
  onMeetups?: (meetups: readonly Meetup[]) => void,
) => Promise<LoadedContent>;

/**
 * `loadContent` in a child process, so a slow parse never blocks the bot's event loop: questions
 * and `/healthz` are answered throughout a reload. A child that fails, crashes or runs past
 * `timeoutMs` comes back as one problem on the folder (the reload keeps the last good index).
 */
export function loadContentInChild(
  dir: string,
  options: LoadInChildOptions = {},
): Promise<LoadedContent> {
  return createChildLoader(options)(dir);
}

/**
 * {@link loadContentInChild} for a bot that loads again and again: with a cache, each load keeps
 * the meetups it got by their cache key, and the next load in the child gets the unchanged ones
 * back as these same objects instead of copies. A reload then moves only the edited notes between
 * processes, and the old index and the new one share every unchanged meetup instead of holding two
 * copies. A load of notes within `inProcess` is read here: each of its meetups is parsed anew
 * (or read from the cache), which for notes that small costs less than a child's start.
 */
export function createChildLoader(options: LoadInChildOptions = {}): NotesLoader {
  let held = new Map<string, Meetup>();
  return async (dir, onMeetups) => {
    const small = options.inProcess && (await withinLimits(dir, options.inProcess));
    const { content, keys } = small
      ? await loadHere(dir, options)
      : await loadOnce(dir, options, held, onMeetups);
    if (options.cacheDir !== undefined && content.problems.every((p) => p.file !== dir))
      held = keys;
    return content;
  };
}

function loadOnce(
  dir: string,
  { timeoutMs = LOAD_TIMEOUT_MS, cacheDir, onCache }: LoadInChildOptions,
  held: ReadonlyMap<string, Meetup>,
  onMeetups?: (meetups: readonly Meetup[]) => void,
): Promise<{ content: LoadedContent; keys: Map<string, Meetup> }> {
  // Run from source (tsx, tests), the child is TypeScript too and needs tsx to load it.
  const self = fileURLToPath(import.meta.url);
  const typescript = self.endsWith('.ts');
  const entry = self.replace(/load-in-child\.(ts|js)$/, `load-content-child.$1`);
  const keys = new Map<string, Meetup>();
  return new Promise((resolve) => {
    const child = fork(entry, [], {
      // V8's own young generation: a larger one (32 MB semi-spaces) once halved the parse's CPU,
      // but since the parser keeps no tree past its note it costs the same CPU (8.1 s user for
      // three loads of 10,000 talks either way) and about 30 MB more of the child's peak.
      execArgv: [...CHILD_NODE_FLAGS, ...(typescript ? ['--import', 'tsx'] : [])],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let settled = false;
    const done = (content: LoadedContent) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ content, keys });
    };
    const failed = (why: string) => {
      child.kill('SIGKILL');
      done(folderProblem(dir, why));
    };
    const timer = setTimeout(
      () => failed(`reading the notes took more than ${timeoutMs / 1000} s and was stopped`),
      timeoutMs,
    );
    const meetups: Meetup[] = [];
    child.on('message', (message: ChildMessage) => {
      // A load given up (timed out, failed) has said all it will.
      if (settled) return;
      const batch: Meetup[] = [];
      for (const sent of message.meetups) {
        const meetup = sent.meetup ?? (sent.entry ? meetupIn(sent.entry) : held.get(sent.key));
        if (!meetup)
          return failed(
            sent.entry
              ? 'the notes came back in a form this process cannot read'
              : 'the notes came back naming a meetup this process does not hold',
          );
        batch.push(meetup);
        if (sent.key !== undefined) keys.set(sent.key, meetup);
      }
      meetups.push(...batch);
      if (batch.length > 0) onMeetups?.(batch);
      if (!message.done) return;
      const { done: _done, cache, meetups: _none, ...content } = message;
      if (cache) onCache?.(cache);
      done({ ...content, meetups });
    });
    child.once('error', (err) => failed(`the notes could not be read (${err.message})`));
    child.once('exit', (code, signal) =>
      failed(`reading the notes stopped early (${signal ?? `exit code ${code}`})`),
    );
    const request: ChildRequest = {
      dir,
      ...(cacheDir !== undefined && { cacheDir, held: [...held.keys()] }),
    };
    child.send(request);
  });
}

/** The meetup of a parse-cache entry the child sent; undefined when it holds none or cannot be read. */
function meetupIn(entry: Uint8Array): Meetup | undefined {
  try {
    return (deserialize(entry) as Partial<ParsedNotes> | null)?.meetup;
  } catch {
    return undefined;
  }
}

/** Whether the notes files under `dir` are within `limits` (false when they cannot be listed). */
async function withinLimits(
  dir: string,
  { fileBytes, totalBytes }: InProcessLimits,
): Promise<boolean> {
  try {
    const { files } = await listNotes(dir, DEFAULT_CONTENT_LIMITS);
    let total = 0;
    const fits = (size: number) => {
      total += size;
      return size <= fileBytes && total <= totalBytes;
    };
    // No glossary is no bytes (the load says what its absence costs).
    const glossary = await stat(path.join(dir, GLOSSARY_FILE)).then(
      (s) => s.size,
      () => 0,
    );
    if (!fits(glossary)) return false;
    for (const file of files) if (!fits((await stat(file.absolute)).size)) return false;
    return true;
  } catch {
    // The child reads the folder and names what is wrong with it.
    return false;
  }
}

/**
 * What the child does, done here; the parsers are imported on the first such load. Like the
 * child, it fails as one problem on the folder, and gives each meetup's cache key, so a later
 * load in the child sends the meetups this one read as their keys alone.
 */
async function loadHere(
  dir: string,
  { cacheDir, onCache }: LoadInChildOptions,
): Promise<{ content: LoadedContent; keys: Map<string, Meetup> }> {
  const keys = new Map<string, Meetup>();
  try {
    const { readNotes } = await import('./read-notes.js');
    const { content, cache } = await readNotes(dir, cacheDir);
    if (!cache) return { content, keys };
    onCache?.(cache.report);
    for (const meetup of content.meetups) {
      const key = cache.keyOf(meetup);
      if (key !== undefined) keys.set(key, meetup);
    }
    return { content, keys };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { content: folderProblem(dir, `the notes could not be read (${why})`), keys };
  }
}

/** A load that lost the whole folder: nothing read, one problem naming the folder. */
function folderProblem(dir: string, message: string): LoadedContent {
  return {
    meetups: [],
    glossary: { groups: [] },
    problems: [{ file: dir, line: 0, message, lost: true }],
    info: [],
  };
}

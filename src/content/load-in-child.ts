import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadedContent } from './load-content.js';
import type { Meetup } from './meetup.js';
import type { ParseCacheReport } from './parse-cache.js';

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

/** What the bot asks the child: the notes folder, and where parsed notes are kept, if anywhere. */
export interface ChildRequest {
  readonly dir: string;
  readonly cacheDir?: string;
}

/** A batch of meetups, in order; the last message has the rest of the load and `done`. */
export type ChildMessage =
  | { readonly meetups: readonly Meetup[]; readonly done?: undefined }
  | (LoadedContent & { readonly done: true; readonly cache?: ParseCacheReport });

/** What the child sends for one load: the meetups in batches, then everything else. */
export function messagesOf(content: LoadedContent, cache?: ParseCacheReport): ChildMessage[] {
  const messages: ChildMessage[] = [];
  for (let i = 0; i < content.meetups.length; i += MEETUPS_PER_MESSAGE)
    messages.push({ meetups: content.meetups.slice(i, i + MEETUPS_PER_MESSAGE) });
  messages.push({ ...content, meetups: [], done: true, ...(cache && { cache }) });
  return messages;
}

export interface LoadInChildOptions {
  readonly timeoutMs?: number;
  /** Where parsed notes are kept between loads (see `createParseCache`); unset: none kept. */
  readonly cacheDir?: string;
  /** Called with what the cache did, after each load that used one. */
  readonly onCache?: (report: ParseCacheReport) => void;
}

/**
 * `loadContent` in a child process, so a slow parse never blocks the bot's event loop: questions
 * and `/healthz` are answered throughout a reload. A child that fails, crashes or runs past
 * `timeoutMs` comes back as one problem on the folder (the reload keeps the last good index).
 */
export function loadContentInChild(
  dir: string,
  { timeoutMs = LOAD_TIMEOUT_MS, cacheDir, onCache }: LoadInChildOptions = {},
): Promise<LoadedContent> {
  // Run from source (tsx, tests), the child is TypeScript too and needs tsx to load it.
  const self = fileURLToPath(import.meta.url);
  const typescript = self.endsWith('.ts');
  const entry = self.replace(/load-in-child\.(ts|js)$/, `load-content-child.$1`);
  return new Promise((resolve) => {
    const child = fork(entry, [], {
      execArgv: typescript ? ['--import', 'tsx'] : [],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let settled = false;
    const done = (content: LoadedContent) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(content);
    };
    const failed = (why: string) =>
      done({
        meetups: [],
        glossary: { groups: [] },
        problems: [{ file: dir, line: 0, message: why, lost: true }],
        info: [],
      });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(`reading the notes took more than ${timeoutMs / 1000} s and was stopped`);
    }, timeoutMs);
    const meetups: Meetup[] = [];
    child.on('message', (message: ChildMessage) => {
      meetups.push(...message.meetups);
      if (!message.done) return;
      const { done: _done, cache, ...content } = message;
      if (cache) onCache?.(cache);
      done({ ...content, meetups });
    });
    child.once('error', (err) => failed(`the notes could not be read (${err.message})`));
    child.once('exit', (code, signal) =>
      failed(`reading the notes stopped early (${signal ?? `exit code ${code}`})`),
    );
    const request: ChildRequest = { dir, ...(cacheDir !== undefined && { cacheDir }) };
    child.send(request);
  });
}

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadedContent } from './load-content.js';

/**
 * How long reading the notes may take before it is given up: beyond a large notes folder (10,000
 * talks in 1,000 files take about 45 s on two cores, several times that on a busy machine),
 * short enough that a pathological one does not burn a core for good.
 */
const LOAD_TIMEOUT_MS = 600_000;

/**
 * `loadContent` in a child process, so a slow parse never blocks the bot's event loop: questions
 * and `/healthz` are answered throughout a reload. A child that fails, crashes or runs past
 * `timeoutMs` comes back as one problem on the folder (the reload keeps the last good index).
 */
export function loadContentInChild(
  dir: string,
  { timeoutMs = LOAD_TIMEOUT_MS }: { readonly timeoutMs?: number } = {},
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
    child.once('message', (content) => done(content as LoadedContent));
    child.once('error', (err) => failed(`the notes could not be read (${err.message})`));
    child.once('exit', (code, signal) =>
      failed(`reading the notes stopped early (${signal ?? `exit code ${code}`})`),
    );
    child.send(dir);
  });
}

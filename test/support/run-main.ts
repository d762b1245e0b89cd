import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npm start` runs. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The entry point as a child process, with what it wrote so far. */
export interface MainProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once standard error has a line matching `pattern`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  readonly exited: Promise<number | string>;
}

export interface RunMainOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Written to standard input, which is then closed (a pipe, so never a terminal). */
  readonly stdin?: string;
  /** Run `npm start --silent` as a person would, instead of node with tsx directly. */
  readonly viaNpm?: boolean;
}

/**
 * Starts `src/main.ts` with a clean environment: no chat tokens from the developer's shell, no
 * `.env` from the working copy, whatever they hold, and the notes of `test/fixtures/seed-meetup`
 * unless `env` names others.
 */
export function runMain({ env = {}, stdin, viaNpm = false }: RunMainOptions = {}): MainProcess {
  const [command, args] = viaNpm
    ? ['npm', ['start', '--silent']]
    : [process.execPath, ['--import', 'tsx', 'src/main.ts']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? ROOT,
      DOTENV_CONFIG_PATH: path.join(ROOT, 'test/app/no-such.env'),
      HEALTH_PORT: '0',
      // The team's stand-in for the shipped notes, so replacing content/ cannot break a test.
      CONTENT_DIR: path.join(ROOT, 'test/fixtures/seed-meetup'),
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
    for (const check of [...waiters]) check();
  });
  if (stdin !== undefined) child.stdin?.end(stdin);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog(pattern, timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!pattern.test(err)) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`No log line matching ${pattern} within ${timeoutMs} ms:\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        exited.then(() => {
          if (waiters.has(check)) {
            done();
            reject(new Error(`Exited before logging ${pattern}:\n${err}`));
          }
        });
        check();
      });
    },
  };
}

/** A port that was free a moment ago, for servers that cannot be told to use port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

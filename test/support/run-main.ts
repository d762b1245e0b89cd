import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.js';

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

/** What `main` printed and returned when run in this process. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The codes `main` asked the process to exit with at once (none, unless a deadline passed). */
  readonly exits: readonly number[];
}

export interface InProcessOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Piped input, ended after the text (never a terminal). */
  readonly stdin?: string;
  readonly argv?: readonly string[];
}

/** `main` running in this process, with what it wrote so far. */
export interface InProcessMain {
  stdout(): string;
  stderr(): string;
  /** Resolves once standard error has a line matching `pattern`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Where its signals are heard: `signal('SIGTERM')` stops a running bot. */
  signal(name: NodeJS.Signals): void;
  /** Resolves once `main` has returned. */
  readonly finished: Promise<InProcessRun>;
}

/**
 * Starts `npm start`'s `main` in this process with the environment `runMain` gives a child;
 * many times faster than a process start, and mutation testing sees its mutants.
 */
export function startMainInProcess({
  env = {},
  stdin = '',
  argv = [],
}: InProcessOptions = {}): InProcessMain {
  let stdout = '';
  let stderr = '';
  const exits: number[] = [];
  const events = new EventEmitter();
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        write(chunk.toString('utf8'));
        done();
      },
    });
  const code = main({
    argv,
    env: {
      DOTENV_CONFIG_PATH: path.join(ROOT, 'test/app/no-such.env'),
      HEALTH_PORT: '0',
      CONTENT_DIR: path.join(ROOT, 'test/fixtures/seed-meetup'),
      ...env,
    },
    stdin: Readable.from([stdin]),
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    events,
    exit: (c) => exits.push(c),
  });
  const finished = code.then((c) => ({ code: c, stdout, stderr, exits }));
  let ended = false;
  void finished.finally(() => {
    ended = true;
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    signal: (name) => events.emit(name, name),
    finished,
    async waitForLog(pattern, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(stderr)) {
        if (ended) throw new Error(`Returned before logging ${pattern}:\n${stderr}`);
        if (Date.now() > until) {
          throw new Error(`No log line matching ${pattern} within ${timeoutMs} ms:\n${stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Runs `main` in this process until it returns (see {@link startMainInProcess}). */
export function runMainInProcess(options: InProcessOptions = {}): Promise<InProcessRun> {
  return startMainInProcess(options).finished;
}

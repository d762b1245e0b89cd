import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentDirOf, loadEnvironment } from '../config.js';
import type { LanguageResources } from '../search/language-resources.js';

/** Where a command writes: the process's standard output or error, or a test's own sink. */
export interface CliOutput {
  write(text: string): unknown;
  /** Set when the output is a terminal (colour); a pipe or a test's sink leaves it unset. */
  readonly isTTY?: boolean;
}

/**
 * What a command reads and writes. The entry points pass the process's own; a test calls the
 * command in-process with its arguments, environment and sinks, and reads what was written.
 */
export interface CliIo {
  /** The arguments after the script's name. */
  readonly argv: readonly string[];
  /** The environment before `.env` is read (`.env` fills only what this leaves unset). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /**
   * Loads the synonym dictionaries and a reading cache for the engine (default: afresh, as the
   * bot does at start). Tests calling many commands share one load.
   */
  readonly languageResources?: () => Promise<LanguageResources>;
}

/** A command: what it prints goes to `io`, its result is the exit code. */
export type CliCommand = (io: CliIo) => Promise<number>;

/** Writes `text` and a line break, as `console.log` would. */
export function writeLine(output: CliOutput, text: string): void {
  output.write(`${text}\n`);
}

/** What `--content` overrides: `CONTENT_DIR` from the environment or `.env`, as `npm start` reads it. */
export const CONTENT_OPTION_HELP =
  '  --content DIR  the notes (default: CONTENT_DIR from the environment or .env, else content)';

/** The notes directory for a command: `--content DIR` when given, else what the bot would read. */
export function contentDir(flag: string | undefined, io: CliIo): string {
  return flag ?? contentDirOf(loadEnvironment(io.env));
}

/**
 * For `check-content`: `--content DIR|URL` when given, else the repository the bot would clone
 * (`CONTENT_GIT_URL`), else its folder (`CONTENT_DIR`).
 */
export function contentSource(flag: string | undefined, io: CliIo): string {
  return flag ?? loadEnvironment(io.env).CONTENT_GIT_URL?.trim() ?? contentDir(undefined, io);
}

/**
 * Runs a command and returns its exit code: a thrown error is printed as one sentence instead of
 * a stack trace (exit 1), and a mistyped option also shows the usage (exit 2).
 */
export async function runCommand(main: CliCommand, usage: string, io: CliIo): Promise<number> {
  try {
    return await main(io);
  } catch (error) {
    writeLine(io.stderr, error instanceof Error ? error.message : String(error));
    const badArgs =
      error instanceof Error && String(Object(error).code).startsWith('ERR_PARSE_ARGS');
    if (badArgs) writeLine(io.stderr, usage);
    return badArgs ? 2 : 1;
  }
}

/** What of the process an entry point reads and sets; `process` itself outside tests. */
export interface CliProcess {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  exitCode?: number | string | undefined;
}

/** Whether the module at `moduleUrl` is the script node was started with (symlinks resolved). */
export function isEntryPoint(moduleUrl: string, argv: readonly string[] = process.argv): boolean {
  const script = argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * The entry point of a command-line tool: when the module at `moduleUrl` is the script node was
 * started with (not when a test imports it), runs the command on the process's arguments,
 * environment and output, and sets the exit code. Resolves once the exit code is set.
 */
export async function runCli(
  main: CliCommand,
  usage: string,
  moduleUrl: string,
  proc: CliProcess = process,
): Promise<void> {
  if (!isEntryPoint(moduleUrl, proc.argv)) return;
  const io: CliIo = {
    argv: proc.argv.slice(2),
    env: proc.env,
    stdout: proc.stdout,
    stderr: proc.stderr,
  };
  proc.exitCode = await runCommand(main, usage, io);
}

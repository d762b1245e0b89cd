import { contentDirOf, loadEnvironment } from '../config.js';

/** What `--content` overrides: `CONTENT_DIR` from the environment or `.env`, as `npm start` reads it. */
export const CONTENT_OPTION_HELP =
  '  --content DIR  the notes (default: CONTENT_DIR from the environment or .env, else content)';

/** The notes directory for a command: `--content DIR` when given, else what the bot would read. */
export function contentDir(flag: string | undefined): string {
  return flag ?? contentDirOf(loadEnvironment());
}

/**
 * For `check-content`: `--content DIR|URL` when given, else the repository the bot would clone
 * (`CONTENT_GIT_URL`), else its folder (`CONTENT_DIR`).
 */
export function contentSource(flag: string | undefined): string {
  return flag ?? loadEnvironment().CONTENT_GIT_URL?.trim() ?? contentDir(undefined);
}

/**
 * Runs a command-line entry point: its result is the exit code, and a thrown error is printed as
 * one sentence instead of a stack trace. A mistyped option also shows the usage.
 */
export function runCli(main: () => Promise<number>, usage: string): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      const badArgs =
        error instanceof Error && String(Object(error).code).startsWith('ERR_PARSE_ARGS');
      if (badArgs) console.error(usage);
      process.exitCode = badArgs ? 2 : 1;
    },
  );
}

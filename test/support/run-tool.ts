import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliCommand } from '../../src/cli/run-cli.js';
import {
  type LanguageResources,
  loadLanguageResources,
} from '../../src/search/language-resources.js';

/** The repository root, where npm runs the commands. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a command printed and how it exited. */
export interface ToolRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript entry point as npm does, with a clean environment and no `.env`. */
export function runTool(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? ROOT,
          DOTENV_CONFIG_PATH: path.join(ROOT, 'test/cli/no-such.env'),
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let shared: Promise<LanguageResources> | undefined;

/** One load of the dictionaries for every in-process command (about half a CPU-second each). */
const sharedLanguageResources = () => {
  shared ??= loadLanguageResources();
  return shared;
};

/**
 * Calls a command in this process with `args`, a clean environment and no `.env`, as `runTool`
 * runs its script, and returns what it printed and its exit code. Many times faster than a
 * process start, and mutation testing sees the command's mutants. The dictionaries are loaded once
 * for all such calls unless `freshResources`.
 */
export async function runInProcess(
  command: CliCommand,
  args: readonly string[],
  env: Record<string, string> = {},
  { freshResources = false }: { readonly freshResources?: boolean } = {},
): Promise<ToolRun> {
  let stdout = '';
  let stderr = '';
  const code = await command({
    argv: args,
    env: { DOTENV_CONFIG_PATH: path.join(ROOT, 'test/cli/no-such.env'), ...env },
    ...(!freshResources && { languageResources: sharedLanguageResources }),
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
  });
  return { code, stdout, stderr };
}

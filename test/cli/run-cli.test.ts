import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import { runCheckContent } from '../../src/cli/check-content.js';
import { runEval } from '../../src/cli/eval.js';
import { runReport } from '../../src/cli/report.js';
import {
  type CliIo,
  type CliProcess,
  isEntryPoint,
  runCli,
  runCommand,
} from '../../src/cli/run-cli.js';
import { runInProcess } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('run-cli-');
const contentDir = temp.make;
afterEach(() => temp.removeAll());

const GLOSSARY = '- [slides, スライド, 資料]\n';

describe('the command-line tools', () => {
  it('answer --help with their usage and exit 0', async () => {
    const tools = { 'check-content': runCheckContent, ask: runAsk, eval: runEval };
    for (const [name, command] of Object.entries(tools)) {
      const run = await runInProcess(command, ['--help']);
      expect(run.stdout).toMatch(new RegExp(`^Usage: npm run ${name} `));
      expect(run.stdout).toContain('--content DIR');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const report = await runInProcess(runReport, ['-h']);
    expect(report.stdout).toMatch(/^Usage: npm run report -- \[--since/);
    expect(report.code).toBe(0);
  });

  it('read CONTENT_DIR from the environment and from .env, and --content overrides it', async () => {
    // No kanji, so that none of the five runs starts the readings child.
    const notes = (word: string) => `# ${word} meetup\n\n## ${word} talk\n\n* ${word}はだいじ\n`;
    const fromEnv = await contentDir({ 'n.md': notes('Zebra'), 'glossary.yml': GLOSSARY });
    const fromFile = await contentDir({ 'n.md': notes('Quokka'), 'glossary.yml': GLOSSARY });
    const flag = await contentDir({ 'n.md': notes('Axolotl'), 'glossary.yml': GLOSSARY });
    const dotenv = path.join(fromFile, '.env');
    await writeFile(dotenv, `CONTENT_DIR=${fromFile}\n`);
    const questions = path.join(flag, 'q.jsonl');
    await writeFile(questions, '{"q":"Zebra","talk":"Zebra"}\n');

    const [askEnv, askFile, askFlag, evalEnv, checkFile] = await Promise.all([
      // Loading the dictionaries afresh, as the tools do when run.
      runInProcess(runAsk, ['Zebra'], { CONTENT_DIR: fromEnv }, { freshResources: true }),
      runInProcess(runAsk, ['Quokka'], { DOTENV_CONFIG_PATH: dotenv }),
      runInProcess(runAsk, ['Axolotl', '--content', flag], { CONTENT_DIR: fromEnv }),
      runInProcess(
        runEval,
        [questions, '--json'],
        { CONTENT_DIR: fromEnv },
        { freshResources: true },
      ),
      runInProcess(runCheckContent, [], { DOTENV_CONFIG_PATH: dotenv }),
    ]);
    expect(askEnv.stdout).toContain('Zebra talk');
    expect(askFile.stdout).toContain('Quokka talk');
    expect(askFlag.stdout).toContain('Axolotl talk');
    expect(JSON.parse(evalEnv.stdout)).toMatchObject({ n: 1, 'hit@1': 1 });
    expect(checkFile.stdout).toBe(
      '1 meetup(s), 1 talk(s), 1 passage(s), 1 glossary group(s); 0 error(s), 0 warning(s).\n',
    );
  });

  it('read .env only for what the environment leaves unset, and leave the environment as it was', async () => {
    const notes = await contentDir({ 'n.md': '# Okapi meetup\n\n## Okapi talk\n\n* もり\n' });
    const dotenv = path.join(notes, '.env');
    await writeFile(dotenv, 'CONTENT_DIR=/no/such/notes\n');
    const env = { DOTENV_CONFIG_PATH: dotenv, CONTENT_DIR: notes };
    const run = await runInProcess(runCheckContent, [], env);
    expect(run.stdout).toMatch(/^1 meetup\(s\), 1 talk\(s\)/);
    expect(env).toEqual({ DOTENV_CONFIG_PATH: dotenv, CONTENT_DIR: notes });
    expect(process.env.CONTENT_DIR).toBeUndefined();
  });
});

describe('runCommand', () => {
  const io = () => {
    const written = { stdout: '', stderr: '' };
    const sinks: CliIo = {
      argv: [],
      env: {},
      stdout: { write: (t: string) => (written.stdout += t) },
      stderr: { write: (t: string) => (written.stderr += t) },
    };
    return { written, sinks };
  };

  it('returns the exit code the command returns, with nothing added to its output', async () => {
    const { written, sinks } = io();
    const code = await runCommand(
      async ({ stdout }) => {
        stdout.write('done\n');
        return 3;
      },
      'Usage: x',
      sinks,
    );
    expect(code).toBe(3);
    expect(written).toEqual({ stdout: 'done\n', stderr: '' });
  });

  it('prints a thrown error as its message alone, without the usage, and exits 1', async () => {
    const { written, sinks } = io();
    const code = await runCommand(
      async () => {
        throw new Error('The notes folder cannot be read.');
      },
      'Usage: x',
      sinks,
    );
    expect(code).toBe(1);
    expect(written).toEqual({ stdout: '', stderr: 'The notes folder cannot be read.\n' });
  });

  it('prints a thrown value that is not an Error as text', async () => {
    const { written, sinks } = io();
    const code = await runCommand(() => Promise.reject('plain words'), 'Usage: x', sinks);
    expect(code).toBe(1);
    expect(written.stderr).toBe('plain words\n');
  });

  it('shows the usage after a mistyped option and exits 2', async () => {
    const run = await runInProcess(runAsk, ['--no-such-option']);
    expect(run.code).toBe(2);
    const [message, ...usage] = run.stderr.split('\n');
    expect(message).toMatch(/^Unknown option '--no-such-option'/);
    expect(usage.join('\n')).toMatch(/^Usage: npm run ask -- "question"/);
    expect(run.stdout).toBe('');
  });
});

describe('the entry point of a tool', () => {
  const self = fileURLToPath(import.meta.url);

  it('is the module node was started with, also through a link, and nothing else', async () => {
    const dir = await contentDir({});
    const link = path.join(dir, 'linked.ts');
    await symlink(self, link);
    expect(isEntryPoint(import.meta.url, ['node', self])).toBe(true);
    expect(isEntryPoint(import.meta.url, ['node', link])).toBe(true);
    expect(isEntryPoint(import.meta.url, ['node', path.join(dir, 'other.ts')])).toBe(false);
    expect(isEntryPoint(import.meta.url, ['node', path.dirname(self)])).toBe(false);
    expect(isEntryPoint(import.meta.url, ['node'])).toBe(false);
  });

  const fakeProcess = (script: string): CliProcess & { out: string[] } => {
    const out: string[] = [];
    return {
      argv: ['node', script, '--flag', 'word'],
      env: { SOME: 'value' },
      stdout: { write: (t: string) => out.push(`out:${t}`) },
      stderr: { write: (t: string) => out.push(`err:${t}`) },
      out,
    };
  };

  it('runs the command on the process’s arguments, environment and output, and sets its exit code', async () => {
    const proc = fakeProcess(self);
    const seen: CliIo[] = [];
    await runCli(
      async (io) => {
        seen.push(io);
        io.stdout.write('answer\n');
        io.stderr.write('note\n');
        return 3;
      },
      'Usage: x',
      import.meta.url,
      proc,
    );
    expect(seen.map(({ argv, env }) => ({ argv, env }))).toEqual([
      { argv: ['--flag', 'word'], env: { SOME: 'value' } },
    ]);
    expect(proc.out).toEqual(['out:answer\n', 'err:note\n']);
    expect(proc.exitCode).toBe(3);
  });

  it('sets the exit code of a failed command: 1, or 2 with the usage for a mistyped option', async () => {
    const failed = fakeProcess(self);
    await runCli(() => Promise.reject(new Error('Broken.')), 'Usage: x', import.meta.url, failed);
    expect(failed.exitCode).toBe(1);
    const mistyped = fakeProcess(self);
    await runCli(async (io) => runAsk(io), 'Usage: x', import.meta.url, mistyped);
    expect(mistyped.exitCode).toBe(2);
    expect(mistyped.out.join('')).toContain("err:Unknown option '--flag'");
  });

  it('runs nothing when another module is the entry point', async () => {
    const proc = fakeProcess(path.join(path.dirname(self), 'ask.test.ts'));
    let ran = false;
    await runCli(
      async () => {
        ran = true;
        return 0;
      },
      'Usage: x',
      import.meta.url,
      proc,
    );
    expect(ran).toBe(false);
    expect(proc.exitCode).toBeUndefined();
  });
});

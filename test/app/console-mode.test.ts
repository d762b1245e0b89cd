import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createClient } from '@libsql/client';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../src/app/start-console.js';
import { messagesFor } from '../../src/messages/catalog.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { runMainInProcess } from '../support/run-main.js';
import { createTestPipeline } from '../support/test-pipeline.js';

const OFF_TOPIC = 'How do I bake sourdough bread?';

describe('npm start without chat credentials (main, in-process, piped input)', () => {
  it('answers each piped question once, says when the notes have no answer, and exits 0', async () => {
    const main = await runMainInProcess({
      stdin: `Octantって何?\nWhen did Ansible 2.10 become GA?\n\n${OFF_TOPIC}\n`,
    });
    expect(main.code).toBe(0);
    const out = main.stdout;
    const octant = out.indexOf('Octant');
    const ga = out.indexOf('2020/9/22');
    const none = out.indexOf(`The notes have no answer to "${OFF_TOPIC}".`);
    expect(octant).toBeGreaterThanOrEqual(0);
    expect(ga).toBeGreaterThan(octant);
    expect(none).toBeGreaterThan(ga);
    // Three questions, three answers: the blank line asked nothing, and nothing was answered twice.
    expect(out.match(/^1\. /gm)).toHaveLength(2);
    expect(out.match(/The notes have no answer/g)).toHaveLength(1);
    // A pipe is not a terminal: no ANSI escapes, and the logs stay off standard output.
    expect(out).not.toContain('\u001b[');
    expect(out).not.toContain('{"level"');
    expect(main.stderr).toBe('');
  });

  it('answers each piped question under the question, in the question’s language', async () => {
    const main = await runMainInProcess({
      stdin: '会場のWi-Fiのパスワードは?\nWhat is the venue Wi-Fi password?\nOctantのスライドは?\n',
    });
    expect(main.code).toBe(0);
    const out = main.stdout;
    expect(out.startsWith('question> 会場のWi-Fiのパスワードは?\n')).toBe(true);
    expect(out).toContain('「会場のWi-Fiのパスワードは?」への答えはノートにありません。');
    expect(out).toContain('別の言葉で聞き直すか、"talks" ですべてのトークを見てください。');
    expect(out).toContain('\nquestion> What is the venue Wi-Fi password?\n');
    expect(out).toContain('The notes have no answer to "What is the venue Wi-Fi password?".');
    expect(out).toContain('Try other words, or see every talk with "talks".');
    // A Japanese question says in Japanese which talk's slides the notes lack.
    const octant = out.slice(out.indexOf('question> Octantのスライドは?'));
    expect(octant).toContain(
      '「Octant で k8s を手軽に可視化してみる」のスライドはノートにありません。',
    );
    expect(octant).not.toContain('The notes have no slides');
  });

  it('answers in the one language BOT_LANGUAGE fixes, naming BOT_COMMAND in help', async () => {
    const main = await runMainInProcess({
      env: { BOT_LANGUAGE: 'ja', BOT_COMMAND: 'meetup' },
      stdin: `${OFF_TOPIC}\nhelp\n`,
    });
    expect(main.code).toBe(0);
    const out = main.stdout;
    expect(out).toContain(`「${OFF_TOPIC}」への答えはノートにありません。`);
    expect(out).toContain('SlackやDiscordでは /meetup の後');
    expect(out).not.toContain('/vmware');
  });

  it('creates the question store with no configuration, and records nothing in it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'console-store-'));
    const url = `file:${path.join(dir, 'data', 'meetup-bot.db')}`;
    const main = await runMainInProcess({ env: { DATABASE_URL: url }, stdin: 'Octantって何?\n' });
    expect(main.code).toBe(0);
    const store = createClient({ url });
    const rows = await store.execute('SELECT COUNT(*) AS n FROM questions');
    store.close();
    expect(Number(rows.rows[0]?.n)).toBe(0);
  });

  it('lists the talks when asked for "talks"', async () => {
    const main = await runMainInProcess({ stdin: 'talks\n' });
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('VMware DevOps Meetup #5');
    expect(main.stdout).toContain('Octant で k8s を手軽に可視化してみる');
  });
});

describe('npm start --help (main, in-process)', () => {
  it('prints the usage and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const main = await runMainInProcess({ argv: [flag] });
      expect(main.stdout).toMatch(/^Usage: npm start\n/);
      expect(main.stderr).toBe('');
      expect(main.code).toBe(0);
    }
  });
});

describe('the interactive console', () => {
  it('shows the help and a prompt, answers each line, and ends on "exit"', async () => {
    // The input stays open: "exit" alone must end the console.
    const written = await consoleSession(['When did Ansible 2.10 become GA?', 'exit'], {
      interactive: true,
      color: true,
      endInput: false,
    });
    expect(written).toContain('Ask a question about the meetup talks');
    // The shipped notes are loaded, so the banner suggests a question they answer.
    expect(written).toContain('Example: When did Ansible 2.10 become GA?');
    expect(written.indexOf('question> ')).toBeGreaterThan(written.indexOf('Example:'));
    // In a terminal the matched terms are bold rather than bracketed.
    expect(written).toContain('\u001b[1m');
    expect(written).toContain('2020/9/22');
  });
});

/** Runs the console on `lines` and returns everything it wrote once it has ended. */
async function consoleSession(
  lines: readonly string[],
  options: {
    interactive: boolean;
    color?: boolean;
    /** Close the input after the lines, as the end of a pipe or Ctrl+D does (default). */
    endInput?: boolean;
    pipeline?: RequestPipeline;
    logs?: string[];
  },
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  const done = startConsole({
    pipeline: options.pipeline ?? (await createTestPipeline()),
    logger: pino({ level: 'error' }, { write: (line: string) => options.logs?.push(line) }),
    input,
    output,
    interactive: options.interactive,
    color: options.color ?? false,
  });
  // A person at a terminal reads the banner before typing; a pipe writes at once.
  if (options.interactive) await new Promise((resolve) => setTimeout(resolve, 50));
  for (const line of lines) input.write(`${line}\n`);
  if (options.endInput ?? true) input.end();
  await done;
  return written;
}

const QUIT_HINT = messagesFor('en').quitHint;

describe('the console’s ways out and faults', () => {
  it.each(['exit', 'quit', 'QUIT'])(
    'ends a piped console on %j and answers nothing after it',
    async (word) => {
      const out = await consoleSession(['talks', word, 'When did Ansible 2.10 become GA?'], {
        interactive: false,
      });
      expect(out).toContain('Octant で k8s を手軽に可視化してみる');
      expect(out).not.toContain('2020/9/22');
    },
  );

  it('says how to quit when asked for help at a terminal, but not in a pipe', async () => {
    const interactive = await consoleSession(['help', 'exit'], { interactive: true });
    // Once in the banner, once more for "help".
    expect(interactive.split(QUIT_HINT)).toHaveLength(3);
    const piped = await consoleSession(['help'], { interactive: false });
    expect(piped).toContain('"talks" lists the meetups and talks');
    expect(piped).not.toContain(QUIT_HINT);
  });

  it('answers with an apology when answering throws, and keeps answering the next line', async () => {
    const real = await createTestPipeline();
    let calls = 0;
    const flaky: RequestPipeline = {
      bot: real.bot,
      languageOf: real.languageOf,
      reply(request) {
        calls += 1;
        if (calls === 1) throw new Error('renderer exploded');
        return real.reply(request);
      },
      vote: (click) => real.vote(click),
      forward: (request) => real.forward(request),
    };
    const logs: string[] = [];
    const out = await consoleSession(['Octantって何?', 'When did Ansible 2.10 become GA?'], {
      interactive: false,
      pipeline: flaky,
      logs,
    });
    expect(out).toContain(`Octantって何?\n${messagesFor('ja').apology}`);
    expect(out).toContain('2020/9/22');
    expect(logs.join('')).toContain('renderer exploded');
  });
});

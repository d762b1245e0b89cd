import { afterEach, describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import { runInProcess } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('ask-');
afterEach(() => temp.removeAll());

const GLOSSARY = '- [slides, スライド, 資料]\n';
// No kanji: kanji would start the readings child in each run.
const NOTES =
  '# Zebra meetup\n\n## Zebra talk\n\n* stripes on the savanna\n\n## Okapi talk\n\n* stripes in the forest\n';
const ask = async (args: string[]) => {
  const dir = await temp.make({ 'n.md': NOTES, 'glossary.yml': GLOSSARY });
  return runInProcess(runAsk, [...args, '--content', dir]);
};

describe('npm run ask', () => {
  it('lists the talks for "talks", narrowed by the words after it, as the chats do', async () => {
    const [all, narrowed, none] = await Promise.all([
      ask(['talks']),
      ask(['talks', 'okapi']),
      ask(['talks', 'quokka']),
    ]);
    expect(all.stdout).toContain('Zebra talk');
    expect(all.stdout).toContain('Okapi talk');
    expect(narrowed.stdout).toContain('Okapi talk');
    expect(narrowed.stdout).not.toContain('Zebra talk');
    expect(none.stdout).toContain('No meetup or talk in the notes matches "quokka"');
  });

  it('prints the talks as JSON with --json', async () => {
    const run = await ask(['talks', 'okapi', '--json']);
    const meetups = JSON.parse(run.stdout) as { title: string; talks: { title: string }[] }[];
    expect(meetups.map((m) => m.talks.map((t) => t.title))).toEqual([['Okapi talk']]);
    expect(run.code).toBe(0);
  });

  it('answers a question with the matches bracketed, since the output is not a terminal', async () => {
    const run = await ask(['savanna']);
    expect(run.stdout).toMatch(/^1\. 【Zebra talk】\n/);
    expect(run.stdout).toContain('【savanna】');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('prints the Answer value as JSON with --json, at most --limit results', async () => {
    const one = JSON.parse((await ask(['stripes', '--json', '--limit', '1'])).stdout);
    const two = JSON.parse((await ask(['stripes', '--json', '--limit', '2'])).stdout);
    expect(one.kind).toBe('found');
    expect(one.results).toHaveLength(1);
    expect(two.results).toHaveLength(2);
  });

  it('answers in the language of the question when the notes have no answer', async () => {
    const [english, japanese] = await Promise.all([ask(['quokka']), ask(['くおっか'])]);
    expect(english.stdout).toContain('The notes have no answer to "quokka".');
    expect(japanese.stdout).toContain('「くおっか」への答えはノートにありません。');
  });

  it('shows the help for an empty question', async () => {
    const run = await ask([]);
    expect(run.stdout).toContain('"talks" lists the meetups and talks');
    expect(run.code).toBe(0);
  });

  it.each(['0', '-1', '1.5', 'three'])(
    'refuses --limit %s with the usage and exits 2',
    async (n) => {
      const run = await ask(['Zebra', `--limit=${n}`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^--limit must be a whole number of 1 or more\. Usage: npm run ask/,
      );
      expect(run.stdout).toBe('');
    },
  );

  it('prints the notes’ problems on standard error and still answers', async () => {
    const dir = await temp.make({ 'n.md': NOTES, 'bad.md': '---\ntitle: [\n---\n# B\n' });
    const run = await runInProcess(runAsk, ['talks', '--content', dir]);
    expect(run.stderr).toMatch(/bad\.md:2: /);
    expect(run.stdout).toContain('Zebra talk');
    expect(run.code).toBe(0);
  });

  it('says in the language of the words after "talks" that no talk matches them', async () => {
    const run = await ask(['talks', 'くおっか']);
    expect(run.stdout).toMatch(/くおっか/);
    expect(run.stdout).not.toContain('No meetup or talk in the notes matches');
  });

  it('emphasises in ANSI bold when standard output is a terminal', async () => {
    const dir = await temp.make({ 'n.md': NOTES });
    let written = '';
    const terminal = { write: (t: string) => (written += t), isTTY: true };
    const io = { env: {}, stdout: terminal, stderr: terminal };
    expect(await runAsk({ ...io, argv: ['savanna', '--content', dir] })).toBe(0);
    expect(written).toContain('\u001b[1msavanna\u001b[0m');
    written = '';
    expect(await runAsk({ ...io, argv: ['talks', '--content', dir] })).toBe(0);
    expect(written).toContain('\u001b[1m');
    expect(written).not.toContain('【');
  });
});

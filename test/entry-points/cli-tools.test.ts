import { readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runTool as run } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';

/** `npm run <name>`: one of the tools in src/cli/. */
const cli = (name: string, args: string[], env: Record<string, string> = {}) =>
  run(`src/cli/${name}.ts`, args, env);

const temp = tempContent('check-content-');
const contentDir = temp.make;
afterEach(() => temp.removeAll());

/** The Markdown example under "## Adding notes" in README.md, exactly as printed. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adding notes'));
  const match = /```markdown\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no markdown example under "Adding notes".');
  return match[1];
}

const GLOSSARY = '- [slides, スライド, 資料]\n';

describe('npm run check-content', () => {
  it("passes the README's Adding notes example exactly as printed", async () => {
    const example = await readmeExample();
    expect(example).toContain('title: "VMware DevOps Meetup #6"');
    const dir = await contentDir({ 'devops-meetup-6.md': example, 'glossary.yml': GLOSSARY });
    const run = await cli('check-content', ['--content', dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '1 meetup(s), 1 talk(s), 3 passage(s), 1 glossary group(s); 0 error(s), 0 warning(s).\n',
    );
    expect(run.code).toBe(0);
  });

  it('lists every problem of a file in one run, each at its line, labelled, and exits 0 for warnings only', async () => {
    const dir = await contentDir({
      'a.md': [
        '---',
        'title: Meetup #9',
        'venue: Tokyo',
        'event_url: example.com/event',
        'date: 2021-13-45',
        '---',
        '## Talk',
        '',
        '* notes',
        '',
      ].join('\n'),
      'glossary.yml': GLOSSARY,
    });
    const run = await cli('check-content', ['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${dir}/a.md:2: front matter field "title" reads as "Meetup": YAML takes " #9" for a comment; put the value in quotes.`,
      `warning: ${dir}/a.md:3: front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored.`,
      `warning: ${dir}/a.md:4: front matter field "event_url" must be an http(s) URL such as https://example.com/; it is ignored.`,
      `warning: ${dir}/a.md:5: front matter field "date" is not a date ("2021-13-45"); write it like 2021-01-20.`,
    ]);
    expect(run.stdout).toContain('0 error(s), 4 warning(s)');
    expect(run.code).toBe(0);
  });

  it('labels errors apart from warnings and exits 1 when there is one', async () => {
    const dir = await contentDir({
      'a.md': '# Same\n\n## T\n\n* a\n',
      'b.md': '---\nvenue: x\n---\n\n# Same\n\n## U\n\n* b\n',
      'glossary.yml': `${GLOSSARY}- [foo, bar\n`,
    });
    const run = await cli('check-content', ['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${dir}/b.md:2: front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored.`,
      `error: ${dir}/b.md:5: the meetup title "Same" is already used by ${dir}/a.md, which is served; this file is not served until its title is its own.`,
      `error: ${dir}/glossary.yml:2: this glossary group is not valid YAML (a missing "]" or quote?); it is skipped.`,
    ]);
    expect(run.stdout).toBe(
      '1 meetup(s), 1 talk(s), 1 passage(s), 1 glossary group(s); 2 error(s), 1 warning(s).\n',
    );
    expect(run.code).toBe(1);
  });
});

describe('npm run check-content on hostile notes', () => {
  it('finishes on two symlink loops, a 30 MB note and a 5,000-deep list, and reports each', async () => {
    const dir = await contentDir({
      'good.md': '# Good\n\n## T\n\n* a point\n',
      'huge.md': '',
      'deep.md': `# Deep\n\n## T\n\n${'- '.repeat(5_000)}x\n`,
      'glossary.yml': GLOSSARY,
    });
    await truncate(path.join(dir, 'huge.md'), 30 * 1024 * 1024);
    await symlink('.', path.join(dir, 'loop1'));
    await symlink('.', path.join(dir, 'loop2'));
    const run = await cli('check-content', ['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `error: ${dir}/deep.md:5: the line is nested 5000 levels deep (lists, quotes or indentation), more than the 100 a note may have; the file is not served.`,
      `error: ${dir}/huge.md: the file is 30 MB, more than the 256 KB a note may be; it is not read.`,
      `warning: ${dir}/loop1: the folder link leads to ${dir}, which is read already; it is not followed.`,
      `warning: ${dir}/loop2: the folder link leads to ${dir}, which is read already; it is not followed.`,
    ]);
    expect(run.stdout).toMatch(/^1 meetup\(s\), .*; 2 error\(s\), 2 warning\(s\)\.\n$/);
    expect(run.code).toBe(1);
  });
});

describe('the command-line tools', () => {
  it('answer --help with their usage and exit 0, npm start too', async () => {
    const runs = await Promise.all(
      ['check-content', 'ask', 'eval'].map((name) => cli(name, ['--help'])),
    );
    for (const run of runs) {
      expect(run.stdout).toMatch(/^Usage: npm run (check-content|ask|eval)/);
      expect(run.stdout).toContain('--content DIR');
      expect(run.code).toBe(0);
    }
    const start = await run('src/main.ts', ['--help']);
    expect(start.stdout).toMatch(/^Usage: npm start\n/);
    expect(start.code).toBe(0);
  });

  it('ask lists the talks for "talks", narrowed by the words after it, as the chats do', async () => {
    // Kana, no kanji: kanji would start the readings child in each of the three runs.
    const notes = '# Zebra meetup\n\n## Zebra talk\n\n* しまもよう\n\n## Okapi talk\n\n* もり\n';
    const dir = await contentDir({ 'n.md': notes, 'glossary.yml': GLOSSARY });
    const [all, narrowed, none] = await Promise.all([
      cli('ask', ['talks', '--content', dir]),
      cli('ask', ['talks', 'okapi', '--content', dir]),
      cli('ask', ['talks', 'quokka', '--content', dir]),
    ]);
    expect(all.stdout).toContain('Zebra talk');
    expect(all.stdout).toContain('Okapi talk');
    expect(narrowed.stdout).toContain('Okapi talk');
    expect(narrowed.stdout).not.toContain('Zebra talk');
    expect(none.stdout).toContain('No meetup or talk in the notes matches "quokka"');
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
      cli('ask', ['Zebra'], { CONTENT_DIR: fromEnv }),
      cli('ask', ['Quokka'], { DOTENV_CONFIG_PATH: dotenv }),
      cli('ask', ['Axolotl', '--content', flag], { CONTENT_DIR: fromEnv }),
      cli('eval', [questions, '--json'], { CONTENT_DIR: fromEnv }),
      cli('check-content', [], { DOTENV_CONFIG_PATH: dotenv }),
    ]);
    expect(askEnv.stdout).toContain('Zebra talk');
    expect(askFile.stdout).toContain('Quokka talk');
    expect(askFlag.stdout).toContain('Axolotl talk');
    expect(JSON.parse(evalEnv.stdout)).toMatchObject({ n: 1, 'hit@1': 1 });
    expect(checkFile.stdout).toBe(
      '1 meetup(s), 1 talk(s), 1 passage(s), 1 glossary group(s); 0 error(s), 0 warning(s).\n',
    );
  });
});

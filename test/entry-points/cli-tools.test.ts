import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTool } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';
import { tempStores } from '../support/temp-store.js';

/**
 * One real start of each `npm run` tool, for what only a process shows: the exit code it sets,
 * `.env` read from where DOTENV_CONFIG_PATH says, and what reaches its standard output and
 * error. Everything else about the tools is tested in-process, in test/cli/.
 */
const cli = (name: string, args: string[], env: Record<string, string> = {}) =>
  runTool(`src/cli/${name}.ts`, args, env);

const temp = tempContent('cli-tools-');
const stores = tempStores();
afterEach(async () => {
  await temp.removeAll();
  await stores.removeAll();
});

describe('the command-line tools as processes', () => {
  it('check-content reads CONTENT_DIR from .env, lists the problems on standard error and exits 1 for an error', async () => {
    const dir = await temp.make({
      'a.md': '# Same\n\n## T\n\n* a\n',
      'b.md': '---\nvenue: x\n---\n\n# Same\n\n## U\n\n* b\n',
      'c.md': '---\ntitle: [\n---\n# C\n\n## V\n\n* c\n',
      'glossary.yml': '- [slides, スライド, 資料]\n',
    });
    const dotenv = path.join(dir, '.env');
    await writeFile(dotenv, `CONTENT_DIR=${dir}\n`);
    const run = await cli('check-content', [], { DOTENV_CONFIG_PATH: dotenv });
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${dir}/b.md:2: front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored.`,
      `warning: ${dir}/b.md:5: the meetup title "Same" is already used by ${dir}/a.md; this file is served as "Same (b.md)" until its title is its own.`,
      `error: ${dir}/c.md:2: front matter is not valid YAML: a "[" is never closed by "]"; quote the value if the "[" is part of it.`,
    ]);
    expect(run.stdout).toBe(
      '3 meetup(s), 3 talk(s), 3 passage(s), 1 glossary group(s); 1 error(s), 2 warning(s).\n',
    );
    expect(run.code).toBe(1);
  });

  it('ask answers from the notes CONTENT_DIR names and exits 0', async () => {
    // No kanji, so that the run starts no readings child.
    const dir = await temp.make({ 'n.md': '# Zebra meetup\n\n## Zebra talk\n\n* Zebraはだいじ\n' });
    const run = await cli('ask', ['Zebra'], { CONTENT_DIR: dir });
    expect(run.stdout).toBe('1. 【Zebra talk】\n   Zebra meetup\n   【Zebra】はだいじ\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('eval shows its usage on standard error and exits 2 without a question file', async () => {
    const run = await cli('eval', []);
    expect(run.stderr).toMatch(/^Usage: npm run eval -- FILE\.jsonl/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('report says there is no question log yet and exits 1', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const run = await cli('report', [], { DATABASE_URL: url });
    expect(run.stderr).toBe(
      `There is no question log at ${url} yet: start the bot (npm start with a chat token) or set DATABASE_URL.\n`,
    );
    expect(run.code).toBe(1);
  });
});

import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/report.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createQuestionStore } from '../../src/store/question-store.js';
import { runInProcess } from '../support/run-tool.js';
import { tempStores } from '../support/temp-store.js';

const stores = tempStores();
afterEach(() => stores.removeAll());

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
const report = (args: string[], url: string) =>
  runInProcess(runReport, args, { DATABASE_URL: url, CONTENT_DIR: 'test/fixtures/content' });

describe('npm run report', () => {
  it('says there is no question log yet, exits 1 and creates no store file', async () => {
    const file = path.join(await stores.dir(), 'data', 'bot.db');
    const run = await report([], `file:${file}`);
    expect(run.stderr).toBe(
      `There is no question log at file:${file} yet: start the bot (npm start with a chat token) or set DATABASE_URL.\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(await exists(file)).toBe(false);
    expect(await exists(path.dirname(file))).toBe(false);
  });

  it('says the same of a store file that holds no question log', async () => {
    const file = path.join(await stores.dir(), 'empty.db');
    await writeFile(file, '');
    const run = await report(['--json'], `file:${file}`);
    expect(run.stderr).toMatch(/^There is no question log at file:.*empty\.db yet: /);
    expect(run.code).toBe(1);
  });

  it('reports the last 7 days by default, as text, counting a question asked a minute ago', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const store = await openDatabase(url);
    await createQuestionStore(store).recordQuestion({
      id: 'now',
      // A minute ago: the report's period ends at the moment it runs, excluded.
      askedAt: Date.now() - 60_000,
      platform: 'slack',
      source: 'command',
      userHash: 'hash-of-someone',
      question: 'how to install octant',
      answerKind: 'not-found',
      latencyMs: 1,
    });
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const week = 7 * 24 * 60 * 60 * 1000;
    const run = await report([], url);
    store.close();
    // Both days are read after the run, so a run across midnight could see the next day.
    expect(run.stdout).toMatch(
      new RegExp(`^Questions from ${day(Date.now() - week)} to ${day(Date.now())}\\n`),
    );
    expect(run.stdout).toContain('  1 asked: 0 answered, 1 not found in the notes;');
    expect(run.stdout).toContain('how to install octant');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('says why a store it cannot use is not read, and exits 1', async () => {
    const file = path.join(await stores.dir(), 'newer.db');
    const newer = createClient({ url: `file:${file}` });
    await newer.execute('PRAGMA user_version = 99');
    newer.close();
    const run = await report([], `file:${file}`);
    expect(run.stderr).toMatch(
      /^The question store at file:.*newer\.db cannot be used \(the store is at schema version 99, newer than this bot's \d+\); check DATABASE_URL/,
    );
    expect(run.code).toBe(1);
  });

  it('says why a remote store cannot be read rather than that it has no log', async () => {
    const run = await report([], 'http://127.0.0.1:9/db');
    expect(run.stderr).toMatch(
      /^The question store at http:\/\/127\.0\.0\.1:9\/db cannot be used /,
    );
    expect(run.code).toBe(1);
  });

  it('refuses a --since it cannot read in a sentence and exits 1', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const run = await report(['--since', 'last week'], url);
    expect(run.stderr).toBe(
      '--since must be a number of days (7d, 30d) or a date (YYYY-MM-DD), not "last week".\n',
    );
    expect(run.code).toBe(1);
  });
});

import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { QueryService } from '../../src/answer/answer.js';
import { createRateLimiter } from '../../src/answer/rate-limiter.js';
import {
  createRequestPipeline,
  type IncomingRequest,
  type RequestPipeline,
} from '../../src/requests/request-pipeline.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';
import {
  type AskedQuestion,
  createQuestionLog,
  type QuestionLog,
} from '../../src/store/question-log.js';
import type { QuestionStore } from '../../src/store/question-store.js';
import { buildEngine, FIXTURES, readNotes } from '../support/engine.js';
import {
  capturingLogger,
  countingMetrics,
  questionLogAt,
  tempStores,
} from '../support/temp-store.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const SLACK_USER = 'T0TEAM:U0ASKER';
const DAY_MS = 24 * 60 * 60 * 1000;

const ask = (text: string, overrides: Partial<IncomingRequest> = {}): IncomingRequest => ({
  platform: 'slack',
  userKey: SLACK_USER,
  text,
  source: 'command',
  ...overrides,
});

describe('the question log', () => {
  const stores = tempStores();
  const opened: { close(): unknown }[] = [];
  let service: QueryService;

  beforeAll(async () => {
    service = buildEngine(await readNotes(FIXTURES.seedMeetup));
  });
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.close();
    await stores.removeAll();
  });

  const pipelineWith = (questionLog: QuestionLog): RequestPipeline =>
    createRequestPipeline({
      service,
      rateLimiter: createRateLimiter({ limit: 0 }),
      logger: capturingLogger().logger,
      questionLog,
    });
  const track = <T extends { close(): unknown }>(o: T): T => {
    opened.push(o);
    return o;
  };
  const rows = async (url: string, sql: string) => {
    const client: Client = track(createClient({ url }));
    return (await client.execute(sql)).rows.map((r) => ({ ...r }));
  };

  it('creates the store’s folder and schema in WAL mode on first use, and keeps rows across restarts', async () => {
    const url = `file:${path.join(await stores.dir(), 'nested/data/bot.db')}`;
    const first = questionLogAt(url);
    await first.start();
    await pipelineWith(first).reply(ask(GA_QUESTION));
    await first.close();

    const second = track(questionLogAt(url));
    await second.start();
    const client = track(await openDatabase(url));
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
    expect((await client.execute('PRAGMA user_version')).rows[0]?.[0]).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(2);
    expect(await rows(url, 'SELECT question FROM questions')).toEqual([{ question: GA_QUESTION }]);
  });

  it('records platform, source, a salted user hash, the answer’s top talk, score and latency', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const log = questionLogAt(url);
    await log.start();
    const before = Date.now();
    const reply = await pipelineWith(log).reply(ask(GA_QUESTION));
    await log.close();

    expect(reply.kind === 'answer' && reply.answerId).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await rows(url, 'SELECT * FROM questions');
    expect(row).toMatchObject({
      id: reply.kind === 'answer' ? reply.answerId : '',
      platform: 'slack',
      source: 'command',
      question: GA_QUESTION,
      answer_kind: 'found',
      top_meetup: 'VMware DevOps Meetup #5',
    });
    expect(String(row?.top_talk)).toMatch(/Ansible/);
    expect(Number(row?.top_score)).toBeGreaterThan(0);
    expect(Number(row?.latency_ms)).toBeGreaterThanOrEqual(0);
    expect(Number(row?.asked_at)).toBeGreaterThanOrEqual(before);
    expect(String(row?.user_hash)).toMatch(/^[\w-]{22}$/);
    expect(JSON.stringify(row)).not.toContain('U0ASKER');
  });

  it('records a direct message without any user, and the same user under the same hash elsewhere', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const log = questionLogAt(url);
    await log.start();
    const pipeline = pipelineWith(log);
    await pipeline.reply(ask(GA_QUESTION, { source: 'direct-message', platform: 'discord' }));
    await pipeline.reply(ask('Octantって何?', { source: 'mention' }));
    await pipeline.reply(ask('How do I bake sourdough bread?', { source: 'mention' }));
    await log.close();

    const recorded = await rows(url, 'SELECT source, user_hash, answer_kind FROM questions');
    expect(recorded).toHaveLength(3);
    expect(recorded[0]).toEqual({
      source: 'direct-message',
      user_hash: null,
      answer_kind: 'found',
    });
    expect(recorded[1]?.user_hash).toBe(recorded[2]?.user_hash);
    expect(recorded[2]?.answer_kind).toBe('not-found');
  });

  it('never records the console, and answers it without an answer id', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const log = questionLogAt(url);
    await log.start();
    const reply = await pipelineWith(log).reply(
      ask(GA_QUESTION, { platform: 'console', source: 'console' }),
    );
    await log.close();
    expect(reply).toMatchObject({ kind: 'answer' });
    expect(reply.kind === 'answer' && reply.answerId).toBe(undefined);
    expect(await rows(url, 'SELECT COUNT(*) AS n FROM questions')).toEqual([{ n: 0 }]);
  });

  it('says in help that questions are recorded and for how long, on the chats only', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const pipeline = pipelineWith(track(questionLogAt(url, { days: 30 })));
    expect(await pipeline.reply(ask('help'))).toMatchObject({
      kind: 'help',
      privacy:
        'Questions asked here are recorded, without your name, to improve the notes, and deleted after 30 days.',
    });
    expect(await pipeline.reply(ask('help', { platform: 'console' }))).not.toHaveProperty(
      'privacy',
    );
    expect(await pipeline.reply(ask('ヘルプ は?'))).toMatchObject({ kind: 'answer' });
    expect(await pipeline.reply(ask('ask'))).toMatchObject({
      privacy: expect.stringMatching(/^Questions/),
    });
  });

  it('keeps the salt it generated across restarts, or uses QUESTION_LOG_SALT', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    for (const salt of [undefined, undefined, 'a-configured-salt-value']) {
      const log = questionLogAt(url, salt === undefined ? {} : { salt });
      await pipelineWith(log).reply(ask(GA_QUESTION));
      await log.close();
    }
    const hashes = (await rows(url, 'SELECT user_hash FROM questions ORDER BY asked_at')).map(
      (r) => r.user_hash,
    );
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[2]).not.toBe(hashes[0]);
    expect(await rows(url, 'SELECT COUNT(*) AS n FROM meta')).toEqual([{ n: 1 }]);
  });

  it('stores one vote per user per answer, a second click changes it, and unknown ids are told so', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const metrics = countingMetrics();
    const log = track(questionLogAt(url, { metrics, days: 90 }));
    const pipeline = pipelineWith(log);
    const reply = await pipeline.reply(ask(GA_QUESTION));
    const answerId = reply.kind === 'answer' ? (reply.answerId ?? '') : '';
    const click = { platform: 'slack', userKey: SLACK_USER, answerId } as const;

    expect(await pipeline.vote({ ...click, vote: 'helpful' })).toEqual({
      kind: 'recorded',
      message: 'Thanks! Your 👍 Helpful helps the organizers improve the notes.',
    });
    expect(await pipeline.vote({ ...click, vote: 'not-helpful' })).toEqual({
      kind: 'changed',
      message: 'Thanks, your vote is now 👎 Not helpful.',
    });
    await pipeline.vote({ ...click, userKey: 'T0TEAM:U0OTHER', vote: 'helpful' });
    const unknown = await pipeline.vote({ ...click, answerId: 'no-such-answer', vote: 'helpful' });
    expect(unknown.kind).toBe('unknown');
    expect(unknown.message).toContain('answers are kept for 90 days');

    // Two rows, not three: the asker's second click replaced the first.
    expect(
      await rows(url, 'SELECT vote, COUNT(*) AS n FROM votes GROUP BY vote ORDER BY vote'),
    ).toEqual([
      { vote: 'helpful', n: 1 },
      { vote: 'not-helpful', n: 1 },
    ]);
    expect(metrics.feedback).toEqual(['slack:helpful', 'slack:not-helpful', 'slack:helpful']);
  });

  it('deletes questions past QUESTION_LOG_DAYS and their votes, and keeps newer ones', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => clock;
    const early = questionLogAt(url, { now, days: 7 });
    const old = await pipelineWith(early).reply(ask(GA_QUESTION));
    await early.vote({
      platform: 'slack',
      userKey: SLACK_USER,
      answerId: old.kind === 'answer' ? (old.answerId ?? '') : '',
      vote: 'helpful',
    });
    await early.close();
    // The pipeline stamps rows with the real clock; age the first one by hand.
    const client = track(createClient({ url }));
    await client.execute({ sql: 'UPDATE questions SET asked_at = ?', args: [clock] });

    clock += 8 * DAY_MS;
    const later = track(questionLogAt(url, { now, days: 7 }));
    await pipelineWith(later).reply(ask('Octantって何?'));
    await client.execute({
      sql: 'UPDATE questions SET asked_at = ? WHERE question = ?',
      args: [clock, 'Octantって何?'],
    });
    await later.start();

    expect(await rows(url, 'SELECT question FROM questions')).toEqual([
      { question: 'Octantって何?' },
    ]);
    expect(await rows(url, 'SELECT COUNT(*) AS n FROM votes')).toEqual([{ n: 0 }]);
  });

  it('claims an event once across logs sharing the store, and forgets the claim after an hour', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => clock;
    const one = track(questionLogAt(url, { now }));
    const other = track(questionLogAt(url, { now }));
    expect(await one.claimEvent('Ev1')).toBe(true);
    expect(await other.claimEvent('Ev1')).toBe(false);
    expect(await one.claimEvent('Ev1')).toBe(false);
    expect(await other.claimEvent('Ev2')).toBe(true);
    clock += 60 * 60 * 1000 - 1;
    expect(await other.claimEvent('Ev1')).toBe(false);
    clock += 2;
    expect(await other.claimEvent('Ev1')).toBe(true);
    expect(await rows(url, 'SELECT event_id FROM handled_events ORDER BY event_id')).toEqual([
      { event_id: 'Ev1' },
    ]);
  });

  it('lets every event through while the store is down, counting the failure', async () => {
    const dir = await stores.dir();
    await writeFile(path.join(dir, 'bot.db'), 'not a database at all, just text\n'.repeat(100));
    const metrics = countingMetrics();
    const log = track(questionLogAt(`file:${path.join(dir, 'bot.db')}`, { metrics }));
    expect(await log.claimEvent('Ev1')).toBe(true);
    expect(await log.claimEvent('Ev1')).toBe(true);
    expect(metrics.storeErrors).toBe(1);
  });

  it('counts each question row lost while the store is down, beside one outage', async () => {
    const dir = await stores.dir();
    await writeFile(path.join(dir, 'bot.db'), 'not a database at all, just text\n'.repeat(100));
    const metrics = countingMetrics();
    const log = track(questionLogAt(`file:${path.join(dir, 'bot.db')}`, { metrics }));
    const pipeline = pipelineWith(log);
    for (let i = 0; i < 5; i += 1) await pipeline.reply(ask(`${GA_QUESTION} ${i}`));
    const vote = await log.vote({
      platform: 'slack',
      userKey: SLACK_USER,
      answerId: 'gone',
      vote: 'helpful',
    });
    await log.close();
    expect(vote).toBe('unavailable');
    expect(metrics.storeErrors).toBe(1);
    expect(metrics.lostRecords).toBe(6);
  });

  it('writes to a new store when the store’s folder is deleted under it, losing no row unseen', async () => {
    const dir = path.join(await stores.dir(), 'data');
    const url = `file:${path.join(dir, 'bot.db')}`;
    const metrics = countingMetrics();
    const log = track(questionLogAt(url, { metrics }));
    const pipeline = pipelineWith(log);
    await pipeline.reply(ask(GA_QUESTION));
    await log.vote({ platform: 'slack', userKey: SLACK_USER, answerId: 'x', vote: 'helpful' });
    await rm(dir, { recursive: true, force: true });
    for (let i = 0; i < 20; i += 1) await pipeline.reply(ask(`Octantって何? ${i}`));
    await log.close();
    expect(await rows(url, 'SELECT COUNT(*) AS n FROM questions')).toEqual([{ n: 20 }]);
    expect(metrics.lostRecords).toBe(0);
  });

  describe('when the store fails, the answer still arrives', () => {
    it('answers with a corrupt database file, logs one clear error, counts each failure, and retries later', async () => {
      const dir = await stores.dir();
      const file = path.join(dir, 'bot.db');
      await writeFile(
        file,
        'this is not a database, just text that is long enough to matter\n'.repeat(100),
      );
      const { logger, lines } = capturingLogger();
      const metrics = countingMetrics();
      let clock = 0;
      const log = track(
        questionLogAt(`file:${file}`, { logger, metrics, retryMs: 60_000, now: () => clock }),
      );
      const pipeline = createRequestPipeline({
        service,
        rateLimiter: createRateLimiter({ limit: 0 }),
        logger,
        questionLog: log,
      });
      await log.start();
      const reply = await pipeline.reply(ask(GA_QUESTION));
      expect(reply.kind === 'answer' && reply.answer.kind).toBe('found');
      await pipeline.reply(ask('Octantって何?'));
      await pipeline.vote({
        platform: 'slack',
        userKey: SLACK_USER,
        answerId: 'x',
        vote: 'helpful',
      });
      // Within the retry window the broken store is left alone: one open attempt, one error line.
      const errors = lines.filter((l) => l.includes('"level":50'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('The question store failed; answers go on');
      expect(errors[0]).toContain('cannot be used');
      expect(errors[0]).toContain('DATABASE_URL');
      expect(errors[0]).not.toContain('U0ASKER');
      expect(metrics.storeErrors).toBe(1);

      // The organizers replace the file; after the retry window the log records again.
      await writeFile(file, '');
      clock += 60_001;
      await pipeline.reply(ask(GA_QUESTION));
      await log.close();
      expect(await rows(`file:${file}`, 'SELECT question FROM questions')).toEqual([
        { question: GA_QUESTION },
      ]);
      expect(lines.some((l) => l.includes('The question store works again'))).toBe(true);
    });

    it('answers when the store cannot be opened at all (its folder is a file)', async () => {
      const dir = await stores.dir();
      await writeFile(path.join(dir, 'not-a-folder'), 'x');
      const metrics = countingMetrics();
      const log = track(
        questionLogAt(`file:${path.join(dir, 'not-a-folder/bot.db')}`, { metrics }),
      );
      await log.start();
      const reply = await pipelineWith(log).reply(ask(GA_QUESTION));
      expect(reply.kind === 'answer' && reply.answer.kind).toBe('found');
      expect(
        await pipelineWith(log).vote({
          platform: 'discord',
          userKey: '1',
          answerId: 'a',
          vote: 'helpful',
        }),
      ).toMatchObject({ kind: 'unavailable' });
      expect(metrics.storeErrors).toBe(1);
    });

    it('answers when every write fails (as on a full disk), logging once and counting each', async () => {
      const dir = await stores.dir();
      const url = `file:${path.join(dir, 'bot.db')}`;
      const client = track(await openDatabase(url));
      // A real libSQL file whose inserts fail, as a full disk makes them fail.
      await client.execute(
        `CREATE TRIGGER disk_full BEFORE INSERT ON questions BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
      );
      const { logger, lines } = capturingLogger();
      const metrics = countingMetrics();
      const log = track(questionLogAt(url, { logger, metrics, retryMs: 0 }));
      const pipeline = pipelineWith(log);
      for (const q of [GA_QUESTION, 'Octantって何?', 'Tanzuとは?']) {
        const reply = await pipeline.reply(ask(q));
        expect(reply.kind).toBe('answer');
      }
      await log.close();
      expect(metrics.storeErrors).toBe(3);
      const errors = lines.filter((l) => l.includes('"level":50'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('database or disk is full');
    });
  });

  it('creates the data folder even when several levels are missing', async () => {
    const dir = await stores.dir();
    await mkdir(path.join(dir, 'a'));
    const client = track(await openDatabase(`file:${path.join(dir, 'a/b/c/bot.db')}`));
    expect((await client.execute('SELECT COUNT(*) FROM questions')).rows[0]?.[0]).toBe(0);
  });
  it('leaves an empty file as it is when asked not to create a store, and opens a real one', async () => {
    const dir = await stores.dir();
    const empty = path.join(dir, 'empty.db');
    await writeFile(empty, '');
    await expect(openDatabase(`file:${empty}`, { create: false })).rejects.toMatchObject({
      code: 'store_missing',
      message: `There is no question log at file:${empty} yet: start the bot (npm start with a chat token) or set DATABASE_URL.`,
    });
    expect((await stat(empty)).size).toBe(0);
    await expect(
      openDatabase(`file:${path.join(dir, 'no/such/folder/x.db')}`, { create: false }),
    ).rejects.toMatchObject({ code: 'store_open_failed' });
    expect(await readdir(dir)).toEqual(['empty.db']);

    const url = `file:${path.join(dir, 'made.db')}`;
    (await openDatabase(url)).close();
    const reader = track(await openDatabase(url, { create: false }));
    expect((await reader.execute('SELECT COUNT(*) FROM questions')).rows[0]?.[0]).toBe(0);
  });
});

describe('the question log over a store that fails', () => {
  /** A store whose methods a test replaces; counts how often it was closed. */
  function fakeStore(over: Partial<QuestionStore> = {}): QuestionStore & { closes: number } {
    const store = {
      closes: 0,
      salt: async () => 'salt',
      recordQuestion: async () => {},
      recordVote: async () => 'recorded' as const,
      findAnswer: async () => undefined,
      claimEvent: async () => true,
      purgeBefore: async () => 0,
      isReplaced: async () => false,
      close() {
        store.closes += 1;
      },
      ...over,
    };
    return store;
  }

  /** A log over `stores`, opened in turn (the last one again and again), on a clock the test moves. */
  function logOver(stores: QuestionStore[], retryMs = 30_000) {
    const { logger, lines } = capturingLogger();
    const metrics = countingMetrics();
    const clock = { now: 1_000_000 };
    let opens = 0;
    const log = createQuestionLog({
      open: async () => {
        const store = stores[Math.min(opens, stores.length - 1)];
        opens += 1;
        if (!store) throw new Error('cannot open');
        return store;
      },
      days: 30,
      logger,
      metrics,
      retryMs,
      now: () => clock.now,
    });
    const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    return { log, metrics, clock, logged, opens: () => opens };
  }

  const question = (id: string): AskedQuestion => ({
    id,
    platform: 'slack',
    source: 'command',
    userKey: 'U1',
    question: 'q',
    answer: { kind: 'help' },
    latencyMs: 1,
    askedAt: 1,
  });
  const click = { platform: 'slack', userKey: 'U1', answerId: 'a', vote: 'helpful' } as const;

  it('logs an outage once, with what failed and when it retries, leaves the store alone until then, and says when it works again', async () => {
    let calls = 0;
    const store = fakeStore({
      recordQuestion: async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
      },
    });
    const { log, metrics, clock, logged, opens } = logOver([store]);
    log.record(question('1'));
    await log.findAnswer('x');
    expect(logged()).toEqual([
      expect.objectContaining({
        level: 50,
        doing: 'record',
        retryInSeconds: 30,
        msg: 'The question store failed; answers go on, but questions are not recorded until it works again.',
      }),
    ]);
    expect(store.closes).toBe(1);
    // Within the retry time nothing opens the store: the row is lost, no second error is logged.
    log.record(question('2'));
    await log.findAnswer('x');
    expect(opens()).toBe(1);
    expect(metrics.lostRecords).toBe(2);
    clock.now += 30_001;
    log.record(question('3'));
    log.record(question('4'));
    await log.close();
    expect(opens()).toBe(2);
    expect(calls).toBe(3);
    expect(logged().map((l) => l.msg)).toEqual([
      'The question store failed; answers go on, but questions are not recorded until it works again.',
      'The question store works again; questions are recorded.',
    ]);
  });

  it.each([
    ['open', (log: QuestionLog) => log.vote(click), () => [] as QuestionStore[]],
    [
      'vote',
      (log: QuestionLog) => log.vote(click),
      () => [fakeStore({ recordVote: () => Promise.reject(new Error('x')) })],
    ],
    [
      'read',
      (log: QuestionLog) => log.findAnswer('a'),
      () => [fakeStore({ findAnswer: () => Promise.reject(new Error('x')) })],
    ],
    [
      'claim',
      (log: QuestionLog) => log.claimEvent('Ev1'),
      () => [fakeStore({ claimEvent: () => Promise.reject(new Error('x')) })],
    ],
    [
      'purge',
      (log: QuestionLog) => log.start(),
      () => [fakeStore({ purgeBefore: () => Promise.reject(new Error('x')) })],
    ],
  ])('names what it was doing when the store failed: %s', async (doing, act, stores) => {
    const { log, metrics, logged } = logOver(stores());
    await act(log);
    await log.close();
    expect(logged()[0]).toMatchObject({ level: 50, doing });
    expect(metrics.storeErrors).toBe(1);
  });

  it('answers what it can while the store fails: unavailable answers, and every event claimed', async () => {
    const failing = fakeStore({
      findAnswer: () => Promise.reject(new Error('x')),
      claimEvent: () => Promise.reject(new Error('x')),
    });
    const { log } = logOver([failing]);
    expect(await log.findAnswer('a')).toBe('unavailable');
    expect(await log.claimEvent('Ev1')).toBe(true);
    const { log: working } = logOver([fakeStore()]);
    expect(await working.findAnswer('a')).toBe('unknown-answer');
  });

  it('logs how many questions it deleted past retention, and nothing when there were none', async () => {
    const cutoffs: number[] = [];
    const some = logOver([
      fakeStore({
        purgeBefore: async (cutoff) => {
          cutoffs.push(cutoff);
          return 3;
        },
      }),
    ]);
    await some.log.start();
    await some.log.close();
    expect(cutoffs).toEqual([1_000_000 - 30 * 24 * 60 * 60 * 1000]);
    expect(some.logged()).toEqual([
      expect.objectContaining({ deleted: 3, days: 30, msg: 'Deleted questions past retention.' }),
    ]);
    const none = logOver([fakeStore()]);
    await none.log.start();
    await none.log.close();
    expect(none.logged()).toEqual([]);
  });

  it('opens the store again when its file was replaced, even if closing the old one fails', async () => {
    const old = fakeStore({
      isReplaced: async () => true,
      close() {
        throw new Error('already gone');
      },
    });
    const fresh = fakeStore();
    const { log, logged, opens } = logOver([old, fresh]);
    await log.findAnswer('a');
    await log.findAnswer('b');
    await log.close();
    expect(opens()).toBe(2);
    expect(fresh.closes).toBe(1);
    expect(logged().map((l) => l.msg)).toEqual([
      'The question store file was deleted or replaced; opening it again.',
    ]);
  });

  it('opens nothing once closed', async () => {
    const { log, metrics, opens } = logOver([fakeStore()]);
    await log.close();
    log.record(question('1'));
    expect(await log.claimEvent('Ev1')).toBe(true);
    await log.findAnswer('x');
    expect(opens()).toBe(0);
    expect(metrics.lostRecords).toBe(1);
  });
});

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleDigest } from '../../src/app/digest-schedule.js';
import { createWeeklyDigest, type WeeklyDigest } from '../../src/report/weekly-digest.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createQuestionStore } from '../../src/store/question-store.js';
import { tempContent } from '../support/temp-content.js';
import { capturingLogger, tempStores } from '../support/temp-store.js';

const PERIOD = new Date('2026-11-30T09:00:00Z');

async function seed(url: string): Promise<void> {
  const store = createQuestionStore(await openDatabase(url));
  const at = Date.parse('2026-11-28T10:00:00Z');
  const base = { platform: 'slack', source: 'command', latencyMs: 1, answerKind: 'not-found' };
  await store.recordQuestion({ ...base, id: 'a', askedAt: at, question: 'how to install octant' });
  await store.recordQuestion({
    ...base,
    id: 'b',
    askedAt: at + 1,
    question: 'how to install octant',
  });
  await store.recordQuestion({
    ...base,
    id: 'c',
    askedAt: at + 2,
    question: 'When did Ansible 2.10 become GA?',
    answerKind: 'found',
    topTalk: 'Ansible talk',
    topMeetup: 'Meetup #5',
  });
  await store.recordVote({ answerId: 'c', voterHash: 'v', vote: 'not-helpful', votedAt: at + 3 });
  store.close();
}

describe('the weekly digest', () => {
  const stores = tempStores();
  const content = tempContent('weekly-digest-');
  afterEach(async () => {
    await stores.removeAll();
    await content.removeAll();
  });

  /** One bot process's digest over the shared store, posting into `posts`. */
  const processAt = (
    url: string,
    posts: string[],
    fail = false,
    language: 'ja' | 'en' = 'en',
  ): WeeklyDigest =>
    createWeeklyDigest({
      databaseUrl: url,
      contentDir: 'test/fixtures/content',
      logger: capturingLogger().logger,
      language,
      post: async (text) => {
        if (fail) throw new Error('channel refused');
        posts.push(text);
      },
    });

  it('is posted once per period by two processes sharing the store, and again next period', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const posts: string[] = [];
    const [first, second] = [processAt(url, posts), processAt(url, posts)];
    const outcomes = await Promise.all([first.runFor(PERIOD), second.runFor(PERIOD)]);
    expect(outcomes.sort()).toEqual(['already-sent', 'sent']);
    expect(posts).toHaveLength(1);
    // A restart within the period (a fresh process, a few seconds later) sends nothing.
    expect(await processAt(url, posts).runFor(new Date(PERIOD.getTime() + 5_000))).toBe(
      'already-sent',
    );
    expect(await first.runFor(new Date('2026-12-07T09:00:00Z'))).toBe('sent');
    expect(posts).toHaveLength(2);

    // Intl's range puts thin spaces around the dash.
    expect(posts[0]?.split('\n')[0]).toMatch(/^Weekly question digest, Nov 23\s–\s30, 2026$/);
    expect(posts[0]?.split('\n').slice(1)).toEqual([
      '3 questions: 1 answered, 2 not found in the notes; 0 👍, 1 👎.',
      '',
      'Not answered by the notes:',
      '• 2× how to install octant',
      '',
      'Answers voted 👎 Not helpful:',
      '• 1× When did Ansible 2.10 become GA? → Ansible talk',
      '',
      'The whole list: npm run report -- --since 7d',
    ]);
  });

  it('groups the questions as the organizers’ glossary of the notes folder reads them', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const store = createQuestionStore(await openDatabase(url));
    const at = Date.parse('2026-11-28T10:00:00Z');
    const base = { platform: 'slack', source: 'command', latencyMs: 1, answerKind: 'not-found' };
    await store.recordQuestion({
      ...base,
      id: 'a',
      askedAt: at,
      question: 'zorbix',
    });
    await store.recordQuestion({
      ...base,
      id: 'b',
      askedAt: at + 1,
      question: '雪豹',
    });
    store.close();
    const digestWith = async (glossary: string) => {
      const contentDir = await content.make({ 'glossary.yml': glossary });
      const posts: string[] = [];
      const digest = createWeeklyDigest({
        databaseUrl: url,
        contentDir,
        logger: capturingLogger().logger,
        language: 'en',
        post: async (text) => {
          posts.push(text);
        },
      });
      return { digest, posts };
    };
    // The glossary makes the two words one: one question asked twice.
    const withGlossary = await digestWith('- [zorbix, 雪豹]\n');
    expect(await withGlossary.digest.runFor(PERIOD)).toBe('sent');
    const grouped = withGlossary.posts[0]?.split('\n').filter((l) => l.startsWith('• '));
    expect(grouped).toHaveLength(1);
    expect(grouped?.[0]).toMatch(/^• 2× (zorbix|雪豹)$/);
    // Without it they are two questions (the next period, so it is posted).
    const without = await digestWith('- [other, 別]\n');
    expect(await without.digest.runFor(new Date('2026-12-02T09:00:00Z'))).toBe('sent');
    expect(without.posts[0]?.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(2);
  });

  it('is written in the organizers’ language', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const posts: string[] = [];
    expect(await processAt(url, posts, false, 'ja').runFor(PERIOD)).toBe('sent');
    const lines = posts[0]?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^今週の質問まとめ 2026.11.23/);
    expect(lines[1]).toBe(
      '質問3件: ノートで答えられたもの1件、ノートになかったもの2件。👍 0件、👎 1件。',
    );
    expect(lines).toContain('ノートで答えられなかった質問:');
    expect(lines).toContain('• 2× how to install octant');
    expect(lines.at(-1)).toBe('一覧のすべて: npm run report -- --since 7d');
  });

  it('keeps the period claimed when posting fails, so no process posts it twice', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const posts: string[] = [];
    expect(await processAt(url, posts, true).runFor(PERIOD)).toBe('failed');
    expect(await processAt(url, posts).runFor(PERIOD)).toBe('already-sent');
    expect(posts).toEqual([]);
  });

  it('runs on its cron schedule with the run’s time as the period', async () => {
    const periods: Date[] = [];
    const schedule = scheduleDigest('0 9 * * 1', {
      runFor: async (period) => {
        periods.push(period);
        return 'sent';
      },
    });
    await schedule.trigger();
    schedule.stop();
    expect(periods).toHaveLength(1);
    expect(periods[0]).toBeInstanceOf(Date);
  });
});

describe('the weekly digest’s text and logs', () => {
  const stores = tempStores();
  afterEach(() => stores.removeAll());

  const digestAt = (url: string, posts: string[], fail = false, language?: 'ja' | 'en') => {
    const { logger, lines } = capturingLogger();
    const digest = createWeeklyDigest({
      databaseUrl: url,
      contentDir: 'test/fixtures/content',
      logger,
      ...(language && { language }),
      post: async (text) => {
        if (fail) throw new Error('channel refused');
        posts.push(text);
      },
    });
    const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    return { digest, logged };
  };
  const KEY = '2026-11-30T09:00:00.000Z';

  it('logs the period it sent, that one already sent, and one that failed', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const sent = digestAt(url, []);
    await sent.digest.runFor(new Date('2026-11-30T09:00:42Z'));
    expect(sent.logged()).toEqual([
      expect.objectContaining({ period: KEY, questions: 3, msg: 'Sent the weekly digest.' }),
    ]);
    const again = digestAt(url, []);
    await again.digest.runFor(PERIOD);
    expect(again.logged()).toEqual([
      expect.objectContaining({
        period: KEY,
        msg: 'The digest for this period was already sent.',
      }),
    ]);
    const failed = digestAt(`file:${path.join(await stores.dir(), 'other.db')}`, [], true);
    await failed.digest.runFor(PERIOD);
    expect(failed.logged()).toEqual([
      expect.objectContaining({
        level: 50,
        period: KEY,
        err: expect.objectContaining({ message: 'channel refused' }),
        msg: 'The weekly digest could not be sent.',
      }),
    ]);
  });

  it('leaves out the lists a quiet week has nothing for', async () => {
    const posts: string[] = [];
    await digestAt(
      `file:${path.join(await stores.dir(), 'bot.db')}`,
      posts,
      false,
      'en',
    ).digest.runFor(PERIOD);
    const lines = posts[0]?.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('0');
    expect(lines[2]).toBe('');
    expect(lines[3]).toContain('npm run report -- --since 7d');
  });

  it('lists at most five unanswered questions and five disliked answers', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    const store = createQuestionStore(await openDatabase(url));
    const at = Date.parse('2026-11-28T10:00:00Z');
    const topics = ['zebra', 'okapi', 'quokka', 'axolotl', 'narwhal', 'pangolin'];
    for (const [i, topic] of topics.entries()) {
      const base = { platform: 'slack', source: 'command', latencyMs: 1, askedAt: at + i };
      await store.recordQuestion({
        ...base,
        id: `n${i}`,
        question: topic,
        answerKind: 'not-found',
      });
      await store.recordQuestion({
        ...base,
        id: `f${i}`,
        question: `${topic} talk`,
        answerKind: 'found',
        topTalk: `${topic} talk`,
        topMeetup: 'M',
      });
      await store.recordVote({
        answerId: `f${i}`,
        voterHash: 'v',
        vote: 'not-helpful',
        votedAt: at,
      });
    }
    store.close();
    const posts: string[] = [];
    await digestAt(url, posts, false, 'en').digest.runFor(PERIOD);
    const items = (posts[0] ?? '').split('\n').filter((l) => l.startsWith('• '));
    expect(items.filter((l) => l.includes('→'))).toHaveLength(5);
    expect(items.filter((l) => !l.includes('→'))).toHaveLength(5);
  });

  it('is written in Japanese unless told otherwise', async () => {
    const url = `file:${path.join(await stores.dir(), 'bot.db')}`;
    await seed(url);
    const japanese: string[] = [];
    const told: string[] = [];
    await digestAt(url, japanese).digest.runFor(PERIOD);
    const other = `file:${path.join(await stores.dir(), 'other.db')}`;
    await seed(other);
    await digestAt(other, told, false, 'ja').digest.runFor(PERIOD);
    expect(japanese).toEqual(told);
    expect(japanese[0]).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('fails without rejecting when the store cannot be opened, and posts nothing', async () => {
    const dir = await stores.dir();
    await writeFile(path.join(dir, 'a-file'), '');
    const posts: string[] = [];
    const { digest, logged } = digestAt(`file:${path.join(dir, 'a-file', 'bot.db')}`, posts);
    expect(await digest.runFor(PERIOD)).toBe('failed');
    expect(posts).toEqual([]);
    expect(logged()[0]).toMatchObject({ level: 50, msg: 'The weekly digest could not be sent.' });
  });
});

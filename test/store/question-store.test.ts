import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import {
  createQuestionStore,
  type QuestionRecord,
  type QuestionStore,
} from '../../src/store/question-store.js';
import { tempStores } from '../support/temp-store.js';

const stores = tempStores();
const opened: QuestionStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) store.close();
  await stores.removeAll();
});

async function storeAt(): Promise<{ store: QuestionStore; file: string }> {
  const file = path.join(await stores.dir(), 'bot.db');
  const store = createQuestionStore(await openDatabase(`file:${file}`), file);
  opened.push(store);
  return { store, file };
}

const question = (id: string, over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  id,
  askedAt: 1_000,
  platform: 'slack',
  source: 'command',
  userHash: 'someone',
  question: `question ${id}`,
  answerKind: 'not-found',
  latencyMs: 1,
  ...over,
});

describe('the question store', () => {
  it('finds a recorded answer with its top talk and meetup, without them when it had none', async () => {
    const { store } = await storeAt();
    await store.recordQuestion(
      question('found', { answerKind: 'found', topMeetup: 'Meetup #5', topTalk: 'Ansible' }),
    );
    await store.recordQuestion(question('none'));
    expect(await store.findAnswer('found')).toEqual({
      question: 'question found',
      answerKind: 'found',
      topMeetup: 'Meetup #5',
      topTalk: 'Ansible',
    });
    expect(await store.findAnswer('none')).toEqual({
      question: 'question none',
      answerKind: 'not-found',
    });
    expect(await store.findAnswer('missing')).toBeUndefined();
  });

  it('counts every vote in a direct message as one voter’s, and each other user apart', async () => {
    const { store } = await storeAt();
    await store.recordQuestion(question('dm', { source: 'direct-message' }));
    await store.recordQuestion(question('channel'));
    const vote = (answerId: string, voterHash: string) =>
      store.recordVote({ answerId, voterHash, vote: 'helpful', votedAt: 2_000 });
    expect(await vote('dm', 'a')).toBe('recorded');
    expect(await vote('dm', 'b')).toBe('changed');
    expect(await vote('channel', 'a')).toBe('recorded');
    expect(await vote('channel', 'b')).toBe('recorded');
    expect(await vote('missing', 'a')).toBe('unknown-answer');
  });

  it('claims an event once, and again once the claim is older than the cut-off', async () => {
    const { store } = await storeAt();
    expect(await store.claimEvent('Ev1', 100, 0)).toBe(true);
    expect(await store.claimEvent('Ev1', 150, 50)).toBe(false);
    expect(await store.claimEvent('Ev1', 300, 200)).toBe(true);
  });

  it('says how many questions it deleted before the cut-off', async () => {
    const { store } = await storeAt();
    await store.recordQuestion(question('old', { askedAt: 10 }));
    await store.recordQuestion(question('older', { askedAt: 5 }));
    await store.recordQuestion(question('new', { askedAt: 100 }));
    expect(await store.purgeBefore(50)).toBe(2);
    expect(await store.purgeBefore(50)).toBe(0);
    expect(await store.findAnswer('new')).toBeDefined();
  });

  it('knows when its file was deleted or replaced, and a store with no file never is', async () => {
    const { store, file } = await storeAt();
    expect(await store.isReplaced()).toBe(false);
    await rename(file, `${file}.moved`);
    await writeFile(file, '');
    expect(await store.isReplaced()).toBe(true);
    await rm(file);
    expect(await store.isReplaced()).toBe(true);
    const memory = createQuestionStore(await openDatabase('file::memory:'));
    opened.push(memory);
    expect(await memory.isReplaced()).toBe(false);
  });

  it('keeps one salt, and closes its connection', async () => {
    const { store } = await storeAt();
    const salt = await store.salt();
    expect(salt).toMatch(/^[\w-]{43}$/);
    expect(await store.salt()).toBe(salt);
    store.close();
    opened.splice(0);
    await expect(store.salt()).rejects.toThrow();
  });
});

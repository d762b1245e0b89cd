import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  QUESTION_MAX_CHARS,
  QUESTION_TOO_LONG as QUESTION_TOO_LONG_ENGINE,
  type QueryService,
} from '../../src/answer/answer.js';
import { createRateLimiter } from '../../src/answer/rate-limiter.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import { DEFAULT_BOT } from '../../src/messages/bot-identity.js';
import { messagesFor } from '../../src/messages/catalog.js';
import {
  createRequestPipeline,
  type IncomingRequest,
  type Reply,
  type RequestPipeline,
} from '../../src/requests/request-pipeline.js';
import { brokenService } from '../support/broken-service.js';
import { buildEngine, FIXTURES, readNotes } from '../support/engine.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';

/** A request from one Slack user by slash command, with the fields a test changes. */
const request = (text: string, overrides: Partial<IncomingRequest> = {}): IncomingRequest => ({
  platform: 'slack',
  userKey: 'T1:U1',
  text,
  source: 'command',
  ...overrides,
});

function answerOf(reply: Reply): Answer {
  if (reply.kind !== 'answer') throw new Error(`Expected an answer, got ${reply.kind}.`);
  return reply.answer;
}

describe('the request pipeline', () => {
  let service: QueryService;
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  const pipelineWith = (limit: number, over: QueryService = service): RequestPipeline =>
    createRequestPipeline({ service: over, rateLimiter: createRateLimiter({ limit }), logger });

  beforeAll(async () => {
    service = buildEngine(await readNotes(FIXTURES.seedMeetup));
  });

  it('answers a question with the engine’s answer and the question as asked', async () => {
    const reply = await pipelineWith(0).reply(request(`ask  ${GA_QUESTION}`));
    expect(reply).toMatchObject({ kind: 'answer', question: GA_QUESTION });
    const answer = answerOf(reply);
    expect(answer.kind).toBe('found');
    if (answer.kind === 'found') {
      expect(answer.results[0]?.talk).toMatch(/Ansible/);
      expect(answer.results[0]?.snippet).toContain('2020/9/22');
    }
  });

  it('says plainly that the notes have no answer, as an answer', async () => {
    const answer = answerOf(await pipelineWith(0).reply(request('How do I bake sourdough bread?')));
    expect(answer).toEqual({
      kind: 'not-found',
      query: 'How do I bake sourdough bread?',
      suggestions: expect.any(Array),
    });
  });

  const HELP = { kind: 'help', language: 'en', example: GA_QUESTION };

  it.each(['', '   ', 'help', 'HELP', 'ask', 'ask   '])('answers %j with help', async (text) => {
    expect(await pipelineWith(0).reply(request(text))).toEqual(HELP);
  });

  it('turns the engine’s own help answer (a lone "?") into help', async () => {
    expect(await pipelineWith(0).reply(request('?'))).toEqual(HELP);
  });

  it('gives help no example when the shipped notes are not the ones loaded', async () => {
    const other: QueryService = {
      ask: service.ask,
      talks: () => [{ title: 'Go Night #1', talks: [] }],
    };
    expect(await pipelineWith(0, other).reply(request('help'))).toEqual({
      kind: 'help',
      language: 'en',
    });
  });

  it('replies in the language of what was typed, or in the one BOT_LANGUAGE fixes', async () => {
    const auto = pipelineWith(0);
    expect((await auto.reply(request('Octantって何?'))).language).toBe('ja');
    expect((await auto.reply(request(GA_QUESTION))).language).toBe('en');
    expect((await auto.reply(request('talks 第5回'))).language).toBe('ja');
    expect(await auto.reply(request('ask'))).toMatchObject({
      language: 'en',
      example: GA_QUESTION,
    });
    expect(await auto.reply(request('ヘルプ'))).toMatchObject({
      kind: 'help',
      language: 'ja',
      example: 'Octantって何?',
    });
    const fixed = (language: 'ja' | 'en') =>
      createRequestPipeline({
        service,
        rateLimiter: createRateLimiter({ limit: 0 }),
        logger,
        bot: { ...DEFAULT_BOT, language },
      });
    expect((await fixed('ja').reply(request(GA_QUESTION))).language).toBe('ja');
    expect(await fixed('ja').reply(request('help'))).toMatchObject({
      language: 'ja',
      example: 'Octantって何?',
    });
    expect((await fixed('en').reply(request('Octantって何?'))).language).toBe('en');
    expect(fixed('ja').languageOf('What?')).toBe('ja');
    expect(auto.languageOf('何?')).toBe('ja');
    expect(auto.bot).toEqual(DEFAULT_BOT);
  });

  it('lists every meetup with its talks for "talks"', async () => {
    const reply = await pipelineWith(0).reply(request('talks'));
    expect(reply).toEqual({ kind: 'talks', language: 'en', meetups: service.talks() });
    if (reply.kind === 'talks') {
      expect(reply.meetups.map((m) => m.title)).toContain('VMware DevOps Meetup #5');
    }
  });

  it('narrows the listing to the words after "talks" and says which words', async () => {
    const reply = await pipelineWith(0).reply(request('talks ansible'));
    expect(reply).toEqual({
      kind: 'talks',
      language: 'en',
      meetups: service.talks('ansible'),
      filter: 'ansible',
    });
    if (reply.kind === 'talks') {
      const titles = reply.meetups.flatMap((m) => m.talks.map((t) => t.title));
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((t) => !/ansible/i.test(t))).toEqual([]);
    }
  });

  it('keeps "ask talks" a question rather than the listing', async () => {
    const reply = await pipelineWith(0).reply(request('ask talks'));
    expect(reply).toMatchObject({ kind: 'answer', question: 'talks' });
  });

  it('refuses a question over the limit with its reason and the one sentence for it', async () => {
    const question = `Ansible ${'y'.repeat(QUESTION_MAX_CHARS)}`;
    expect(await pipelineWith(0).reply(request(question))).toEqual({
      kind: 'refused',
      language: 'en',
      reason: 'too-long',
      message: messagesFor('en').tooLong(QUESTION_MAX_CHARS),
    });
    expect(await pipelineWith(0).reply(request(`質問${question}`))).toMatchObject({
      kind: 'refused',
      language: 'ja',
      message: messagesFor('ja').tooLong(QUESTION_MAX_CHARS),
    });
  });

  it('says the engine’s own too-long refusal in the asker’s language', async () => {
    const engine = {
      ...service,
      ask: () => ({ kind: 'invalid', reason: QUESTION_TOO_LONG_ENGINE }) as const,
    };
    expect(await pipelineWith(0, engine).reply(request('長い質問'))).toMatchObject({
      kind: 'refused',
      language: 'ja',
      message: messagesFor('ja').tooLong(QUESTION_MAX_CHARS),
    });
    const other = { ...service, ask: () => ({ kind: 'invalid', reason: 'Odd.' }) as const };
    expect(await pipelineWith(0, other).reply(request('長い質問'))).toMatchObject({
      kind: 'answer',
      answer: { kind: 'invalid', reason: 'Odd.' },
    });
  });

  it('says the service’s loading and restarting notices in the asker’s language', async () => {
    const holder = createServiceHolder();
    const pipeline = pipelineWith(0, holder.service);
    expect(await pipeline.reply(request('Octantって何?'))).toMatchObject({
      answer: { kind: 'invalid', reason: messagesFor('ja').notReady },
    });
    expect(await pipeline.reply(request('What is Octant?'))).toMatchObject({
      answer: { kind: 'invalid', reason: messagesFor('en').notReady },
    });
    holder.stopTakingQuestions();
    expect(await pipeline.reply(request('Octantって何?'))).toMatchObject({
      answer: { kind: 'invalid', reason: messagesFor('ja').restarting },
    });
    expect(messagesFor('ja').restarting).not.toBe(messagesFor('en').restarting);
  });

  it('answers a question of exactly the limit', async () => {
    const question = `Ansible ${'y'.repeat(QUESTION_MAX_CHARS - 'Ansible '.length)}`;
    expect(question).toHaveLength(QUESTION_MAX_CHARS);
    expect((await pipelineWith(0).reply(request(question))).kind).toBe('answer');
  });

  it('asks a user over the rate limit to slow down, and no one else', async () => {
    const pipeline = pipelineWith(2);
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('answer');
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('answer');
    expect(await pipeline.reply(request(GA_QUESTION))).toEqual({
      kind: 'slow-down',
      language: 'en',
      message: messagesFor('en').slowDown,
    });
    expect((await pipeline.reply(request(GA_QUESTION, { userKey: 'T1:U2' }))).kind).toBe('answer');
    // The same id on another platform is another person.
    expect((await pipeline.reply(request(GA_QUESTION, { platform: 'discord' }))).kind).toBe(
      'answer',
    );
    expect(logLines.join('')).toContain('A user is over the question rate limit.');
    expect(logLines.join('')).not.toContain('T1:U1');
  });

  it('does not count a refused question, help or the listing against the limit', async () => {
    const pipeline = pipelineWith(1);
    expect((await pipeline.reply(request('y'.repeat(QUESTION_MAX_CHARS + 1)))).kind).toBe(
      'refused',
    );
    expect((await pipeline.reply(request('help'))).kind).toBe('help');
    expect((await pipeline.reply(request('talks'))).kind).toBe('talks');
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('answer');
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('slow-down');
  });

  it('still shares an answer for a user over the limit: the question was counted when asked', async () => {
    const pipeline = pipelineWith(1);
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('answer');
    const shared = await pipeline.reply(request(`ask ${GA_QUESTION}`, { source: 'share' }));
    expect(answerOf(shared).kind).toBe('found');
    expect((await pipeline.reply(request(GA_QUESTION))).kind).toBe('slow-down');
  });

  it('apologizes instead of throwing when the engine fails, and logs the fault with its context', async () => {
    const pipeline = pipelineWith(0, brokenService('index exploded'));
    const apology = { kind: 'apology', language: 'en', message: messagesFor('en').apology };
    expect(await pipeline.reply(request(GA_QUESTION, { platform: 'discord' }))).toEqual(apology);
    expect(await pipeline.reply(request('talks'))).toEqual(apology);
    expect(await pipeline.reply(request('ノートは?'))).toEqual({
      kind: 'apology',
      language: 'ja',
      message: messagesFor('ja').apology,
    });
    const logs = logLines.join('');
    expect(logs.match(/index exploded/g)?.length).toBeGreaterThanOrEqual(2);
    expect(logs).toContain('"platform":"discord"');
    expect(logs).toContain('Answering a request failed.');
  });
});

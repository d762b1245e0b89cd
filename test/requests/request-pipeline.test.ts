import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  QUESTION_MAX_CHARS,
  QUESTION_TOO_LONG as QUESTION_TOO_LONG_ENGINE,
  type QueryService,
} from '../../src/answer/answer.js';
import { createRateLimiter } from '../../src/answer/rate-limiter.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import { withMetrics } from '../../src/app/with-metrics.js';
import { DEFAULT_BOT } from '../../src/messages/bot-identity.js';
import { messagesFor } from '../../src/messages/catalog.js';
import {
  createRequestPipeline,
  type IncomingRequest,
  type OrganizersMessage,
  type Platform,
  type Reply,
  type RequestPipeline,
} from '../../src/requests/request-pipeline.js';
import type { AskedQuestion, QuestionLog } from '../../src/store/question-log.js';
import { brokenService } from '../support/broken-service.js';
import { buildEngine, FIXTURES, readNotes } from '../support/engine.js';
import { createTestPipeline } from '../support/test-pipeline.js';

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

  it('logs each answered question at debug level with where it came from and its kind', async () => {
    logLines.length = 0;
    await pipelineWith(0).reply(request(GA_QUESTION, { platform: 'discord', source: 'mention' }));
    const line = logLines.find((l) => l.includes('Answered a question.'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 20,
      platform: 'discord',
      source: 'mention',
      kind: 'found',
    });
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
    // Strict: no `example` key at all, not one set to undefined.
    expect(await pipelineWith(0, other).reply(request('help'))).toStrictEqual({
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
    // Strict: no `filter` key at all when none was typed.
    expect(reply).toStrictEqual({ kind: 'talks', language: 'en', meetups: service.talks() });
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

  it('asks only once what the question waits for is in, through the holder and its metrics', async () => {
    let release = () => {};
    const readings = new Promise<void>((resolve) => {
      release = resolve;
    });
    const asked: string[] = [];
    const engine: QueryService = {
      ...service,
      ask: (question) => {
        asked.push(question);
        return service.ask(question);
      },
      pendingFor: (question) => (question.includes('later') ? readings : undefined),
    };
    const holder = createServiceHolder();
    holder.swap({ service: engine, stats: {} as never });
    const pipeline = pipelineWith(
      0,
      withMetrics(holder.service, createMetrics({ defaultMetrics: false }), 'slack'),
    );
    await pipeline.reply(request(GA_QUESTION));
    expect(asked).toEqual([GA_QUESTION]);
    const waiting = pipeline.reply(request(`${GA_QUESTION} later`));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual([GA_QUESTION]);
    release();
    expect(answerOf(await waiting).kind).toBe('found');
    expect(asked).toEqual([GA_QUESTION, `${GA_QUESTION} later`]);
  });

  it('waits only for a question it answers, never past its limit, and counts the wait as latency', async () => {
    const waitedFor: string[] = [];
    const engine: QueryService = {
      ...service,
      // Readings that never come.
      pendingFor: (question) => {
        waitedFor.push(question);
        return new Promise<void>(() => {});
      },
    };
    const { log, recorded } = fakeQuestionLog();
    const pipeline = createRequestPipeline({
      service: engine,
      rateLimiter: createRateLimiter({ limit: 1 }),
      logger,
      questionLog: log,
      pendingWaitMs: 30,
    });
    expect(answerOf(await pipeline.reply(request(GA_QUESTION))).kind).toBe('found');
    expect(recorded[0]?.latencyMs).toBeGreaterThanOrEqual(25);
    // Over the rate limit, and too long: refused before anything waits.
    expect((await pipeline.reply(request(`${GA_QUESTION} again`))).kind).toBe('slow-down');
    expect((await pipeline.reply(request('x'.repeat(QUESTION_MAX_CHARS + 1)))).kind).toBe(
      'refused',
    );
    expect(waitedFor).toEqual([GA_QUESTION]);
  });

  it('says the engine’s own too-long refusal in the asker’s language', async () => {
    const engine = {
      ...service,
      ask: () => ({ kind: 'invalid', reason: QUESTION_TOO_LONG_ENGINE }) as const,
    };
    expect(await pipelineWith(0, engine).reply(request('長い質問'))).toMatchObject({
      kind: 'refused',
      language: 'ja',
      reason: 'too-long',
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
    const limited = logLines.find((l) => l.includes('A user is over the question rate limit.'));
    expect(JSON.parse(limited ?? '{}')).toMatchObject({ platform: 'slack', source: 'command' });
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

/** A question log in memory, whose answers a test sets; what the pipeline asked of it is kept. */
function fakeQuestionLog(overrides: Partial<QuestionLog> = {}) {
  const recorded: AskedQuestion[] = [];
  const log: QuestionLog = {
    days: 30,
    record: (question) => {
      recorded.push(question);
    },
    vote: async () => 'recorded',
    claimEvent: async () => true,
    findAnswer: async () => ({ question: 'Who spoke about Octant?', answerKind: 'not-found' }),
    start: async () => undefined,
    close: async () => undefined,
    ...overrides,
  };
  return { log, recorded };
}

describe('votes and "Ask the organizers" through the request pipeline', () => {
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  const engine: QueryService = {
    ask: (question) => ({ kind: 'not-found', query: question, suggestions: [] }),
    talks: () => [],
  };
  const pipelineOver = (questionLog?: QuestionLog, forwarded: Platform[] = []) =>
    createTestPipeline({
      service: engine,
      logger,
      ...(questionLog && { questionLog }),
      recordForwarded: (platform) => forwarded.push(platform),
    });
  const click = { platform: 'slack', userKey: 'T1:U1', answerId: 'a-1' } as const;
  const posted: OrganizersMessage[] = [];
  const post = async (message: OrganizersMessage) => {
    posted.push(message);
  };

  it('records a Slack question with its id and how long the engine took, never a console one', async () => {
    const { log, recorded } = fakeQuestionLog();
    const pipeline = await pipelineOver(log);
    const reply = await pipeline.reply(request('What is Octant?'));
    expect(reply).toMatchObject({ kind: 'answer', answerId: recorded[0]?.id });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(recorded[0]?.latencyMs).toBeLessThan(5_000);
    const atConsole = await pipeline.reply(request('What is Octant?', { platform: 'console' }));
    expect(atConsole).not.toHaveProperty('answerId');
    expect(recorded).toHaveLength(1);
  });

  it('thanks a vote in the language of the answer, and the bot language when the button had none', async () => {
    const pipeline = await pipelineOver(fakeQuestionLog().log);
    expect(await pipeline.vote({ ...click, vote: 'helpful', language: 'ja' })).toEqual({
      kind: 'recorded',
      message: messagesFor('ja').vote('recorded', 'helpful', 30),
    });
    const fixedJa = await createTestPipeline({
      service: engine,
      logger,
      questionLog: fakeQuestionLog().log,
      bot: { ...DEFAULT_BOT, language: 'ja' },
    });
    expect((await fixedJa.vote({ ...click, vote: 'helpful' })).message).toBe(
      messagesFor('ja').vote('recorded', 'helpful', 30),
    );
  });

  it('tells a vote on an answer the log no longer has so, with the days questions are kept', async () => {
    const { log } = fakeQuestionLog({ days: 7, vote: async () => 'unknown-answer' });
    expect(
      await (await pipelineOver(log)).vote({ ...click, vote: 'not-helpful', language: 'en' }),
    ).toEqual({ kind: 'unknown', message: messagesFor('en').vote('unknown', 'not-helpful', 7) });
    expect(messagesFor('en').vote('unknown', 'not-helpful', 7)).not.toBe(
      messagesFor('en').vote('unknown', 'not-helpful', 30),
    );
  });

  it('says a vote could not be kept when there is no log, the store throws, or it came from the console', async () => {
    const unavailable = {
      kind: 'unavailable',
      message: messagesFor('en').vote('unavailable', 'helpful'),
    };
    const vote = { ...click, vote: 'helpful', language: 'en' } as const;
    logLines.length = 0;
    expect(await (await pipelineOver()).vote(vote)).toEqual(unavailable);
    // No log is no failure: nothing is logged as one.
    expect(logLines.filter((l) => l.includes('failed'))).toEqual([]);
    const broken = fakeQuestionLog({
      vote: async () => {
        throw new Error('disk I/O error');
      },
    });
    expect(await (await pipelineOver(broken.log)).vote({ ...vote, platform: 'discord' })).toEqual(
      unavailable,
    );
    const line = JSON.parse(logLines.find((l) => l.includes('disk I/O error')) ?? '{}');
    expect(line).toMatchObject({ level: 50, platform: 'discord', msg: 'Recording a vote failed.' });
    const atConsole = await pipelineOver(fakeQuestionLog().log);
    expect(await atConsole.vote({ ...vote, platform: 'console' })).toEqual(unavailable);
  });

  it('sends the question and what was answered to the organizers, in their language, and counts it', async () => {
    const forwarded: Platform[] = [];
    posted.length = 0;
    const found = { question: 'Where are the slides?', answerKind: 'found', topTalk: 'Octant' };
    const { log } = fakeQuestionLog({ findAnswer: async () => found });
    const reply = await (await pipelineOver(log, forwarded)).forward({
      ...click,
      platform: 'discord',
      post,
      language: 'en',
    });
    expect(reply).toEqual({ kind: 'sent', message: messagesFor('en').forward('sent') });
    expect(posted).toEqual([
      {
        question: 'Where are the slides?',
        answered: messagesFor('ja').answered(found),
        language: 'ja',
      },
    ]);
    expect(forwarded).toEqual(['discord']);
  });

  it('tells the asker when the answer is gone or the log is down, and posts nothing', async () => {
    posted.length = 0;
    const gone = fakeQuestionLog({ days: 14, findAnswer: async () => 'unknown-answer' });
    expect(
      await (await pipelineOver(gone.log)).forward({ ...click, post, language: 'ja' }),
    ).toEqual({
      kind: 'unknown',
      message: messagesFor('ja').forward('unknown', 14),
    });
    expect(messagesFor('ja').forward('unknown', 14)).not.toBe(messagesFor('ja').forward('unknown'));
    const down = fakeQuestionLog({ findAnswer: async () => 'unavailable' });
    const unavailable = { kind: 'unavailable', message: messagesFor('en').forward('unavailable') };
    expect(
      await (await pipelineOver(down.log)).forward({ ...click, post, language: 'en' }),
    ).toEqual(unavailable);
    expect(await (await pipelineOver()).forward({ ...click, post, language: 'en' })).toEqual(
      unavailable,
    );
    expect(posted).toEqual([]);
  });

  it('says a refused post failed, logs the fix once until a post works again', async () => {
    logLines.length = 0;
    let refuse = true;
    const flaky = async () => {
      if (refuse) throw new Error('Invite the bot to the organizers channel.');
    };
    const pipeline = await pipelineOver(fakeQuestionLog().log);
    const failed = { kind: 'failed', message: messagesFor('en').forward('failed') };
    expect(await pipeline.forward({ ...click, post: flaky, language: 'en' })).toEqual(failed);
    expect(await pipeline.forward({ ...click, post: flaky, language: 'en' })).toEqual(failed);
    const fixes = () => logLines.filter((l) => l.includes('Invite the bot'));
    expect(fixes()).toHaveLength(1);
    expect(JSON.parse(fixes()[0] ?? '{}')).toMatchObject({ level: 50, platform: 'slack' });
    refuse = false;
    expect((await pipeline.forward({ ...click, post: flaky, language: 'en' })).kind).toBe('sent');
    refuse = true;
    await pipeline.forward({ ...click, post: flaky, language: 'en' });
    expect(fixes()).toHaveLength(2);
  });
});

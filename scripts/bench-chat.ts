/**
 * End-to-end reply latency through the real adapters against the local fake Slack and Discord
 * the tests use: Slack HTTP mode (a signed slash command, answered in the ack), Slack Socket Mode
 * (a slash command envelope, answered in its ack) and Discord (a `/vmware ask` interaction,
 * answered by the interaction callback). Each timing runs from the request leaving the fake to
 * the answer arriving back at it. Questions go one at a time: this is latency, not throughput.
 *
 * Standalone: node --import tsx scripts/bench-chat.ts [--questions 200] [--log]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDiscordAdapter } from '../adapters/discord/create-discord-adapter.js';
import { createSlackAdapter } from '../adapters/slack/create-slack-adapter.js';
import type { QueryService } from '../src/answer/answer.js';
import { createQueryService } from '../src/answer/query-service.js';
import { createRateLimiter } from '../src/answer/rate-limiter.js';
import { loadContent } from '../src/content/load-content.js';
import { createLogger } from '../src/logger.js';
import { createRequestPipeline, type RequestPipeline } from '../src/requests/request-pipeline.js';
import { openDatabase } from '../src/store/open-database.js';
import { createQuestionLog, type QuestionLog } from '../src/store/question-log.js';
import { createQuestionStore } from '../src/store/question-store.js';
import { slashCommand } from '../test/adapters/slack/e2e/slack-harness.js';
import { createFakeDiscord } from '../test/fakes/fake-discord.js';
import { createFakeSlack, sendToApp } from '../test/fakes/fake-slack.js';

/** One transport's latency summary. */
export interface ChatLatency {
  readonly name: string;
  readonly n: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface ChatBenchOptions {
  /** Timed questions per transport (default 200). */
  readonly questions?: number;
  /** Untimed questions first, so JIT and connection setup do not count (default 20). */
  readonly warmup?: number;
  /** The engine to answer with (default: the shipped notes in `content/`). */
  readonly service?: QueryService;
  /**
   * Record every question in a question log over a fresh libSQL file, as the bots do by
   * default; each transport's name then ends in `+log`.
   */
  readonly questionLog?: boolean;
}

// Fake secrets in the right shapes; nothing here is a real credential.
const SLACK_BOT_TOKEN = 'xoxb-0000000000-1111111111-BENCHbotTOKEN';
const SLACK_APP_TOKEN = 'xapp-1-A0BENCH-2222222222-BENCHappTOKEN';
const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
const DISCORD_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.Gbench.bench-token-not-real';

const QUESTIONS = [
  'When did Ansible 2.10 become GA?',
  'Octantって何?',
  'NSX-Tで分散ファイアウォールに相当するk8sの機能は?',
  'Where are the slides for the Ansible talk?',
  'vSphere with Kubernetesとは何ですか?',
  'How do I bake sourdough bread?',
  'help',
];

/** Times `ask` for warm-up + n questions, checking each reply is a real answer. */
async function timeQuestions(
  name: string,
  { questions, warmup }: { questions: number; warmup: number },
  ask: (question: string) => Promise<string>,
): Promise<ChatLatency> {
  const times: number[] = [];
  for (let i = 0; i < warmup + questions; i += 1) {
    const question = QUESTIONS[i % QUESTIONS.length] as string;
    const started = performance.now();
    const reply = await ask(question);
    const elapsed = performance.now() - started;
    if (reply.length < 20) throw new Error(`${name}: an empty reply to "${question}".`);
    if (i >= warmup) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { name, n: times.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)) };
}

/** The pipeline as the bot runs it, but unlimited: the bench asks hundreds of questions. */
function unlimitedPipeline(service: QueryService, questionLog?: QuestionLog): RequestPipeline {
  return createRequestPipeline({
    service,
    rateLimiter: createRateLimiter({ limit: 0 }),
    logger: createLogger({ level: 'silent' }),
    ...(questionLog && { questionLog }),
  });
}

async function slackHttp(service: QueryService, counts: Counts): Promise<ChatLatency> {
  const fake = createFakeSlack({ botToken: SLACK_BOT_TOKEN });
  await fake.start();
  const adapter = createSlackAdapter({
    config: {
      botToken: SLACK_BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl: fake.apiUrl,
    },
    pipeline: unlimitedPipeline(service, counts.log),
    logger: createLogger({ level: 'silent' }),
    clientOptions: { retryConfig: { retries: 0 } },
    host: '127.0.0.1',
  });
  try {
    await adapter.start();
    const url = `http://127.0.0.1:${adapter.httpPort}/slack/events`;
    return await timeQuestions(`slack-http${counts.suffix}`, counts, async (question) => {
      const form = slashCommand(`ask ${question}`, fake.responseUrl());
      const res = await sendToApp(url, SIGNING_SECRET, { form });
      return res.text();
    });
  } finally {
    await adapter.stop();
    await fake.close();
  }
}

async function slackSocket(service: QueryService, counts: Counts): Promise<ChatLatency> {
  const fake = createFakeSlack({ botToken: SLACK_BOT_TOKEN, appToken: SLACK_APP_TOKEN });
  await fake.start();
  const adapter = createSlackAdapter({
    config: { botToken: SLACK_BOT_TOKEN, appToken: SLACK_APP_TOKEN, port: 0, apiUrl: fake.apiUrl },
    pipeline: unlimitedPipeline(service, counts.log),
    logger: createLogger({ level: 'silent' }),
    clientOptions: { retryConfig: { retries: 0 } },
  });
  try {
    await adapter.start();
    const socket = await fake.nextSocket();
    return await timeQuestions(`slack-socket${counts.suffix}`, counts, async (question) => {
      const id = socket.sendEnvelope(
        'slash_commands',
        slashCommand(`ask ${question}`, fake.responseUrl()),
      );
      const ack = await socket.nextAck(id);
      return JSON.stringify(ack.payload ?? '');
    });
  } finally {
    await adapter.stop();
    await fake.close();
  }
}

async function discord(service: QueryService, counts: Counts): Promise<ChatLatency> {
  const fake = createFakeDiscord({ token: DISCORD_TOKEN });
  await fake.start();
  const adapter = createDiscordAdapter({
    config: { token: DISCORD_TOKEN, apiUrl: fake.apiUrl },
    pipeline: unlimitedPipeline(service, counts.log),
    logger: createLogger({ level: 'silent' }),
    rest: { retries: 0 },
  });
  try {
    await adapter.start();
    return await timeQuestions(`discord${counts.suffix}`, counts, async (question) => {
      const sent = fake.sendSlashCommand({ subcommand: 'ask', options: { question } });
      const { body } = await sent.response();
      return JSON.stringify(body);
    });
  } finally {
    await adapter.stop();
    await fake.close();
  }
}

interface Counts {
  readonly questions: number;
  readonly warmup: number;
  readonly log?: QuestionLog;
  readonly suffix: string;
}

/** p50/p99 reply latency for Slack HTTP mode, Slack Socket Mode and Discord, in that order. */
export async function measureChatLatency(options: ChatBenchOptions = {}): Promise<ChatLatency[]> {
  const service = options.service ?? createQueryService(await loadContent('content'));
  const dir = options.questionLog ? await mkdtemp(path.join(tmpdir(), 'bench-store-')) : undefined;
  const log =
    dir === undefined
      ? undefined
      : createQuestionLog({
          open: async () =>
            createQuestionStore(await openDatabase(`file:${path.join(dir, 'bench.db')}`)),
          days: 90,
          logger: createLogger({ level: 'silent' }),
          metrics: { recordStoreError() {}, recordLostRecord() {}, recordFeedback() {} },
        });
  await log?.start();
  const counts: Counts = {
    questions: options.questions ?? 200,
    warmup: options.warmup ?? 20,
    suffix: log ? '+log' : '',
    ...(log && { log }),
  };
  try {
    // One after another, so the transports do not compete for the CPU.
    return [
      await slackHttp(service, counts),
      await slackSocket(service, counts),
      await discord(service, counts),
    ];
  } finally {
    await log?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { questions: { type: 'string', default: '200' }, log: { type: 'boolean' } },
  });
  measureChatLatency({
    questions: Number(values.questions),
    questionLog: values.log ?? false,
  }).then(
    (results) => {
      console.log('transport      n     p50 ms   p99 ms');
      for (const r of results) {
        console.log(
          `${r.name.padEnd(13)} ${String(r.n).padStart(4)} ${r.p50Ms.toFixed(2).padStart(9)} ${r.p99Ms.toFixed(2).padStart(8)}`,
        );
      }
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}

/**
 * Fault script for Slack's 3-second ack rule under load: many signed `/vmware ask` commands at
 * once against the real Slack adapter in HTTP mode (the local fake Slack catches the
 * response_url posts). Every command must be acked within 3 s, and every one answered: in the
 * ack, or through its response_url when the ack went out first. Exits 1 otherwise.
 *
 * npm run soak:slack-acks [-- --commands 3000 --concurrency 200]
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSlackAdapter } from '../adapters/slack/create-slack-adapter.js';
import { createQueryService } from '../src/answer/query-service.js';
import { createRateLimiter } from '../src/answer/rate-limiter.js';
import { loadContent } from '../src/content/load-content.js';
import { createLogger } from '../src/logger.js';
import { createRequestPipeline } from '../src/requests/request-pipeline.js';
import { slashCommand } from '../test/adapters/slack/e2e/slack-harness.js';
import { createFakeSlack, signSlackRequest } from '../test/fakes/fake-slack.js';

// Fake secrets in the right shapes; nothing here is a real credential.
const BOT_TOKEN = 'xoxb-0000000000-1111111111-SOAKbotTOKEN';
const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
/** Slack's deadline for an ack. */
const ACK_DEADLINE_MS = 3_000;
const QUESTIONS = ['When did Ansible 2.10 become GA?', 'Octantって何?', 'How do I bake bread?'];

interface ClientResult {
  readonly acks: number[];
  /** The first round's acks: one command per connection, all at once, held to the same deadline. */
  readonly firstRound: number[];
  readonly inAck: number;
  readonly failed: number;
}

/**
 * One signed slash command over a kept-alive connection, as Slack sends them: resolves with the
 * status and the body's length. node:http rather than fetch, whose own work per request would
 * count against the bot's deadline when both share a busy machine.
 */
function post(url: URL, agent: Agent, form: Record<string, string>) {
  const body = new URLSearchParams(form).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = signSlackRequest(SIGNING_SECRET, timestamp, body);
  return new Promise<{ status: number; length: number }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      },
      (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          length += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, length }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The load: its own process, as Slack is, so its work does not count against the bot's loop. */
async function client(url: string, responseUrl: string, total: number, concurrency: number) {
  const acks: number[] = [];
  let inAck = 0;
  let failed = 0;
  let next = 0;
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  /** Sends one command, tallies its answer; its ack time, or undefined when the request failed. */
  const command = async (i: number, id: string): Promise<number | undefined> => {
    const form = slashCommand(`ask ${QUESTIONS[i % QUESTIONS.length]}`, `${responseUrl}${id}`);
    const started = performance.now();
    try {
      const { status, length } = await post(target, agent, form);
      if (status !== 200) failed += 1;
      else if (length > 0) inAck += 1;
      return performance.now() - started;
    } catch {
      failed += 1;
      return undefined;
    }
  };
  // A first round opens every connection at once, one command on each, before the workers
  // keep them busy: with the workers alone, the first 200 commands of some runs were acked only
  // after 2.5 to 3.6 s on this 2-core machine (no retransmission, no event-loop stall in either
  // process; cause not found), and with this round first no run did in eleven, the round itself
  // included (270 to 350 ms). Its commands are held to the same deadline.
  const firstRound = (
    await Promise.all(Array.from({ length: concurrency }, (_, i) => command(i, `r${i}`)))
  ).filter((ms) => ms !== undefined);
  const worker = async () => {
    while (next < total) {
      const i = next;
      next += 1;
      const ms = await command(i, String(i));
      if (ms !== undefined) acks.push(ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  const result: ClientResult = { acks, firstRound, inAck, failed };
  process.send?.(result);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      commands: { type: 'string', default: '3000' },
      concurrency: { type: 'string', default: '200' },
      client: { type: 'string' },
      'response-url': { type: 'string' },
    },
  });
  const total = Number(values.commands);
  const concurrency = Number(values.concurrency);
  if (values.client !== undefined) {
    await client(values.client, values['response-url'] ?? '', total, concurrency);
    return 0;
  }
  const fake = createFakeSlack({ botToken: BOT_TOKEN });
  await fake.start();
  const adapter = createSlackAdapter({
    config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl },
    pipeline: createRequestPipeline({
      service: createQueryService(await loadContent('test/fixtures/content')),
      rateLimiter: createRateLimiter({ limit: 0 }),
      logger: createLogger({ level: 'silent' }),
    }),
    logger: createLogger({ level: 'silent' }),
    clientOptions: { retryConfig: { retries: 0 } },
    host: '127.0.0.1',
  });
  await adapter.start();
  const url = `http://127.0.0.1:${adapter.httpPort}/slack/events`;
  const responseUrl = fake.responseUrl();
  const load = fork(
    fileURLToPath(import.meta.url),
    [
      ...['--client', url, '--response-url', responseUrl],
      ...['--commands', String(total), '--concurrency', String(concurrency)],
    ],
    { execArgv: ['--import', 'tsx'] },
  );
  const { acks, firstRound, inAck, failed } = await new Promise<ClientResult>((resolve, reject) => {
    load.once('message', (m) => resolve(m as ClientResult));
    load.once('exit', (code) => reject(new Error(`The load process exited with ${code}.`)));
  });
  // The answers that did not go in the ack are posted to their response_url: wait for each.
  const sent = concurrency + total;
  for (let i = 0; i < sent - inAck - failed; i += 1) await fake.nextCall('response_url');
  await adapter.stop();
  await fake.close();

  acks.sort((a, b) => a - b);
  const late = [...firstRound, ...acks].filter((ms) => ms > ACK_DEADLINE_MS).length;
  const p99 = Math.round(acks[Math.floor(acks.length * 0.99)] ?? 0);
  console.log(
    `${concurrency} commands at once on new connections (slowest ack ${Math.round(Math.max(...firstRound))} ms), then ${total} at concurrency ${concurrency}: ${late} acked after ${ACK_DEADLINE_MS / 1000} s, ${failed} failed, ${inAck} answered in the ack and ${sent - inAck - failed} through response_url; the ${total}'s ack p99 ${p99} ms, max ${Math.round(acks.at(-1) ?? 0)} ms.`,
  );
  return late === 0 && failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);

import { expect } from 'vitest';
import {
  createDiscordAdapter,
  type DiscordAdapter,
} from '../../../../adapters/discord/create-discord-adapter.js';
import type { QueryService } from '../../../../src/answer/answer.js';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/logger.js';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import {
  createFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
} from '../../../fakes/fake-discord.js';
import { createTestPipeline } from '../../../support/test-pipeline.js';

/** A token shaped like a real one; the tests assert it never reaches the logs. */
export const TEST_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.Gfake1.s3cret-test-token-do-not-log';

export interface DiscordHarness {
  readonly fake: FakeDiscord;
  readonly adapter: DiscordAdapter;
  /** Everything the adapter logged, at trace level, as pino JSON lines. */
  logs(): string;
  close(): Promise<void>;
}

/**
 * Starts a fake Discord and the real adapter (real discord.js Client) against it, configured the
 * way `npm start` does: through `loadConfig` with `DISCORD_API_URL` pointing at the fake.
 */
export async function startDiscordHarness(
  options: {
    readonly service?: QueryService;
    readonly rateLimitPerMinute?: number;
    readonly fake?: FakeDiscordOptions;
    /** Records questions and takes votes (with buttons on answers); absent by default. */
    readonly questionLog?: QuestionLog;
    /** DISCORD_ORGANIZERS_CHANNEL: turns on "Ask the organizers". */
    readonly organizersChannel?: string;
    /** How long the gateway may be down before the adapter gives up (the default is 30 s). */
    readonly gatewayDownLimitMs?: number;
    /** More variables for `loadConfig`, e.g. BOT_COMMAND or BOT_LANGUAGE. */
    readonly env?: Readonly<Record<string, string>>;
    /** DISCORD_ANNOUNCE_CHANNEL: where news of new notes goes. */
    readonly announceChannel?: string;
  } = {},
): Promise<DiscordHarness> {
  const fake = createFakeDiscord({ token: TEST_TOKEN, ...options.fake });
  await fake.start();
  const lines: string[] = [];
  // No `secrets` option on purpose: the logger's scrubbing must not be what hides a leak.
  const logger = createLogger({
    level: 'trace',
    destination: { write: (line: string) => lines.push(line) },
  });
  const loaded = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    ...(options.organizersChannel && { DISCORD_ORGANIZERS_CHANNEL: options.organizersChannel }),
    ...options.env,
    ...(options.announceChannel && { DISCORD_ANNOUNCE_CHANNEL: options.announceChannel }),
  });
  if (!loaded.ok || !loaded.config.discord)
    throw new Error(`Bad test config: ${JSON.stringify(loaded)}`);
  const adapter = createDiscordAdapter({
    config: loaded.config.discord,
    pipeline: await createTestPipeline({
      ...(options.service && { service: options.service }),
      rateLimitPerMinute: options.rateLimitPerMinute ?? loaded.config.rateLimitPerMinute,
      logger,
      ...(options.questionLog && { questionLog: options.questionLog }),
      bot: loaded.config.bot,
    }),
    logger,
    rest: { retries: 0 },
    ...(options.gatewayDownLimitMs !== undefined && {
      gatewayDownLimitMs: options.gatewayDownLimitMs,
    }),
  });
  try {
    await adapter.start();
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    adapter,
    logs: () => lines.join(''),
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/**
 * Closes the harness and checks that the bot token never reached a log line, whatever the test
 * did (discord.js's own debug line shows the token's first two parts; the adapter drops it).
 */
export async function closeAndCheckLogs(h: DiscordHarness): Promise<void> {
  const logs = h.logs();
  await h.close();
  expect(logs).not.toContain(TEST_TOKEN);
  expect(logs).not.toContain(TEST_TOKEN.split('.')[2]);
  expect(logs).not.toContain(TEST_TOKEN.split('.').slice(0, 2).join('.'));
}

/** The interaction reply's data for `/vmware ask question`. */
export async function askBySlashCommand(h: DiscordHarness, question: string) {
  return (await h.fake.sendSlashCommand({ subcommand: 'ask', options: { question } }).response())
    .body.data;
}

/** The interaction response to a click on the button `customId` of `message`. */
export async function clickButtonOf(h: DiscordHarness, customId: string, message: object) {
  return (await h.fake.clickButton({ customId, message }).response()).body;
}

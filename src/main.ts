import { createRateLimiter } from './answer/rate-limiter.js';
import { createContentReloader } from './app/content-reloader.js';
import { scheduleDigest } from './app/digest-schedule.js';
import { createGracefulShutdown, type ShutdownStep } from './app/graceful-shutdown.js';
import { type HealthServer, startHealthServer } from './app/health-server.js';
import { createMetrics } from './app/metrics.js';
import { createServiceHolder } from './app/service-holder.js';
import { startConsole } from './app/start-console.js';
import { withMetrics } from './app/with-metrics.js';
import { loadConfig, loadEnvironment, secretsOf } from './config.js';
import { createLogger } from './logger.js';
import { createWeeklyDigest } from './report/weekly-digest.js';
import { createRequestPipeline, type Platform } from './requests/request-pipeline.js';
import { loadLanguageResources } from './search/language-resources.js';
import { describeUrl, openDatabase } from './store/open-database.js';
import { createQuestionLog, type QuestionLog } from './store/question-log.js';
import { createQuestionStore } from './store/question-store.js';

/** Slack and Discord allow 3 s to answer; orchestrators wait 10 s after SIGTERM before SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 9_000;

const USAGE = [
  'Usage: npm start',
  'Starts the bot: Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is set, otherwise',
  'the local console (type a question; "exit" or Ctrl+D quits; piped input: one answer a line).',
  'Everything else comes from the environment or .env: see .env.example and the README.',
].join('\n');

/** A chat connection the composition root starts and stops; each adapter satisfies it. */
interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Set when the platform has an organizers' channel: posts the weekly digest there. */
  readonly postToOrganizers?: (text: string) => Promise<void>;
}

/** An adapter as the composition root drives it; the digest goes where it has a channel. */
function chatAdapter(
  name: string,
  adapter: Omit<Required<ChatAdapter>, 'name'>,
  organizersChannel: string | undefined,
): ChatAdapter {
  return {
    name,
    start: () => adapter.start(),
    stop: () => adapter.stop(),
    ...(organizersChannel !== undefined && {
      postToOrganizers: (text: string) => adapter.postToOrganizers(text),
    }),
  };
}

/**
 * The composition root: configuration, logger, index, then the Slack and/or Discord adapters, or
 * the local console when no chat credentials are set. Returns the exit code.
 */
async function main(): Promise<number> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(loadEnvironment());
  if (!loaded.ok) {
    for (const problem of loaded.problems) process.stderr.write(`${problem}\n`);
    return 1;
  }
  const config = loaded.config;
  const consoleMode = !config.slack && !config.discord;
  // Piped console: answer what comes in and exit; no port, no watcher, nothing left running.
  const oneShot = consoleMode && !process.stdin.isTTY;
  const logger = createLogger({
    level: config.logLevel ?? (consoleMode ? 'warn' : 'info'),
    secrets: secretsOf(config),
    // A person at the console reads one short line; bots and pipes keep JSON for log tooling.
    format: consoleMode && process.stderr.isTTY ? 'line' : 'json',
  });
  // Through the logger, so a token inside a library's rejected promise is scrubbed like any log.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'A promise was rejected and nothing handled it.');
  });
  const metrics = createMetrics();
  const holder = createServiceHolder();
  // One rate limit per process, shared by Slack and Discord; the console is one person, unlimited.
  const rateLimiter = createRateLimiter({ limit: config.rateLimitPerMinute });
  const unlimited = createRateLimiter({ limit: 0 });
  // Only the bots record questions; the console is one person trying the bot.
  const questionLog: QuestionLog | undefined =
    config.questionLog.enabled && !consoleMode
      ? createQuestionLog({
          open: async () => createQuestionStore(await openDatabase(config.databaseUrl)),
          days: config.questionLog.days,
          ...(config.questionLog.salt !== undefined && { salt: config.questionLog.salt }),
          logger,
          metrics,
        })
      : undefined;
  // Each platform gets the same pipeline over its own metrics-counting view of the service.
  const pipelineFor = (platform: Platform) =>
    createRequestPipeline({
      service: withMetrics(holder.service, metrics, platform),
      rateLimiter: platform === 'console' ? unlimited : rateLimiter,
      logger,
      ...(questionLog && { questionLog }),
      recordForwarded: (p) => metrics.recordForwarded(p),
    });
  const { synonyms, readings } = await loadLanguageResources((err) =>
    logger.warn({ err }, 'Could not read kanji readings; romaji names will not find kanji.'),
  );
  // A one-shot answer does not wait a second for kanji readings it would rarely need.
  const resources = oneShot ? { synonyms } : { synonyms, readings };
  const reloader = createContentReloader({
    dir: config.contentDir,
    holder,
    metrics,
    logger,
    resources,
  });

  let health: HealthServer | undefined;
  // A person trying the console needs no health server, and one may hold 8080 already.
  if (config.healthPort !== 0 && !oneShot && (!consoleMode || config.healthPortSet)) {
    try {
      // Started before the index is built, so /healthz answers 503 while it is being built.
      health = await startHealthServer({
        port: config.healthPort,
        metrics,
        status: () => holder.current()?.stats,
        logger,
      });
    } catch (err) {
      if (!consoleMode) {
        logger.fatal({ err, port: config.healthPort }, 'Cannot serve /healthz; set HEALTH_PORT.');
        return 1;
      }
      // Trying the bot at a terminal should not fail because another process holds 8080.
      logger.warn({ err, port: config.healthPort }, 'No health server: the port is taken.');
    }
  }

  const { stats } = await reloader.loadInitial();
  if (stats.meetups === 0) {
    process.stderr.write(
      `No meetup notes were found in ${config.contentDir}; add Markdown notes there or set CONTENT_DIR.\n`,
    );
    await health?.close();
    return 1;
  }
  logger.info(stats, 'Index built.');
  if (consoleMode && config.questionLog.enabled) {
    // The console records nothing, but creates the store (with no configuration) so that
    // `npm run report` works from the first run on; a store that cannot be made is only a warning.
    await openDatabase(config.databaseUrl).then(
      (client) => client.close(),
      (err: unknown) => logger.warn({ err }, 'The question store cannot be created.'),
    );
  }

  if (oneShot) {
    await startConsole({
      pipeline: pipelineFor('console'),
      logger,
      input: process.stdin,
      output: process.stdout,
      interactive: false,
      color: Boolean(process.stdout.isTTY),
    });
    return 0;
  }

  await reloader.watch();
  if (questionLog) {
    // Never fails: a store that cannot be opened is logged, counted and tried again later.
    await questionLog.start();
    logger.info(
      { store: describeUrl(config.databaseUrl), days: config.questionLog.days },
      'Recording questions.',
    );
  }
  const adapters: ChatAdapter[] = [];
  // Imported only when configured: the console starts without loading Bolt and discord.js.
  if (config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/create-slack-adapter.js');
    const slack = createSlackAdapter({
      config: config.slack,
      pipeline: pipelineFor('slack'),
      logger,
    });
    adapters.push(chatAdapter('slack', slack, config.slack.organizersChannel));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/create-discord-adapter.js');
    const discord = createDiscordAdapter({
      config: config.discord,
      pipeline: pipelineFor('discord'),
      logger,
    });
    adapters.push(chatAdapter('discord', discord, config.discord.organizersChannel));
  }

  // The weekly digest: only with a question log and somewhere to post it.
  const posters = adapters.filter((a) => a.postToOrganizers !== undefined);
  const digest =
    questionLog && config.digestSchedule !== undefined && posters.length > 0
      ? scheduleDigest(
          config.digestSchedule,
          createWeeklyDigest({
            databaseUrl: config.databaseUrl,
            contentDir: config.contentDir,
            synonyms,
            logger,
            post: async (text) => {
              const sent = await Promise.allSettled(posters.map((a) => a.postToOrganizers?.(text)));
              sent.forEach((result, i) => {
                if (result.status === 'rejected') {
                  const adapter = posters[i]?.name;
                  logger.error({ err: result.reason, adapter }, 'Posting the digest failed.');
                }
              });
              if (sent.every((r) => r.status === 'rejected')) {
                throw new Error("No organizers' channel took the digest.");
              }
            },
          }),
        )
      : undefined;

  const closeConsole = new AbortController();
  const steps: ShutdownStep[] = [
    { name: 'stop taking questions', run: () => holder.stopTakingQuestions() },
    { name: 'stop the digest schedule', run: () => digest?.stop() },
    { name: 'close the console', run: () => closeConsole.abort() },
    {
      // Each adapter's stop lets a request already being answered finish before it closes.
      name: 'stop adapters',
      run: async () => {
        await Promise.all(adapters.map((a) => a.stop()));
      },
    },
    // After the adapters: every answered question's row is written before the store closes.
    { name: 'close the question log', run: () => questionLog?.close() },
    { name: 'stop watching content', run: () => reloader.close() },
    { name: 'close health server', run: () => health?.close() },
  ];
  const shutdown = createGracefulShutdown({
    logger,
    steps,
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    onDeadline: () => process.exit(1),
  });
  let signalled = false;
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      signalled = true;
      // Whatever is still connecting or closing, the process ends within the deadline.
      setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS + 500).unref();
      process.once(signal, () => process.exit(130)); // a second Ctrl+C means "now"
      shutdown(signal).then(resolve);
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });

  if (consoleMode) {
    await startConsole({
      pipeline: pipelineFor('console'),
      logger,
      input: process.stdin,
      output: process.stdout,
      interactive: true,
      color: Boolean(process.stdout.isTTY),
      signal: closeConsole.signal,
    });
    await shutdown('console closed');
    return 0;
  }

  // allSettled, not all: stopping an adapter that is still connecting would leave it connected.
  const started = await Promise.allSettled(adapters.map((a) => a.start()));
  if (signalled) {
    // A signal came while connecting: an adapter that finished connecting after the shutdown
    // ran is closed now (stop() is a no-op for one already closed).
    await Promise.all(adapters.map((a) => a.stop()));
    await stopped;
    return 0;
  }
  const failures = started.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) {
    for (const err of failures) {
      logger.fatal({ err }, err instanceof Error ? err.message : 'An adapter failed to start.');
    }
    await shutdown('start failed');
    return 1;
  }
  logger.info({ adapters: adapters.map((a) => a.name) }, 'Ready for questions.');
  await stopped;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

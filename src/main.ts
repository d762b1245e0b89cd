import path from 'node:path';
import { createRateLimiter, type RateLimiter } from './answer/rate-limiter.js';
import { collectWhenIdle, fullCollection } from './app/collect-garbage.js';
import {
  type ContentReloader,
  type ContentReloaderOptions,
  createContentReloader,
} from './app/content-reloader.js';
import { scheduleDigest } from './app/digest-schedule.js';
import { createGracefulShutdown, type ShutdownStep } from './app/graceful-shutdown.js';
import { startHealthServer } from './app/health-server.js';
import { createMetrics, type Metrics } from './app/metrics.js';
import { createServiceHolder, type ServiceHolder } from './app/service-holder.js';
import { startConsole } from './app/start-console.js';
import { withMetrics } from './app/with-metrics.js';
import { isEntryPoint } from './cli/run-cli.js';
import { type Config, loadConfig, loadEnvironment, secretsOf } from './config.js';
import { createChildLoader, SMALL_NOTES } from './content/load-in-child.js';
import { createLogger, type Logger } from './logger.js';
import { createNewsDesk, type NewsDesk } from './news/announce-news.js';
import type { Announcement } from './news/announcement-text.js';
import { createWeeklyDigest } from './report/weekly-digest.js';
import {
  createRequestPipeline,
  type Platform,
  type RequestPipeline,
} from './requests/request-pipeline.js';
import { loadLanguageResources } from './search/language-resources.js';
import type { SynonymDictionary } from './search/synonym-dictionary.js';
import { type NotesSource, openNotesSource } from './sources/notes-source.js';
import { describeUrl, filePathOf, openDatabase } from './store/open-database.js';
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

/**
 * What `npm start` reads and writes, and the process events it answers: the process's own
 * ({@link processIo}), or a test's, which runs it in-process.
 */
export interface MainIo {
  /** The arguments after the script's name. */
  readonly argv: readonly string[];
  /** The environment before `.env` is read (`.env` fills only what this leaves unset). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Where SIGTERM, SIGINT and unhandled rejections are heard: the process, or an emitter. */
  readonly events: Pick<NodeJS.EventEmitter, 'on' | 'once'>;
  /** Ends the process at once: past the shutdown deadline, or on a second Ctrl+C. */
  readonly exit: (code: number) => void;
}

/** The process's own arguments, environment, standard streams, signals and exit. */
function processIo(): MainIo {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    events: process,
    exit: (code) => process.exit(code),
  };
}

/**
 * What `npm start` runs: the bots when a chat token is set; otherwise the console, at a terminal
 * (`interactive`) or answering piped input and exiting (`piped`: no port, no watcher, nothing
 * left running).
 */
type Mode = 'bots' | 'interactive' | 'piped';

/** A chat connection the composition root starts and stops; each adapter satisfies it. */
interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Set when the platform has an organizers' channel: posts the weekly digest there. */
  readonly postToOrganizers?: (text: string) => Promise<void>;
  /** Settles when the connection is gone for good (Discord): the process must be restarted. */
  readonly failed?: Promise<Error>;
  /** Set when the platform has an announce channel: posts news of new notes there. */
  readonly announce?: (announcement: Announcement) => Promise<void>;
}

/**
 * What every mode runs on: the index being served and what keeps it fresh. `running` lists a
 * shutdown step for each thing in the order it started; shutdown runs them newest first, so
 * nothing closes while something started after it may still use it.
 */
interface Core {
  readonly config: Config;
  readonly logger: Logger;
  readonly io: MainIo;
  readonly metrics: Metrics;
  readonly holder: ServiceHolder;
  readonly reloader: ContentReloader;
  /** Where the notes come from: a folder, or a git repository cloned at start. */
  readonly notes: NotesSource;
  /** News of new notes, for the chats' announce channels. */
  readonly news: NewsDesk;
  readonly synonyms: SynonymDictionary;
  readonly running: ShutdownStep[];
  /** What broke for good; `/healthz` names it while the process shuts down to be restarted. */
  readonly faults: string[];
}

/** Starts what every mode needs; undefined when the process cannot serve (the exit code is 1). */
async function startCore({ config, logger, io }: Run, mode: Mode): Promise<Core | undefined> {
  const metrics = createMetrics();
  const holder = createServiceHolder();
  const store = filePathOf(config.databaseUrl);
  const { synonyms, readings } = await loadLanguageResources({
    onError: (err) =>
      logger.warn({ err }, 'Could not read kanji readings; romaji names will not find kanji.'),
    // Beside a local store, so a restart on the same notes reads no readings again.
    ...(store !== undefined && {
      readingsFile: path.join(path.dirname(store), 'kanji-readings.json'),
    }),
  });
  // A one-shot piped answer does not wait for kanji readings it would rarely need.
  const resources = mode === 'piped' ? { synonyms } : { synonyms, readings };
  // A folder, or a git repository cloned now; a clone that fails stops the bot with one line.
  const notes = await openNotesSource({ config, logger, metrics }).catch((err: unknown) => {
    logger.fatal({ err }, err instanceof Error ? err.message : 'The notes cannot be opened.');
  });
  if (!notes) return undefined;
  const running: ShutdownStep[] = [{ name: 'stop following the notes', run: () => notes.close() }];
  const collecting = mode === 'piped' ? {} : collectGarbage(holder, running);
  // Once per change across replicas (claimed in the store), once the adapters give it channels.
  const news = createNewsDesk({
    databaseUrl: config.databaseUrl,
    command: config.bot.command,
    language: config.bot.language,
    logger,
    recordAnnouncement: (outcome) => metrics.recordAnnouncement(outcome),
  });
  const reloader = createContentReloader({
    dir: notes.dir,
    holder,
    metrics,
    logger,
    resources,
    // A running bot or console reads the notes in a child process, at start and on every reload:
    // a large note never blocks a chat or /healthz, and the parser's garbage leaves with the child
    // instead of staying in this process's heap. Notes as small as SMALL_NOTES cost less to parse
    // than a child costs to start, and a one-shot piped answer reads them in process too.
    // Parsed notes are kept beside a local store, so a restart or a reload parses only the
    // files that changed.
    ...(mode !== 'piped' && {
      load: createChildLoader({
        inProcess: SMALL_NOTES,
        ...(store !== undefined && { cacheDir: path.join(path.dirname(store), 'parsed-notes') }),
        onCache: ({ cached, parsed, faults }) => {
          for (const fault of faults) logger.warn(fault);
          logger.info({ cached, parsed }, 'Notes read.');
        },
      }),
    }),
    onSwap: (previous, current) => void news.announce(previous, current),
    ...collecting,
  });
  const core: Core = {
    config,
    logger,
    io,
    metrics,
    holder,
    reloader,
    notes,
    news,
    synonyms,
    running,
    faults: [],
  };
  if (!(await startHealth(core, mode))) {
    await notes.close();
    return undefined;
  }

  const [{ stats }] = await Promise.all([reloader.loadInitial(), besideTheLoad(core, mode)]);
  if (stats.meetups === 0) return noNotes(core);
  logger.info(stats, 'Index built.');
  return core;
}

/** A first load that found no notes: says where it looked, and closes what had started. */
async function noNotes({ io, config, notes, running }: Core): Promise<undefined> {
  io.stderr.write(
    `No meetup notes were found in ${notes.shown}; add Markdown notes there or set ${config.git ? 'CONTENT_GIT_PATH' : 'CONTENT_DIR'}.\n`,
  );
  // Only the health server, the watch and the notes can be running yet: closed directly, without
  // a shutdown's log lines.
  for (const step of running.toReversed()) await step.run();
  return undefined;
}

/**
 * What a mode starts beside its first load, instead of after it: the console's store (it needs
 * no index), and the watch on the notes for a mode that keeps running (a save made during the
 * load is reloaded once the load is done; see `ContentReloader.watch`). While a child reads the
 * notes this process mostly waits; at 10,000 talks the two took 0.15-0.27 s here once the index
 * was built, before the console opened.
 */
async function besideTheLoad(core: Core, mode: Mode): Promise<void> {
  await Promise.all([
    mode === 'bots' ? undefined : createConsoleStore(core),
    mode === 'piped' ? undefined : watchContent(core),
  ]);
}

/**
 * When a process that keeps running collects its garbage. It frees the replaced index once no
 * question is coming, not when V8 next needs room. The first start's kanji readings come in
 * while questions may be coming: collected at once all the same (one answer may wait 60-110 ms
 * at 10,000 talks, once), since what reading them left stayed in the heap through the next
 * reload (the bot's high-water mark 346-381 MB against 305-315 MB collected, the tree's peak
 * 428-458 against 413-418 MB).
 */
function collectGarbage(
  holder: ServiceHolder,
  running: ShutdownStep[],
): Pick<ContentReloaderOptions, 'afterInstall' | 'afterComplete'> {
  const collect = fullCollection();
  const collector = collectWhenIdle(collect, { idleFor: holder.idleFor });
  running.push({ name: 'stop collecting garbage', run: () => collector.stop() });
  return { afterInstall: collector, afterComplete: collect };
}

/**
 * Serves /healthz and /metrics when the mode wants them. Started before the index is built, so
 * /healthz answers 503 while it is being built. False when the bots cannot have it.
 */
async function startHealth(core: Core, mode: Mode): Promise<boolean> {
  const { config, logger, metrics, holder, notes } = core;
  // A person trying the console needs no health server, and one may hold 8080 already.
  const wanted = mode === 'bots' || (mode === 'interactive' && config.healthPortSet === true);
  if (config.healthPort === 0 || !wanted) return true;
  try {
    const health = await startHealthServer({
      port: config.healthPort,
      metrics,
      status: () => holder.current()?.stats,
      faults: () => core.faults,
      logger,
      ...(notes.gitWebhook && { gitWebhook: notes.gitWebhook }),
    });
    core.running.push({ name: 'close health server', run: () => health.close() });
    return true;
  } catch (err) {
    if (mode === 'bots') {
      logger.fatal({ err, port: config.healthPort }, 'Cannot serve /healthz; set HEALTH_PORT.');
      return false;
    }
    // Trying the bot at a terminal should not fail because another process holds 8080.
    logger.warn({ err, port: config.healthPort }, 'No health server: the port is taken.');
    return true;
  }
}

/** Picks up saved notes, or pushed ones, while the process runs. */
async function watchContent(core: Core): Promise<void> {
  await core.notes.follow(core.reloader);
  core.running.push({ name: 'stop watching content', run: () => core.reloader.close() });
}

/** Each platform gets the same pipeline over its own metrics-counting view of the service. */
function pipelineFor(
  core: Core,
  platform: Platform,
  rateLimiter: RateLimiter,
  questionLog?: QuestionLog,
): RequestPipeline {
  const { holder, metrics, logger, config } = core;
  return createRequestPipeline({
    service: withMetrics(holder.service, metrics, platform),
    rateLimiter,
    logger,
    ...(questionLog && { questionLog }),
    recordForwarded: (p) => metrics.recordForwarded(p),
    bot: config.bot,
  });
}

/** The console's pipeline: one person, so no rate limit, and nothing recorded. */
function consolePipeline(core: Core): RequestPipeline {
  return pipelineFor(core, 'console', createRateLimiter({ limit: 0 }));
}

/**
 * The console records nothing, but creates the store (with no configuration) so that
 * `npm run report` works from the first run on; a store that cannot be made is only a warning.
 */
async function createConsoleStore({ config, logger }: Core): Promise<void> {
  if (!config.questionLog.enabled) return;
  await openDatabase(config.databaseUrl).then(
    (client) => client.close(),
    (err: unknown) => logger.warn({ err }, 'The question store cannot be created.'),
  );
}

/** Registered last, so it runs first: from then on every question gets a "restarting" answer. */
function takeQuestions(core: Core): void {
  core.running.push({
    name: 'stop taking questions',
    run: () => core.holder.stopTakingQuestions(),
  });
}

/** How the process stops: once, on a signal or when the caller calls it. */
interface Stopping {
  readonly shutdown: (reason: string) => Promise<void>;
  /** Whether a signal started the shutdown. */
  readonly signalled: () => boolean;
  /** Resolves when a signal's shutdown has finished. */
  readonly stopped: Promise<void>;
}

/** The graceful shutdown over everything running, newest first, and the signals that start it. */
function stopOnSignals({ logger, running, io }: Core): Stopping {
  const shutdown = createGracefulShutdown({
    logger,
    steps: running.toReversed(),
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    onDeadline: () => io.exit(1),
  });
  let signalled = false;
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      signalled = true;
      // Whatever is still connecting or closing, the process ends within the deadline.
      setTimeout(() => io.exit(1), SHUTDOWN_DEADLINE_MS + 500).unref();
      io.events.once(signal, () => io.exit(130)); // a second Ctrl+C means "now"
      shutdown(signal).then(resolve);
    };
    io.events.once('SIGTERM', onSignal);
    io.events.once('SIGINT', onSignal);
  });
  return { shutdown, signalled: () => signalled, stopped };
}

/** What a mode runs with: the configuration, the logger and the process's streams and events. */
interface Run {
  readonly config: Config;
  readonly logger: Logger;
  readonly io: MainIo;
}

/** Piped console: one answer a line, then exit. */
async function runPiped(run: Run): Promise<number> {
  const { logger, io } = run;
  const core = await startCore(run, 'piped');
  if (!core) return 1;
  await startConsole({
    pipeline: consolePipeline(core),
    logger,
    input: io.stdin,
    output: io.stdout,
    interactive: false,
    color: Boolean(io.stdout.isTTY),
  });
  await core.notes.close();
  return 0;
}

/** The console at a terminal, watching the notes, until the person or a signal ends it. */
async function runInteractive(run: Run): Promise<number> {
  const { logger, io } = run;
  const core = await startCore(run, 'interactive');
  if (!core) return 1;
  const closeConsole = new AbortController();
  core.running.push({ name: 'close the console', run: () => closeConsole.abort() });
  takeQuestions(core);
  const { shutdown } = stopOnSignals(core);
  await startConsole({
    pipeline: consolePipeline(core),
    logger,
    input: io.stdin,
    output: io.stdout,
    interactive: true,
    color: Boolean(io.stdout.isTTY),
    signal: closeConsole.signal,
  });
  await shutdown('console closed');
  return 0;
}

/** Opens the question log; it never fails: a store that cannot be opened is retried later. */
async function startQuestionLog(core: Core): Promise<QuestionLog | undefined> {
  const { config, logger, metrics } = core;
  if (!config.questionLog.enabled) return undefined;
  const questionLog = createQuestionLog({
    open: async () =>
      createQuestionStore(await openDatabase(config.databaseUrl), filePathOf(config.databaseUrl)),
    days: config.questionLog.days,
    ...(config.questionLog.salt !== undefined && { salt: config.questionLog.salt }),
    logger,
    metrics,
  });
  await questionLog.start();
  logger.info(
    { store: describeUrl(config.databaseUrl), days: config.questionLog.days },
    'Recording questions.',
  );
  // Closed after the adapters stop: every answered question's row is written first.
  core.running.push({ name: 'close the question log', run: () => questionLog.close() });
  return questionLog;
}

/** What an adapter module exports: its constructor, over the options the composition root has. */
type AdapterFactory<C> = (options: {
  readonly config: C;
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
}) => Omit<Required<ChatAdapter>, 'name' | 'failed'> & Pick<ChatAdapter, 'failed'>;

/** One platform's adapter when it is configured; the digest goes where it has a channel. */
async function chatAdapter<
  C extends { readonly organizersChannel?: string; readonly announceChannel?: string },
>(
  { logger }: Core,
  name: 'slack' | 'discord',
  config: C | undefined,
  pipelineFor: (platform: Platform) => RequestPipeline,
  load: () => Promise<AdapterFactory<C>>,
): Promise<ChatAdapter | undefined> {
  if (config === undefined) return undefined;
  const create = await load();
  const adapter = create({ config, pipeline: pipelineFor(name), logger });
  return {
    name,
    start: () => adapter.start(),
    stop: () => adapter.stop(),
    ...(adapter.failed && { failed: adapter.failed }),
    ...(config.organizersChannel !== undefined && {
      postToOrganizers: (text: string) => adapter.postToOrganizers(text),
    }),
    ...(config.announceChannel !== undefined && {
      announce: (announcement: Announcement) => adapter.announce(announcement),
    }),
  };
}

/**
 * The configured chat adapters, not yet connected. Their stop step is registered now: from here
 * on a signal must close them, connected or still connecting. Each adapter's stop lets a request
 * already being answered finish before it closes.
 */
async function createAdapters(core: Core, questionLog?: QuestionLog): Promise<ChatAdapter[]> {
  const { config } = core;
  // One rate limit per process, shared by Slack and Discord.
  const rateLimiter = createRateLimiter({ limit: config.rateLimitPerMinute });
  const pipeline = (platform: Platform) => pipelineFor(core, platform, rateLimiter, questionLog);
  // Imported only when configured: the console starts without loading Bolt and discord.js.
  const slack = await chatAdapter(core, 'slack', config.slack, pipeline, async () => {
    const { createSlackAdapter } = await import('../adapters/slack/create-slack-adapter.js');
    // A retry of an event any replica sharing the store handled is dropped: the store holds claims.
    const claims = questionLog && { claimEvent: (id: string) => questionLog.claimEvent(id) };
    return (options) => createSlackAdapter({ ...options, ...claims });
  });
  const discord = await chatAdapter(core, 'discord', config.discord, pipeline, async () => {
    return (await import('../adapters/discord/create-discord-adapter.js')).createDiscordAdapter;
  });
  const adapters = [slack, discord].filter((a) => a !== undefined);
  core.news.postTo(
    adapters.flatMap(({ name, announce }) => (announce ? [{ name, post: announce }] : [])),
  );
  core.running.push({
    name: 'stop adapters',
    run: async () => {
      await Promise.all(adapters.map((a) => a.stop()));
    },
  });
  return adapters;
}

/** The weekly digest: only with a question log and somewhere to post it. */
function startDigest(
  core: Core,
  adapters: readonly ChatAdapter[],
  questionLog?: QuestionLog,
): void {
  const { config, logger, synonyms } = core;
  const posters = adapters.filter((a) => a.postToOrganizers !== undefined);
  if (!questionLog || config.digestSchedule === undefined || posters.length === 0) return;
  const post = async (text: string) => {
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
  };
  const { databaseUrl } = config;
  // The glossary the notes are served with (the repository's, when they come from git).
  const contentDir = core.notes.dir;
  const digest = scheduleDigest(
    config.digestSchedule,
    createWeeklyDigest({
      databaseUrl,
      contentDir,
      synonyms,
      logger,
      post,
      language: config.bot.organizersLanguage,
    }),
  );
  core.running.push({ name: 'stop the digest schedule', run: () => digest.stop() });
}

/** Slack and/or Discord, with the question log and the digest, until a signal ends it. */
async function runBots(run: Run): Promise<number> {
  const { logger, io } = run;
  const core = await startCore(run, 'bots');
  if (!core) return 1;
  const questionLog = await startQuestionLog(core);
  const adapters = await createAdapters(core, questionLog);
  startDigest(core, adapters, questionLog);
  takeQuestions(core);
  const { shutdown, signalled, stopped } = stopOnSignals(core);

  // allSettled, not all: stopping an adapter that is still connecting would leave it connected.
  const started = await Promise.allSettled(adapters.map((a) => a.start()));
  if (signalled()) {
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
  const lost = await Promise.race([stopped, ...adapters.flatMap((a) => a.failed ?? [])]);
  if (lost instanceof Error && !signalled()) {
    // Nothing in the process can bring the connection back: exit non-zero so the supervisor
    // restarts it, and let /healthz say why meanwhile.
    core.faults.push(lost.message);
    logger.fatal({ err: lost }, lost.message);
    setTimeout(() => io.exit(1), SHUTDOWN_DEADLINE_MS + 500).unref();
    await shutdown('connection lost');
    return 1;
  }
  await stopped;
  return 0;
}

const RUN: Readonly<Record<Mode, (run: Run) => Promise<number>>> = {
  bots: runBots,
  interactive: runInteractive,
  piped: runPiped,
};

/**
 * The composition root: reads the configuration, picks the mode (Slack and/or Discord, or the
 * local console when no chat credentials are set) and runs it. Returns the exit code.
 */
export async function main(io: MainIo): Promise<number> {
  if (io.argv.some((a) => a === '--help' || a === '-h')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(loadEnvironment(io.env));
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.stderr.write(`${problem}\n`);
    return 1;
  }
  const config = loaded.config;
  const mode: Mode =
    config.slack || config.discord ? 'bots' : io.stdin.isTTY ? 'interactive' : 'piped';
  const logger = createLogger({
    level: config.logLevel ?? (mode === 'bots' ? 'info' : 'warn'),
    secrets: secretsOf(config),
    // A person at a terminal reads one short line; logs going to a file or a collector keep JSON.
    format: io.stderr.isTTY ? 'line' : 'json',
    // The process's own standard error keeps pino's synchronous writer: nothing lost on exit.
    ...(io.stderr !== process.stderr && { destination: io.stderr }),
  });
  // Through the logger, so a token inside a library's rejected promise is scrubbed like any log.
  io.events.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'A promise was rejected and nothing handled it.');
  });
  return RUN[mode]({ config, logger, io });
}

if (isEntryPoint(import.meta.url)) {
  main(processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Measures the bot as it runs. Compiles it (`npm run build`, as the Docker image does), writes
 * 10,000 generated talks as Markdown notes into a temporary CONTENT_DIR, starts
 * `node dist/src/main.js` at a pseudo-terminal (util-linux `script`) as a person runs the
 * console, types questions into it, edits a note to make it reload, and reads every process of
 * the bot from /proc while it does: RSS summed over the process tree every 20 ms, and each
 * process's high-water mark (VmHWM). A short in-process run of the same compiled engine gives the
 * figures that explain those (build time, p99 without the terminal, the event loop's stall).
 *
 * npm run bench [-- --talks 10000] [--asks 800] [--root DIR] [--json] [--chat]
 * `--root` measures another checkout's compiled bot with this bench (for before/after figures).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { QueryService } from '../src/answer/answer.js';
import { meetupMarkdown } from '../src/bench/corpus-markdown.js';
import { generateCorpus } from '../src/bench/generate-corpus.js';
import type { LoadedContent } from '../src/content/load-content.js';
import type { Meetup } from '../src/content/meetup.js';
import { parseEvalFile } from '../src/eval/evaluate.js';
import type { SynonymDictionary } from '../src/search/synonym-dictionary.js';
import { runtimeCommand } from './check-runtime-image.js';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTRA_QUESTIONS = [
  'vSphere with Kubernetes',
  'ロードバランサの設定',
  'Tier-0 GW',
  'Where are the slides?',
  'Python3 REST API',
  'vmware_rest 開発中',
  'ネットワークポリシーとファイアウォール',
  'How do I bake sourdough bread?',
  'GPU Bitfusion TensorFlow',
  'ansibel colections',
];
const PROMPT = 'question> ';
/**
 * A meetup's notes hold about ten talks, as the organizers' do: one file per meetup. (Markdown
 * parsing grows faster than the file, so 100-talk files would measure the parser, not the bot.)
 */
const TALKS_PER_MEETUP = 10;
const SAMPLE_MS = 20;
/** The bot's output kept for `waitFor`: its last lines, far more than one answer or message. */
const KEPT_OUTPUT = 64 * 1024;
/** The longest the bench waits for a start or a reload (a loaded machine is slow). */
const WAIT_MS = 900_000;
/** Idle time before steady RSS is read: V8 shrinks its heap on its own, without a forced GC. */
const SETTLE_MS = 10_000;

/** One figure, its target (issue 19's, at 10,000 talks) and whether smaller is better. */
interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB';
  readonly target?: number;
}

/** Where the bench is, on standard error, since a run at 10,000 talks takes minutes. */
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// ---------------------------------------------------------------------------------------------
// The process tree, from /proc.

interface TreeMemory {
  /** The largest sum of RSS over the tree seen by any sample. */
  peakMB: number;
  /** Each process's own high-water mark, by pid, with its command line. */
  readonly hwm: Map<number, { command: string; mb: number }>;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

function treeOf(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i] as number));
  return all;
}

function statusOf(pid: number): { rssKB: number; hwmKB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssKB: kb('VmRSS'), hwmKB: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 70);
  } catch {
    return '?';
  }
}

/** RSS of the tree under `pid`, now, in MB; records the peak and each process's VmHWM. */
function sampleTree(pid: number, memory: TreeMemory): number {
  let rssKB = 0;
  for (const p of treeOf(pid)) {
    const status = statusOf(p);
    if (!status) continue;
    rssKB += status.rssKB;
    const seen = memory.hwm.get(p);
    // The command is read again as the mark grows: a child forked from node execs its own later.
    if (!seen || status.hwmKB / 1024 > seen.mb)
      memory.hwm.set(p, { command: commandOf(p), mb: status.hwmKB / 1024 });
  }
  memory.peakMB = Math.max(memory.peakMB, rssKB / 1024);
  return rssKB / 1024;
}

// ---------------------------------------------------------------------------------------------
// The bot at a pseudo-terminal.

interface Bot {
  /** The pid of node itself (the child of `script`). */
  readonly pid: () => number | undefined;
  readonly memory: TreeMemory;
  /** Types a question and resolves with the time until the next prompt, in ms. */
  ask(question: string): Promise<number>;
  /** Resolves when the output (from `from` on, a {@link Bot.received} count) has `text`. */
  waitFor(text: string, from?: number, timeoutMs?: number): Promise<void>;
  /** How many characters the bot has printed so far. */
  received(): number;
  stop(): Promise<void>;
}

/** The image's command for the checkout at `root`, its Node flags included (see the Dockerfile). */
function imageCommand(root: string): string[] {
  return runtimeCommand(readFileSync(path.join(root, 'Dockerfile'), 'utf8'));
}

/** A word for `sh -c`, quoted. */
const shellWord = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

function startBot(root: string, env: Record<string, string>): Bot {
  // `script` gives the bot a terminal, so it runs the interactive console (readline, a prompt, the
  // watcher and reloads), as a person's `npm start` does; stty widens it so no line wraps. The bot
  // itself runs as the image runs it.
  const command = imageCommand(root).map(shellWord).join(' ');
  const child: ChildProcess = spawn(
    'script',
    ['-q', '-e', '-c', `stty cols 4000 rows 50 -echo && exec ${command}`, '/dev/null'],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? root,
        TERM: 'dumb',
        DOTENV_CONFIG_PATH: path.join(root, 'no-such.env'),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  // Only the output's tail is kept, and searched. The whole of it (megabytes after 800 answers),
  // searched on every chunk, made this process copy it again and again: its own garbage
  // collections of 30 ms and more then landed in the answers it timed during a reload.
  let out = '';
  let received = 0;
  let prompts = 0;
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out = (out + chunk).slice(-KEPT_OUTPUT);
    received += chunk.length;
    prompts += chunk.split(PROMPT).length - 1;
    for (const check of [...waiters]) check();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let nodePid: number | undefined;
  const pid = () => {
    nodePid ??= child.pid === undefined ? undefined : childrenOf(child.pid)[0];
    return nodePid;
  };
  const memory: TreeMemory = { peakMB: 0, hwm: new Map() };
  const sampler = setInterval(() => {
    const p = pid();
    if (p !== undefined) sampleTree(p, memory);
  }, SAMPLE_MS);
  const until = (done: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`The bot did not ${what} within ${timeoutMs} ms:\n${out.slice(-2000)}`));
      }, timeoutMs);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  return {
    pid,
    memory,
    async ask(question) {
      const before = prompts;
      const started = performance.now();
      child.stdin?.write(`${question}\r`);
      await until(() => prompts > before, `answer "${question}"`, 60_000);
      return performance.now() - started;
    },
    waitFor: (text, from = 0, timeoutMs = WAIT_MS) =>
      until(
        () => out.indexOf(text, Math.max(0, from - (received - out.length))) >= 0,
        `print "${text}"`,
        timeoutMs,
      ),
    received: () => received,
    async stop() {
      child.stdin?.write('exit\r');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      clearInterval(sampler);
    },
  };
}

/** Writes the generated meetups as notes, with the shipped glossary, into a new folder. */
async function writeNotes(meetups: readonly Meetup[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'glossary.yml'),
    await readFile(path.join(HERE, 'content/glossary.yml')),
  );
  await Promise.all(
    meetups.map((m, i) =>
      writeFile(path.join(dir, `meetup-${i + 1}.md`), meetupMarkdown(m, dateOf(i))),
    ),
  );
}

const dateOf = (i: number) =>
  new Date(Date.UTC(2015, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);

interface BotRun {
  startToFirstAnswerMs: number;
  firstAnswerAfterBuildMs: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * The slowest of the asks: on a first start, a question that may use the kanji readings waits
   * for them (at 10,000 talks about a second), which a p99 over 800 asks does not show.
   */
  slowestMs: number;
  asks: number;
  reloadMs: number;
  reloadStallMs: number;
  firstAnswerAfterReloadMs: number;
  /**
   * A second start on the same notes and store, as after a deploy or a crash: the parsed notes
   * and kanji readings kept beside the store are read instead of made again.
   */
  restart?: { startToFirstAnswerMs: number; peakRssMB: number };
  steadyRssMB: number;
  peakRssMB: number;
  /** Each process's VmHWM, added up: a bound on the peak that sampling could miss. */
  hwmSumMB: number;
  processes: { command: string; hwmMB: number }[];
}

/**
 * Starts the bot on `contentDir` and times what a person at the console meets: the wait for the
 * first answer, the first question after the build, `asks` questions, an edit's reload with
 * questions asked throughout, the first question after it; then the tree's memory at rest.
 */
async function runBot(
  root: string,
  contentDir: string,
  questions: readonly string[],
  asks: number,
  reloadNote: string,
  restart = false,
): Promise<BotRun> {
  const data = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
  const env = {
    CONTENT_DIR: contentDir,
    DATABASE_URL: `file:${path.join(data, 'meetup-bot.db')}`,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'info',
  };
  const bot = startBot(root, env);
  try {
    const started = performance.now();
    await bot.waitFor(PROMPT);
    const readyMs = performance.now() - started;
    progress(`ready after ${round(readyMs)} ms`);
    const question = (i: number) => questions[i % questions.length] as string;
    const firstAnswerAfterBuildMs = await bot.ask(question(0));
    const startToFirstAnswerMs = readyMs + firstAnswerAfterBuildMs;
    const times: number[] = [];
    for (let i = 1; i <= asks; i++) times.push(await bot.ask(question(i)));
    times.sort((a, b) => a - b);

    // An edit: a new note. Questions are asked back to back until the reload is logged, so the
    // slowest of them is the longest anyone waited during the rebuild.
    const from = bot.received();
    const edited = performance.now();
    await writeFile(path.join(contentDir, 'zz-reload.md'), reloadNote);
    let reloadStallMs = 0;
    let reloaded = false;
    const done = bot.waitFor('Content reloaded.', from).then(() => {
      reloaded = true;
    });
    for (let i = 0; !reloaded; i++) {
      reloadStallMs = Math.max(reloadStallMs, await bot.ask(question(i)));
      if (performance.now() - edited > WAIT_MS) throw new Error(`No reload within ${WAIT_MS} ms.`);
    }
    await done;
    const reloadMs = performance.now() - edited;
    progress(`reloaded after ${round(reloadMs)} ms`);
    const firstAnswerAfterReloadMs = await bot.ask(question(1));
    await sleep(SETTLE_MS);
    const pid = bot.pid();
    const steadyRssMB = pid === undefined ? 0 : sampleTree(pid, bot.memory);
    await bot.stop();
    const again = restart ? await restartBot(root, env, questions[0] as string) : undefined;
    const processes = [...bot.memory.hwm.values()].map((p) => ({
      command: p.command,
      hwmMB: round(p.mb),
    }));
    return {
      startToFirstAnswerMs: round(startToFirstAnswerMs),
      firstAnswerAfterBuildMs: round(firstAnswerAfterBuildMs),
      p50Ms: round(percentile(times, 50), 2),
      p99Ms: round(percentile(times, 99), 2),
      slowestMs: round(times.at(-1) ?? 0),
      asks: times.length,
      reloadMs: round(reloadMs),
      reloadStallMs: round(reloadStallMs),
      firstAnswerAfterReloadMs: round(firstAnswerAfterReloadMs),
      ...(again && { restart: again }),
      steadyRssMB: round(steadyRssMB),
      peakRssMB: round(bot.memory.peakMB),
      hwmSumMB: round(processes.reduce((sum, p) => sum + p.hwmMB, 0)),
      processes,
    };
  } catch (error) {
    await bot.stop().catch(() => undefined);
    throw error;
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

/** Starts the bot again on what a first run left in its store; times the first answer. */
async function restartBot(
  root: string,
  env: Record<string, string>,
  question: string,
): Promise<NonNullable<BotRun['restart']>> {
  const bot = startBot(root, env);
  try {
    const started = performance.now();
    await bot.waitFor(PROMPT);
    await bot.ask(question);
    const startToFirstAnswerMs = performance.now() - started;
    progress(`restarted and answered after ${round(startToFirstAnswerMs)} ms`);
    return {
      startToFirstAnswerMs: round(startToFirstAnswerMs),
      peakRssMB: round(bot.memory.peakMB),
    };
  } finally {
    await bot.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// In process: the same compiled engine, without the terminal, to explain the bot's figures.

interface InProcess {
  buildMs: number;
  /** The bot's warm-up of its first index before it serves (0 where the checkout has none). */
  warmUpMs: number;
  firstAskMs: number;
  p50Ms: number;
  p99Ms: number;
  reloadStallMs: number;
}

async function measureInProcess(root: string, talks: number, asks: number): Promise<InProcess> {
  const load = async <T>(file: string) =>
    (await import(pathToFileURL(path.join(root, 'dist/src', file)).href)) as T;
  const { loadContent } = await load<{ loadContent(dir: string): Promise<LoadedContent> }>(
    'content/load-content.js',
  );
  // The dictionaries the bot loads (sudachi's, and EDICT's where the checkout has it).
  const { loadLanguageResources } = await load<{
    loadLanguageResources(): Promise<{ synonyms: SynonymDictionary }>;
  }>('search/language-resources.js');
  type Options = { meetups: readonly Meetup[]; glossary: unknown; synonyms: SynonymDictionary };
  const qs = await load<{
    createQueryService(o: Options): QueryService;
    createQueryServiceInSlices(o: Options): Promise<QueryService>;
  }>('answer/query-service.js');
  const content = await loadContent(path.join(HERE, 'content'));
  const meetups = generateCorpus(content.meetups, { talks, talksPerMeetup: TALKS_PER_MEETUP });
  const questions = await benchQuestions();
  const options = {
    meetups,
    glossary: content.glossary,
    synonyms: (await loadLanguageResources()).synonyms,
  };
  const started = performance.now();
  const service = qs.createQueryService(options);
  const buildMs = performance.now() - started;
  // What the bot does next on its first start (see src/answer/warm-up.ts), where it has it.
  const warmUp = await load<{
    warmUpSteps(service: QueryService, meetups: readonly Meetup[]): Iterator<void, number>;
  }>('answer/warm-up.js').catch(() => undefined);
  const warming = performance.now();
  if (warmUp) for (const steps = warmUp.warmUpSteps(service, meetups); !steps.next().done; );
  const warmUpMs = performance.now() - warming;
  const t0 = performance.now();
  service.ask(questions[0] as string);
  const firstAskMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 1; i <= asks; i++) {
    const t = performance.now();
    service.ask(questions[i % questions.length] as string);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await qs.createQueryServiceInSlices(options);
  histogram.disable();
  return {
    buildMs: round(buildMs),
    warmUpMs: round(warmUpMs),
    firstAskMs: round(firstAskMs, 2),
    p50Ms: round(percentile(times, 50), 2),
    p99Ms: round(percentile(times, 99), 2),
    reloadStallMs: round(histogram.max / 1e6),
  };
}

/** In a child process of its own, so its memory and JIT state do not touch the bot runs. */
function inProcessChild(root: string, talks: number, asks: number): InProcess {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      // The Node flags the image runs the bot with.
      ...imageCommand(root).filter((word) => word.startsWith('-')),
      fileURLToPath(import.meta.url),
      '--in-process',
      '--root',
      root,
      '--talks',
      String(talks),
      '--asks',
      String(asks),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`The in-process bench failed (exit ${child.status}).`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as InProcess;
}

async function benchQuestions(): Promise<string[]> {
  const items = parseEvalFile(
    await readFile(path.join(HERE, 'test/eval/questions.jsonl'), 'utf8'),
    'questions.jsonl',
  );
  return [...items.map((i) => i.q), ...EXTRA_QUESTIONS];
}

// ---------------------------------------------------------------------------------------------

function report(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const miss = f.target !== undefined && f.value > f.target;
    const target = f.target === undefined ? '' : `<= ${f.target} ${f.unit}`;
    return [
      f.name.padEnd(52),
      `${f.value} ${f.unit}`.padStart(12),
      target.padStart(14),
      miss ? '  MISS' : '',
    ];
  });
  return rows.map((r) => r.join('  ').trimEnd()).join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      talks: { type: 'string', default: '10000' },
      asks: { type: 'string', default: '800' },
      root: { type: 'string' },
      'no-build': { type: 'boolean' },
      'in-process': { type: 'boolean' },
      chat: { type: 'boolean' },
    },
  });
  const talks = Number(values.talks);
  const asks = Number(values.asks);
  if (!Number.isInteger(talks) || talks < 1)
    throw new Error('--talks must be a whole number of 1 or more.');
  if (!Number.isInteger(asks) || asks < 1)
    throw new Error('--asks must be a whole number of 1 or more.');
  const root = path.resolve(values.root ?? HERE);
  if (values['in-process']) {
    // With the Node flags the image runs the bot with: a process started without them (the
    // command line's `--in-process`) measures in a child that has them.
    const flags = imageCommand(root).filter((word) => word.startsWith('-'));
    const flagged = flags.every((flag) => process.execArgv.includes(flag));
    const result = flagged
      ? await measureInProcess(root, talks, asks)
      : inProcessChild(root, talks, asks);
    console.log(JSON.stringify(result));
    return;
  }
  if (!values['no-build']) {
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`npm run build failed in ${root}.`);
  }
  if (!existsSync(path.join(root, 'dist/src/main.js')))
    throw new Error(`No ${root}/dist/src/main.js.`);
  const questions = await benchQuestions();
  const work = await mkdtemp(path.join(tmpdir(), 'bench-notes-'));
  try {
    const { loadContent } = await import('../src/content/load-content.js');
    const shippedContent = await loadContent(path.join(HERE, 'content'));
    const corpus = generateCorpus(shippedContent.meetups, {
      talks,
      talksPerMeetup: TALKS_PER_MEETUP,
    });
    const generatedDir = path.join(work, 'generated');
    await writeNotes(corpus, generatedDir);
    // The reload's edit: one more meetup, written as an organizer adds a file.
    const extra = generateCorpus(shippedContent.meetups, {
      talks: TALKS_PER_MEETUP,
      seed: 7,
    })[0] as Meetup;
    const reloadNote = meetupMarkdown({ ...extra, title: 'Added While Running #1' }, '2030-01-01');
    const shippedDir = path.join(work, 'shipped');
    await writeNotes([], shippedDir);
    for (const m of shippedContent.meetups) {
      await writeFile(
        path.join(shippedDir, path.basename(m.file)),
        await readFile(path.resolve(HERE, 'content', m.file)),
      );
    }

    progress('in process');
    const inProcess = inProcessChild(root, talks, asks);
    progress('the bot on the shipped notes');
    const shipped = await runBot(root, shippedDir, questions, 40, reloadNote);
    progress(`the bot on ${talks} talks`);
    const generated = await runBot(root, generatedDir, questions, asks, reloadNote, true);
    const g = generated;
    const ip = inProcess;
    // name, value, unit, target (issue 19's, at 10,000 talks)
    const rows: [string, number, Figure['unit'], number?][] = [
      ['start to first answer, shipped notes', shipped.startToFirstAnswerMs, 'ms', 1000],
      [`start to first answer, ${talks} talks`, g.startToFirstAnswerMs, 'ms', 5000],
      [`  the same, restarted on the same store`, g.restart?.startToFirstAnswerMs ?? 0, 'ms', 5000],
      ['  peak RSS of the tree in that restart', g.restart?.peakRssMB ?? 0, 'MB', 450],
      ['first answer after the build', g.firstAnswerAfterBuildMs, 'ms', 50],
      ['first answer after a reload', g.firstAnswerAfterReloadMs, 'ms', 50],
      [`p50 through the console (${g.asks} asks)`, g.p50Ms, 'ms'],
      [`p99 through the console (${g.asks} asks)`, g.p99Ms, 'ms', 10],
      ['  the slowest of them (one may wait for the readings)', g.slowestMs, 'ms'],
      ['slowest answer during a reload (reload stall)', g.reloadStallMs, 'ms', 50],
      ['reload, from the edit to the new index', g.reloadMs, 'ms'],
      ['steady RSS of the tree, no forced GC', g.steadyRssMB, 'MB', 300],
      ['peak RSS of the tree (sampled sum)', g.peakRssMB, 'MB', 450],
      ["sum of each process's VmHWM (bound)", g.hwmSumMB, 'MB'],
      ['in process: build', ip.buildMs, 'ms', 1500],
      ['in process: warm-up before serving (first start)', ip.warmUpMs, 'ms'],
      ['in process: first ask after the warm-up', ip.firstAskMs, 'ms', 50],
      ['in process: p50', ip.p50Ms, 'ms'],
      ['in process: p99', ip.p99Ms, 'ms', 5],
      ['in process: event loop stall in a rebuild', ip.reloadStallMs, 'ms', 50],
    ];
    const figures: Figure[] = rows.map(([name, value, unit, target]) => ({
      name,
      value,
      unit,
      ...(target !== undefined && { target }),
    }));
    let chat: unknown;
    if (values.chat) {
      // Imported only here: the adapters' reply latency against the local fake Slack and Discord.
      const { measureChatLatency } = await import('./bench-chat.js');
      chat = await measureChatLatency();
    }
    if (values.json) {
      console.log(JSON.stringify({ root, talks, figures, shipped, generated, inProcess, chat }));
      return;
    }
    console.log(`The compiled bot in ${root}, ${talks} generated talks:`);
    console.log(report(figures));
    console.log('Processes of the bot, by high-water mark:');
    for (const p of generated.processes)
      console.log(`  ${String(p.hwmMB).padStart(7)} MB  ${p.command}`);
    if (chat) console.table(chat);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

/**
 * Mutation testing: `npm run mutate` (not part of `npm test`). Answers "would a test notice if
 * this line broke?" for the core and the adapters' pure renderers and request handling.
 * Entry points and wiring that only start processes (src/main.ts, scripts, src/bench, the
 * Bolt/discord.js adapters' start-up) are not mutated: their tests spawn processes, which never
 * see Stryker's mutants. The command-line tools (src/cli) are: their tests call them in-process.
 */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // Leaves out the tests that spawn processes or wait on timers; see the file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // The TypeScript checker (type-checks each mutant, so mutants that would not compile are
  // reported as such instead of run) made a file's run 4.5 times slower here: 7.4 minutes instead
  // of 1.7 for build-snippet.ts, and a full run would take hours. It stays installed for a precise
  // run: `npm run mutate -- --checkers typescript`. Without it, a mutant that does not type-check
  // still runs (vitest strips types) and is killed or survives like any other.
  checkers: [],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Each mutant runs only the tests that reached it.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, regexes and tables, evaluated once on import) would
  // need the whole suite rerun for each of them, about four hours here. They are skipped and
  // reported as "ignored", so they count neither for nor against the score; the behaviour those
  // constants carry (the thresholds, the limits) is asserted through the functions that use them.
  ignoreStatic: true,
  // Committed, so a fresh clone only re-tests mutants whose code or covering tests changed. The
  // file holds the files of the last run only: to try one file, use `npm run mutate:only -- FILE`,
  // which keeps its own incremental file under reports/.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  // One more runner than cores: the runners wait on vitest's file I/O about a third of the time.
  concurrency: 3,
  // The initial run (every test, coverage per test) grows one runner to about 4.6 GB here, past
  // Node's default heap ceiling (4.3 GB on this 24 GB machine), and Stryker stopped with "ran out
  // of memory" twice before any mutant ran. The cause is the shared module state of
  // `isolate: false`: each test file's result carries the coverage gathered since the first file,
  // so the copies add up. The ceiling only caps the heap: the runners that run mutants only hold
  // about 500 MB.
  testRunnerNodeArgs: ['--max-old-space-size=8192'],
  // Tests take milliseconds; a mutant that loops forever is cut after 3 s on top of its tests' time.
  timeoutMS: 3_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // The score table with the % per file; survivors are in the JSON and HTML reports.
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportTests: false,
    reportMutants: false,
  },
  tempDirName: 'reports/.stryker-tmp',
  thresholds: { high: 80, low: 75, break: null },
  mutate: [
    // The typed accessor every module above reads lists through.
    'src/at.ts',
    'src/content/**/*.ts',
    // The forked child's entry point: a child process never sees Stryker's mutant switch.
    '!src/content/load-content-child.ts',
    'src/search/**/*.ts',
    'src/answer/**/*.ts',
    'src/requests/**/*.ts',
    'src/messages/**/*.ts',
    'src/app/**/*.ts',
    // Where the notes come from (clone, pull, webhook verification) and the news of new ones.
    'src/sources/**/*.ts',
    'src/news/**/*.ts',
    // The question log and its store, the report and digest over it, the command-line tools and
    // the evaluation's scoring.
    'src/store/**/*.ts',
    'src/report/**/*.ts',
    'src/cli/**/*.ts',
    'src/eval/**/*.ts',
    // The adapters' pure parts: rendering replies and cleaning what users and Discord send. Their
    // wiring to Bolt and discord.js (register-*.ts, handle-*.ts, post-reply.ts, bot-mention.ts) is
    // tested through the fake servers, which mutation runs leave out (vitest.mutation.config.ts);
    // the request handling itself is the core's pipeline, src/requests.
    'adapters/slack/mrkdwn.ts',
    'adapters/slack/render-*.ts',
    'adapters/slack/share-button.ts',
    'adapters/slack/strip-bot-mention.ts',
    'adapters/discord/discord-markdown.ts',
    'adapters/discord/render-*.ts',
    'adapters/discord/redact-error.ts',
    'adapters/*/post-announcement.ts',
  ],
};

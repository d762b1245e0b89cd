import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant: everything that runs in this process. Left out are
 * the tests that spawn `npm start` or a tool (a child process never sees Stryker's mutant switch;
 * the tools and main are tested in-process besides) and the ones that mostly wait on timers or
 * reconnects; with per-test coverage they would still run for every mutant they happen to cover.
 */
const MUTATION_EXCLUDE = [
  // Spawn `npm start` / tsx in a child process.
  'test/entry-points/npm-start-bots.test.ts',
  'test/scripts/bench-chat.test.ts',
  'test/entry-points/cli-tools.test.ts',
  // Drive the real Bolt App and discord.js Client against the fake Slack and Discord servers:
  // hundreds of milliseconds per test, and they ask the seed-meetup fixture real questions, so every
  // surviving search mutant would run all of them (a full run went from under an hour to about
  // 80 minutes). The adapters' wiring they test (register-*.ts, handle-*.ts) is not mutated;
  // the renderers have tests of their own.
  'test/adapters/slack/e2e/slack-http-mode.test.ts',
  'test/adapters/slack/e2e/slack-socket-mode.test.ts',
  'test/adapters/discord/e2e/messages.test.ts',
  'test/adapters/discord/e2e/slash-commands.test.ts',
  'test/adapters/discord/e2e/startup.test.ts',
  'test/adapters/discord/register-commands.test.ts',
  // npm start's main in bots mode, in-process, against the same fakes.
  'test/main.test.ts',
  'test/app/two-replicas-git.test.ts',
  // The same, for the request guard, event de-duplication, late acks and malformed interactions
  // (adapters/slack/guard-http-request.ts and the others are wiring, not mutated).
  'test/adapters/slack/e2e/slack-http-guard.test.ts',
  'test/adapters/slack/e2e/slack-late-ack.test.ts',
  'test/adapters/slack/e2e/slack-retries.test.ts',
  'test/adapters/discord/e2e/malformed-interactions.test.ts',
  // Seconds of waiting on a dropped gateway and on file-system watch events; the reload queue is
  // tested without the watcher in test/app/content-reloader-queue.test.ts.
  'test/adapters/discord/e2e/gateway-reconnect.test.ts',
  'test/app/reload.test.ts',
  // Thousands of random questions through the whole engine (about 1 s), run for nearly every
  // search mutant; it proves "never throws", which `npm test` keeps checking.
  'test/answer/quality/hostile-input.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...MUTATION_EXCLUDE, 'node_modules/**'],
    },
  }),
);

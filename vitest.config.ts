import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files share a worker's module cache instead of importing discord.js, Bolt and the
    // index afresh for each file: about 10 s less on a 2-core machine. Safe because nothing in
    // src/ or adapters/ keeps module-level state (factories only), and no test mocks modules.
    isolate: false,
    // One worker per core. Vitest's default leaves one core free, which on a 2-core machine runs
    // the files one at a time while the spawned bots and tools of one file wait on each other.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

/**
 * Run before every Stryker run (`npm run mutate` and its variants): deletes vitest's results
 * cache, the file that orders test files by how long they took last time.
 *
 * The mutation config runs the test files in one module graph (`isolate: false`), and Stryker
 * counts code that runs while a file is being imported as covered by the last test that ran
 * before it. Module-level code (word lists, regexes) is normally imported before any test and
 * counted as static, which `ignoreStatic` leaves out. After `npm test` (or `.ci/run`) the cache
 * holds the full suite's timings, the files run in another order, and some modules are first
 * imported after a test has run: measured, about 280 static mutants were then tested as if one
 * test covered them, survived (the module was already loaded), and the score fell from 92.0% to
 * 89.9% with no change to code or tests. Without the cache, every run orders the files alike, as
 * the committed results were made.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
rmSync(path.join(root, 'node_modules', '.vite', 'vitest'), { recursive: true, force: true });

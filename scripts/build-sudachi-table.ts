/**
 * Regenerates `src/search/data/sudachi-synonyms.tsv` from the installed
 * sudachi-synonyms-dictionary package (`npx tsx scripts/build-sudachi-table.ts`), after the
 * package is updated or the rules of `sudachiTable` change; a test fails until it is run.
 *
 * The table is a derived work of SudachiDict's synonym dictionary (© Works Applications, Apache
 * License 2.0): the licence is beside it in `src/search/data/LICENSE-SUDACHI.txt`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sudachiTable } from '../src/search/synonym-dictionary.js';

/**
 * The package's JSON: its own loader is CommonJS that `require`s the file, and its `exports` do not
 * expose the file itself, so it is found beside the package's entry point.
 */
export function installedSudachiJson(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('sudachi-synonyms-dictionary');
  return readFileSync(path.join(path.dirname(entry), 'sudachi-synonyms-dictionary.json'), 'utf8');
}

export const SUDACHI_TABLE_FILE = fileURLToPath(
  new URL('../src/search/data/sudachi-synonyms.tsv', import.meta.url),
);

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const table = sudachiTable(JSON.parse(installedSudachiJson()));
  writeFileSync(SUDACHI_TABLE_FILE, `${table}\n`);
  console.log(`${SUDACHI_TABLE_FILE}: ${table.split('\n').length} groups`);
}

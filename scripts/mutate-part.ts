/**
 * Mutation testing in parts: `npm run mutate:part -- "src/search/**\/*.ts,src/answer/**\/*.ts"`.
 * A full `npm run mutate` after wide changes can take longer than one sitting (mutants of the
 * parser are each covered by a hundred tests or more), and Stryker writes its results only when a
 * run ends. A part starts from the committed `stryker-incremental.json` (only what changed in it
 * is tested again) and, when it ends, its results join that file, so the parts add up and a later
 * `npm run mutate` reuses them all.
 *
 * Stryker numbers the tests afresh in every run, and a mutant's results name the tests that
 * covered and killed it by those numbers. Joining the part's results to the rest therefore
 * renumbers the rest's tests into the part's numbering, by test file and name; a mutant outside
 * the part that names a test the part's run does not have, or one whose file has changed since
 * (Stryker cannot tell which tests of an edited file changed), is left out, so the next run tests
 * it again rather than trust a result the tests may no longer give.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface RecordedTest {
  readonly id: string;
  readonly name: string;
}

interface RecordedTestFile {
  readonly source?: string;
  readonly tests: readonly RecordedTest[];
}

interface RecordedMutant {
  readonly coveredBy?: readonly string[];
  readonly killedBy?: readonly string[];
  readonly [key: string]: unknown;
}

interface RecordedFile {
  readonly mutants: readonly RecordedMutant[];
  readonly [key: string]: unknown;
}

/** The parts of Stryker's incremental report this reads; the rest is carried over as it is. */
export interface IncrementalReport {
  readonly files: Readonly<Record<string, RecordedFile>>;
  readonly testFiles?: Readonly<Record<string, RecordedTestFile>>;
  readonly [key: string]: unknown;
}

/**
 * The committed results with a part's: the part's files and test files replace theirs, and every
 * other file keeps the mutants whose tests the part's run still has, unchanged, renumbered.
 */
export function mergeIncremental(
  committed: IncrementalReport,
  part: IncrementalReport,
): IncrementalReport {
  const partTests = part.testFiles ?? {};
  /** The part's id of each test, by its file and name. */
  const partIds = new Map<string, string>();
  for (const [file, recorded] of Object.entries(partTests))
    for (const test of recorded.tests) partIds.set(`${file}\n${test.name}`, test.id);
  /** The committed id of each test that the part has unchanged, and its id there. */
  const renumbered = new Map<string, string>();
  for (const [file, recorded] of Object.entries(committed.testFiles ?? {})) {
    if (partTests[file]?.source !== recorded.source) continue;
    for (const test of recorded.tests) {
      const id = partIds.get(`${file}\n${test.name}`);
      if (id !== undefined) renumbered.set(test.id, id);
    }
  }
  const translate = (ids: readonly string[] | undefined) => {
    if (ids === undefined) return { ids: undefined, complete: true };
    const out = ids.map((id) => renumbered.get(id));
    return { ids: out.filter((id) => id !== undefined), complete: !out.includes(undefined) };
  };
  const files: Record<string, RecordedFile> = {};
  for (const [file, recorded] of Object.entries(committed.files)) {
    if (file in part.files) continue;
    const mutants: RecordedMutant[] = [];
    for (const mutant of recorded.mutants) {
      const covered = translate(mutant.coveredBy);
      const killed = translate(mutant.killedBy);
      if (!covered.complete || !killed.complete) continue;
      mutants.push({
        ...mutant,
        ...(covered.ids && { coveredBy: covered.ids }),
        ...(killed.ids && { killedBy: killed.ids }),
      });
    }
    files[file] = { ...recorded, mutants };
  }
  return { ...committed, ...part, files: { ...files, ...part.files }, testFiles: partTests };
}

const COMMITTED = 'stryker-incremental.json';
const PART = 'reports/mutation/part-incremental.json';

function main(): void {
  const globs = process.argv[2];
  if (!globs) {
    console.error('Give the files to mutate: npm run mutate:part -- "src/search/**/*.ts"');
    process.exit(2);
  }
  mkdirSync(path.dirname(PART), { recursive: true });
  if (existsSync(COMMITTED)) copyFileSync(COMMITTED, PART);
  const run = spawnSync('npx', ['stryker', 'run', '--incrementalFile', PART, '--mutate', globs], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as IncrementalReport;
  const merged = existsSync(COMMITTED) ? mergeIncremental(read(COMMITTED), read(PART)) : read(PART);
  writeFileSync(COMMITTED, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(
    `${COMMITTED}: the part's results joined (${Object.keys(merged.files).length} files).`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

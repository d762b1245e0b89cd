/**
 * Picks a random sample of the lines that hold static mutants the committed incremental file
 * records as ignored (`ignoreStatic`), and prints them as `npm run mutate:static` ranges: every
 * line is as likely to be drawn, and its range reaches the last line of its longest mutant (a word
 * list spans several), so each static mutant starting on a drawn line runs (a cluster sample by
 * line: the estimate is the score of the static mutants on the drawn lines). Files whose source
 * changed since the file was written are left out: their recorded lines are stale. Seeded, so a
 * sample can be drawn again.
 *
 *   npm run mutate:static -- "$(npx tsx scripts/sample-static-mutants.ts --count 40 --seed 1)"
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface RecordedMutant {
  readonly status: string;
  readonly statusReason?: string;
  readonly location: {
    readonly start: { readonly line: number };
    readonly end: { readonly line: number };
  };
}

interface RecordedFile {
  readonly source?: string;
  readonly mutants: readonly RecordedMutant[];
}

/** One line with static mutants: where they start, and the last line any of them reaches. */
export interface StaticLine {
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
}

/**
 * The lines where a static mutant starts, once each, in files whose recorded source is still
 * `current` (the file as it is now, or undefined when it is gone).
 */
export function staticMutantLines(
  incremental: { readonly files: Readonly<Record<string, RecordedFile>> },
  current: (file: string) => string | undefined,
): StaticLine[] {
  const lines = new Map<string, StaticLine>();
  for (const [file, { source, mutants }] of Object.entries(incremental.files)) {
    if (source === undefined || current(file) !== source) continue;
    for (const m of mutants) {
      if (m.status !== 'Ignored' || !m.statusReason?.startsWith('Static mutant')) continue;
      const { line } = m.location.start;
      const key = `${file}:${line}`;
      const endLine = Math.max(lines.get(key)?.endLine ?? line, m.location.end.line);
      lines.set(key, { file, line, endLine });
    }
  }
  return [...lines.values()];
}

/** `count` distinct entries of `items`, drawn with a small seeded generator (mulberry32). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return picked;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      file: { type: 'string', default: 'stryker-incremental.json' },
    },
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const lines = staticMutantLines(JSON.parse(readFileSync(values.file, 'utf8')), read);
  const picked = sample(lines, Number(values.count), Number(values.seed));
  process.stderr.write(`${picked.length} of ${lines.length} lines with static mutants\n`);
  console.log(picked.map(({ file, line, endLine }) => `${file}:${line}-${endLine}`).join(','));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

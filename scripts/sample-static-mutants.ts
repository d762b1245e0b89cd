/**
 * Picks a random sample of the static mutants the committed incremental file records as ignored
 * (`ignoreStatic`), and prints them as `npm run mutate:static` ranges: the whole lines each sampled
 * mutant is on, so every mutant on those lines runs (a cluster sample by line). Seeded, so a
 * sample can be drawn again.
 *
 *   npm run mutate:static -- "$(npx tsx scripts/sample-static-mutants.ts --count 40 --seed 1)"
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface RecordedMutant {
  readonly status: string;
  readonly statusReason?: string;
  readonly location: { readonly start: { readonly line: number } };
}

/** The lines that hold a static mutant, one entry per mutant (a line with two is listed twice). */
export function staticMutantLines(incremental: {
  readonly files: Readonly<Record<string, { readonly mutants: readonly RecordedMutant[] }>>;
}): { file: string; line: number }[] {
  const lines: { file: string; line: number }[] = [];
  for (const [file, { mutants }] of Object.entries(incremental.files))
    for (const m of mutants)
      if (m.status === 'Ignored' && m.statusReason?.startsWith('Static mutant'))
        lines.push({ file, line: m.location.start.line });
  return lines;
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
  const lines = staticMutantLines(JSON.parse(readFileSync(values.file, 'utf8')));
  const picked = sample(lines, Number(values.count), Number(values.seed));
  const ranges = [...new Set(picked.map(({ file, line }) => `${file}:${line}-${line}`))];
  process.stderr.write(
    `${picked.length} of ${lines.length} static mutants, on ${ranges.length} lines\n`,
  );
  console.log(ranges.join(','));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

import { describe, expect, it } from 'vitest';
import { sample, staticMutantLines } from '../../scripts/sample-static-mutants.js';

const STATIC = 'Static mutant (and "ignoreStatic" was enabled)';
const at = (line: number, endLine = line) => ({ start: { line }, end: { line: endLine } });

describe('the lines of the static mutants of an incremental file', () => {
  const incremental = {
    files: {
      'src/a.ts': {
        source: 'a',
        mutants: [
          { status: 'Ignored', statusReason: STATIC, location: at(3) },
          { status: 'Ignored', statusReason: 'an equivalent mutant', location: at(4) },
          { status: 'Killed', location: at(5) },
          { status: 'Ignored', statusReason: STATIC, location: at(3, 8) },
          { status: 'Ignored', statusReason: STATIC, location: at(3, 6) },
        ],
      },
      'src/b.ts': {
        source: 'b',
        mutants: [{ status: 'Ignored', statusReason: STATIC, location: at(9) }],
      },
      'src/changed.ts': {
        source: 'old',
        mutants: [{ status: 'Ignored', statusReason: STATIC, location: at(1) }],
      },
      'src/gone.ts': {
        source: 'gone',
        mutants: [{ status: 'Ignored', statusReason: STATIC, location: at(1) }],
      },
    },
  };
  const now: Record<string, string> = { 'src/a.ts': 'a', 'src/b.ts': 'b', 'src/changed.ts': 'new' };

  it('lists each line once, reaching the end of its longest mutant, in unchanged files only', () => {
    expect(staticMutantLines(incremental, (file) => now[file])).toEqual([
      { file: 'src/a.ts', line: 3, endLine: 8 },
      { file: 'src/b.ts', line: 9, endLine: 9 },
    ]);
  });

  it('leaves out a file recorded without its source', () => {
    const { source: _, ...withoutSource } = incremental.files['src/b.ts'];
    expect(staticMutantLines({ files: { 'src/b.ts': withoutSource } }, () => 'b')).toEqual([]);
  });
});

describe('a seeded sample', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('draws distinct items, the same ones for the same seed', () => {
    const first = sample(items, 10, 7);
    expect(new Set(first).size).toBe(10);
    expect(first.every((i) => items.includes(i))).toBe(true);
    expect(sample(items, 10, 7)).toEqual(first);
    expect(sample(items, 10, 8)).not.toEqual(first);
  });

  it('draws every item when asked for more than there are', () => {
    expect(sample(items, 80, 1).toSorted((a, b) => a - b)).toEqual(items);
  });
});

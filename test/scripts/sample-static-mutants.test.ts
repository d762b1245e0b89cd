import { describe, expect, it } from 'vitest';
import { sample, staticMutantLines } from '../../scripts/sample-static-mutants.js';

const at = (line: number) => ({ start: { line } });

describe('the static mutants of an incremental file', () => {
  it('lists the line of each mutant ignored as static, and no other', () => {
    const lines = staticMutantLines({
      files: {
        'src/a.ts': {
          mutants: [
            {
              status: 'Ignored',
              statusReason: 'Static mutant (and "ignoreStatic" was enabled)',
              location: at(3),
            },
            { status: 'Ignored', statusReason: 'an equivalent mutant', location: at(4) },
            { status: 'Killed', location: at(5) },
            {
              status: 'Ignored',
              statusReason: 'Static mutant (and "ignoreStatic" was enabled)',
              location: at(3),
            },
          ],
        },
        'src/b.ts': {
          mutants: [{ status: 'Ignored', statusReason: 'Static mutant', location: at(9) }],
        },
      },
    });
    expect(lines).toEqual([
      { file: 'src/a.ts', line: 3 },
      { file: 'src/a.ts', line: 3 },
      { file: 'src/b.ts', line: 9 },
    ]);
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

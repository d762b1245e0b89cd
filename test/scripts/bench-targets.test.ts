import { describe, expect, it } from 'vitest';
import { corpusTargets, targetLines } from '../../scripts/bench-targets.js';

describe('the benchmark’s targets', () => {
  it('marks each missed target, and only those', () => {
    const lines = targetLines([
      ...corpusTargets({
        name: 'generated-10000',
        buildMs: 3001,
        p99Ms: 10,
        rssMB: 250,
        reloadStallMs: 51,
      }),
      { what: 'recording p50DeltaMs', value: 1, limit: 1, op: '<' },
      { what: 'recording p50DeltaMs', value: 0.9, limit: 1, op: '<' },
    ]);
    expect(lines).toEqual([
      'MISSED generated-10000 buildMs = 3001 (target <= 3000)',
      'ok     generated-10000 p99Ms = 10 (target <= 10)',
      'ok     generated-10000 rssMB = 250 (target <= 300)',
      'MISSED generated-10000 reloadStallMs = 51 (target <= 50)',
      'MISSED recording p50DeltaMs = 1 (target < 1)',
      'ok     recording p50DeltaMs = 0.9 (target < 1)',
    ]);
  });
});

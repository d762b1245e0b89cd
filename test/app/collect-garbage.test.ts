import { setImmediate as turn } from 'node:timers/promises';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COLLECT_AFTER_MS,
  collectNowAndLater,
  fullCollection,
} from '../../src/app/collect-garbage.js';

describe('a full collection', () => {
  it('frees what nothing holds any more, at once', async () => {
    const collect = fullCollection();
    let held: object | undefined = { index: new Array(1000).fill('term') };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef keeps its target until the job that made it ends.
    await turn();
    collect();
    expect(ref.deref()).toBeUndefined();
  });

  it('gives later contexts no gc function: the flag is set only while it takes one', () => {
    fullCollection();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

describe('a collection now and later', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at each call, and once more the quiet time after the last', () => {
    vi.useFakeTimers();
    const start = Date.now();
    const runs: number[] = [];
    const collect = collectNowAndLater(() => runs.push(Date.now() - start), 6_000);
    collect();
    expect(runs).toEqual([0]);
    vi.advanceTimersByTime(4_000);
    collect();
    expect(runs).toEqual([0, 4_000]);
    vi.advanceTimersByTime(5_999);
    expect(runs).toEqual([0, 4_000]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([0, 4_000, 10_000]);
    vi.advanceTimersByTime(60_000);
    expect(runs).toHaveLength(3);
  });

  it('waits past the 5 s over which V8 measures how fast the program allocates', () => {
    expect(COLLECT_AFTER_MS).toBeGreaterThan(5_000);
  });
});

import { setImmediate as turn } from 'node:timers/promises';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COLLECT_AFTER_MS,
  collectWhenIdle,
  fullCollection,
  IDLE_MS,
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

describe('a collection once idle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A clock of fake time, the last question asked at `askedAt` (fake ms; none by default). */
  function setUp(askedAt = Number.NEGATIVE_INFINITY) {
    vi.useFakeTimers();
    const start = Date.now();
    const state = { askedAt };
    const now = () => Date.now() - start;
    const runs: number[] = [];
    const collect = collectWhenIdle(() => runs.push(now()), {
      idleFor: () => now() - state.askedAt,
      idleMs: 1_000,
      quietMs: 6_000,
    });
    return { collect, runs, state, now };
  }

  it('runs at once when no question came, and once more the quiet time later', () => {
    const { collect, runs } = setUp();
    collect();
    expect(runs).toEqual([0]);
    vi.advanceTimersByTime(5_999);
    expect(runs).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([0, 6_000]);
    vi.advanceTimersByTime(60_000);
    expect(runs).toHaveLength(2);
  });

  it('waits while questions come, and runs once they have stopped for the idle time', () => {
    const { collect, runs, state, now } = setUp(0);
    collect();
    expect(runs).toEqual([]);
    // Questions every 500 ms until 3 s: never a second without one.
    for (let t = 500; t <= 3_000; t += 500) {
      vi.advanceTimersByTime(500);
      state.askedAt = now();
      expect(runs, `at ${t}`).toEqual([]);
    }
    vi.advanceTimersByTime(999);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([4_000]);
    vi.advanceTimersByTime(2_000);
    expect(runs).toEqual([4_000, 6_000]);
  });

  it("makes one collection of the two when questions come past the second one's time", () => {
    const { collect, runs, state, now } = setUp(0);
    collect();
    // Questions every 500 ms until 8 s: the first collection and the one due at 6 s both wait.
    for (let t = 500; t <= 8_000; t += 500) {
      vi.advanceTimersByTime(500);
      state.askedAt = now();
    }
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(runs).toEqual([9_000]);
    vi.advanceTimersByTime(60_000);
    expect(runs).toEqual([9_000]);
  });

  it('drops the collections still waiting when stopped', () => {
    const { collect, runs } = setUp(0);
    collect();
    collect.stop();
    vi.advanceTimersByTime(60_000);
    expect(runs).toEqual([]);
  });

  it('lets a new index replace the collections the last one was waiting for', () => {
    const { collect, runs } = setUp();
    collect();
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
    expect(IDLE_MS).toBeLessThan(COLLECT_AFTER_MS);
  });
});

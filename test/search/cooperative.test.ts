import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices } from '../../src/search/cooperative.js';

/** Steps that note, at each step, how many turns of the event loop `turns` has seen. */
function* noting(turns: { count: number }, seen: number[], steps: number) {
  for (let i = 0; i < steps; i++) {
    seen.push(turns.count);
    yield;
  }
  return seen.length;
}

/** Counts turns of the event loop until stopped. */
function countTurns() {
  const turns = { count: 0, stopped: false };
  const tick = () => {
    if (turns.stopped) return;
    turns.count++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return turns;
}

describe('sliced computations', () => {
  it('run every step and return the result, at once or in slices', async () => {
    expect(runAtOnce(noting({ count: 0 }, [], 5))).toBe(5);
    expect(await runInSlices(noting({ count: 0 }, [], 5), 10)).toBe(5);
  });

  /** On how many turns of the event loop four steps ran, in slices of `sliceMs`. */
  async function turnsOfFourSteps(sliceMs: number): Promise<number> {
    const turns = countTurns();
    const seen: number[] = [];
    await runInSlices(noting(turns, seen, 4), sliceMs);
    turns.stopped = true;
    return new Set(seen).size;
  }

  it('give the event loop back once a slice has run its time', async () => {
    // A slice of 0 ms is over after every step: each step runs on a turn of its own.
    expect(await turnsOfFourSteps(0)).toBe(4);
  });

  it('keep to one turn while a slice has time left', async () => {
    expect(await turnsOfFourSteps(60_000)).toBe(1);
  });

  it('begin on a turn of their own, so one following another in a turn adds nothing to it', async () => {
    const turns = countTurns();
    const first: number[] = [];
    const second: number[] = [];
    await runInSlices(noting(turns, first, 2), 60_000);
    const after = turns.count;
    await runInSlices(noting(turns, second, 2), 60_000);
    turns.stopped = true;
    expect(second[0]).toBeGreaterThan(after);
    expect(first[0]).toBeGreaterThan(0);
  });
});

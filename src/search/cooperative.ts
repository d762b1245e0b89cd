import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long computation written once as a generator that yields between small steps, and run either
 * at once (tests, CLIs) or in slices that give the event loop back (a running bot), so a rebuild
 * never holds up Slack's acks or Discord's heartbeats.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs steps for at most `sliceMs` at a time, then lets the event loop run before going on. The
 * first slice waits for a turn of its own as well: one sliced computation following another (a
 * rebuild's index after its kanji words) would otherwise begin in the turn the last one ended,
 * adding its slice to the time already held.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  await nextTurn();
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

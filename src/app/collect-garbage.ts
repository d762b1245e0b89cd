import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection: what a running bot runs after each build (see {@link collectWhenIdle}),
 * when the index it replaced and the build's own garbage have become garbage.
 *
 * Why the bot asks for one: V8 collects the old generation when it grows past a limit set from
 * what was live after the last collection, and frees heap pages only when it collects. A reload
 * builds the new index beside the one serving, so the heap grows to hold both, and an idle bot
 * allocates too little to reach the next limit: at 10,000 generated talks the replaced index and
 * the build's garbage stayed in the heap for minutes (RSS 363 MB, 40 s after a reload, where a
 * collection brings it to about 310 MB). V8's memory reducer, which collects an idle heap, did not
 * run within those 40 s.
 *
 * Node exposes no call for it, so V8's `gc` function is taken from a new context with the flag
 * that makes it (`--expose-gc`, set only for that moment: the program's own global gets no `gc`).
 * @see https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * How long after a new index serves the second collection waits: past the 5 s over which V8
 * measures the allocation rate. A collection in a quiet heap also gives back the young generation
 * the build grew (V8 shrinks it only when it sees little allocation): at 10,000 generated talks,
 * RSS after a reload went to 266 MB collected at once, to 239 MB collected 6 s later (32 MB of
 * young generation back to 1 MB).
 */
export const COLLECT_AFTER_MS = 6_000;

/**
 * How long no question must have come before a collection runs. A full collection holds the
 * event loop (60-110 ms at 10,000 talks on two cores): run in a stream of questions, as right
 * after a reload, it was the slowest answer of the reload (66 ms against a 50 ms target).
 */
export const IDLE_MS = 1_000;

/** Called once each new index serves; `stop` drops the collections still waiting (at shutdown). */
export type IdleCollector = (() => void) & { readonly stop: () => void };

export interface CollectOptions {
  /** Milliseconds since the last question (Infinity before the first). */
  readonly idleFor: () => number;
  /** How long without a question counts as idle ({@link IDLE_MS}). */
  readonly idleMs?: number;
  /** How long after a new index the second collection comes ({@link COLLECT_AFTER_MS}). */
  readonly quietMs?: number;
}

/**
 * `collect` once the bot is idle ({@link IDLE_MS} without a question) after each new index, and
 * once more {@link COLLECT_AFTER_MS} after the last new index, again once idle. The first build
 * comes before any question, so it is collected at once: its garbage is gone before a reload can
 * add to it (collecting the first build later raised the tree's peak at an early reload, 416 ->
 * 454 MB). One collection waits at a time: when questions keep coming past the second's time, the
 two become one, at the first lull. A new index replaces what was waiting. The timers keep no
 process alive.
 */
export function collectWhenIdle(
  collect: () => void,
  { idleFor, idleMs = IDLE_MS, quietMs = COLLECT_AFTER_MS }: CollectOptions,
): IdleCollector {
  let soon: NodeJS.Timeout | undefined;
  let later: NodeJS.Timeout | undefined;
  const whenIdle = (): void => {
    clearTimeout(soon);
    const wait = idleMs - idleFor();
    if (wait <= 0) collect();
    else soon = setTimeout(whenIdle, wait).unref();
  };
  const stop = () => {
    clearTimeout(soon);
    clearTimeout(later);
  };
  const afterInstall = () => {
    stop();
    whenIdle();
    later = setTimeout(whenIdle, quietMs).unref();
  };
  return Object.assign(afterInstall, { stop });
}

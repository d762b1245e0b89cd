import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection: what a running bot runs after each build (see {@link collectNowAndLater}),
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
 * `collect` run at once and again `quietMs` after the last call. The first frees the replaced
 * index before anything else grows the heap (waiting instead raised the peak of a reload 6 s
 * after the bot started, 416 -> 454 MB, the first build's garbage still held); the second gives
 * back the young generation. A reload that follows another within `quietMs` moves the second
 * one after it. The timer does not keep the process alive.
 */
export function collectNowAndLater(collect: () => void, quietMs = COLLECT_AFTER_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    collect();
    clearTimeout(timer);
    timer = setTimeout(collect, quietMs);
    timer.unref();
  };
}

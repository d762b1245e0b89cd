import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, run once a new index is serving: what a running bot calls after each
 * build, when the index it replaced (and the build's own garbage) has just become garbage.
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

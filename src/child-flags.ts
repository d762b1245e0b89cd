/**
 * Node's flags for every process the bot starts (the notes parse, the kanji readings).
 *
 * `--v8-pool-size=0` lets Node size V8's pool of background threads (optimizing compiles, the
 * garbage collector's helpers, WebAssembly compiles) to the machine's cores less one; without it
 * the pool has four threads whatever the cores. On a two-core machine the bot's own main thread
 * then waited for a core while those threads ran: at 10,000 talks, in process, the p99 of 800
 * asks was 3.2-5.6 ms with four threads and 1.7-2.0 ms with one, the asks in between unchanged.
 * The bot's own process gets the flag from the image's command (see the Dockerfile).
 */
export const CHILD_NODE_FLAGS: readonly string[] = ['--v8-pool-size=0'];

/** A task that never overlaps itself and never misses the last request for it. */
export interface OneAtATime<T> {
  /**
   * Runs the task, or, while it runs, asks for one more run right after it and returns the
   * current run (which then includes that one more): any number of calls during a run become
   * one run, so the last request is always served and runs never overlap.
   */
  run(): Promise<T>;
  /** The run in progress, if any. */
  readonly running: Promise<T> | undefined;
}

/**
 * Wraps `task` (a reload, a pull) in {@link OneAtATime}. `after` sees each run's result;
 * `stopped` ends the repeats once the owner is closing.
 */
export function oneAtATime<T>(
  task: () => Promise<T>,
  {
    after,
    stopped,
  }: { readonly after?: ((result: T) => void) | undefined; readonly stopped: () => boolean },
): OneAtATime<T> {
  let running: Promise<T> | undefined;
  /** Whether run() was called again during a pass; each pass clears it before it starts. */
  let again: boolean;
  return {
    get running() {
      return running;
    },
    run() {
      if (running) {
        again = true;
        return running;
      }
      const run = (async () => {
        let result: T;
        do {
          again = false;
          result = await task();
          after?.(result);
        } while (again && !stopped());
        return result;
      })();
      running = run.finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

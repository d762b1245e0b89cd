import type { Logger } from '../logger.js';

/** One thing to close at shutdown, in order. */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void> | void;
}

export interface GracefulShutdownOptions {
  readonly logger: Logger;
  /** Run in order; a step that throws is logged and the next one still runs. */
  readonly steps: readonly ShutdownStep[];
  /** If the steps take longer than this, `onDeadline` ends the process anyway. */
  readonly deadlineMs: number;
  readonly onDeadline: () => void;
}

/**
 * Closes everything once, in order, whatever calls it first (a signal, the console ending, a
 * failed start). Later calls get the same promise.
 */
export function createGracefulShutdown({
  logger,
  steps,
  deadlineMs,
  onDeadline,
}: GracefulShutdownOptions): (reason: string) => Promise<void> {
  let done: Promise<void> | undefined;
  return (reason) => {
    done ??= (async () => {
      logger.info({ reason }, 'Shutting down.');
      const deadline = setTimeout(() => {
        logger.error({ deadlineMs }, 'Shutdown took too long; exiting anyway.');
        onDeadline();
      }, deadlineMs);
      // The deadline must not itself keep a finished process alive.
      deadline.unref();
      for (const step of steps) {
        try {
          await step.run();
        } catch (err) {
          logger.error({ err, step: step.name }, 'A shutdown step failed; continuing.');
        }
      }
      clearTimeout(deadline);
      logger.info('Shutdown complete.');
    })();
    return done;
  };
}

/**
 * Runs a command-line entry point: its result is the exit code, and a thrown error is printed as
 * one sentence instead of a stack trace.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}

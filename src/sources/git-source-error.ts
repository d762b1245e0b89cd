/** What went wrong with the notes' repository, as a code a test or a dashboard can match. */
export type GitSourceErrorCode = 'git_clone_failed' | 'git_pull_failed';

/**
 * A clone or pull that failed. The message is a whole sentence naming the repository without
 * its credentials; the library's error is not kept as the cause, since it may carry them.
 */
export class GitSourceError extends Error {
  override readonly name = 'GitSourceError';
  readonly code: GitSourceErrorCode;

  constructor(code: GitSourceErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

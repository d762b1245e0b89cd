/** Why the Slack adapter could not start; the message is a whole sentence that names no secret. */
export type SlackAdapterErrorCode = 'slack_auth_failed' | 'slack_connect_failed';

/** A real fault starting or stopping the Slack adapter (bad token, Slack unreachable). */
export class SlackAdapterError extends Error {
  readonly code: SlackAdapterErrorCode;

  constructor(code: SlackAdapterErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SlackAdapterError';
    this.code = code;
  }
}

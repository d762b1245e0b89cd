import { AdapterError } from '../../src/app/adapter-error.js';

/** Why the Slack adapter could not start. */
export type SlackAdapterErrorCode =
  | 'slack_auth_failed'
  | 'slack_connect_failed'
  | 'slack_post_failed';

/** A real fault starting or stopping the Slack adapter (bad token, Slack unreachable). */
export class SlackAdapterError extends AdapterError<SlackAdapterErrorCode> {}

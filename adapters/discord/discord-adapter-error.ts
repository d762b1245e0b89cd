import { AdapterError } from '../../src/app/adapter-error.js';

/** Why the Discord adapter could not start, or stopped working for good. */
export type DiscordAdapterErrorCode =
  | 'discord_intent_refused'
  | 'discord_auth_failed'
  | 'discord_connect_failed'
  | 'discord_start_cancelled'
  | 'discord_post_failed'
  | 'discord_gateway_lost';

/** A real fault starting the Discord adapter (bad token, missing intent, Discord unreachable). */
export class DiscordAdapterError extends AdapterError<DiscordAdapterErrorCode> {}

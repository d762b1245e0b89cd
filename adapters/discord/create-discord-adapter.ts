import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  Partials,
  Routes,
} from 'discord.js';
import type { DiscordConfig } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { Announcement } from '../../src/news/announcement-text.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { DiscordAdapterError } from './discord-adapter-error.js';
import { escapeMarkdown } from './discord-markdown.js';
import { createInteractionHandler } from './handle-interaction.js';
import { createMessageHandler } from './handle-message.js';
import { postAnnouncement } from './post-announcement.js';
import { refuseMalformedInteractions } from './refuse-malformed-interaction.js';
import { renderNotice } from './render-embeds.js';

/** What the Discord adapter needs; the composition root passes these in. */
export interface DiscordAdapterOptions {
  readonly config: DiscordConfig;
  /** Turns what users type into replies; the adapter only translates events and renders. */
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  /**
   * Extra options for discord.js's REST client, merged over `{ api: config.apiUrl }`. Tests pass
   * `{ retries: 0 }` so a failing fake fails fast instead of being retried.
   */
  readonly rest?: ClientOptions['rest'];
  /**
   * How long the gateway may be down (connecting, or reconnecting without a HELLO or READY)
   * before the adapter gives up: `failed` settles and the supervisor should restart the bot.
   */
  readonly gatewayDownLimitMs?: number;
}

/** A running Discord bot. */
export interface DiscordAdapter {
  /** Logs in and resolves once the gateway is ready and the bot can answer. */
  start(): Promise<void>;
  /** Closes the gateway connection; safe to call more than once. */
  stop(): Promise<void>;
  /** The application id, taken from the gateway's READY event (undefined before `start`). */
  readonly applicationId: string | undefined;
  /**
   * Posts plain text (escaped here, pinging no one) to DISCORD_ORGANIZERS_CHANNEL, e.g. the
   * weekly digest. Rejects when none is set or Discord refuses.
   */
  postToOrganizers(text: string): Promise<void>;
  /**
   * Settles (never rejects) when the connection is gone for good: Discord closed the gateway
   * with a code that forbids reconnecting (4004 bad token, 4013/4014 intents), or it has not
   * been ready for `gatewayDownLimitMs`. discord.js would otherwise stay up answering nothing.
   */
  readonly failed: Promise<DiscordAdapterError>;
  /**
   * Posts news of new notes to DISCORD_ANNOUNCE_CHANNEL. Rejects when none is set or Discord
   * refuses.
   */
  announce(announcement: Announcement): Promise<void>;
}

/** How long closing the client may take before the adapter stops waiting for it. */
const DESTROY_WAIT_MS = 1_000;

/** Long enough for discord.js's own reconnects and a resume; a real outage lasts longer. */
const GATEWAY_DOWN_LIMIT_MS = 30_000;

/**
 * Message Content is privileged and must also be enabled in the Developer Portal; without it the
 * bot still gets its mentions and DMs but not other guild messages, which it ignores anyway.
 * @see https://discord.com/developers/docs/events/gateway#gateway-intents
 */
const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/** Connects the query service to Discord: `/vmware` commands, @mentions and DMs. */
export function createDiscordAdapter({
  config,
  pipeline,
  logger: parentLogger,
  rest,
  gatewayDownLimitMs = GATEWAY_DOWN_LIMIT_MS,
}: DiscordAdapterOptions): DiscordAdapter {
  const logger = parentLogger.child({ adapter: 'discord' });
  const client = new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message; without this partial discord.js
    // drops every DM.
    partials: [Partials.Channel],
    // A default for any send the handlers might add later; each reply also sets it explicitly.
    allowedMentions: { parse: [] },
    rest: { ...(config.apiUrl && { api: config.apiUrl }), ...rest },
  });

  const handleInteraction = createInteractionHandler({
    pipeline,
    logger,
    ...(config.organizersChannel !== undefined && {
      organizersChannel: config.organizersChannel,
    }),
  });
  const handleMessage = createMessageHandler({
    pipeline,
    logger,
    botUserId: () => client.user?.id,
    organizers: config.organizersChannel !== undefined,
  });
  refuseMalformedInteractions(client, logger, pipeline.languageOf(''));
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction).catch((err) =>
      logger.error({ err }, 'Interaction handler failed.'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message).catch((err) => logger.error({ err }, 'Message handler failed.'));
  });

  client.on(Events.Error, (err) => logger.error({ err }, 'discord.js reported an error.'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord.js warning.'));
  let stopped = false;
  let lost: ((err: DiscordAdapterError) => void) | undefined;
  const failed = new Promise<DiscordAdapterError>((resolve) => {
    lost = resolve;
  });
  const fail = (err: DiscordAdapterError) => {
    if (stopped || !lost) return;
    lost(err);
    lost = undefined;
    clearTimeout(downTimer);
    logger.error({ code: err.code }, err.message);
  };
  // Down from login until READY, and from each drop until READY or RESUMED again.
  let downTimer: NodeJS.Timeout | undefined;
  const down = () => {
    if (downTimer || stopped) return;
    downTimer = setTimeout(() => {
      fail(
        new DiscordAdapterError(
          'discord_gateway_lost',
          `The Discord gateway has not been ready for ${gatewayDownLimitMs / 1000} s (no HELLO or READY); giving up so that the bot is restarted.`,
        ),
      );
    }, gatewayDownLimitMs);
    downTimer.unref();
  };
  const up = () => {
    clearTimeout(downTimer);
    downTimer = undefined;
  };
  client.on(Events.ShardDisconnect, (event, shardId) => {
    logger.warn(
      { shardId, code: event.code },
      'Discord gateway closed for good; not reconnecting.',
    );
    // Before READY, login() rejects with the reason and start() explains it.
    if (!client.isReady()) return;
    fail(
      new DiscordAdapterError(
        'discord_gateway_lost',
        `Discord closed the gateway for good (close code ${event.code}${closeMeaning(event.code)}); the bot no longer answers on Discord.`,
      ),
    );
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    down();
    logger.warn({ shardId }, 'Discord gateway connection dropped; reconnecting.');
  });
  client.on(Events.ShardResume, (shardId, replayedEvents) => {
    up();
    logger.info({ shardId, replayedEvents }, 'Discord gateway session resumed.');
  });
  client.on(Events.ShardReady, (shardId) => {
    up();
    logger.info({ shardId }, 'Discord gateway shard ready.');
  });
  client.on(Events.ShardError, (err, shardId) =>
    logger.error({ err, shardId }, 'Discord gateway connection error.'),
  );
  client.on(Events.Debug, (line) => {
    // discord.js prints the first two thirds of the token here; the rest is noise at trace level.
    if (line.startsWith('Provided token')) return;
    logger.trace({ detail: line.split(config.token).join('[redacted]') }, 'discord.js debug.');
  });

  // discord.js's destroy() waits for a connection that got no HELLO to finish connecting, which
  // it never does; the process is about to exit or reconnect anyway, so it is given a second.
  const destroy = () =>
    Promise.race([
      client.destroy(),
      new Promise<void>((resolve) => setTimeout(resolve, DESTROY_WAIT_MS).unref()),
    ]);
  // stop() during start() must end start(): login() and READY would otherwise wait forever on a
  // gateway that never answers, and keep the process alive after shutdown.
  let onStop: () => void = () => {};
  const stopping = new Promise<void>((resolve) => {
    onStop = resolve;
  });
  return {
    get applicationId() {
      return client.application?.id;
    },
    async postToOrganizers(text) {
      if (config.organizersChannel === undefined) {
        throw new DiscordAdapterError(
          'discord_post_failed',
          'DISCORD_ORGANIZERS_CHANNEL is not set.',
        );
      }
      const { content } = renderNotice(escapeMarkdown(text));
      await client.rest.post(Routes.channelMessages(config.organizersChannel), {
        body: { content, allowed_mentions: { parse: [] } },
      });
    },
    failed,
    async announce(announcement) {
      if (config.announceChannel === undefined) {
        throw new DiscordAdapterError(
          'discord_post_failed',
          'DISCORD_ANNOUNCE_CHANNEL is not set.',
        );
      }
      await postAnnouncement(client.rest, config.announceChannel, announcement);
    },
    async start() {
      down();
      // Listen before logging in: READY and the guilds can arrive before login() resolves.
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      try {
        // login() itself waits for the gateway, forever if it never says HELLO.
        const gaveUp = await Promise.race([client.login(config.token), stopping, failed]);
        if (gaveUp instanceof DiscordAdapterError) throw gaveUp;
      } catch (err) {
        // Leave no half-open connection or timers behind a failed login (e.g. a revoked token).
        up();
        await destroy();
        throw err instanceof DiscordAdapterError ? err : explainLoginError(err);
      }
      const gaveUp = await Promise.race([ready, stopping, failed]);
      if (gaveUp) {
        await destroy();
        throw gaveUp;
      }
      up();
      if (stopped) {
        throw new DiscordAdapterError(
          'discord_start_cancelled',
          'The Discord adapter was stopped while it was connecting.',
        );
      }
      logger.info(
        { applicationId: client.application?.id, botUserId: client.user?.id },
        `Discord bot ready as ${client.user?.tag ?? 'unknown user'}.`,
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      up();
      onStop();
      await destroy();
      logger.info('Discord adapter stopped.');
    },
  };
}

/**
 * What a close code that ends the session means, for the log and `/healthz`.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
function closeMeaning(code: number): string {
  const meanings: Readonly<Record<number, string>> = {
    4004: 'authentication failed: check DISCORD_TOKEN',
    4010: 'invalid shard',
    4011: 'sharding required',
    4012: 'invalid API version',
    4013: 'invalid intents',
    4014: 'disallowed intents: enable Message Content in the Developer Portal',
  };
  const meaning = meanings[code];
  return meaning ? `, ${meaning}` : '';
}

/**
 * Turns the two login failures a person setting the bot up will meet into sentences that say
 * what to do. The token is never part of these messages.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
function explainLoginError(err: unknown): DiscordAdapterError {
  const message = err instanceof Error ? err.message : String(err);
  if (/disallowed intents/i.test(message)) {
    return new DiscordAdapterError(
      'discord_intent_refused',
      'Discord refused the Message Content intent: enable it in the Developer Portal under Bot > Privileged Gateway Intents.',
      { cause: err },
    );
  }
  if (/invalid token/i.test(message)) {
    return new DiscordAdapterError(
      'discord_auth_failed',
      'Discord rejected DISCORD_TOKEN: copy a fresh bot token from the Developer Portal.',
      { cause: err },
    );
  }
  return new DiscordAdapterError(
    'discord_connect_failed',
    `Could not connect to Discord (${message}); check DISCORD_API_URL and the network.`,
    { cause: err },
  );
}

import type { AddressInfo } from 'node:net';
import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  SocketModeReceiver,
  type webApi,
} from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { Announcement } from '../../src/news/announcement-text.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { type ClaimEvent, registerEventDedupe } from './dedupe-events.js';
import { createRequestGuard } from './guard-http-request.js';
import { postAnnouncement } from './post-announcement.js';
import { registerDirectMessage } from './register-direct-message.js';
import { registerMention } from './register-mention.js';
import { registerOrganizersAction } from './register-organizers-action.js';
import { registerShareAction } from './register-share-action.js';
import { registerSlashCommand } from './register-slash-command.js';
import { registerVoteAction } from './register-vote-action.js';
import { renderNotice } from './render-blocks.js';
import { SlackAdapterError } from './slack-adapter-error.js';

/** Path Slack posts events, commands and button clicks to in HTTP mode (the manifest's URLs). */
const SLACK_EVENTS_PATH = '/slack/events';

/** Everything the Slack adapter needs; the composition root passes it in. */
export interface SlackAdapterOptions {
  readonly config: SlackConfig;
  /** Turns what users type into replies; the adapter only translates events and renders. */
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  /**
   * Extra Web API client options, merged under `config.apiUrl`. Tests pass
   * `retryConfig: { retries: 0 }`: the default retries a failing call for half an hour.
   */
  readonly clientOptions?: webApi.WebClientOptions;
  /** Interface HTTP mode listens on (default: all, as a container needs); tests use 127.0.0.1. */
  readonly host?: string;
  /** Claims an event id in the shared store, so a retry is answered once across replicas. */
  readonly claimEvent?: ClaimEvent;
  /** How long a slash command's answer may take to still go in the ack (see ACK_BUDGET_MS). */
  readonly ackBudgetMs?: number;
}

/** The running Slack side of the bot. */
export interface SlackAdapter {
  /** Checks the bot token (`auth.test`), then connects Socket Mode or starts the HTTP server. */
  start(): Promise<void>;
  /** Closes the socket or the server so the process can exit. Safe to call more than once. */
  stop(): Promise<void>;
  /** `'socket'` when `config.appToken` is set, otherwise `'http'`. */
  readonly mode: 'socket' | 'http';
  /** The port the HTTP server listens on once started (useful with port 0); else undefined. */
  readonly httpPort: number | undefined;
  /**
   * Posts plain text (escaped here) to SLACK_ORGANIZERS_CHANNEL, e.g. the weekly digest. Rejects
   * when none is set or Slack refuses.
   */
  postToOrganizers(text: string): Promise<void>;
  /**
   * Posts news of new notes to SLACK_ANNOUNCE_CHANNEL. Rejects when none is set or Slack refuses.
   */
  announce(announcement: Announcement): Promise<void>;
}

/**
 * Builds the Bolt app with every handler wired. Nothing touches the network until `start()`.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/socket-mode
 * @see https://docs.slack.dev/tools/bolt-js/concepts/receiver
 */
export function createSlackAdapter({
  config,
  pipeline,
  logger,
  clientOptions = {},
  host,
  claimEvent,
  ackBudgetMs,
}: SlackAdapterOptions): SlackAdapter {
  const log = logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger);
  const webClientOptions: webApi.WebClientOptions = {
    ...clientOptions,
    ...(config.apiUrl !== undefined && { slackApiUrl: config.apiUrl }),
  };

  const receiver = createReceiver(config, boltLogger, webClientOptions, log);
  const app = new App({
    token: config.botToken,
    receiver: receiver.bolt,
    logger: boltLogger,
    clientOptions: { ...webClientOptions },
    // Without this the constructor fires auth.test at once and an unreachable Slack becomes an
    // unhandled rejection; start() runs it instead and reports a failure properly.
    deferInitialization: true,
  });

  registerEventDedupe(app, log, claimEvent);
  // "Ask the organizers" is offered only where it can post.
  const organizers = config.organizersChannel !== undefined;
  registerSlashCommand(app, pipeline, organizers, ackBudgetMs);
  registerMention(app, pipeline, log, organizers);
  registerDirectMessage(app, pipeline, log, organizers);
  registerShareAction(app, pipeline, log);
  registerVoteAction(app, pipeline, log, organizers);
  if (config.organizersChannel !== undefined) {
    registerOrganizersAction(app, pipeline, log, config.organizersChannel);
  }
  app.error(async (err) => {
    log.error({ err }, 'A Slack listener failed.');
  });

  let running = false;
  let httpPort: number | undefined;

  return {
    mode: receiver.mode,
    get httpPort() {
      return httpPort;
    },
    async postToOrganizers(text) {
      if (config.organizersChannel === undefined) {
        throw new SlackAdapterError('slack_post_failed', 'SLACK_ORGANIZERS_CHANNEL is not set.');
      }
      await app.client.chat.postMessage({
        channel: config.organizersChannel,
        ...renderNotice(text),
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async announce(announcement) {
      if (config.announceChannel === undefined) {
        throw new SlackAdapterError('slack_post_failed', 'SLACK_ANNOUNCE_CHANNEL is not set.');
      }
      await postAnnouncement(app.client, config.announceChannel, announcement);
    },
    async start() {
      try {
        await app.init();
      } catch (err) {
        throw new SlackAdapterError(
          'slack_auth_failed',
          `Slack did not accept SLACK_BOT_TOKEN (auth.test failed: ${describe(err)}).`,
          { cause: err },
        );
      }
      try {
        if (receiver.mode === 'socket') {
          await receiver.bolt.start();
        } else {
          const server = await receiver.bolt.start({
            port: config.port,
            ...(host !== undefined && { host }),
          });
          httpPort = (server.address() as AddressInfo | null)?.port;
        }
      } catch (err) {
        throw new SlackAdapterError(
          'slack_connect_failed',
          receiver.mode === 'socket'
            ? `Could not connect to Slack in Socket Mode (${describe(err)}); check SLACK_APP_TOKEN.`
            : `Could not listen for Slack on port ${config.port} (${describe(err)}).`,
          { cause: err },
        );
      }
      running = true;
      log.info(
        receiver.mode === 'socket'
          ? { mode: 'socket' }
          : { mode: 'http', port: httpPort, path: SLACK_EVENTS_PATH },
        'Slack adapter started.',
      );
    },
    async stop() {
      if (!running) return;
      running = false;
      if (receiver.mode === 'socket') {
        // The receiver's own stop() does not wait for the close handshake; the client's does.
        await receiver.bolt.client.disconnect();
      } else {
        await receiver.bolt.stop();
        httpPort = undefined;
      }
      log.info('Slack adapter stopped.');
    },
  };
}

type Receiver =
  | { readonly mode: 'socket'; readonly bolt: SocketModeReceiver }
  | { readonly mode: 'http'; readonly bolt: HTTPReceiver };

function createReceiver(
  config: SlackConfig,
  logger: BoltLogger,
  clientOptions: webApi.WebClientOptions,
  log: Logger,
): Receiver {
  if (config.appToken !== undefined) {
    return {
      mode: 'socket',
      bolt: new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        // The Socket Mode client calls apps.connections.open with its own WebClient; it needs
        // the same API URL (and retry settings) as the app's client. A copy, because it mutates it.
        installerOptions: { clientOptions: { ...clientOptions } },
      }),
    };
  }
  if (config.signingSecret === undefined) {
    // loadConfig already refuses this; the check keeps a hand-made config honest too.
    throw new SlackAdapterError(
      'slack_connect_failed',
      'SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).',
    );
  }
  const bolt = new HTTPReceiver({
    // Signature checking stays on: Bolt answers 401 to a bad signature or a request whose
    // timestamp is more than 5 minutes old.
    signingSecret: config.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    port: config.port,
    logger,
    // When the request reached the bot, for the slash command's ack budget.
    customPropertiesExtractor: (req) => ({
      receivedAt: (req as unknown as { receivedAt?: number }).receivedAt,
    }),
  });
  // What Bolt leaves hanging or lets through is answered first (see createRequestGuard).
  const guard = createRequestGuard({
    signingSecret: config.signingSecret,
    endpoint: SLACK_EVENTS_PATH,
    log,
  });
  const boltListener = bolt.requestListener;
  bolt.requestListener = (req, res) => {
    Object.assign(req, { receivedAt: Date.now() });
    guard(req, res, () => boltListener(req, res));
  };
  return { mode: 'http', bolt };
}

// Error messages from the Slack SDK carry the API error code (`invalid_auth`), never the token.
function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

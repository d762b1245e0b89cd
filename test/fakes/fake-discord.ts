import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A small local Discord for tests and benchmarks: the REST endpoints the bot calls and a gateway
 * WebSocket on 127.0.0.1, both on one ephemeral port. It speaks plain JSON (no zlib), records
 * every REST call and gateway payload, and can push dispatches (slash commands, button clicks,
 * messages) to the connected client.
 *
 * Point discord.js at it with `rest: { api: fake.apiUrl }`; `GET /gateway/bot` then hands the
 * client this gateway's URL.
 */

/** One REST request the bot made. `path` is decoded (`%40original` reads `@original`). */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON; tests pick fields out.
  readonly body: any;
  readonly authorization: string | undefined;
}

/** A payload the client sent over the gateway (identify, resume, heartbeat…). */
export interface GatewayPayload {
  readonly op: number;
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads are arbitrary JSON.
  readonly d: any;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

export interface FakeDiscordOptions {
  /** When set, authenticated REST calls without `Bot <token>` get 401, as Discord answers. */
  readonly token?: string;
  /** Sent in HELLO (default 41,250 ms, Discord's usual value). */
  readonly heartbeatIntervalMs?: number;
  /** How to answer op 6 RESUME: `resume` sends RESUMED; `invalid-session` sends op 9 (d: false). */
  readonly onResume?: 'resume' | 'invalid-session';
  /**
   * Close the connection with this code instead of answering IDENTIFY, e.g. 4014 (disallowed
   * intents) or 4004 (authentication failed).
   */
  readonly closeOnIdentify?: number;
  /** How long `waitForCall` and friends wait before failing (default 5,000 ms). */
  readonly waitTimeoutMs?: number;
  /** False: no connection gets a HELLO (see `withholdHello`). */
  readonly hello?: boolean;
}

export interface CannedResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** A dispatched interaction and a way to wait for the bot's callback to it. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  /** Resolves with the first `POST /interactions/{id}/{token}/callback`. */
  response(): Promise<RecordedCall>;
}

/** A dispatched message and a way to wait for the bot's reply to it. */
export interface SentMessage {
  readonly id: string;
  readonly channelId: string;
  /** Resolves with the first `POST /channels/{id}/messages` that references this message. */
  reply(): Promise<RecordedCall>;
}

export interface FakeDiscordIds {
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId: string;
  readonly commandId: string;
}

export interface FakeDiscord {
  start(): Promise<void>;
  close(): Promise<void>;
  /** REST base for discord.js's `rest.api` / `DISCORD_API_URL`, e.g. `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly ids: FakeDiscordIds;
  readonly botUser: FakeUser;
  /** A human member of the guild, the default author of messages and interactions. */
  readonly user: FakeUser;
  readonly calls: readonly RecordedCall[];
  readonly gatewayReceived: readonly GatewayPayload[];
  /** Gateway connections opened so far (a reconnect makes it 2). */
  readonly connectionCount: number;
  /** The first call matching `match` recorded at or after index `since` (default: from now). */
  waitForCall(match: (call: RecordedCall) => boolean, since?: number): Promise<RecordedCall>;
  /** The next REST call (matching `match`, if given) recorded from now on. */
  nextCall(match?: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  /** The first gateway payload with `op` received at or after index `since` (default: from now). */
  waitForGatewayPayload(op: number, since?: number): Promise<GatewayPayload>;
  /** Answers matching requests with `response` instead of the default; returns an undo function. */
  respondWith(match: (call: RecordedCall) => boolean, response: CannedResponse): () => void;
  /** Sends a dispatch (op 0) with the next sequence number on the open gateway connection. */
  dispatch(event: string, data: unknown): void;
  sendSlashCommand(input: {
    readonly subcommand?: string;
    readonly options?: Readonly<Record<string, string>>;
    readonly commandName?: string;
    readonly user?: FakeUser;
    readonly dm?: boolean;
  }): SentInteraction;
  clickButton(input: {
    readonly customId: string;
    /** The message the button sits on, e.g. the `data` of the bot's earlier callback. */
    readonly message: {
      readonly content?: string;
      readonly embeds?: unknown[];
      readonly components?: unknown[];
    };
    readonly user?: FakeUser;
    readonly dm?: boolean;
  }): SentInteraction;
  /** A `/vmware ask` changed by `change` first, e.g. with its user or data removed. */
  sendMalformedInteraction(
    change: (payload: Record<string, unknown>) => Record<string, unknown>,
  ): SentInteraction;
  sendMessage(input: {
    readonly content: string;
    readonly author?: FakeUser;
    readonly dm?: boolean;
  }): SentMessage;
  /** Closes the open gateway connection with `code` and waits until it is closed. */
  closeGateway(code: number, reason?: string): Promise<void>;
  /** Gateway connections opened from now on get no HELLO: a gateway that accepts and hangs. */
  withholdHello(): void;
}

const API_PREFIX = '/api/v10';
const PERMISSIONS = '2248473465835073';

/** Creates a fake Discord; call `start()` before use and `close()` after. */
export function createFakeDiscord(options: FakeDiscordOptions = {}): FakeDiscord {
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
  const waitTimeoutMs = options.waitTimeoutMs ?? 5_000;
  let nextSnowflake = 1_300_000_000_000_000_000n;
  const snowflake = () => String(nextSnowflake++);
  const ids: FakeDiscordIds = {
    applicationId: snowflake(),
    botUserId: snowflake(),
    guildId: snowflake(),
    channelId: snowflake(),
    dmChannelId: snowflake(),
    commandId: snowflake(),
  };
  const botUser: FakeUser = { id: ids.botUserId, username: 'meetup-bot', bot: true };
  const user: FakeUser = { id: snowflake(), username: 'alice' };

  const calls: RecordedCall[] = [];
  const gatewayReceived: GatewayPayload[] = [];
  const overrides: { match: (call: RecordedCall) => boolean; response: CannedResponse }[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  let server: Server | undefined;
  let wss: WebSocketServer | undefined;
  let port = 0;
  let socket: WebSocket | undefined;
  let connectionCount = 0;
  /** Set by `withholdHello`: new connections get no HELLO. */
  let silent = options.hello === false;
  let sessionId: string | undefined;
  let sequence = 0;

  const apiUrl = () => `http://127.0.0.1:${requirePort()}/api`;
  const gatewayUrl = () => `ws://127.0.0.1:${requirePort()}`;
  function requirePort(): number {
    if (!port) throw new Error('The fake Discord is not started; call start() first.');
    return port;
  }

  function waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = calls.map((c) => `${c.method} ${c.path}`).join(', ') || 'none';
        reject(
          new Error(`Fake Discord: timed out waiting for ${what}. REST calls so far: ${seen}.`),
        );
      }, waitTimeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  }

  /** Scans from `since` without copying, since a benchmark may have many waiters and calls. */
  function findFrom<T>(items: readonly T[], since: number, match: (item: T) => boolean) {
    for (let i = since; i < items.length; i += 1) {
      const item = items[i];
      if (item !== undefined && match(item)) return item;
    }
    return undefined;
  }

  function waitForCall(match: (call: RecordedCall) => boolean, since = calls.length) {
    return waitFor(() => findFrom(calls, since, match), 'a matching REST call');
  }

  function waitForGatewayPayload(op: number, since = gatewayReceived.length) {
    return waitFor(() => findFrom(gatewayReceived, since, (p) => p.op === op), `gateway op ${op}`);
  }

  function userObject(u: FakeUser) {
    return {
      id: u.id,
      username: u.username,
      discriminator: '0',
      global_name: null,
      avatar: null,
      ...(u.bot && { bot: true }),
    };
  }

  function memberObject(u?: FakeUser) {
    return {
      ...(u && { user: userObject(u) }),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
      permissions: PERMISSIONS,
    };
  }

  function messageObject(fields: {
    id?: string;
    channelId: string;
    content?: string;
    embeds?: unknown[];
    components?: unknown[];
    author?: FakeUser;
    flags?: number;
    type?: number;
    message_reference?: unknown;
  }) {
    return {
      id: fields.id ?? snowflake(),
      channel_id: fields.channelId,
      author: userObject(fields.author ?? botUser),
      content: fields.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: fields.embeds ?? [],
      components: fields.components ?? [],
      pinned: false,
      type: fields.type ?? 0,
      flags: fields.flags ?? 0,
      ...(fields.message_reference !== undefined && {
        message_reference: fields.message_reference,
      }),
    };
  }

  function send(payload: { op: number; d: unknown; s?: number | null; t?: string | null }) {
    if (!socket || socket.readyState !== socket.OPEN) {
      throw new Error('Fake Discord: no gateway connection is open.');
    }
    socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  function dispatch(event: string, data: unknown) {
    sequence += 1;
    send({ op: 0, t: event, s: sequence, d: data });
  }

  function guildObject() {
    return {
      id: ids.guildId,
      name: 'VMware Meetup',
      icon: null,
      owner_id: user.id,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: '2024-01-01T00:00:00.000Z',
      features: [],
      roles: [
        {
          id: ids.guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: PERMISSIONS,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      members: [{ ...memberObject(botUser) }],
      channels: [
        {
          id: ids.channelId,
          type: 0,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          guild_id: ids.guildId,
          nsfw: false,
          parent_id: null,
          topic: null,
        },
      ],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      preferred_locale: 'en-US',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      nsfw_level: 0,
    };
  }

  function onGatewayMessage(raw: string) {
    const payload = JSON.parse(raw) as GatewayPayload;
    switch (payload.op) {
      case 1:
        send({ op: 11, d: null });
        break;
      case 2:
        if (options.closeOnIdentify !== undefined) {
          socket?.close(options.closeOnIdentify, 'refused by the fake');
          break;
        }
        sessionId = randomUUID();
        sequence = 0;
        dispatch('READY', {
          v: 10,
          user: { ...userObject(botUser), verified: true, mfa_enabled: false, flags: 0 },
          guilds: [{ id: ids.guildId, unavailable: true }],
          session_id: sessionId,
          resume_gateway_url: gatewayUrl(),
          shard: [0, 1],
          application: { id: ids.applicationId, flags: 0 },
          private_channels: [],
          user_settings: {},
          relationships: [],
          presences: [],
          guild_join_requests: [],
        });
        dispatch('GUILD_CREATE', guildObject());
        break;
      case 6:
        if ((options.onResume ?? 'resume') === 'resume' && payload.d?.session_id === sessionId) {
          dispatch('RESUMED', {});
        } else {
          send({ op: 9, d: false });
        }
        break;
      default:
        break;
    }
    // Recorded after handling, so whoever waits for it sees the fake's answer already sent.
    gatewayReceived.push(payload);
    notify();
  }

  function interactionBase(u: FakeUser, dm: boolean) {
    const id = snowflake();
    const token = `fake-interaction-token-${id}`;
    const place = dm
      ? {
          user: userObject(u),
          channel_id: ids.dmChannelId,
          channel: { id: ids.dmChannelId, type: 1, recipients: [userObject(u)], flags: 0 },
          context: 1,
          authorizing_integration_owners: { '0': ids.guildId },
        }
      : {
          guild_id: ids.guildId,
          guild: { id: ids.guildId, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          channel_id: ids.channelId,
          channel: {
            id: ids.channelId,
            type: 0,
            name: 'general',
            guild_id: ids.guildId,
            permissions: PERMISSIONS,
            flags: 0,
          },
          member: memberObject(u),
          context: 0,
          authorizing_integration_owners: { '0': ids.guildId },
        };
    const base = {
      id,
      application_id: ids.applicationId,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: PERMISSIONS,
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...place,
    };
    const since = calls.length;
    const sent: SentInteraction = {
      id,
      token,
      response: () =>
        waitForCall(
          (c) =>
            c.method === 'POST' && c.path === `${API_PREFIX}/interactions/${id}/${token}/callback`,
          since,
        ),
    };
    return { base, sent };
  }

  function sendSlashCommand({
    subcommand,
    options: values = {},
    commandName = 'vmware',
    user: from = user,
    dm = false,
  }: Parameters<FakeDiscord['sendSlashCommand']>[0]): SentInteraction {
    const { base, sent } = interactionBase(from, dm);
    const valueOptions = Object.entries(values).map(([name, value]) => ({ type: 3, name, value }));
    dispatch('INTERACTION_CREATE', {
      ...base,
      type: 2,
      data: {
        id: ids.commandId,
        name: commandName,
        type: 1,
        options: subcommand ? [{ type: 1, name: subcommand, options: valueOptions }] : valueOptions,
        ...(!dm && { guild_id: ids.guildId }),
      },
    });
    return sent;
  }

  function sendMalformedInteraction(
    change: (payload: Record<string, unknown>) => Record<string, unknown>,
  ): SentInteraction {
    const { base, sent } = interactionBase(user, false);
    dispatch(
      'INTERACTION_CREATE',
      change({
        ...base,
        type: 2,
        data: { id: ids.commandId, name: 'vmware', type: 1, options: [], guild_id: ids.guildId },
      }),
    );
    return sent;
  }

  function clickButton({
    customId,
    message,
    user: from = user,
    dm = false,
  }: Parameters<FakeDiscord['clickButton']>[0]): SentInteraction {
    const { base, sent } = interactionBase(from, dm);
    dispatch('INTERACTION_CREATE', {
      ...base,
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message: messageObject({
        channelId: dm ? ids.dmChannelId : ids.channelId,
        content: message.content ?? '',
        embeds: message.embeds ?? [],
        components: message.components ?? [],
        flags: 64,
        type: 20,
      }),
    });
    return sent;
  }

  function sendMessage({
    content,
    author = user,
    dm = false,
  }: Parameters<FakeDiscord['sendMessage']>[0]): SentMessage {
    const id = snowflake();
    const channelId = dm ? ids.dmChannelId : ids.channelId;
    const since = calls.length;
    const mentioned = content.includes(`<@${botUser.id}>`) || content.includes(`<@!${botUser.id}>`);
    dispatch('MESSAGE_CREATE', {
      ...messageObject({ id, channelId, content, author }),
      mention_everyone: /@(everyone|here)\b/.test(content),
      mentions: mentioned ? [userObject(botUser)] : [],
      ...(dm
        ? { channel_type: 1 }
        : { guild_id: ids.guildId, member: memberObject(), channel_type: 0 }),
    });
    return {
      id,
      channelId,
      reply: () =>
        waitForCall(
          (c) =>
            c.method === 'POST' &&
            c.path === `${API_PREFIX}/channels/${channelId}/messages` &&
            c.body?.message_reference?.message_id === id,
          since,
        ),
    };
  }

  function route(call: RecordedCall): CannedResponse {
    const override = overrides.find((o) => o.match(call));
    if (override) return override.response;
    const p = call.path.startsWith(API_PREFIX) ? call.path.slice(API_PREFIX.length) : undefined;
    const notFound = { status: 404, body: { message: '404: Not Found', code: 0 } };
    if (p === undefined) return notFound;
    const interactionCallback = /^\/interactions\/\d+\/[^/]+\/callback$/.test(p);
    const webhook = p.startsWith('/webhooks/');
    if (
      !interactionCallback &&
      !webhook &&
      options.token &&
      call.authorization !== `Bot ${options.token}`
    ) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    if (call.method === 'GET' && (p === '/gateway/bot' || p === '/gateway')) {
      return {
        status: 200,
        body: {
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (call.method === 'POST' && interactionCallback) {
      if (call.query.with_response !== 'true') return { status: 204 };
      const message = messageObject({ channelId: ids.channelId, ...call.body?.data });
      return {
        status: 200,
        body: {
          interaction: { id: p.split('/')[2], type: 2 },
          resource: { type: call.body?.type, message },
        },
      };
    }
    const webhookMessage = /^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.exec(p);
    if (webhookMessage && (call.method === 'PATCH' || call.method === 'POST')) {
      return { status: 200, body: messageObject({ channelId: ids.channelId, ...call.body }) };
    }
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(p);
    if (channelMessages?.[1] && call.method === 'POST') {
      return { status: 200, body: messageObject({ channelId: channelMessages[1], ...call.body }) };
    }
    if (call.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      const commands = Array.isArray(call.body) ? call.body : [];
      return {
        status: 200,
        body: commands.map((c: object) => ({
          id: snowflake(),
          application_id: ids.applicationId,
          version: snowflake(),
          ...c,
        })),
      };
    }
    return notFound;
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = raw;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      // Not JSON (e.g. multipart): keep the raw text.
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    };
    const response = route(call);
    calls.push(call);
    if (response.body === undefined) {
      res.writeHead(response.status).end();
    } else {
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(response.body));
    }
    notify();
  }

  return {
    get apiUrl() {
      return apiUrl();
    },
    get gatewayUrl() {
      return gatewayUrl();
    },
    ids,
    botUser,
    user,
    calls,
    gatewayReceived,
    get connectionCount() {
      return connectionCount;
    },
    async start() {
      server = createServer((req, res) => {
        onRequest(req, res).catch((err) => res.writeHead(500).end(String(err)));
      });
      wss = new WebSocketServer({ server });
      wss.on('connection', (ws) => {
        socket = ws;
        connectionCount += 1;
        ws.on('message', (data) => onGatewayMessage(String(data)));
        if (!silent) send({ op: 10, d: { heartbeat_interval: heartbeatIntervalMs } });
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(0, '127.0.0.1', () => resolve());
      });
      port = (server.address() as AddressInfo).port;
    },
    async close() {
      for (const client of wss?.clients ?? []) client.terminate();
      await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      listeners.clear();
    },
    waitForCall,
    nextCall: (match = () => true) => waitForCall(match),
    waitForGatewayPayload,
    respondWith(match, response) {
      const entry = { match, response };
      overrides.push(entry);
      return () => {
        overrides.splice(overrides.indexOf(entry), 1);
      };
    },
    dispatch,
    sendSlashCommand,
    sendMalformedInteraction,
    clickButton,
    sendMessage,
    withholdHello() {
      silent = true;
    },
    async closeGateway(code, reason = 'closed by the fake') {
      const open = socket;
      if (!open || open.readyState !== open.OPEN)
        throw new Error('Fake Discord: no gateway connection is open.');
      await new Promise<void>((resolve) => {
        open.once('close', () => resolve());
        open.close(code, reason);
      });
    },
  };
}

import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One request the fake received: a Web API call, or a POST to a response_url. */
export interface FakeSlackCall {
  /** Web API method (`chat.postMessage`), or `response_url` for the response_url catcher. */
  readonly method: string;
  /** Request path, e.g. `/api/chat.postMessage` or `/response/42`. */
  readonly path: string;
  /** Form or JSON fields; JSON-encoded fields such as `blocks` are decoded. */
  readonly body: Record<string, unknown>;
  /** The token the call used (Authorization header or `token` field), if any. */
  readonly token: string | undefined;
}

/** A Socket Mode envelope the fake sent, and what the app acknowledged. */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: unknown;
}

/** One Socket Mode WebSocket connection from the app under test. */
export interface FakeSocketConnection {
  /** Sends any frame as JSON. */
  send(frame: unknown): void;
  /**
   * Sends an envelope (`events_api`, `slash_commands`, `interactive`) and returns its ID.
   * @see https://docs.slack.dev/apis/events-api/using-socket-mode#events
   */
  sendEnvelope(type: string, payload: unknown, acceptsResponsePayload?: boolean): string;
  /** Resolves with the ack for `envelopeId`, whether it already came or is yet to come. */
  nextAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  /** Closes this connection from the server side. */
  close(): void;
  /** Resolves with the close code once the connection is closed, from either side. */
  readonly closed: Promise<number>;
}

export interface FakeSlackOptions {
  readonly teamId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
  /** When set, Web API calls other than apps.connections.open must use it (else `invalid_auth`). */
  readonly botToken?: string;
  /** When set, apps.connections.open must use it (else `invalid_auth`). */
  readonly appToken?: string;
  /** Send `{"type":"hello"}` as soon as a Socket Mode client connects (default true). */
  readonly sendHello?: boolean;
  /** chat.postMessage to these channels fails with the given error, e.g. `not_in_channel`. */
  readonly postErrors?: Readonly<Record<string, string>>;
}

/** A local stand-in for Slack on 127.0.0.1: Web API, response_url catcher and Socket Mode. */
export interface FakeSlack {
  start(): Promise<void>;
  close(): Promise<void>;
  /** Base URL for `SLACK_API_URL` / `clientOptions.slackApiUrl`, ending in `/api/`. */
  readonly apiUrl: string;
  /** A fresh response_url on the fake; POSTs to it are recorded as `response_url` calls. */
  responseUrl(): string;
  /** Every call so far, in arrival order. */
  readonly calls: readonly FakeSlackCall[];
  /** The next call to `method` not yet taken by an earlier `nextCall`, waiting if need be. */
  nextCall(method: string, timeoutMs?: number): Promise<FakeSlackCall>;
  /** The next Socket Mode connection not yet taken, waiting if need be. */
  nextSocket(timeoutMs?: number): Promise<FakeSocketConnection>;
}

/** Queue with waiters: items are taken in order, whether they arrive before or after the ask. */
function createQueue<T>(what: string) {
  const items: T[] = [];
  const waiters: ((item: T) => void)[] = [];
  return {
    push(item: T) {
      const waiter = waiters.shift();
      if (waiter) waiter(item);
      else items.push(item);
    },
    take(timeoutMs: number): Promise<T> {
      const ready = items.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(deliver), 1);
          reject(new Error(`Fake Slack: no ${what} within ${timeoutMs} ms.`));
        }, timeoutMs);
        const deliver = (item: T) => {
          clearTimeout(timer);
          resolve(item);
        };
        waiters.push(deliver);
      });
    },
  };
}

const DEFAULT_TIMEOUT_MS = 5000;

export function createFakeSlack(options: FakeSlackOptions = {}): FakeSlack {
  const {
    teamId = 'T0FAKE',
    botUserId = 'U0BOT',
    botId = 'B0BOT',
    botToken,
    appToken,
    sendHello = true,
    postErrors = {},
  } = options;
  const calls: FakeSlackCall[] = [];
  const queues = new Map<string, ReturnType<typeof createQueue<FakeSlackCall>>>();
  const queueFor = (method: string) => {
    let q = queues.get(method);
    if (!q) {
      q = createQueue<FakeSlackCall>(`${method} call`);
      queues.set(method, q);
    }
    return q;
  };
  const sockets = createQueue<FakeSocketConnection>('Socket Mode connection');
  const openSockets = new Set<WebSocket>();
  let server: Server | undefined;
  let wss: WebSocketServer | undefined;
  let port: number | undefined;
  let counter = 0;

  const base = () => {
    if (port === undefined) throw new Error('Fake Slack: call start() first.');
    return `127.0.0.1:${port}`;
  };

  function webApi(method: string, token: string | undefined, body: Record<string, unknown>) {
    const expected = method === 'apps.connections.open' ? appToken : botToken;
    if (expected !== undefined && token !== expected) return { ok: false, error: 'invalid_auth' };
    counter += 1;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'vmware-bot',
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
        };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: body.channel,
          permalink: `https://fake.slack.test/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}`,
        };
      case 'chat.postMessage':
        if (typeof body.channel === 'string' && postErrors[body.channel]) {
          return { ok: false, error: postErrors[body.channel] };
        }
        return { ok: true, channel: body.channel, ts, message: { ...body, ts, bot_id: botId } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'chat.update':
      case 'chat.delete':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'apps.connections.open':
        return { ok: true, url: `ws://${base()}/socket-mode?ticket=${counter}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = parseBody(raw, req.headers['content-type']);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice('Bearer '.length)
      : typeof body.token === 'string'
        ? body.token
        : undefined;
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const call: FakeSlackCall = { method, path, body, token };
      calls.push(call);
      send(200, webApi(method, token, body));
      queueFor(method).push(call);
      return;
    }
    if (req.method === 'POST' && path.startsWith('/response/')) {
      const call: FakeSlackCall = { method: 'response_url', path, body, token };
      calls.push(call);
      send(200, { ok: true });
      queueFor('response_url').push(call);
      return;
    }
    send(404, { ok: false, error: 'not_found' });
  }

  function connection(ws: WebSocket): FakeSocketConnection {
    const acks = new Map<string, ReturnType<typeof createQueue<SocketAck>>>();
    const ackQueue = (id: string) => {
      let q = acks.get(id);
      if (!q) {
        q = createQueue<SocketAck>(`ack for envelope ${id}`);
        acks.set(id, q);
      }
      return q;
    };
    ws.on('message', (data) => {
      try {
        const frame = JSON.parse(String(data)) as Partial<SocketAck>;
        if (typeof frame.envelope_id === 'string') {
          ackQueue(frame.envelope_id).push(frame as SocketAck);
        }
      } catch {
        // Not JSON: a real Slack would drop the connection; the fake just ignores the frame.
      }
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    return {
      closed,
      send: (frame) => ws.send(JSON.stringify(frame)),
      sendEnvelope(type, payload, acceptsResponsePayload = type === 'slash_commands') {
        counter += 1;
        const envelopeId = `env-${counter}`;
        ws.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: acceptsResponsePayload,
            retry_attempt: 0,
            retry_reason: '',
          }),
        );
        return envelopeId;
      },
      nextAck: (envelopeId, timeoutMs = DEFAULT_TIMEOUT_MS) => ackQueue(envelopeId).take(timeoutMs),
      close: () => ws.close(1000),
    };
  }

  return {
    get apiUrl() {
      return `http://${base()}/api/`;
    },
    get calls() {
      return calls;
    },
    responseUrl() {
      counter += 1;
      return `http://${base()}/response/${counter}`;
    },
    nextCall: (method, timeoutMs = DEFAULT_TIMEOUT_MS) => queueFor(method).take(timeoutMs),
    nextSocket: (timeoutMs = DEFAULT_TIMEOUT_MS) => sockets.take(timeoutMs),
    async start() {
      const srv = createServer((req, res) => {
        handle(req, res).catch(() => {
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
      });
      wss = new WebSocketServer({ server: srv, path: '/socket-mode' });
      wss.on('connection', (ws) => {
        openSockets.add(ws);
        ws.on('close', () => openSockets.delete(ws));
        const conn = connection(ws);
        if (sendHello) {
          conn.send({
            type: 'hello',
            num_connections: 1,
            debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
            connection_info: { app_id: 'A0FAKE' },
          });
        }
        sockets.push(conn);
      });
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve());
      });
      server = srv;
      port = (srv.address() as AddressInfo).port;
    },
    async close() {
      for (const ws of openSockets) ws.terminate();
      await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
      if (server) {
        const srv = server;
        srv.closeAllConnections();
        await new Promise<void>((resolve) => srv.close(() => resolve()));
      }
      server = undefined;
      wss = undefined;
    },
  };
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends arrays and objects (blocks) as JSON strings inside the form.
    body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export function signSlackRequest(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendToAppOptions {
  /** Seconds since the epoch; defaults to now. */
  readonly timestamp?: number;
  /** Overrides the computed signature (to test a bad one). */
  readonly signature?: string;
  /** Sent as well, e.g. Slack's `x-slack-retry-num` on a retry. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Posts to an app the way Slack does: a form body (slash commands; `payload=` for interactions)
 * or JSON (Events API), signed with the signing secret. The content-type is set by hand because
 * Bolt only parses a command whose content-type is exactly `application/x-www-form-urlencoded`.
 */
export async function sendToApp(
  url: string,
  signingSecret: string,
  body: { readonly form: Record<string, string> } | { readonly json: unknown },
  options: SendToAppOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const [text, contentType] =
    'form' in body
      ? [new URLSearchParams(body.form).toString(), 'application/x-www-form-urlencoded']
      : [JSON.stringify(body.json), 'application/json'];
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signSlackRequest(signingSecret, timestamp, text),
      ...options.headers,
    },
    body: text,
  });
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../src/logger.js';

/**
 * How far a request's timestamp may be from now, either way: Slack's rule against replays.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack/
 */
const MAX_CLOCK_SKEW_S = 5 * 60;
/** A signed request body read at most (Bolt's own limit; Slack's payloads are far smaller). */
const MAX_SIGNED_BYTES = 4 * 1024 * 1024;
/** An unsigned body read at most: Slack's `ssl_check=1&token=…`, which Bolt lets through unsigned. */
const MAX_UNSIGNED_BYTES = 1024;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

/** Why a request was refused before Bolt saw it; the status says the same to the sender. */
type Refusal = { readonly status: 400 | 401 | 413; readonly reason: string };

/**
 * Checks a request to the events endpoint before Bolt reads it, and answers what Bolt would
 * leave hanging or accept: a timestamp in the future (Bolt only refuses old ones), an unsigned
 * body larger than an SSL check (refused before it is read whole), a signed body that is `null`,
 * a number or a list instead of an object (Bolt throws on it and never answers). What passes is
 * handed on with its body already read (`rawBody`, which Bolt reads instead of the stream).
 */
export function createRequestGuard({
  signingSecret,
  endpoint,
  log,
  now = () => Date.now(),
}: {
  readonly signingSecret: string;
  readonly endpoint: string;
  readonly log: Logger;
  readonly now?: () => number;
}) {
  return (req: IncomingMessage, res: ServerResponse, pass: () => unknown): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || path !== endpoint) {
      pass();
      return;
    }
    const refuse = ({ status, reason }: Refusal) => {
      log.warn({ status, reason }, 'Refused a request to the Slack endpoint.');
      // Not reading the rest of a body refused early: the connection is closed after the answer.
      res.writeHead(status, { connection: 'close' }).end();
      req.destroy();
    };
    const early = checkHeaders(req, now());
    if (early) {
      refuse(early);
      return;
    }
    const signature = header(req, 'x-slack-signature');
    readBody(req, signature === undefined ? MAX_UNSIGNED_BYTES : MAX_SIGNED_BYTES).then(
      (body) => {
        if (body === undefined) {
          refuse({ status: 413, reason: 'the body is larger than a Slack request can be' });
          return;
        }
        if (signature !== undefined) {
          const bad = checkSigned(req, body, signature, signingSecret);
          if (bad) {
            refuse(bad);
            return;
          }
        }
        Object.assign(req, { rawBody: body });
        pass();
      },
      (err: unknown) => {
        log.warn({ err }, 'A request to the Slack endpoint could not be read.');
        if (!res.headersSent) res.writeHead(400, { connection: 'close' }).end();
      },
    );
  };
}

function checkHeaders(req: IncomingMessage, nowMs: number): Refusal | undefined {
  const signature = header(req, 'x-slack-signature');
  if (signature !== undefined && !SIGNATURE.test(signature)) {
    return { status: 401, reason: 'the signature is malformed' };
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > (signature === undefined ? MAX_UNSIGNED_BYTES : MAX_SIGNED_BYTES)) {
    return signature === undefined
      ? { status: 401, reason: 'the request is not signed' }
      : { status: 413, reason: 'the body is larger than a Slack request can be' };
  }
  if (signature === undefined) return undefined;
  const timestamp = Number(header(req, 'x-slack-request-timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_S) {
    return { status: 401, reason: 'the timestamp is missing or more than 5 minutes off' };
  }
  return undefined;
}

/** After the signature matches: the body must be an object, as every Slack payload is. */
function checkSigned(
  req: IncomingMessage,
  body: Buffer,
  signature: string,
  secret: string,
): Refusal | undefined {
  const timestamp = header(req, 'x-slack-request-timestamp') ?? '';
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { status: 401, reason: 'the signature does not match' };
  }
  return isObjectPayload(req.headers['content-type'], body.toString('utf8'))
    ? undefined
    : { status: 400, reason: 'the body is not an object' };
}

/** As Bolt parses it: a form (its `payload` field as JSON when there is one) or JSON. */
export function isObjectPayload(contentType: string | undefined, text: string): boolean {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseQuery(text);
      if (typeof payload !== 'string') return true;
      return isObject(JSON.parse(payload));
    }
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The whole body, or undefined as soon as it grows past `limit` (the rest is never read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectPayload } from '../../../../adapters/slack/guard-http-request.js';
import {
  SIGNING_SECRET,
  type SlackHarness,
  slashCommand,
  startHarness,
  visibleText,
} from './slack-harness.js';

const QUESTION = 'When did Ansible 2.10 become GA?';
const MINUTE_S = 60;

/** Sends headers and the first `sent` bytes of a body declared `declared` long, and never the rest. */
function partialPost(
  port: number,
  headers: Record<string, string>,
  sent: number,
): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      },
    );
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    req.write('x'.repeat(sent));
  });
}

describe('requests Bolt would leave hanging or let through', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['JSON null', { json: null }],
    ['a JSON number', { json: 42 }],
    ['a JSON list', { json: [{ type: 'event_callback' }] }],
    ['payload=null', { form: { payload: 'null' } }],
    ['a payload that is not JSON', { form: { payload: '{nope' } }],
  ] as const)('answers a signed body that is %s with 400', async (_what, body) => {
    const res = await h.send(body, {});
    expect(res.status).toBe(400);
  });

  it.each([
    ['6 minutes', 6 * MINUTE_S],
    ['a year', 365 * 24 * 60 * MINUTE_S],
  ])('refuses a signed command stamped %s in the future with 401', async (_what, ahead) => {
    const res = await h.send(
      { form: slashCommand(QUESTION, h.fake.responseUrl()) },
      { timestamp: Math.floor(Date.now() / 1000) + ahead },
    );
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it('answers a signed command stamped 4 minutes in the future, within Slack’s 5', async () => {
    const res = await h.send(
      { form: slashCommand(QUESTION, h.fake.responseUrl()) },
      { timestamp: Math.floor(Date.now() / 1000) + 4 * MINUTE_S },
    );
    expect(res.status).toBe(200);
    expect(visibleText((await res.json()) as { text?: string })).toContain('2020/9/22');
  });

  it('refuses an unsigned 3.9 MB body before reading it: the answer comes with most of it unsent', async () => {
    const status = await partialPost(
      h.adapter.httpPort ?? 0,
      { 'content-type': 'application/json', 'content-length': String(3_900_000) },
      64 * 1024,
    );
    expect(status).toBe(401);
  });

  it('refuses an unsigned body sent in chunks once it outgrows an SSL check', async () => {
    const status = await partialPost(
      h.adapter.httpPort ?? 0,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      4 * 1024,
    );
    expect(status).toBe(413);
  });

  it('refuses a malformed signature before reading the body', async () => {
    const status = await partialPost(
      h.adapter.httpPort ?? 0,
      {
        'content-type': 'application/json',
        'content-length': '100000',
        'x-slack-signature': 'v0=nothex',
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      },
      10,
    );
    expect(status).toBe(401);
  });

  it('still answers an unsigned SSL check, as Bolt does', async () => {
    const res = await fetch(`http://127.0.0.1:${h.adapter.httpPort}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=legacy',
    });
    expect(res.status).toBe(200);
  });

  it('logs each refusal with its reason and never the secret', () => {
    const refusals = h.logs.filter((l) => l.includes('Refused a request to the Slack endpoint'));
    expect(refusals.some((l) => l.includes('the body is not an object'))).toBe(true);
    expect(refusals.some((l) => l.includes('more than 5 minutes off'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain(SIGNING_SECRET);
  });
});

describe('isObjectPayload', () => {
  it('reads a form without a payload field as an object, as Bolt does for commands', () => {
    expect(isObjectPayload('application/x-www-form-urlencoded', 'command=%2Fvmware')).toBe(true);
    expect(isObjectPayload('application/x-www-form-urlencoded', 'payload=%7B%7D')).toBe(true);
    expect(isObjectPayload('application/json', '{"type":"event_callback"}')).toBe(true);
    expect(isObjectPayload('application/json', '"text"')).toBe(false);
  });
});

import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HealthServer, startHealthServer } from '../../src/app/health-server.js';
import { buildSnapshot } from '../../src/app/index-snapshot.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import { withMetrics } from '../../src/app/with-metrics.js';
import { loadContent } from '../../src/content/load-content.js';
import { createLogger } from '../../src/logger.js';

describe('health and metrics server', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(faults?: () => readonly string[]) {
    const metrics = createMetrics();
    const holder = createServiceHolder();
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics,
      status: () => holder.current()?.stats,
      ...(faults && { faults }),
      logger: createLogger({ level: 'silent' }),
    });
    const url = (p: string) => `http://127.0.0.1:${server?.port}${p}`;
    return { metrics, holder, url };
  }

  it('answers /healthz with 503 until the index is built, then 200 with its size', async () => {
    const { holder, metrics, url } = await start();
    const early = await fetch(url('/healthz'));
    expect(early.status).toBe(503);
    expect(await early.json()).toEqual({ status: 'starting' });

    const content = await loadContent('test/fixtures/content');
    const snapshot = buildSnapshot(content);
    holder.swap(snapshot);
    metrics.recordIndex(snapshot.stats);
    const ready = await fetch(url('/healthz'));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as Record<string, unknown>;
    expect(body).toEqual({ status: 'ok', ...snapshot.stats });
    expect(body.meetups).toBe(1);
    expect(body.talks).toBe(2);
    const talks = content.meetups.flatMap((m) => m.talks);
    expect(body.passages).toBe(talks.reduce((n, t) => n + t.passages.length, 0));
    expect(Date.parse(body.builtAt as string)).not.toBeNaN();

    const text = await (await fetch(url('/metrics'))).text();
    expect(text).toContain(`meetup_bot_index_passages ${snapshot.stats.passages}`);
    expect(text).toContain('meetup_bot_index_meetups 1');
  });

  it('answers /healthz with 503 naming the fault once a connection is lost for good', async () => {
    const faults: string[] = [];
    const { holder, url } = await start(() => faults);
    holder.swap(buildSnapshot(await loadContent('test/fixtures/content')));
    expect((await fetch(url('/healthz'))).status).toBe(200);
    faults.push('Discord closed the gateway for good (close code 4014).');
    const failing = await fetch(url('/healthz'));
    expect(failing.status).toBe(503);
    expect(await failing.json()).toEqual({
      status: 'failing',
      faults: ['Discord closed the gateway for good (close code 4014).'],
    });
  });

  it('counts questions by platform and answer kind and times them in /metrics', async () => {
    const { holder, metrics, url } = await start();
    holder.swap(buildSnapshot(await loadContent('test/fixtures/content')));
    const slack = withMetrics(holder.service, metrics, 'slack');
    const discord = withMetrics(holder.service, metrics, 'discord');
    slack.ask('Which version of Terraform does the vSphere Provider need?');
    slack.ask('How do I bake sourdough bread?');
    discord.ask('help');

    const response = await fetch(url('/metrics'));
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('meetup_bot_questions_total{platform="slack",kind="found"} 1');
    expect(text).toContain('meetup_bot_questions_total{platform="slack",kind="not-found"} 1');
    expect(text).toContain('meetup_bot_questions_total{platform="discord",kind="help"} 1');
    expect(text).toContain('meetup_bot_answer_duration_seconds_count{platform="slack"} 2');
    expect(text).toContain('meetup_bot_content_reload_failures_total 0');
    // Process metrics come from the instance's own registry, not a global one.
    expect(text).toContain('meetup_bot_process_resident_memory_bytes');
  });

  it('answers unknown paths with 404 and other methods with 405', async () => {
    const { url } = await start();
    expect((await fetch(url('/nope'))).status).toBe(404);
    expect((await fetch(url('/healthz'), { method: 'POST' })).status).toBe(405);
  });

  it('gives a short "restarting" answer once shutdown has begun, instead of searching', async () => {
    const { holder } = await start();
    holder.swap(buildSnapshot(await loadContent('test/fixtures/content')));
    holder.stopTakingQuestions();
    expect(holder.service.ask('When did Ansible 2.10 become GA?')).toEqual({
      kind: 'invalid',
      reason: 'The bot is restarting; please ask again in a minute.',
    });
  });
});

describe('health server responses and logs', () => {
  async function startWithLogs(metrics = createMetrics({ defaultMetrics: false })) {
    const logs: Record<string, unknown>[] = [];
    const server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics,
      status: () => undefined,
      logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    });
    const url = (p: string) => `http://127.0.0.1:${server.port}${p}`;
    return { server, logs, url };
  }

  it('logs the port it listens on, as the health component', async () => {
    const { server, logs } = await startWithLogs();
    expect(logs).toEqual([
      expect.objectContaining({
        component: 'health',
        port: server.port,
        msg: 'Health server listening.',
      }),
    ]);
    await server.close();
  });

  it('answers JSON that is never cached, ignoring the query string, and HEAD like GET', async () => {
    const { server, url } = await startWithLogs();
    const response = await fetch(url('/healthz?probe=1'));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(url('/healthz'), { method: 'HEAD' })).status).toBe(503);
    await server.close();
  });

  it('names the allowed methods on a 405 and the known paths on a 404', async () => {
    const { server, url } = await startWithLogs();
    const refused = await fetch(url('/healthz'), { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('GET, HEAD');
    const missing = await fetch(url('/'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status: 'not found', paths: ['/healthz', '/metrics'] });
    await server.close();
  });

  it('answers 500 and logs the fault when the metrics cannot be collected', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    vi.spyOn(metrics.registry, 'metrics').mockRejectedValue(new Error('collector broke'));
    const { server, logs, url } = await startWithLogs(metrics);
    const response = await fetch(url('/metrics'));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ status: 'error' });
    expect(logs.at(-1)).toMatchObject({
      component: 'health',
      msg: 'Could not collect metrics.',
      err: { message: 'collector broke' },
    });
    await server.close();
  });

  it('fails to start on a port already taken, and stops answering once closed', async () => {
    const { server, url } = await startWithLogs();
    await expect(
      startHealthServer({
        port: server.port,
        host: '127.0.0.1',
        metrics: createMetrics({ defaultMetrics: false }),
        status: () => undefined,
        logger: pino({ level: 'silent' }),
      }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await server.close();
    await expect(fetch(url('/healthz'))).rejects.toThrow();
  });
});

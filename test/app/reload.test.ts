import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { createContentReloader } from '../../src/app/content-reloader.js';
import { type HealthServer, startHealthServer } from '../../src/app/health-server.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import { withMetrics } from '../../src/app/with-metrics.js';
import { createLogger } from '../../src/logger.js';

const NOTES = 'vmware-devops-meetup-5.md';
const NEW_FACT = 'Octantはブラウザから使えるKubernetesダッシュボードでクジラ色のアイコンです';

/** What a reader sees of an answer: the snippets only, not the echoed question. */
function snippets(answer: Answer): string {
  return answer.kind === 'found' ? answer.results.map((r) => r.snippet).join('\n') : '';
}

/** Polls until `check` passes, so the test waits for the watcher instead of sleeping. */
async function eventually(check: () => void | Promise<void>, timeoutMs = 8_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe('live content reload', () => {
  let dir: string;
  let health: HealthServer | undefined;
  let closeReloader: (() => Promise<void>) | undefined;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meetup-content-'));
    await cp('content', dir, { recursive: true });
    logs.length = 0;
  });
  afterEach(async () => {
    await closeReloader?.();
    await health?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function start() {
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => logs.push(line) },
    });
    const metrics = createMetrics({ defaultMetrics: false });
    const holder = createServiceHolder();
    const reloader = createContentReloader({ dir, holder, metrics, logger, debounceMs: 50 });
    closeReloader = () => reloader.close();
    await reloader.loadInitial();
    reloader.watch();
    health = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics,
      status: () => holder.current()?.stats,
      logger,
    });
    const service = withMetrics(holder.service, metrics, 'console');
    const base = `http://127.0.0.1:${health.port}`;
    return {
      service,
      holder,
      metrics: () => fetch(`${base}/metrics`).then((r) => r.text()),
      healthz: () => fetch(`${base}/healthz`).then((r) => r.json()),
    };
  }

  it('answers from the edited note once the file changes, and answers throughout the rebuild', async () => {
    const bot = await start();
    const before = (await bot.healthz()) as { builtAt: string; passages: number };
    expect(snippets(bot.service.ask('クジラ色のアイコン'))).not.toContain('クジラ色');

    const file = path.join(dir, NOTES);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('## Octant で k8s を手軽に可視化してみる\n', (h) => `${h}\n* ${NEW_FACT}\n`),
    );

    // Keep asking while the watcher fires and the index is rebuilt: every answer is whole.
    await eventually(() => {
      const octant = bot.service.ask('Octantって何?');
      expect(octant.kind).toBe('found');
      expect(snippets(bot.service.ask('クジラ色のアイコン'))).toContain('クジラ色');
    });
    const after = (await bot.healthz()) as { builtAt: string; passages: number };
    expect(after.passages).toBe(before.passages + 1);
    expect(after.builtAt > before.builtAt).toBe(true);
    expect(await bot.metrics()).toMatch(/meetup_bot_content_reloads_total 1/);
  });

  it('rebuilds once for a burst of saves', async () => {
    const bot = await start();
    const file = path.join(dir, NOTES);
    const text = await readFile(file, 'utf8');
    for (let i = 1; i <= 5; i += 1) await writeFile(file, `${text}\n* burst ${i}\n`);
    await eventually(() => {
      expect(snippets(bot.service.ask('burst 5'))).toContain('burst 5');
    });
    // Well past the debounce: no late rebuilds for the earlier saves.
    await new Promise((r) => setTimeout(r, 300));
    expect(await bot.metrics()).toMatch(/meetup_bot_content_reloads_total 1\n/);
  });

  it('picks up a new notes file and forgets a removed one', async () => {
    const bot = await start();
    const extra = path.join(dir, '2025', 'extra-meetup.md');
    await cp(path.join('test/fixtures/content/2024/devops-meetup-9.md'), extra);
    await eventually(async () => {
      expect(((await bot.healthz()) as { meetups: number }).meetups).toBe(2);
    });
    await rm(extra);
    await eventually(async () => {
      expect(((await bot.healthz()) as { meetups: number }).meetups).toBe(1);
    });
  });

  it('keeps answering from the last good index when a note breaks, and shows the failure in /metrics', async () => {
    const bot = await start();
    const good = bot.holder.current();
    const file = path.join(dir, NOTES);
    const text = await readFile(file, 'utf8');
    // An unclosed flow sequence: the front matter is no longer valid YAML.
    await writeFile(file, text.replace('title: "VMware DevOps Meetup #5"', 'title: [unclosed'));

    await eventually(async () => {
      expect(await bot.metrics()).toMatch(/meetup_bot_content_reload_failures_total 1/);
    });
    expect(bot.holder.current()).toBe(good);
    const answer = bot.service.ask('When did Ansible 2.10 become GA?');
    expect(snippets(answer)).toContain('2020/9/22');
    expect(await bot.metrics()).toMatch(/meetup_bot_content_reloads_total 0/);
    expect(await bot.metrics()).toMatch(/meetup_bot_content_problems [1-9]/);
    const problem = logs.map((l) => JSON.parse(l)).find((l) => /front matter/.test(l.msg));
    expect(problem).toMatchObject({
      file: expect.stringContaining(NOTES),
      line: expect.any(Number),
    });
    expect(problem.msg).toMatch(/^Content error in .*vmware-devops-meetup-5\.md:\d+: /);

    // Fixing the file brings reloads back.
    await writeFile(file, text);
    await eventually(async () => {
      expect(await bot.metrics()).toMatch(/meetup_bot_content_reloads_total 1/);
    });
  });

  it('serves an edit that only brings a warning, such as an unknown front matter field', async () => {
    const bot = await start();
    const file = path.join(dir, NOTES);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      `${text.replace('title: "VMware DevOps Meetup #5"', 'title: "VMware DevOps Meetup #5"\nvenue: Tokyo')}\n* warning edit\n`,
    );
    await eventually(() => {
      expect(snippets(bot.service.ask('warning edit'))).toContain('warning edit');
    });
    expect(await bot.metrics()).toMatch(/meetup_bot_content_reload_failures_total 0/);
    expect(logs.some((l) => /venue/.test(l))).toBe(true);
  });

  it('keeps the last good index when every note disappears, as in the middle of a checkout', async () => {
    const bot = await start();
    const good = bot.holder.current();
    await rm(path.join(dir, NOTES));
    await eventually(async () => {
      expect(await bot.metrics()).toMatch(/meetup_bot_content_reload_failures_total 1/);
    });
    expect(bot.holder.current()).toBe(good);
    expect(snippets(bot.service.ask('When did Ansible 2.10 become GA?'))).toContain('2020/9/22');
  });
});

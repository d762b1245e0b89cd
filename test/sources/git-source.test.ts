import { createHmac } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentReloader } from '../../src/app/content-reloader.js';
import { startHealthServer } from '../../src/app/health-server.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import type { GitSourceConfig } from '../../src/config.js';
import type { SyncOutcome } from '../../src/sources/git-sync.js';
import { openNotesSource } from '../../src/sources/notes-source.js';
import { meetupReadme, NOTES_REPOSITORY, SECOND_MEETUP } from '../support/git-notes.js';
import { type GitServer, startGitServer } from '../support/git-server.js';
import { capturingLogger } from '../support/temp-store.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
/** How soon a push must be answered after a signed webhook (the bound). */
const WEBHOOK_PICKUP_MS = 2_000;

/** Polls `check` until it holds, or fails after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

function signed(body: string, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

describe('notes from a git repository', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function serve(files = NOTES_REPOSITORY, options: { token?: string } = {}) {
    const server = await startGitServer(files, options);
    closers.push(() => server.close());
    return server;
  }

  /**
   * The bot's notes, health server and reload, wired as `npm start` wires them. With
   * `following: false` the index is not built and the repository not followed until `start()`.
   */
  async function startBot(
    server: GitServer,
    git: Partial<GitSourceConfig> = {},
    { secret = SECRET, following = true }: { secret?: string | null; following?: boolean } = {},
  ) {
    const metrics = createMetrics({ defaultMetrics: false });
    const holder = createServiceHolder();
    const { logger, lines } = capturingLogger();
    const syncs: SyncOutcome[] = [];
    const source = await openNotesSource({
      config: {
        contentDir: 'not-read',
        git: {
          url: server.url,
          path: '',
          intervalMs: 0,
          ...(secret !== null && { webhookSecret: secret }),
          ...git,
        },
      },
      logger,
      metrics,
      onSync: (outcome) => syncs.push(outcome),
    });
    const reloader = createContentReloader({ dir: source.dir, holder, metrics, logger });
    const health = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics,
      status: () => holder.current()?.stats,
      logger,
      ...(source.gitWebhook && { gitWebhook: source.gitWebhook }),
    });
    const start = async () => {
      await reloader.loadInitial();
      await source.follow(reloader);
    };
    if (following) await start();
    closers.push(async () => {
      await source.close();
      await reloader.close();
      await health.close();
    });
    const webhook = (headers: Record<string, string>, body = '{"ref":"refs/heads/main"}') =>
      fetch(`http://127.0.0.1:${health.port}/webhooks/git`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    return {
      source,
      start,
      syncs,
      lines,
      webhook,
      meetups: () => holder.service.talks().map((m) => m.title),
      talksOf: (title: string) =>
        holder.service
          .talks()
          .find((m) => m.title === title)
          ?.talks.map((t) => t.title),
      metrics: () => metrics.registry.metrics(),
    };
  }

  it('clones the repository at start and reads one meetup per README.md folder', async () => {
    const server = await serve({
      ...NOTES_REPOSITORY,
      '2024/0409-harbor-night-2/README.md': SECOND_MEETUP,
    });
    const bot = await startBot(server);
    expect(bot.meetups().sort()).toEqual(['Harbor Night #1', 'Harbor Night #2']);
    expect(bot.talksOf('Harbor Night #2')).toEqual([
      'Building a CLI in Go',
      'Lightning talk: my homelab',
    ]);
    expect(bot.source.dir.startsWith(tmpdir())).toBe(true);
  });

  it('reads only the configured sub-folder of the repository', async () => {
    const server = await serve({
      'README.md': '# Not a meetup\n',
      'docs/meetups/0305/README.md': SECOND_MEETUP,
      '2024/0305-harbor-night-1/README.md':
        NOTES_REPOSITORY['2024/0305-harbor-night-1/README.md'] ?? '',
    });
    const bot = await startBot(server, { path: 'docs/meetups' });
    expect(bot.meetups()).toEqual(['Harbor Night #2']);
  });

  it('picks up a push at the next interval', async () => {
    const server = await serve();
    const bot = await startBot(server, { intervalMs: 150 });
    expect(bot.meetups()).toEqual(['Harbor Night #1']);
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    await until(() => bot.meetups().includes('Harbor Night #2'), 3_000, 'the pushed meetup');
    expect(bot.syncs).toContain('reloaded');
  });

  it('picks up a push within 2 s of a webhook signed the GitHub way', async () => {
    const server = await serve();
    const bot = await startBot(server);
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    const body = JSON.stringify({ ref: 'refs/heads/main', after: 'abc' });
    const response = await bot.webhook(
      { 'x-hub-signature-256': signed(body), 'x-github-event': 'push' },
      body,
    );
    expect(response.status).toBe(202);
    await until(() => bot.meetups().includes('Harbor Night #2'), WEBHOOK_PICKUP_MS, 'the push');
    expect(await bot.metrics()).toContain(
      'meetup_bot_content_git_webhooks_total{outcome="accepted"} 1',
    );
  });

  it("picks up a push on a webhook carrying GitLab's token", async () => {
    const server = await serve();
    const bot = await startBot(server);
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    const response = await bot.webhook({ 'x-gitlab-token': SECRET, 'x-gitlab-event': 'Push Hook' });
    expect(response.status).toBe(202);
    await until(() => bot.meetups().includes('Harbor Night #2'), WEBHOOK_PICKUP_MS, 'the push');
  });

  it('refuses forged, unsigned and mis-signed webhooks with 401 and pulls nothing', async () => {
    const server = await serve();
    const bot = await startBot(server);
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    const pullsBefore = server.requests.length;
    const body = '{"ref":"refs/heads/main"}';
    const forged = [
      {},
      { 'x-hub-signature-256': signed(body, 'not-the-secret-at-all-0000') },
      { 'x-hub-signature-256': 'sha256=00' },
      { 'x-hub-signature-256': signed('{"ref":"refs/heads/other"}') },
      { 'x-gitlab-token': 'not-the-secret' },
      { 'x-gitlab-token': '' },
    ];
    for (const headers of forged) {
      const response = await bot.webhook(headers, body);
      expect(response.status, JSON.stringify(headers)).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(server.requests.length).toBe(pullsBefore);
    expect(bot.syncs).toEqual([]);
    expect(bot.meetups()).toEqual(['Harbor Night #1']);
    expect(await bot.metrics()).toContain(
      `meetup_bot_content_git_webhooks_total{outcome="refused"} ${forged.length}`,
    );
  });

  it("answers GitHub's ping without pulling, and refuses a body over 1 MiB", async () => {
    const server = await serve();
    const bot = await startBot(server);
    const ping = '{"zen":"Keep it logically awesome."}';
    const pong = await bot.webhook(
      { 'x-hub-signature-256': signed(ping), 'x-github-event': 'ping' },
      ping,
    );
    expect(pong.status).toBe(202);
    expect(await pong.json()).toEqual({ status: 'ok' });
    const huge = `{"pad":"${'x'.repeat(1024 * 1024)}"}`;
    const refused = await bot.webhook({ 'x-hub-signature-256': signed(huge) }, huge);
    expect(refused.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.syncs).toEqual([]);
  });

  it('refuses every webhook when no secret is configured', async () => {
    const server = await serve();
    const bot = await startBot(server, {}, { secret: null });
    const body = '{}';
    const response = await bot.webhook({ 'x-hub-signature-256': signed(body) }, body);
    expect(response.status).toBe(401);
    expect(bot.syncs).toEqual([]);
  });

  it('keeps the last good index when a push breaks the notes, and logs and counts it', async () => {
    const server = await serve();
    const bot = await startBot(server);
    await server.push({
      '2024/0409-harbor-night-2/README.md': `---\ntitle: [unclosed\n---\n${SECOND_MEETUP}`,
    });
    const body = '{}';
    await bot.webhook({ 'x-hub-signature-256': signed(body) }, body);
    await until(() => bot.syncs.length > 0, WEBHOOK_PICKUP_MS, 'the pull');
    expect(bot.syncs).toEqual(['kept']);
    expect(bot.meetups()).toEqual(['Harbor Night #1']);
    const log = bot.lines.join('\n');
    expect(log).toContain('2024/0409-harbor-night-2/README.md:2');
    expect(log).toMatch(/still answering from the last good index/);
    expect(await bot.metrics()).toContain('meetup_bot_content_reload_failures_total 1');

    // The fix is picked up by the next push.
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    await bot.webhook({ 'x-hub-signature-256': signed(body) }, body);
    await until(() => bot.meetups().includes('Harbor Night #2'), WEBHOOK_PICKUP_MS, 'the fix');
  });

  it('follows a force-push that rewrote the history', async () => {
    const server = await serve();
    const bot = await startBot(server, { intervalMs: 100 });
    await server.push(
      {
        'README.md': '# Harbor Night notes\n',
        '2025/0110-harbor-night-3/README.md': meetupReadme('Harbor Night #3', [
          { title: 'Rewritten history', text: 'Only this meetup is left after the rewrite.' },
        ]),
      },
      { force: true },
    );
    await until(() => bot.meetups().includes('Harbor Night #3'), 3_000, 'the force-push');
    expect(bot.meetups()).toEqual(['Harbor Night #3']);
  });

  it('clones a private repository with the token, which no log, error or metric shows', async () => {
    const token = 'glpat-private-token-0123456789';
    const server = await serve(NOTES_REPOSITORY, { token });
    const bot = await startBot(server, { token, intervalMs: 100 });
    expect(bot.meetups()).toEqual(['Harbor Night #1']);
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    await until(() => bot.meetups().includes('Harbor Night #2'), 3_000, 'the push');
    expect(bot.lines.join('\n')).not.toContain(token);
    expect(await bot.metrics()).not.toContain(token);

    const { logger } = capturingLogger();
    const wrong = 'glpat-wrong-token-9876543210';
    const refused = openNotesSource({
      config: {
        contentDir: 'not-read',
        git: {
          url: server.url.replace('http://', `http://someone:${wrong}@`),
          path: '',
          intervalMs: 0,
          token: wrong,
        },
      },
      logger,
      metrics: createMetrics({ defaultMetrics: false }),
    });
    const error = await refused.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toMatchObject({ code: 'git_clone_failed' });
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Could not clone the notes from http:\/\/127\.0\.0\.1:\d+\/notes\.git: /,
    );
    expect(message).toContain('check CONTENT_GIT_TOKEN');
    expect(message).not.toContain(wrong);
    expect(message).not.toContain('someone');
    expect(JSON.stringify(error)).not.toContain(wrong);
  });

  it('clones the configured branch, not the default one', async () => {
    const server = await serve();
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP }, { to: 'drafts' });
    const drafts = await startBot(server, { branch: 'drafts' });
    expect(drafts.meetups().sort()).toEqual(['Harbor Night #1', 'Harbor Night #2']);
    const main = await startBot(server);
    expect(main.meetups()).toEqual(['Harbor Night #1']);
  });

  it('names the repository and its folder, and logs the clone and the start of following', async () => {
    const server = await serve({
      ...NOTES_REPOSITORY,
      'docs/meetups/0305/README.md': SECOND_MEETUP,
    });
    const bot = await startBot(server, { intervalMs: 5_000 });
    expect(bot.source.shown).toBe(server.url);
    const logged = bot.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const cloned = logged.find((l) => l.msg === 'Cloned the notes.');
    expect(cloned).toMatchObject({ component: 'git', repository: server.url, path: '.' });
    expect(cloned?.commit).toMatch(/^[0-9a-f]{40}$/);
    const following = logged.find((l) => l.msg === 'Following the notes repository.');
    expect(following).toMatchObject({ component: 'git', intervalMs: 5_000, webhook: true });
    const unsigned = await startBot(server, { path: 'docs/meetups' }, { secret: null });
    expect(unsigned.source.shown).toBe(`${server.url} (docs/meetups)`);
    const second = unsigned.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(second.find((l) => l.msg === 'Cloned the notes.')).toMatchObject({
      path: 'docs/meetups',
    });
    expect(second.find((l) => l.msg === 'Following the notes repository.')).toMatchObject({
      webhook: false,
    });
  });

  it('makes its working copy in the folder it is given', async () => {
    const server = await serve();
    const parent = await mkdtemp(path.join(tmpdir(), 'notes-parent-'));
    closers.push(() => rm(parent, { recursive: true, force: true }));
    const source = await openNotesSource({
      config: { contentDir: 'not-read', git: { url: server.url, path: '', intervalMs: 0 } },
      logger: capturingLogger().logger,
      metrics: createMetrics({ defaultMetrics: false }),
      workParent: parent,
    });
    closers.push(() => source.close());
    expect(source.dir.startsWith(parent)).toBe(true);
  });

  it('pulls a push whose webhook came before it started following, once it does', async () => {
    const server = await serve();
    const bot = await startBot(server, {}, { following: false });
    await server.push({ '2024/0409-harbor-night-2/README.md': SECOND_MEETUP });
    const body = '{"ref":"refs/heads/main"}';
    const response = await bot.webhook({ 'x-hub-signature-256': signed(body) }, body);
    expect(response.status).toBe(202);
    // Nothing is pulled before there is an index to reload: the server sees no request.
    const asked = server.requests.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(server.requests.length).toBe(asked);
    await bot.start();
    expect(bot.syncs).toEqual([]);
    await until(() => bot.meetups().includes('Harbor Night #2'), 3_000, 'the early push');
    expect(bot.syncs).toContain('reloaded');
  });

  it('removes its working copy when it closes', async () => {
    const server = await serve();
    const bot = await startBot(server);
    const dir = bot.source.dir;
    expect(await readdir(dir)).toContain('2024');
    await bot.source.close();
    await expect(readdir(dir)).rejects.toThrow();
  });
});

describe('notes from a folder', () => {
  it('reads the folder as it is and follows it by watching it for saves', async () => {
    const source = await openNotesSource({
      config: { contentDir: 'content' },
      logger: capturingLogger().logger,
      metrics: createMetrics({ defaultMetrics: false }),
    });
    expect([source.dir, source.shown, source.gitWebhook]).toEqual([
      'content',
      'content',
      undefined,
    ]);
    let watched = 0;
    await source.follow({
      watch: async () => {
        watched++;
      },
      reload: async () => 'kept',
    });
    expect(watched).toBe(1);
  });
});

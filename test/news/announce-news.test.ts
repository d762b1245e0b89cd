import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentReloader } from '../../src/app/content-reloader.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import type { LanguageSetting } from '../../src/messages/language.js';
import { type AnnounceChannel, createNewsDesk } from '../../src/news/announce-news.js';
import { openNotesSource } from '../../src/sources/notes-source.js';
import { openDatabase } from '../../src/store/open-database.js';
import { startHarness } from '../adapters/slack/e2e/slack-harness.js';
import { FIRST_MEETUP, NOTES_REPOSITORY, SECOND_MEETUP } from '../support/git-notes.js';
import { type GitServer, startGitServer } from '../support/git-server.js';
import { capturingLogger, tempStores } from '../support/temp-store.js';

const ANNOUNCE = 'C0NEWS';
const NEW_MEETUP = { '2024/0409-harbor-night-2/README.md': SECOND_MEETUP };

describe('news when notes arrive, on Slack', () => {
  const closers: (() => Promise<void>)[] = [];
  const stores = tempStores();
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await stores.removeAll();
  });

  async function repository(): Promise<GitServer> {
    const server = await startGitServer(NOTES_REPOSITORY);
    closers.push(() => server.close());
    return server;
  }

  /**
   * One bot process as `npm start` wires it: its own clone of the notes, its own Bolt app against
   * a fake Slack, and the store shared with the other processes.
   */
  async function startProcess(
    server: GitServer,
    storeUrl: string,
    {
      announceChannel = ANNOUNCE as string | null,
      postErrors = {},
      language = 'auto' as LanguageSetting,
    } = {},
  ) {
    const metrics = createMetrics({ defaultMetrics: false });
    const { logger, lines } = capturingLogger();
    const slack = await startHarness({
      mode: 'socket',
      ...(announceChannel !== null && { announceChannel }),
      postErrors,
    });
    closers.push(() => slack.close());
    const desk = createNewsDesk({
      databaseUrl: storeUrl,
      command: 'vmware',
      language,
      logger,
      recordAnnouncement: (o) => metrics.recordAnnouncement(o),
    });
    const announcing: Promise<void>[] = [];
    const source = await openNotesSource({
      config: { contentDir: 'not-read', git: { url: server.url, path: '', intervalMs: 0 } },
      logger,
      metrics,
    });
    const holder = createServiceHolder();
    const reloader = createContentReloader({
      dir: source.dir,
      holder,
      metrics,
      logger,
      onSwap: (previous, current) => announcing.push(desk.announce(previous, current)),
    });
    closers.push(async () => {
      await source.close();
      await reloader.close();
    });
    await reloader.loadInitial();
    await source.follow(reloader);
    const channels: AnnounceChannel[] =
      announceChannel === null ? [] : [{ name: 'slack', post: (a) => slack.adapter.announce(a) }];
    desk.postTo(channels);
    return {
      /** Pulls the repository as a webhook or the interval would, and waits for any news. */
      async pull() {
        await source.refresh();
        await Promise.all(announcing);
      },
      meetups: () => holder.service.talks().map((m) => m.title),
      lines,
      metrics: () => metrics.registry.metrics(),
      posts: () =>
        slack.fake.calls.filter(
          (c) => c.method === 'chat.postMessage' && c.body.channel === ANNOUNCE,
        ),
    };
  }

  const storeUrl = async () => `file:${path.join(await stores.dir(), 'bot.db')}`;

  it('posts a new meetup once, from one of two processes sharing the store', async () => {
    const server = await repository();
    const url = await storeUrl();
    const [a, b] = [await startProcess(server, url), await startProcess(server, url)];
    await server.push(NEW_MEETUP);
    await Promise.all([a.pull(), b.pull()]);
    expect(a.meetups()).toContain('Harbor Night #2');
    expect(b.meetups()).toContain('Harbor Night #2');

    const posts = [...a.posts(), ...b.posts()];
    expect(posts).toHaveLength(1);
    const text = JSON.stringify(posts[0]?.body.blocks);
    expect(posts[0]?.body.text).toBe(
      'New notes: Harbor Night #2 (2024-03-05), 2 talks. Ask me about it: /vmware ask &lt;your question&gt;, or mention me.',
    );
    expect(text).toContain('*New notes: Harbor Night #2 (2024-03-05), 2 talks.*');
    expect(text).toContain(
      '• Building a CLI in Go: <https://speakerdeck.com/example/go-cli|slides>',
    );
    expect(text).toContain('• Lightning talk: my homelab (no slides yet)');
    expect(String(posts[0]?.body.unfurl_links)).toBe('false');
    const counted = (await a.metrics()) + (await b.metrics());
    // On a miss, the processes' error lines say why (a store that could not be used, say).
    const errors = [...a.lines, ...b.lines].filter((l) => /"level":50/.test(l)).join('\n');
    expect(counted, errors).toContain('meetup_bot_announcements_total{outcome="posted"} 1');
    expect(counted, errors).toContain('meetup_bot_announcements_total{outcome="already-posted"} 1');
  });

  it('posts added talks once, and nothing for edits, after a restart or for news already told', async () => {
    const server = await repository();
    const url = await storeUrl();
    const a = await startProcess(server, url);
    await server.push({
      '2024/0305-harbor-night-1/README.md': FIRST_MEETUP.replace('thirty seconds', 'a minute'),
    });
    await a.pull();
    expect(a.posts()).toEqual([]);

    await server.push({
      '2024/0305-harbor-night-1/README.md': `${FIRST_MEETUP}\n## Service meshes compared\n\n* Two meshes were measured under load.\n`,
    });
    await a.pull();
    expect(a.posts()).toHaveLength(1);
    expect(a.posts()[0]?.body.text).toMatch(
      /^1 new talk in the notes of Harbor Night #1 \(2024-03-05\) \(now 3\)\. /,
    );

    // A process started after the push knows these notes from its first load: nothing is new.
    const restarted = await startProcess(server, url);
    await restarted.pull();
    expect(restarted.posts()).toEqual([]);

    // The same meetup removed and pushed again is not news twice.
    await server.push(NEW_MEETUP);
    await a.pull();
    await server.push({ '2024/0409-harbor-night-2/README.md': null });
    await a.pull();
    await server.push(NEW_MEETUP);
    await a.pull();
    expect(a.posts().map((p) => String(p.body.text).slice(0, 27))).toEqual([
      '1 new talk in the notes of ',
      'New notes: Harbor Night #2 ',
    ]);
  });

  it('writes the news in the language BOT_LANGUAGE fixes, whatever the notes are written in', async () => {
    const server = await repository();
    const bot = await startProcess(server, await storeUrl(), { language: 'ja' });
    await server.push(NEW_MEETUP);
    await bot.pull();
    expect(bot.posts()).toHaveLength(1);
    expect(bot.posts()[0]?.body.text).toContain(
      '新しいノート: Harbor Night #2 (2024-03-05)(発表2件)',
    );
  });

  it('posts nothing and claims nothing when no announce channel is set', async () => {
    const server = await repository();
    const url = await storeUrl();
    const quiet = await startProcess(server, url, { announceChannel: null });
    const told = await startProcess(server, url);
    await server.push(NEW_MEETUP);
    await quiet.pull();
    expect(quiet.meetups()).toContain('Harbor Night #2');
    expect(quiet.posts()).toEqual([]);
    const client = await openDatabase(url);
    try {
      const claims = await client.execute('SELECT COUNT(*) AS n FROM announcements');
      expect(Number(claims.rows[0]?.n)).toBe(0);
    } finally {
      client.close();
    }
    // So a process with a channel that pulls the same push still has the news to tell.
    await told.pull();
    expect(told.posts()).toHaveLength(1);
  });

  it('logs and counts a post Slack refuses, and keeps serving the new notes', async () => {
    const server = await repository();
    const refused = await startProcess(server, await storeUrl(), {
      postErrors: { [ANNOUNCE]: 'not_in_channel' },
    });
    await server.push(NEW_MEETUP);
    await refused.pull();
    expect(refused.meetups()).toContain('Harbor Night #2');
    expect(refused.lines.join('\n')).toMatch(
      /Posting the announcement failed.*not_in_channel|not_in_channel.*Posting the announcement failed/,
    );
    expect(await refused.metrics()).toContain('meetup_bot_announcements_total{outcome="failed"} 1');
  });
});

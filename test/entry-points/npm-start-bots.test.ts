import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE_FILE } from '../../src/content/parse-cache.js';
import { createFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';
import { createFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { freePort, type MainProcess, runMain } from '../support/run-main.js';
import { tempStores } from '../support/temp-store.js';

// Fake secrets in the right shapes; nothing here is a real credential.
const SLACK_BOT_TOKEN = 'xoxb-0000000000-1111111111-MAINbotTOKENfortests';
const SLACK_APP_TOKEN = 'xapp-1-A0FAKE-2222222222-MAINappTOKENfortests';
const DISCORD_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.Gmain1.main-test-token-do-not-log';

/**
 * The one real start of `npm start`, for what only a process shows: a real SIGTERM, the exit
 * code, both adapters closing before the process ends. Everything else `main` does is tested
 * in-process: test/main.test.ts, test/app/console-mode.test.ts, config-errors and two-replicas-git.
 */
describe('npm start with Slack and Discord credentials', () => {
  let slack: FakeSlack | undefined;
  let discord: FakeDiscord | undefined;
  let main: MainProcess | undefined;
  const stores = tempStores();
  afterEach(async () => {
    await stores.removeAll();
    if (main?.child.exitCode === null) main.child.kill('SIGKILL');
    await slack?.close();
    await discord?.close();
  });

  it('starts both adapters, answers and records on each, serves health, and on SIGTERM closes both and the store and exits 0 within 10 s', async () => {
    const storeDir = path.join(await stores.dir(), 'data');
    const storeUrl = `file:${path.join(storeDir, 'meetup-bot.db')}`;
    slack = createFakeSlack({ botToken: SLACK_BOT_TOKEN, appToken: SLACK_APP_TOKEN });
    discord = createFakeDiscord({ token: DISCORD_TOKEN });
    await Promise.all([slack.start(), discord.start()]);
    const healthPort = await freePort();
    main = runMain({
      env: {
        SLACK_BOT_TOKEN,
        SLACK_APP_TOKEN,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        HEALTH_PORT: String(healthPort),
        DATABASE_URL: storeUrl,
        // The team's fixture notes: the counts below hold whatever organizers add to content/.
        CONTENT_DIR: 'test/fixtures/content',
        // Everything, so a token leaking through any library's debug output would show.
        LOG_LEVEL: 'trace',
      },
    });
    // A process start with every language resource and the notes' child, on a shared 2-core
    // machine: the 15 s default was seen running out at a load average of 11.
    await main.waitForLog(/"msg":"Ready for questions\."/, 45_000);
    // The notes were parsed once and kept beside the store, for the next start and reload.
    expect(main.stderr()).toMatch(/"cached":0,"parsed":[1-9]\d*,"msg":"Notes read\."/);
    expect(await readdir(path.join(storeDir, 'parsed-notes'))).toContain(PARSE_CACHE_FILE);
    const socket = await slack.nextSocket();

    const envelope = socket.sendEnvelope('events_api', {
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: {
        type: 'message',
        channel_type: 'im',
        user: 'U0ASKER',
        channel: 'D0DM',
        text: 'Trivyって何?',
        ts: '1700000000.000200',
      },
    });
    await socket.nextAck(envelope);
    const post = await slack.nextCall('chat.postMessage');
    expect(JSON.stringify(post.body)).toContain('Trivy');
    const reply = await discord.sendMessage({ content: 'Trivyって何?', dm: true }).reply();
    expect(JSON.stringify(reply.body.embeds)).toContain('Trivy');

    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ meetups: 1, talks: expect.any(Number) });
    const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(metrics).toMatch(/meetup_bot_questions_total\{platform="slack",kind="found"\} 1/);
    expect(metrics).toMatch(/meetup_bot_questions_total\{platform="discord",kind="found"\} 1/);
    expect(metrics).toMatch(/meetup_bot_store_errors_total 0/);

    main.child.kill('SIGTERM');
    const [code, slackClose] = await Promise.all([main.exited, socket.closed]);
    expect(code).toBe(0);
    // 1006 is an abnormal close (the process died with the socket open); a clean one is not.
    expect(slackClose).not.toBe(1006);
    // Both adapters stop before the process says it is done (the test's timeout bounds how long).
    const stderr = main.stderr();
    const at = (msg: string) => stderr.indexOf(`"msg":"${msg}"`);
    expect(at('Slack adapter stopped.')).toBeGreaterThan(-1);
    expect(at('Discord adapter stopped.')).toBeGreaterThan(-1);
    expect(at('Shutdown complete.')).toBeGreaterThan(
      Math.max(at('Slack adapter stopped.'), at('Discord adapter stopped.')),
    );
    // Both DMs were written before the store closed, with no user recorded.
    const store = createClient({ url: storeUrl });
    const rows = await store.execute(
      'SELECT platform, source, user_hash, answer_kind FROM questions ORDER BY platform',
    );
    store.close();
    expect(rows.rows.map((r) => ({ ...r }))).toEqual([
      { platform: 'discord', source: 'direct-message', user_hash: null, answer_kind: 'found' },
      { platform: 'slack', source: 'direct-message', user_hash: null, answer_kind: 'found' },
    ]);
    const output = main.stdout() + main.stderr();
    for (const secret of [SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN]) {
      expect(output).not.toContain(secret);
    }
  }, 60_000);
});

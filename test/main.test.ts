import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeDiscord, type FakeDiscord } from './fakes/fake-discord.js';
import { createFakeSlack, type FakeSlack } from './fakes/fake-slack.js';
import { freePort, startMainInProcess } from './support/run-main.js';
import { tempStores } from './support/temp-store.js';

// Fake secrets in the right shapes; nothing here is a real credential.
const SLACK_BOT_TOKEN = 'xoxb-0000000000-1111111111-MAINbotTOKENfortests';
const SLACK_APP_TOKEN = 'xapp-1-A0FAKE-2222222222-MAINappTOKENfortests';
const DISCORD_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.Gmain1.main-test-token-do-not-log';

/**
 * `npm start`'s `main` with chat credentials, run in-process against the fake Slack and Discord.
 * The real process (signals, exit codes, both adapters at once) is test/entry-points/.
 */
describe('main with chat credentials', () => {
  let slack: FakeSlack | undefined;
  let discord: FakeDiscord | undefined;
  const stores = tempStores();
  afterEach(async () => {
    await stores.removeAll();
    await slack?.close();
    await discord?.close();
  });

  it('returns 1 with a sentence naming the variable when Slack rejects the bot token', async () => {
    slack = createFakeSlack({ botToken: 'xoxb-the-one-slack-expects', appToken: SLACK_APP_TOKEN });
    await slack.start();
    const main = await startMainInProcess({
      env: {
        SLACK_BOT_TOKEN,
        SLACK_APP_TOKEN,
        SLACK_API_URL: slack.apiUrl,
        DATABASE_URL: `file:${path.join(await stores.dir(), 'bot.db')}`,
      },
    }).finished;
    expect(main.code).toBe(1);
    expect(main.stderr).toContain('Slack did not accept SLACK_BOT_TOKEN');
    expect(main.stderr).not.toContain(SLACK_BOT_TOKEN);
  });

  it('fails /healthz naming the close code and returns 1 when Discord closes the gateway for good after ready', async () => {
    discord = createFakeDiscord({ token: DISCORD_TOKEN });
    await discord.start();
    const healthPort = await freePort();
    const main = startMainInProcess({
      env: {
        DISCORD_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        HEALTH_PORT: String(healthPort),
        QUESTION_LOG: 'off',
        CONTENT_DIR: 'test/fixtures/content',
      },
    });
    await main.waitForLog(/"msg":"Ready for questions\."/);
    expect((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status).toBe(200);
    await discord.closeGateway(4014, 'disallowed intents');
    const run = await main.finished;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/"level":60.*Discord closed the gateway for good \(close code 4014/);
    expect(run.stderr).not.toContain(DISCORD_TOKEN);
  });
});

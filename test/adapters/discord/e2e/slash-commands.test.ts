import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenService } from '../../../support/broken-service.js';
import { plain } from '../../../support/discord-payload.js';
import { buildEngine, FIXTURES, readNotes } from '../../../support/engine.js';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const EPHEMERAL = MessageFlags.Ephemeral;

/** Embed text as a reader sees it: without bold markers and escapes. */
describe('the /vmware slash command against a local Discord', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    if (h) await closeAndCheckLogs(h);
    h = undefined;
  });

  it('identifies with the guild, message, DM and message-content intents', async () => {
    h = await startDiscordHarness();
    const identify = h.fake.gatewayReceived.find((p) => p.op === 2);
    const wanted =
      GatewayIntentBits.Guilds |
      GatewayIntentBits.GuildMessages |
      GatewayIntentBits.DirectMessages |
      GatewayIntentBits.MessageContent;
    expect(identify?.d.intents & wanted).toBe(wanted);
    expect(h.adapter.applicationId).toBe(h.fake.ids.applicationId);
  });

  it('answers /vmware ask privately with the matching talk, its snippet and a Share button', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } });
    const { body } = await sent.response();
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [first] = body.data.embeds;
    expect(first.title).toContain('Ansible');
    expect(plain(first.description)).toContain('2020/9/22');
    expect(first.description).toMatch(/\*\*[^*]+\*\*/);
    const button = body.data.components[0].components[0];
    expect(button).toMatchObject({ label: 'Share in channel', custom_id: 'vmware:share:en' });
    // No question log here (QUESTION_LOG=off): nothing to vote on, so Share is the only button.
    expect(body.data.components[0].components).toHaveLength(1);
  });

  it('answers /vmware ask used in a DM with the bot', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendSlashCommand({
      subcommand: 'ask',
      options: { question: GA_QUESTION },
      dm: true,
    });
    const { body } = await sent.response();
    expect(body.data.embeds[0].title).toContain('Ansible');
  });

  it('says plainly when the notes have nothing and points at /vmware talks', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendSlashCommand({
      subcommand: 'ask',
      options: { question: 'How do I bake sourdough bread?' },
    });
    const { body } = await sent.response();
    expect(body.data.content).toMatch(/The notes have no answer to/);
    expect(body.data.content).toContain('/vmware talks');
    expect(body.data.embeds).toEqual([]);
    expect(body.data.components).toEqual([]);
  });

  it('explains the commands on /vmware help', async () => {
    h = await startDiscordHarness();
    const { body } = await h.fake.sendSlashCommand({ subcommand: 'help' }).response();
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].description).toContain('/vmware ask');
    expect(body.data.embeds[0].description).toContain('/vmware talks');
  });

  it('lists meetups and talks with slide links on /vmware talks', async () => {
    h = await startDiscordHarness();
    const service = buildEngine(await readNotes(FIXTURES.seedMeetup));
    const { body } = await h.fake.sendSlashCommand({ subcommand: 'talks' }).response();
    const text = body.data.embeds
      .map((e: { title: string; description: string }) => `${e.title}\n${e.description}`)
      .join('\n');
    const firstMeetup = service.talks()[0];
    expect(plain(text)).toContain(firstMeetup?.title);
    const slides = service
      .talks()
      .flatMap((m) => m.talks.flatMap((t) => t.links))
      .find((l) => l.kind === 'slides');
    expect(text).toContain(`[Slides](${slides?.url})`);
  });

  it('posts a shared answer publicly, attributed to the asker, without pinging anyone', async () => {
    h = await startDiscordHarness();
    const asked = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    const click = h.fake.clickButton({ customId: 'vmware:share:en', message: asked.body.data });
    const { body } = await click.response();
    expect(body.type).toBe(4);
    expect((body.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(body.data.content).toContain(`<@${h.fake.user.id}>`);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds).toEqual(asked.body.data.embeds);
    expect(body.data.components).toEqual([]);
  });

  it('answers a click on a button it does not know with an apology, not silence', async () => {
    h = await startDiscordHarness();
    const asked = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    const { body } = await h.fake
      .clickButton({ customId: 'vmware:old-button', message: asked.body.data })
      .response();
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(body.data)).toMatch(/Sorry/);
  });

  it('never lets @everyone in a question ping the channel', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendSlashCommand({
      subcommand: 'ask',
      options: { question: '@everyone @here <@&123456789012345678> sourdough?' },
    });
    const { body } = await sent.response();
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    // Echoed, but defused: a zero-width space after @ and an escaped <.
    expect(body.data.content).not.toMatch(/@everyone|@here|(?<!\\)<@&/);
  });

  it('politely refuses a question longer than 1,000 characters', async () => {
    h = await startDiscordHarness();
    const sent = h.fake.sendSlashCommand({
      subcommand: 'ask',
      options: { question: `Ansible ${'x'.repeat(1000)}` },
    });
    const { body } = await sent.response();
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toContain('1,000 characters');
    expect(body.data.embeds).toEqual([]);
  });

  it('tells a user who asks too often to slow down', async () => {
    h = await startDiscordHarness({ rateLimitPerMinute: 2 });
    const ask = () =>
      h?.fake
        .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
        .response();
    // Answered (the GA date is what the question asks for) twice, then refused.
    expect(JSON.stringify((await ask())?.body.data.embeds)).toContain('2020/9/22');
    expect(JSON.stringify((await ask())?.body.data.embeds)).toContain('2020/9/22');
    const third = await ask();
    expect(third?.body.data.content).toMatch(/slow|wait a minute/i);
    expect(third?.body.data.embeds).toEqual([]);
    // Another user is not affected by the first one's limit.
    const other = await h.fake
      .sendSlashCommand({
        subcommand: 'ask',
        options: { question: GA_QUESTION },
        user: { id: '1399999999999999999', username: 'bob' },
      })
      .response();
    expect(JSON.stringify(other.body.data.embeds)).toContain('2020/9/22');
  });

  it('answers with a short apology when the core fails, and logs the fault', async () => {
    h = await startDiscordHarness({ service: brokenService('index exploded') });
    const { body } = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    expect(body.data.content).toMatch(/^Sorry, something went wrong/);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(h.logs()).toContain('index exploded');
  });
});

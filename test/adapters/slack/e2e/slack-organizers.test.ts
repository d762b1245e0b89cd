import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { buttonsOf } from '../../../support/slack-payload.js';
import { questionLogAt, tempStores } from '../../../support/temp-store.js';
import {
  buttonClick,
  directMessageEvent,
  type SlackHarness,
  slashCommand,
  startHarness,
  USER_ID,
  visibleText,
} from './slack-harness.js';

const ORGANIZERS = 'C0ORGS';
const BROKEN = 'C0NOTIN';
const UNANSWERABLE = 'How do I bake sourdough bread?';

describe('"Ask the organizers" on Slack', () => {
  const stores = tempStores();
  let log: QuestionLog;
  let h: SlackHarness;
  let broken: SlackHarness;
  beforeAll(async () => {
    log = questionLogAt(`file:${path.join(await stores.dir(), 'bot.db')}`);
    h = await startHarness({ mode: 'http', questionLog: log, organizersChannel: ORGANIZERS });
    broken = await startHarness({
      mode: 'http',
      questionLog: log,
      organizersChannel: BROKEN,
      postErrors: { [BROKEN]: 'not_in_channel' },
    });
  });
  afterAll(async () => {
    await h?.close();
    await broken?.close();
    await log?.close();
    await stores.removeAll();
  });

  async function slash(harness: SlackHarness, text: string) {
    const res = await harness.send({ form: slashCommand(text, harness.fake.responseUrl()) });
    return (await res.json()) as { blocks?: unknown[] };
  }
  async function click(harness: SlackHarness, ...args: Parameters<typeof buttonClick>) {
    await harness.send({ form: { payload: JSON.stringify(buttonClick(...args)) } });
  }

  it('offers the button under a not-found answer, and not under a found one', async () => {
    const notFound = buttonsOf(await slash(h, UNANSWERABLE));
    expect(notFound.map((b) => b.action_id)).toEqual(['ask_organizers']);
    expect(notFound[0]?.value).toMatch(/^en:[0-9a-f-]{36}$/);
    expect(notFound[0]?.text.text).toBe('Ask the organizers');
    const japanese = buttonsOf(await slash(h, '会場のWi-Fiのパスワードは?'));
    expect(japanese.map((b) => [b.text.text, b.value?.slice(0, 3)])).toEqual([
      ['運営に聞く', 'ja:'],
    ]);
    const found = buttonsOf(await slash(h, 'When did Ansible 2.10 become GA?'));
    expect(found.map((b) => b.action_id)).not.toContain('ask_organizers');
  });

  it('posts the question, the asker and a link to where it was asked, and tells the asker; no broadcast from the question', async () => {
    const question = '<!channel> <!here> <@U0OTHER> how do I bake sourdough bread?';
    await h.send({ json: directMessageEvent(question) });
    const reply = await h.fake.nextCall('chat.postMessage');
    const answerId = buttonsOf(reply.body).find((b) => b.action_id === 'ask_organizers')?.value;
    expect(answerId).toBeDefined();

    const responseUrl = h.fake.responseUrl();
    await click(h, 'ask_organizers', answerId ?? '', responseUrl, USER_ID, {
      channel: 'D0DM',
      ts: '1700000000.000900',
    });
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(ORGANIZERS);
    const shown = visibleText(post.body);
    expect(shown).toContain(`<@${USER_ID}>`);
    expect(shown).toContain('how do I bake sourdough bread?');
    expect(shown).toContain('https://fake.slack.test/archives/D0DM/p1700000000000900');
    // In the organizers' language (ORGANIZERS_LANGUAGE, Japanese by default).
    expect(shown).toContain('運営への質問');
    expect(shown).toContain('ノートには答えがありませんでした。');
    expect(shown).not.toContain('The notes had no answer.');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<!here>');
    expect(shown).not.toContain('<@U0OTHER>');
    const told = await h.fake.nextCall('response_url');
    expect(told.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Sent to the organizers. Thank you for asking!',
    });
  });

  it('offers the organizers after a 👎, and says what the bot answered', async () => {
    const answer = buttonsOf(await slash(h, 'When did Ansible 2.10 become GA?'));
    const answerId = answer.find((b) => b.action_id === 'vote_not_helpful')?.value ?? '';
    await click(h, 'vote_not_helpful', answerId, h.fake.responseUrl());
    const thanks = await h.fake.nextCall('response_url');
    expect(buttonsOf(thanks.body)).toEqual([
      expect.objectContaining({ action_id: 'ask_organizers', value: answerId }),
    ]);
    await click(h, 'ask_organizers', answerId, h.fake.responseUrl());
    const post = await h.fake.nextCall('chat.postMessage');
    expect(visibleText(post.body)).toMatch(/ボットは「[^」]*Ansible[^」]*」/);
    expect(visibleText(post.body)).toContain('<#C0GENERAL> で');
    await h.fake.nextCall('response_url');
  });

  it('tells the asker plainly when the channel refuses, and logs the fix once', async () => {
    for (let i = 0; i < 2; i++) {
      const id = buttonsOf(await slash(broken, UNANSWERABLE))[0]?.value ?? '';
      await click(broken, 'ask_organizers', id, broken.fake.responseUrl());
      const told = await broken.fake.nextCall('response_url');
      expect(told.body.text).toBe(
        'Sorry, I could not post to the organizers’ channel. Please ask an organizer directly; the bot’s log says what to fix.',
      );
    }
    const errors = broken.logs.filter((l) =>
      l.includes("Could not post to the organizers' channel."),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `Invite the bot to the organizers' channel ${BROKEN} (/invite @the-bot there); Slack said not_in_channel.`,
    );
    expect(errors[0]).not.toContain('sourdough');
  });

  it('posts the weekly digest to the organizers’ channel as text that mentions no one', async () => {
    await h.adapter.postToOrganizers('Weekly question digest\n• 2× <!channel> install octant');
    const post = await h.fake.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(ORGANIZERS);
    expect(visibleText(post.body)).toContain('Weekly question digest');
    expect(visibleText(post.body)).not.toContain('<!channel>');
  });
});

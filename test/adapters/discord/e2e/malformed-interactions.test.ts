import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malformedInteraction } from '../../../../adapters/discord/refuse-malformed-interaction.js';
import { closeAndCheckLogs, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GA_QUESTION = 'When did Ansible 2.10 become GA?';
const EPHEMERAL = 64;

const without =
  (...keys: string[]) =>
  (payload: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(payload).filter(([key]) => !keys.includes(key)));

describe('malformed Discord interactions', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => {
    await closeAndCheckLogs(h);
  });

  it.each([
    ['it has neither a member nor a user', without('member', 'user')],
    ['it has no data', without('data')],
    ['the button has no message', (p: Record<string, unknown>) => ({ ...p, type: 3 })],
  ])('answers one where %s with the apology, only to the sender', async (reason, change) => {
    const { body } = await h.fake.sendMalformedInteraction(change).response();
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(body.data)).toMatch(/sorry/i);
    expect(h.logs()).toContain(`Refused a malformed Discord interaction: ${reason}.`);
  });

  it('logs a refusal for one with no token to answer with, and answers the next question', async () => {
    h.fake.sendMalformedInteraction(without('token', 'member'));
    const { body } = await h.fake
      .sendSlashCommand({ subcommand: 'ask', options: { question: GA_QUESTION } })
      .response();
    expect(body.data.embeds[0].title).toContain('Ansible');
    expect(h.logs()).toContain('Refused a malformed Discord interaction: it has no id or token.');
  });
});

describe('malformedInteraction', () => {
  const good = { id: '1', token: 't', type: 2, user: { id: '9' }, data: {} };
  it('passes a well-formed interaction and names what is missing from others', () => {
    expect(malformedInteraction(good)).toBeUndefined();
    expect(malformedInteraction({ ...good, user: undefined, member: { user: { id: '9' } } })).toBe(
      undefined,
    );
    expect(malformedInteraction({ ...good, type: 1, data: undefined })).toBeUndefined();
    expect(malformedInteraction(null)).toBe('the interaction is not an object');
    expect(malformedInteraction({ ...good, type: '2' })).toBe('it has no type');
    expect(malformedInteraction({ ...good, user: { id: 9 } })).toBe(
      'it has neither a member nor a user',
    );
    expect(malformedInteraction({ ...good, type: 3, message: {} })).toBeUndefined();
  });
});

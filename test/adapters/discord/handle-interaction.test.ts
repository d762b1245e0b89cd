import type { Interaction } from 'discord.js';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../../adapters/discord/handle-interaction.js';
import { DEFAULT_BOT } from '../../../src/messages/bot-identity.js';
import { textLanguage } from '../../../src/messages/language.js';
import type { RequestPipeline } from '../../../src/requests/request-pipeline.js';

const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246dGhpcy1pcy1hLXNlY3JldA';

/** What discord.js throws when Discord refuses a reply: the URL carries the interaction token. */
function requestError(message: string): Error {
  return Object.assign(new Error(message), {
    url: `https://discord.com/api/v10/interactions/1300000000000000001/${INTERACTION_TOKEN}/callback`,
  });
}

/** A `/vmware ask` whose every reply Discord refuses. */
function failingAsk(replies: unknown[]): Interaction {
  const interaction = {
    id: '1300000000000000001',
    user: { id: '42' },
    guildId: '7',
    commandName: 'vmware',
    replied: false,
    deferred: false,
    isChatInputCommand: () => true,
    isButton: () => false,
    options: {
      getSubcommand: () => 'ask',
      getString: () => 'octant',
    },
    reply: async (payload: unknown) => {
      replies.push(payload);
      throw requestError('Unknown interaction');
    },
    followUp: async () => {
      throw new Error('followUp is only for an interaction already answered');
    },
  };
  return interaction as unknown as Interaction;
}

describe('the Discord interaction handler when Discord refuses a reply', () => {
  it('logs both failures without the interaction token, and tries the apology once', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    const pipeline = {
      bot: DEFAULT_BOT,
      languageOf: textLanguage,
      reply: async () => ({ kind: 'help', language: 'en' }),
    } as unknown as RequestPipeline;
    const replies: unknown[] = [];
    await createInteractionHandler({ pipeline, logger })(failingAsk(replies));

    expect(replies).toHaveLength(2);
    const logged = lines.map((l) => JSON.parse(l) as { msg: string; err?: { url?: string } });
    expect(logged.map((l) => l.msg)).toEqual([
      'Failed to answer a Discord interaction.',
      'Could not send the apology either.',
    ]);
    for (const entry of logged) {
      expect(entry.err?.url).toBe(
        'https://discord.com/api/v10/interactions/1300000000000000001/[redacted]/callback',
      );
    }
    expect(lines.join('\n')).not.toContain(INTERACTION_TOKEN);
  });
});

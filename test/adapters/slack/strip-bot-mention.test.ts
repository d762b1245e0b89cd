import { describe, expect, it } from 'vitest';
import { stripBotMention } from '../../../adapters/slack/strip-bot-mention.js';

describe('stripBotMention', () => {
  it('removes the bot mention wherever it is, with or without a label', () => {
    expect(stripBotMention('<@U0BOT> what is NSX-T?', 'U0BOT')).toBe('what is NSX-T?');
    expect(stripBotMention('what is <@U0BOT|bot> NSX-T?', 'U0BOT')).toBe('what is NSX-T?');
  });

  it('keeps other users’ mentions, which the renderer escapes', () => {
    expect(stripBotMention('<@U0BOT> ask <@U0OTHER>', 'U0BOT')).toBe('ask <@U0OTHER>');
  });

  it('removes only the leading mention when the bot ID is unknown', () => {
    expect(stripBotMention('<@U0BOT> hi <@U0OTHER>', undefined)).toBe('hi <@U0OTHER>');
  });
});

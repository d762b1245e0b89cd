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

describe('stripBotMention edges', () => {
  it('removes every mention of the bot, not just the first', () => {
    expect(stripBotMention('<@U0BOT> hi <@U0BOT> there', 'U0BOT')).toBe('hi there');
  });

  it('leaves a space where a mention sat between two words', () => {
    expect(stripBotMention('ask<@U0BOT>now', 'U0BOT')).toBe('ask now');
  });

  it('matches the bot ID literally, even with characters a regex would read', () => {
    expect(stripBotMention('<@U.1> hi', 'U.1')).toBe('hi');
    expect(stripBotMention('<@UX1> hi', 'U.1')).toBe('<@UX1> hi');
  });

  it('without the bot ID, strips a leading labelled mention after white space, and only a leading one', () => {
    expect(stripBotMention('  <@U0BOT|meetup-bot> hi', undefined)).toBe('hi');
    expect(stripBotMention('hi <@U0BOT>', undefined)).toBe('hi <@U0BOT>');
  });
});

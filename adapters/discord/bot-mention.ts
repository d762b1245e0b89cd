/**
 * Matches a user mention of the bot in raw message content: `<@id>`, or the legacy `<@!id>`.
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
function mentionPattern(botUserId: string): RegExp {
  return new RegExp(`<@!?${botUserId}>`, 'g');
}

/**
 * Whether the message addresses the bot by name. `@everyone`, `@here`, role mentions and the
 * implicit mention of a reply do not count: only a mention typed into the text does.
 */
export function mentionsBot(content: string, botUserId: string): boolean {
  return mentionPattern(botUserId).test(content);
}

/** The question without the bot's mention, so `@bot When…?` asks "When…?". */
export function stripBotMention(content: string, botUserId: string): string {
  return content.replace(mentionPattern(botUserId), ' ').replace(/\s+/g, ' ').trim();
}

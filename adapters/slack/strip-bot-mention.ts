/**
 * Removes the bot's own mention (`<@U123>` or `<@U123|name>`) from a message, leaving the question.
 * Other mentions stay: they are part of what the user wrote and are escaped when echoed.
 * @see https://docs.slack.dev/messaging/formatting-message-text#mentioning-users
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const pattern = botUserId
    ? new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g')
    : // Without the bot's ID (auth.test not done), the leading mention is the one that woke us.
      /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

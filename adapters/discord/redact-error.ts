// Interaction and webhook URLs carry a token that lets anyone reply as the bot for 15 minutes.
const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/?]+/g;

/**
 * Removes the interaction token from a discord.js request error's `url` before the error is
 * logged (pino writes an error's own fields, `url` among them).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
 */
export function redactError(err: unknown): unknown {
  if (err instanceof Error && 'url' in err && typeof err.url === 'string') {
    Object.assign(err, { url: err.url.replace(TOKEN_IN_PATH, '/$1/[redacted]') });
  }
  return err;
}

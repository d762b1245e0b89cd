import { describe, expect, it } from 'vitest';
import { redactError } from '../../../adapters/discord/redact-error.js';

describe('redactError', () => {
  it('removes interaction and webhook tokens from a request error before it is logged', () => {
    const interaction = Object.assign(new Error('Unknown interaction'), {
      url: 'https://discord.com/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246c2VjcmV0/callback',
    });
    const webhook = Object.assign(new Error('Unknown webhook'), {
      url: 'https://discord.com/api/v10/webhooks/42/aW50ZXJhY3Rpb246c2VjcmV0/messages/%40original',
    });
    for (const err of [interaction, webhook]) {
      const logged = JSON.stringify({ ...(redactError(err) as object) });
      expect(logged).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
      expect(logged).toContain('[redacted]');
    }
    expect(redactError('plain')).toBe('plain');
  });
});

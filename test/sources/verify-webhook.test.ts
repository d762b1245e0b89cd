import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  githubSignatureMatches,
  gitlabTokenMatches,
  webhookClaim,
} from '../../src/sources/verify-webhook.js';

const SECRET = 'the-shared-webhook-secret';
const BODY = Buffer.from('{"ref":"refs/heads/main"}');
const hmac = (body: Buffer, secret = SECRET) =>
  createHmac('sha256', secret).update(body).digest('hex');

describe('webhook verification', () => {
  it("reads GitLab's token first, then GitHub's signature, else nothing", () => {
    expect(webhookClaim({ 'x-gitlab-token': 't', 'x-hub-signature-256': 's' })).toEqual({
      kind: 'gitlab',
      token: 't',
    });
    expect(webhookClaim({ 'x-hub-signature-256': 's' })).toEqual({
      kind: 'github',
      signature: 's',
    });
    expect(webhookClaim({ 'x-hub-signature': 'sha1=00' })).toEqual({ kind: 'none' });
  });

  it("accepts GitHub's signature of the exact body with the secret, in either case of hex", () => {
    expect(githubSignatureMatches(`sha256=${hmac(BODY)}`, BODY, SECRET)).toBe(true);
    expect(githubSignatureMatches(`sha256=${hmac(BODY).toUpperCase()}`, BODY, SECRET)).toBe(true);
    expect(githubSignatureMatches(` sha256=${hmac(BODY)} `, BODY, SECRET)).toBe(true);
  });

  it('refuses another body, another secret, a truncated or prefixless signature', () => {
    const other = Buffer.from('{"ref":"refs/heads/main" }');
    expect(githubSignatureMatches(`sha256=${hmac(other)}`, BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(`sha256=${hmac(BODY, 'other')}`, BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(`sha256=${hmac(BODY).slice(0, 63)}`, BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(hmac(BODY), BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(`sha1=${hmac(BODY)}`, BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(`sha256=${hmac(BODY)}00`, BODY, SECRET)).toBe(false);
    expect(githubSignatureMatches(`xsha256=${hmac(BODY)}`, BODY, SECRET)).toBe(false);
  });

  it("accepts GitLab's token only when it is the secret itself", () => {
    expect(gitlabTokenMatches(SECRET, SECRET)).toBe(true);
    expect(gitlabTokenMatches(`${SECRET} `, SECRET)).toBe(false);
    expect(gitlabTokenMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
    expect(gitlabTokenMatches('', SECRET)).toBe(false);
  });
});

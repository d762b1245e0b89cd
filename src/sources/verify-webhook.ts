import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * How a push webhook proves it comes from the repository's host, read from its headers alone:
 * GitLab sends the shared secret itself, GitHub an HMAC of the body that needs the body to check.
 */
export type WebhookClaim =
  | { readonly kind: 'gitlab'; readonly token: string }
  | { readonly kind: 'github'; readonly signature: string }
  | { readonly kind: 'none' };

/**
 * @see https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 * @see https://docs.gitlab.com/user/project/integrations/webhooks/#custom-headers
 */
export function webhookClaim(headers: IncomingHttpHeaders): WebhookClaim {
  const gitlab = headers['x-gitlab-token'];
  if (typeof gitlab === 'string') return { kind: 'gitlab', token: gitlab };
  const github = headers['x-hub-signature-256'];
  if (typeof github === 'string') return { kind: 'github', signature: github };
  return { kind: 'none' };
}

/** GitLab's `X-Gitlab-Token` is the secret itself; compared in constant time. */
export function gitlabTokenMatches(token: string, secret: string): boolean {
  // Digests first: equal lengths for timingSafeEqual, and the secret's length stays hidden.
  return timingSafeEqual(digest(token), digest(secret));
}

/** GitHub's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, in constant time. */
export function githubSignatureMatches(signature: string, body: Buffer, secret: string): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  if (!match?.[1]) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(Buffer.from(match[1], 'hex'), expected);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

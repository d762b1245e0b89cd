import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { githubSignatureMatches, gitlabTokenMatches, webhookClaim } from './verify-webhook.js';

/** GitHub caps a delivery at 25 MB; a push of notes is a few kilobytes, so this is generous. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface GitWebhookOptions {
  /** `CONTENT_GIT_WEBHOOK_SECRET`; unset, every request is refused. */
  readonly secret: string | undefined;
  /** Called once per verified push; the pull runs in the background. */
  readonly onPush: () => void;
  readonly logger: Logger;
  readonly recordWebhook: (outcome: 'accepted' | 'refused') => void;
}

/**
 * `POST /webhooks/git`: a GitHub or GitLab push hook, verified before anything else is done. A
 * request without a valid signature or token gets 401 and is not read any further; a verified
 * one gets 202 and starts a pull. Nothing in the body is trusted or needed: the pull asks the
 * repository itself what changed.
 */
export function createGitWebhook({
  secret,
  onPush,
  logger,
  recordWebhook,
}: GitWebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log = logger.child({ component: 'git-webhook' });
  const refuse = (res: ServerResponse, why: string) => {
    recordWebhook('refused');
    log.warn({ why }, 'Refused a git webhook request.');
    // Close the connection rather than read (or wait for) a body nobody vouched for.
    res.writeHead(401, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ status: 'unauthorized' }));
  };
  const accept = (req: IncomingMessage, res: ServerResponse) => {
    recordWebhook('accepted');
    const event = req.headers['x-github-event'] ?? req.headers['x-gitlab-event'];
    res.writeHead(202, { 'content-type': 'application/json' });
    if (event === 'ping') {
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    res.end(JSON.stringify({ status: 'pulling' }));
    log.info({ event }, 'Verified git webhook; pulling the notes.');
    onPush();
  };

  return (req, res) => {
    const claim = webhookClaim(req.headers);
    if (secret === undefined) {
      refuse(res, 'CONTENT_GIT_WEBHOOK_SECRET is not set');
      return;
    }
    if (claim.kind === 'none') {
      refuse(res, 'no X-Hub-Signature-256 or X-Gitlab-Token header');
      return;
    }
    if (claim.kind === 'gitlab') {
      if (!gitlabTokenMatches(claim.token, secret)) {
        refuse(res, 'wrong X-Gitlab-Token');
        return;
      }
      req.resume();
      accept(req, res);
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      refuse(res, 'body too large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES && !done) {
        done = true;
        refuse(res, 'body too large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      done = true;
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      if (githubSignatureMatches(claim.signature, Buffer.concat(chunks), secret)) accept(req, res);
      else refuse(res, 'wrong X-Hub-Signature-256');
    });
  };
}

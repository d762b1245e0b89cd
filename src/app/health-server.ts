import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import type { IndexStats } from './index-snapshot.js';
import type { Metrics } from './metrics.js';

export interface HealthServerOptions {
  /** 0 picks a free port (tests); the entry point never passes 0, which means "disabled". */
  readonly port: number;
  /** Interface to listen on (default: all, as a container needs). */
  readonly host?: string;
  readonly metrics: Metrics;
  /** The serving index's size, or undefined while the first index is being built. */
  readonly status: () => IndexStats | undefined;
  /** What is broken for good (a chat connection lost), each in a sentence; fails `/healthz`. */
  readonly faults?: () => readonly string[];
  readonly logger: Logger;
  /**
   * Handles `POST /webhooks/git` (a push to the notes' repository); it verifies the request
   * itself. Unset: the path does not exist.
   */
  readonly gitWebhook?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A running health and metrics server. */
export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Where the notes' repository sends its push webhook. */
const GIT_WEBHOOK_PATH = '/webhooks/git';

/**
 * `GET /healthz`: 200 with the index size once the index is ready, 503 before, and 503 naming
 * the fault once something is broken for good.
 * `GET /metrics`: Prometheus text format. `POST /webhooks/git` when `gitWebhook` is set.
 */
export async function startHealthServer({
  port,
  host,
  metrics,
  status,
  faults = () => [],
  logger,
  gitWebhook,
}: HealthServerOptions): Promise<HealthServer> {
  const log = logger.child({ component: 'health' });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const json = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (path === GIT_WEBHOOK_PATH && gitWebhook && req.method === 'POST') {
      gitWebhook(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') {
      const stats = status();
      const broken = faults();
      if (broken.length > 0) json(503, { status: 'failing', faults: broken });
      else if (stats) json(200, { status: 'ok', ...stats });
      else json(503, { status: 'starting' });
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        },
        (err: unknown) => {
          log.error({ err }, 'Could not collect metrics.');
          json(500, { status: 'error' });
        },
      );
      return;
    }
    json(404, { status: 'not found', paths: ['/healthz', '/metrics'] });
  });
  // A scraper's keep-alive connection must not hold the process open at shutdown.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  log.info({ port: bound }, 'Health server listening.');
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

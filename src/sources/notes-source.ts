import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContentReloader } from '../app/content-reloader.js';
import type { Metrics } from '../app/metrics.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { GitCheckoutOptions } from './git-checkout.js';
import { createGitSync, type SyncOutcome } from './git-sync.js';
import { createGitWebhook } from './git-webhook.js';

/** Where the notes come from: a folder on this machine, or a git repository cloned at start. */
export interface NotesSource {
  /** The folder to load the notes from. */
  readonly dir: string;
  /** Where the notes come from, for a person: the folder, or the repository and its path. */
  readonly shown: string;
  /** The handler of `POST /webhooks/git`, when the notes come from git. */
  readonly gitWebhook?: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * Keeps the index fresh from now on: a folder is watched for saves; a repository is pulled
   * every interval and on a verified webhook, each new commit going through the same reload.
   */
  follow(reloader: Pick<ContentReloader, 'watch' | 'reload'>): Promise<void>;
  /**
   * Pulls a repository now, as a webhook would, and resolves once the pull and its reload are
   * done (a folder: at once, since its watcher sees every save). Only after `follow`.
   */
  refresh(): Promise<void>;
  /** Stops following (and deletes the working copy of a repository). */
  close(): Promise<void>;
}

export interface NotesSourceOptions {
  readonly config: Pick<Config, 'contentDir' | 'git'>;
  readonly logger: Logger;
  readonly metrics: Pick<Metrics, 'recordGitPull' | 'recordWebhook'>;
  /** Folder the working copy is made in (default: the system's temporary folder). */
  readonly workParent?: string;
  /** Called after each pull (tests wait on it). */
  readonly onSync?: (outcome: SyncOutcome) => void;
}

/**
 * Opens the configured source; for a repository that means cloning it, so this rejects with a
 * `GitSourceError` (which never shows the token) when the repository cannot be cloned.
 */
export async function openNotesSource({
  config,
  logger,
  metrics,
  workParent,
  onSync,
}: NotesSourceOptions): Promise<NotesSource> {
  const git = config.git;
  if (!git) {
    return {
      dir: config.contentDir,
      shown: config.contentDir,
      follow: (reloader) => reloader.watch(),
      refresh: async () => {},
      close: async () => {},
    };
  }
  const options: GitCheckoutOptions = {
    url: git.url,
    path: git.path,
    ...(git.branch !== undefined && { branch: git.branch }),
    ...(git.token !== undefined && { token: git.token }),
    ...(workParent !== undefined && { parentDir: workParent }),
  };
  // isomorphic-git takes a fifth of a second to load: only a bot that clones its notes loads it.
  const { createGitCheckout } = await import('./git-checkout.js');
  const checkout = await createGitCheckout(options);
  const log = logger.child({ component: 'git', repository: checkout.shownUrl });
  try {
    const commit = await checkout.clone();
    log.info({ commit, path: git.path || '.' }, 'Cloned the notes.');
  } catch (err) {
    await checkout.remove();
    throw err;
  }
  let reload: (() => ReturnType<ContentReloader['reload']>) | undefined;
  let pushedEarly = false;
  const sync = createGitSync({
    checkout,
    reload: () => reload?.() ?? Promise.resolve('kept'),
    intervalMs: git.intervalMs,
    logger,
    recordGitPull: (outcome) => metrics.recordGitPull(outcome),
    ...(onSync && { onSync }),
  });
  return {
    dir: checkout.contentDir,
    shown: git.path === '' ? checkout.shownUrl : `${checkout.shownUrl} (${git.path})`,
    gitWebhook: createGitWebhook({
      secret: git.webhookSecret,
      // A push before the first index is built is pulled as soon as it is.
      onPush: () => {
        if (reload) void sync.pull();
        else pushedEarly = true;
      },
      logger,
      recordWebhook: (outcome) => metrics.recordWebhook(outcome),
    }),
    async follow(reloader) {
      reload = () => reloader.reload();
      sync.start();
      if (pushedEarly) void sync.pull();
      log.info(
        { intervalMs: git.intervalMs, webhook: git.webhookSecret !== undefined },
        'Following the notes repository.',
      );
    },
    async refresh() {
      await sync.pull();
    },
    async close() {
      await sync.close();
      await checkout.remove();
    },
  };
}

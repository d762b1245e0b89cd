import type { ReloadOutcome } from '../app/content-reloader.js';
import { oneAtATime } from '../app/one-at-a-time.js';
import type { Logger } from '../logger.js';
import type { GitCheckout } from './git-checkout.js';

/** What one pull led to. */
export type SyncOutcome = 'unchanged' | ReloadOutcome | 'failed';

export interface GitSyncOptions {
  readonly checkout: Pick<GitCheckout, 'pull' | 'shownUrl'>;
  /** The reload a file save would run: rebuilds, or keeps the last good index. */
  readonly reload: () => Promise<ReloadOutcome>;
  /** 0: only on webhooks. */
  readonly intervalMs: number;
  readonly logger: Logger;
  readonly recordGitPull: (outcome: 'updated' | 'unchanged' | 'failed') => void;
  /** Called after each pull (tests wait on it). */
  readonly onSync?: (outcome: SyncOutcome) => void;
}

/** Keeps the working copy on the remote's commit, and the index on the working copy. */
export interface GitSync {
  /** Starts pulling every interval. */
  start(): void;
  /**
   * Pulls now, and reloads when a new commit came. A pull asked for during one runs once more
   * afterwards, so the last push is never missed and pulls never overlap. Never rejects.
   */
  pull(): Promise<SyncOutcome>;
  /** Stops the interval and waits for a pull in progress. */
  close(): Promise<void>;
}

export function createGitSync({
  checkout,
  reload,
  intervalMs,
  logger,
  recordGitPull,
  onSync,
}: GitSyncOptions): GitSync {
  const log = logger.child({ component: 'git', repository: checkout.shownUrl });
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  async function pullOnce(): Promise<SyncOutcome> {
    let commit: string;
    try {
      const pulled = await checkout.pull();
      recordGitPull(pulled.changed ? 'updated' : 'unchanged');
      if (!pulled.changed) return 'unchanged';
      commit = pulled.commit;
    } catch (err) {
      recordGitPull('failed');
      log.error({ err }, 'Could not pull the notes; still answering from the last good index.');
      return 'failed';
    }
    log.info({ commit }, 'Pulled new notes; reloading.');
    const outcome = await reload();
    if (outcome === 'kept') {
      log.warn(
        { commit },
        `Commit ${commit.slice(0, 12)} has notes that cannot all be read (see the content errors above); still answering from the last good index.`,
      );
    }
    return outcome;
  }

  const pulls = oneAtATime(pullOnce, { after: onSync, stopped: () => closed });
  const pull = (): Promise<SyncOutcome> => (closed ? Promise.resolve('unchanged') : pulls.run());

  const schedule = () => {
    if (closed || intervalMs === 0) return;
    timer = setTimeout(() => {
      void pull().finally(schedule);
    }, intervalMs);
    timer.unref();
  };

  return {
    start() {
      if (timer === undefined) schedule();
    },
    pull,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await pulls.running;
    },
  };
}

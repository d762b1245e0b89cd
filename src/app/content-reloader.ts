import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import type { QueryService } from '../answer/answer.js';
import { startEarlyBuild } from '../answer/query-service.js';
import { warmUpSteps } from '../answer/warm-up.js';
import { DEFAULT_CONTENT_LIMITS } from '../content/content-limits.js';
import type { LoadedContent } from '../content/load-content.js';
import type { NotesLoader } from '../content/load-in-child.js';
import type { Meetup } from '../content/meetup.js';
import { formatProblem, GLOSSARY_FILE, problemLevel } from '../content/problems.js';
import type { Logger } from '../logger.js';
import { runInSlices, type Steps } from '../search/cooperative.js';
import type { LanguageResources } from '../search/language-resources.js';
import { buildSnapshotInSlices, type IndexSnapshot } from './index-snapshot.js';
import type { Metrics } from './metrics.js';
import { oneAtATime } from './one-at-a-time.js';
import type { ServiceHolder } from './service-holder.js';

/**
 * Reads the notes in this process (a one-shot piped answer, tests). Loaded when first used: a bot
 * reads its notes through the loader it is given (a child process, or this one for small notes)
 * and needs the Markdown and YAML parsers here only for small notes.
 */
async function loadInProcess(dir: string): Promise<LoadedContent> {
  return (await import('../content/load-content.js')).loadContent(dir);
}

export interface ContentReloaderOptions {
  readonly dir: string;
  readonly holder: ServiceHolder;
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** Quiet time after the last file event before rebuilding (an editor's save is a burst). */
  readonly debounceMs?: number;
  /** How the notes are read; the first load hands it the meetups' batches to build on early. */
  readonly load?: NotesLoader;
  /**
   * How a background reload reads the notes (default: `load`), when it should differ from how
   * the first load reads them.
   */
  readonly reloadWith?: NotesLoader;
  /** Called after every background reload, kept or not (tests and logs wait on it). */
  readonly onReload?: (outcome: ReloadOutcome) => void;
  /** The cross-lingual dictionary every build prunes to the notes (loaded once per process). */
  readonly resources?: Partial<LanguageResources>;
  /**
   * How often the watcher checks that the folder it watches is still the notes folder: a deploy
   * that deletes and recreates it (`rm -rf content && mkdir content`) leaves chokidar watching
   * nothing, so the watcher is set up again on the new folder and a reload follows.
   */
  readonly folderCheckMs?: number;
  /**
   * Called after a background reload swapped a new index in, with the meetups served before and
   * now (the news of new notes is found from the two). Not called for the first load.
   */
  readonly onSwap?: (previous: readonly Meetup[], current: readonly Meetup[]) => void;
  /**
   * Called once each new index serves, the first included, when the index it replaced and the
   * build's garbage have just become garbage (a running bot collects it: see `fullCollection`).
   */
  readonly afterInstall?: () => void;
  /**
   * Called once the first index has all it answers with (the kanji readings it began serving
   * without, see `IndexSnapshot.complete`): what reading them left is garbage then.
   */
  readonly afterComplete?: () => void;
  /**
   * Run on the first index before it serves (default {@link warmUpSteps}: questions made from the
   * notes, so the answer path is compiled before anyone asks). Reloads keep what it compiled.
   */
  readonly warmUp?: (service: QueryService, meetups: readonly Meetup[]) => Steps<unknown>;
}

/** Nothing serves while the first index warms up: its slices only let health checks through. */
const WARM_UP_SLICE_MS = 10;

export type ReloadOutcome = 'reloaded' | 'kept';

/** Loads the notes into the holder, and keeps them fresh while the bot runs. */
export interface ContentReloader {
  /**
   * The first load. Files with problems are logged and skipped; the rest are served, so one bad
   * file does not keep the bot from starting.
   */
  loadInitial(): Promise<IndexSnapshot>;
  /**
   * Rebuilds in the background and swaps the new index in. If any file has a problem the last
   * good index keeps serving, the problems are logged with file and line, and a failure counted.
   */
  reload(): Promise<ReloadOutcome>;
  /**
   * Watches the directory (recursively, new folders included) and reloads after each burst of
   * changes. Resolves once the initial scan is done, so every later save is seen. When the
   * directory is deleted and made again, the new one is watched and reloaded. It may begin while
   * the first load runs: a save seen then is reloaded once that load is done.
   */
  watch(): Promise<void>;
  /** Stops watching and waits for a reload in progress. */
  close(): Promise<void>;
}

export function createContentReloader({
  dir,
  holder,
  metrics,
  logger,
  debounceMs = 250,
  load = loadInProcess,
  reloadWith = load,
  onReload,
  resources,
  folderCheckMs = 1_000,
  onSwap,
  afterInstall,
  afterComplete,
  warmUp = warmUpSteps,
}: ContentReloaderOptions): ContentReloader {
  const log = logger.child({ component: 'content' });
  let watching = false;
  let watcher: FSWatcher | undefined;
  /** The folder the watcher follows (device and inode), to notice it replaced. */
  let watchedFolder: string | undefined;
  let folderCheck: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // Set while the last reload was refused, so the one that works says the fix took.
  let failing = false;
  let served: readonly Meetup[] = [];

  const logProblems = (content: LoadedContent) => {
    for (const p of content.problems) {
      const level = problemLevel(p);
      log[level === 'warning' ? 'warn' : level]({ file: p.file, line: p.line }, formatProblem(p));
    }
    metrics.recordContentProblems(content.problems.length);
  };

  const install = (snapshot: IndexSnapshot) => {
    holder.swap(snapshot);
    metrics.recordIndex(snapshot.stats);
    afterInstall?.();
    return snapshot;
  };

  /**
   * The first load while it runs. The notes are watched while they are first read (see
   * `main.ts`), so a save made then asks for a reload before there is an index: the reload
   * waits for the first load, which would otherwise swap its older index in over the newer one.
   */
  let firstLoad: Promise<void> | undefined;

  async function reloadOnce(): Promise<ReloadOutcome> {
    if (firstLoad) {
      await firstLoad;
      // A first load that found no notes closes the reloader: nothing is left to reload.
      if (closed) return 'kept';
    }
    try {
      const content = await reloadWith(dir);
      logProblems(content);
      // Warnings (an unknown front matter field, a one-term glossary group) are logged and the
      // rest is served; content that could not be read, or no notes at all (say, in the middle
      // of a checkout), keeps the last good index.
      if (content.problems.some((p) => p.lost) || content.meetups.length === 0) {
        metrics.recordReload('failure');
        failing = true;
        log.warn(
          { problems: content.problems.length, meetups: content.meetups.length },
          'Content changed but could not all be read; still answering from the last good index.',
        );
        return 'kept';
      }
      const { stats } = install(await buildSnapshotInSlices({ ...content, ...resources }));
      metrics.recordReload('success');
      if (failing) {
        // As loud as the refusal it ends: the console shows warnings, not info.
        log.warn(stats, 'Content fixed and reloaded; answering from the new notes.');
      } else {
        log.info(stats, 'Content reloaded.');
      }
      failing = false;
      const previous = served;
      served = content.meetups;
      onSwap?.(previous, served);
      return 'reloaded';
    } catch (err) {
      metrics.recordReload('failure');
      failing = true;
      log.error({ err }, 'Content reload failed; still answering from the last good index.');
      return 'kept';
    }
  }

  // One rebuild at a time; events during a rebuild ask for one more afterwards, so the last
  // change is never missed and rebuilds never overlap.
  const rebuilds = oneAtATime(reloadOnce, { after: onReload, stopped: () => closed });
  const reload = () => rebuilds.run();

  const schedule = () => {
    // A new folder's second read may come due after close.
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload();
    }, debounceMs);
  };

  /** Watches the folder as it is now; resolves once chokidar has scanned it. */
  async function arm(): Promise<void> {
    watchedFolder = await folderIdentity(dir);
    // chokidar, not fs.watch: editors and tools save by writing a temporary file and renaming
    // it over the note (sed -i, vim, VS Code, git checkout, rsync), which replaces the inode
    // fs.watch was following; chokidar watches the folders and follows new and removed ones.
    // Links are not followed (a link back into the folder would be watched 2^40 times over),
    // and no deeper than the loader reads.
    // The folder itself may be a link (a mounted volume, a release directory): its real path is
    // watched, since chokidar follows no link, the root included.
    const root = await realpath(dir).catch(() => dir);
    const w = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      depth: DEFAULT_CONTENT_LIMITS.maxFolderDepth,
    });
    watcher = w;
    w.on('all', (event, file) => {
      // Folders come and go with the notes in them; of files only notes and the glossary
      // count, so an editor's swap and temporary files do not trigger rebuilds.
      if (event === 'addDir' || event === 'unlinkDir' || isContentFile(root, file)) schedule();
      // chokidar follows a new folder only once it has scanned it: a note edited there in
      // between sends no event. Reading the notes again a moment later catches that edit.
      if (event === 'addDir') setTimeout(schedule, folderCheckMs).unref();
    });
    // chokidar drops a file's events that come within 5 ms of the last one, and changes that
    // leave the mtime as it was (timestamps are coarse, so a quick second write can): the raw
    // events restart the quiet time too, so the rebuild always reads the last write.
    w.on('raw', (_event, file) => {
      if (isContentFile(root, file) || path.basename(file) === GLOSSARY_FILE) schedule();
    });
    w.on('error', (err) => {
      log.error({ err, dir }, 'A content file event could not be read; still watching.');
    });
    await new Promise<void>((resolve) => w.once('ready', () => resolve()));
  }

  /** Sets the watcher up again when the folder was replaced, and reloads from the new one. */
  let checking = false;
  async function checkFolder(): Promise<void> {
    if (checking || closed) return;
    checking = true;
    try {
      const now = await folderIdentity(dir);
      if (now === watchedFolder) return;
      await watcher?.close();
      watcher = undefined;
      if (closed) return;
      if (now === undefined) {
        watchedFolder = undefined;
        log.warn({ dir }, 'The content folder is gone; still answering from the last good index.');
        return;
      }
      log.info({ dir }, 'The content folder was replaced; watching the new one.');
      await arm();
      schedule();
    } catch (err) {
      log.error({ err, dir }, 'The content folder could not be watched again; will retry.');
      watchedFolder = undefined;
    } finally {
      checking = false;
    }
  }

  /** The first load and build, warmed up and installed (see {@link ContentReloader.loadInitial}). */
  async function loadFirst(): Promise<IndexSnapshot> {
    // The index's first pass runs on each batch of meetups as the notes are read: nothing
    // serves yet, so nothing waits on the slices it takes meanwhile.
    const early = startEarlyBuild(undefined, (err) =>
      log.warn(
        { err },
        'The index could not be begun while the notes were read; building it after.',
      ),
    );
    const content = await load(dir, (meetups) => early.add(meetups));
    logProblems(content);
    if (content.glossary.groups.length === 0) {
      // Without it a question in English no longer finds notes in Japanese, and vice versa.
      log.error(
        { file: path.join(dir, GLOSSARY_FILE) },
        `The glossary is empty: questions will only match the notes' own words. Add term groups to ${path.join(dir, GLOSSARY_FILE)}.`,
      );
    }
    // Nothing serves yet: the index answers as soon as it is built (and warmed up), a question
    // that may use the kanji readings waiting for them.
    const built = await buildSnapshotInSlices(
      { ...content, ...resources, early },
      { beforeReadings: true },
    );
    // Only speed rides on it: a warm-up that fails is told, and the index serves all the same.
    const warming = performance.now();
    await Promise.resolve()
      .then(() => runInSlices(warmUp(built.service, content.meetups), WARM_UP_SLICE_MS))
      .then(
        (questions) =>
          log.debug(
            { questions, ms: Math.round(performance.now() - warming) },
            'Warmed the answer path up.',
          ),
        (err: unknown) => log.warn({ err }, 'The answer path could not be warmed up.'),
      );
    const snapshot = install(built);
    served = content.meetups;
    void snapshot.complete?.then(() => {
      if (!closed) afterComplete?.();
    });
    return snapshot;
  }

  return {
    loadInitial() {
      const loading = loadFirst();
      const settled = () => {
        firstLoad = undefined;
      };
      firstLoad = loading.then(settled, settled);
      return loading;
    },
    reload,
    async watch() {
      if (watching || closed) return;
      watching = true;
      await arm();
      // Stryker disable next-line all: how often is a tuning value; the test sets it
      folderCheck = setInterval(() => void checkFolder(), folderCheckMs);
      folderCheck.unref();
      log.debug({ dir }, 'Watching content for changes.');
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(folderCheck);
      await watcher?.close();
      watcher = undefined;
      await rebuilds.running;
    },
  };
}

/**
 * The folder's identity, or undefined when there is none. The birth time tells a new folder
 * from the old one when the file system hands the freed inode number straight back.
 */
async function folderIdentity(dir: string): Promise<string | undefined> {
  try {
    const stats = await stat(dir);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}:${stats.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** A notes file (`**\/*.md`) or the glossary at the top of the content directory. */
function isContentFile(dir: string, file: string): boolean {
  return file.toLowerCase().endsWith('.md') || path.relative(dir, file) === GLOSSARY_FILE;
}

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createContentReloader } from '../../src/app/content-reloader.js';
import { createMetrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import type { LoadedContent } from '../../src/content/load-content.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { meetupsFrom } from '../support/engine.js';

/** The notes as they are on disk at version `v`: one talk, named after the version. */
function contentAt(v: number): LoadedContent {
  const meetups = meetupsFrom(`# Ops Night\n\n## Version ${v} talk\n\n* release${v} notes\n`);
  return { meetups, glossary: EMPTY_GLOSSARY, problems: [], info: [] };
}

/**
 * A `load` that reads whatever version is on disk when it is called, and finishes only when the
 * test says so: a rebuild that is still running when the next change comes in.
 */
function controlledLoad() {
  let onDisk = 1;
  const calls: number[] = [];
  const pending: (() => void)[] = [];
  return {
    edit: () => ++onDisk,
    calls,
    /** Lets the oldest running load finish. */
    finishNext: () => pending.shift()?.(),
    load: (_dir: string) => {
      const version = onDisk;
      calls.push(version);
      return new Promise<LoadedContent>((resolve) => {
        pending.push(() => resolve(contentAt(version)));
      });
    },
  };
}

/** A reloader over {@link controlledLoad}, through its public API only. */
function start() {
  const disk = controlledLoad();
  const holder = createServiceHolder();
  const reloader = createContentReloader({
    dir: 'unused',
    holder,
    metrics: createMetrics({ defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    load: disk.load,
  });
  return { disk, holder, reloader };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the content reloader’s queue', () => {
  it('runs one more rebuild for changes made during a rebuild, and only one, ending on the last change', async () => {
    const { disk, holder, reloader } = start();

    const first = reloader.reload();
    await tick();
    disk.edit();
    const second = reloader.reload();
    disk.edit();
    const third = reloader.reload();
    // Rebuilds never overlap: the changes wait for the one running.
    expect(disk.calls).toEqual([1]);

    disk.finishNext();
    await tick();
    await tick();
    // The rebuild that follows reads the notes as they are now, with both changes.
    expect(disk.calls).toEqual([1, 3]);
    disk.finishNext();

    expect(await Promise.all([first, second, third])).toEqual(['reloaded', 'reloaded', 'reloaded']);
    expect(disk.calls).toEqual([1, 3]);
    const answer = holder.service.ask('release3');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Version 3 talk');
    await reloader.close();
  });

  it('reloads a save made during the first load once that load is done, and serves the newer notes', async () => {
    const { disk, holder, reloader } = start();
    const first = reloader.loadInitial();
    await tick();
    disk.edit();
    const reload = reloader.reload();
    await tick();
    // The watcher runs while the notes are first read; its reload waits for that load.
    expect(disk.calls).toEqual([1]);
    disk.finishNext();
    await first;
    await tick();
    expect(disk.calls).toEqual([1, 2]);
    disk.finishNext();
    expect(await reload).toBe('reloaded');
    const answer = holder.service.ask('release2');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Version 2 talk');
    await reloader.close();
  });

  it('drops a reload asked for during a first load that closed the reloader', async () => {
    const { disk, reloader } = start();
    const first = reloader.loadInitial();
    await tick();
    const reload = reloader.reload();
    disk.finishNext();
    await first;
    const closing = reloader.close();
    expect(await reload).toBe('kept');
    await closing;
    expect(disk.calls).toEqual([1]);
  });

  it('rebuilds once for one change', async () => {
    const { disk, holder, reloader } = start();
    const done = reloader.reload();
    await tick();
    disk.finishNext();
    expect(await done).toBe('reloaded');
    expect(disk.calls).toEqual([1]);
    expect(holder.current()?.stats.talks).toBe(1);
  });
});

import {
  appendFile,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { type ContentReloader, createContentReloader } from '../../src/app/content-reloader.js';
import { createMetrics, type Metrics } from '../../src/app/metrics.js';
import { createServiceHolder, type ServiceHolder } from '../../src/app/service-holder.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';
import { createLogger } from '../../src/logger.js';

/** The team's fixture notes, copied next to the note each test edits. */
const FIXTURES = 'test/fixtures/content';
const NOTE = 'reload-meetup.md';
/**
 * Bounds how long a save may take to be answered (the watcher, the quiet time, the rebuild): a
 * wait, not a speed check (the bench times reloads). 2 s ran out once for a burst of 50 saves
 * on a 2-core machine at a load average of 9.
 */
const PICKUP_MS = 8_000;

/** A small meetup whose one passage reads `<word> <marker>`, so an answer shows which save won. */
function note(marker: string, { word = 'savecheck', title = 'Reload Meetup #1' } = {}): string {
  return [
    '---',
    `title: "${title}"`,
    'date: 2024-05-01',
    '---',
    `# ${title}`,
    '',
    '## Harborの運用',
    '',
    `* ${word} ${marker}`,
    '',
  ].join('\n');
}

/** The top passage of an answer, exactly as a reader sees it. */
/** The line of the top answer that holds the word asked (a short line comes with its neighbours). */
function topLine(answer: Answer, word: string): string | undefined {
  if (answer.kind !== 'found') return undefined;
  return answer.results[0]?.snippet.split('\n').find((line) => line.includes(word));
}

interface Bot {
  readonly reloader: ContentReloader;
  readonly holder: ServiceHolder;
  readonly metrics: Metrics;
  /** Runs one save and counts it; returns its number. */
  save(write: () => Promise<unknown>): Promise<number>;
  /** Resolves with the first reload whose load began after save `n` had finished. */
  reloadAfter(n: number): Promise<'reloaded' | 'kept'>;
  metric(name: string): Promise<number>;
  answer(question: string): string | undefined;
  /** How many reloads have finished. */
  reloads(): number;
}

describe('live content reload', () => {
  let dir: string;
  let outside: string;
  const closers: (() => Promise<void>)[] = [];
  const logs: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meetup-content-'));
    outside = await mkdtemp(path.join(tmpdir(), 'meetup-outside-'));
    await cp(FIXTURES, dir, { recursive: true });
    await writeFile(path.join(dir, NOTE), note('v1'));
    logs.length = 0;
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  async function start(
    load: (dir: string) => Promise<LoadedContent> = loadContent,
    { watch = true } = {},
  ): Promise<Bot> {
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => logs.push(line) },
    });
    const metrics = createMetrics({ defaultMetrics: false });
    const holder = createServiceHolder();
    let saves = 0;
    let loadingAfter = 0;
    const reloads: { afterSave: number; outcome: 'reloaded' | 'kept' }[] = [];
    const waiters = new Set<() => void>();
    const reloader = createContentReloader({
      dir,
      holder,
      metrics,
      logger,
      debounceMs: 50,
      folderCheckMs: 100,
      load: (d) => {
        loadingAfter = saves;
        return load(d);
      },
      onReload: (outcome) => {
        reloads.push({ afterSave: loadingAfter, outcome });
        for (const wake of [...waiters]) wake();
      },
    });
    closers.push(() => reloader.close());
    await reloader.loadInitial();
    if (watch) await reloader.watch();
    return {
      reloader,
      holder,
      metrics,
      async save(write) {
        await write();
        saves += 1;
        return saves;
      },
      reloadAfter(n) {
        return new Promise((resolve, reject) => {
          const check = () => {
            const done = reloads.find((r) => r.afterSave >= n);
            if (!done) return;
            clearTimeout(timer);
            waiters.delete(check);
            resolve(done.outcome);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`No reload read save ${n} within ${PICKUP_MS} ms.`));
          }, PICKUP_MS);
          waiters.add(check);
          check();
        });
      },
      async metric(name) {
        const text = await metrics.registry.metrics();
        const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
        return Number(match?.[1]);
      },
      answer: (question) => topLine(holder.service.ask(question), question),
      reloads: () => reloads.length,
    };
  }

  const file = () => path.join(dir, NOTE);
  /** A save as sed -i, vim, VS Code's safe write, git checkout and rsync make it. */
  const renameOver = async (target: string, text: string) => {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${Date.now()}`);
    await writeFile(temp, text);
    await rename(temp, target);
  };

  it('answers the text of a note saved in place', async () => {
    const bot = await start();
    expect(bot.answer('savecheck')).toBe('savecheck v1');
    const n = await bot.save(() => writeFile(file(), note('v2')));
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(bot.answer('savecheck')).toBe('savecheck v2');
  });

  it('keeps picking up saves after a temporary file was renamed over the note', async () => {
    const bot = await start();
    let n = await bot.save(() => renameOver(file(), note('v2')));
    await bot.reloadAfter(n);
    expect(bot.answer('savecheck')).toBe('savecheck v2');

    // The watcher must follow the new file, not the inode that was replaced.
    n = await bot.save(() => appendFile(file(), '* appendcheck v3\n'));
    await bot.reloadAfter(n);
    expect(bot.answer('appendcheck')).toBe('appendcheck v3');

    n = await bot.save(() => renameOver(file(), note('v4')));
    await bot.reloadAfter(n);
    expect(bot.answer('savecheck')).toBe('savecheck v4');

    n = await bot.save(() => writeFile(file(), note('v5')));
    await bot.reloadAfter(n);
    expect(bot.answer('savecheck')).toBe('savecheck v5');
  });

  it('picks up a note that was deleted and written again', async () => {
    const bot = await start();
    const n = await bot.save(async () => {
      await rm(file());
      await writeFile(file(), note('v2'));
    });
    await bot.reloadAfter(n);
    expect(bot.answer('savecheck')).toBe('savecheck v2');
  });

  it('watches a folder holding two links back into itself and still reloads', async () => {
    await symlink('.', path.join(dir, 'loop1'));
    await symlink('.', path.join(dir, 'loop2'));
    const bot = await start();
    const n = await bot.save(() => writeFile(file(), note('v2')));
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(bot.answer('savecheck')).toBe('savecheck v2');
    expect(bot.holder.current()?.stats.meetups).toBe(2);
  });

  it('watches the folder a linked notes folder points to', async () => {
    const real = dir;
    dir = path.join(outside, 'linked-content');
    await symlink(real, dir);
    try {
      const bot = await start();
      const n = await bot.save(() => writeFile(path.join(real, NOTE), note('v2')));
      expect(await bot.reloadAfter(n)).toBe('reloaded');
      expect(bot.answer('savecheck')).toBe('savecheck v2');
    } finally {
      dir = real;
    }
  });

  it('resumes reloading after the notes folder is deleted and made again, as a deploy script does', async () => {
    const bot = await start();
    // Gone long enough for the watcher to see it go (the reload finds no notes and keeps the index).
    let n = await bot.save(() => rm(dir, { recursive: true, force: true }));
    expect(await bot.reloadAfter(n)).toBe('kept');
    expect(bot.answer('savecheck')).toBe('savecheck v1');

    n = await bot.save(async () => {
      await mkdir(dir);
      await cp(FIXTURES, dir, { recursive: true });
      await writeFile(file(), note('v2'));
    });
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(bot.answer('savecheck')).toBe('savecheck v2');

    // The new folder is the one watched now: a plain edit in it is seen.
    n = await bot.save(() => writeFile(file(), note('v3')));
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(bot.answer('savecheck')).toBe('savecheck v3');
  });

  it('picks up a note in a new sub-folder, and forgets it when the folder is removed', async () => {
    const bot = await start();
    const folder = path.join(dir, '2025', 'spring');
    let n = await bot.save(async () => {
      await mkdir(folder, { recursive: true });
      await writeFile(
        path.join(folder, 'spring.md'),
        note('s1', { word: 'springcheck', title: 'Spring Meetup' }),
      );
    });
    await bot.reloadAfter(n);
    expect(bot.answer('springcheck')).toBe('springcheck s1');
    expect(bot.holder.current()?.stats.meetups).toBe(3);

    // The new folder is watched too: an edit inside it is seen.
    n = await bot.save(() =>
      writeFile(
        path.join(folder, 'spring.md'),
        note('s2', { word: 'springcheck', title: 'Spring Meetup' }),
      ),
    );
    await bot.reloadAfter(n);
    expect(bot.answer('springcheck')).toBe('springcheck s2');

    n = await bot.save(() => rm(path.join(dir, '2025'), { recursive: true }));
    await bot.reloadAfter(n);
    expect(bot.answer('springcheck')).toBeUndefined();
    expect(bot.holder.current()?.stats.meetups).toBe(2);
  });

  it("reads a new folder's notes once more a moment later, with no event to say so", async () => {
    const bot = await start();
    const before = bot.reloads();
    const folder = path.join(dir, '2026', 'autumn');
    const n = await bot.save(async () => {
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'autumn.md'), note('a1', { word: 'autumncheck' }));
    });
    await bot.reloadAfter(n);
    // chokidar follows a new folder only once it has scanned it, so an edit inside it in between
    // sends nothing: the folder's events make one read, and one more follows a moment later.
    const deadline = Date.now() + PICKUP_MS;
    while (bot.reloads() - before < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.reloads() - before).toBeGreaterThanOrEqual(2);
  });

  it("does not read a new folder's notes again once closed", async () => {
    const bot = await start();
    const n = await bot.save(async () => {
      await mkdir(path.join(dir, 'late'), { recursive: true });
      await writeFile(path.join(dir, 'late', 'late.md'), note('l1', { word: 'latecheck' }));
    });
    await bot.reloadAfter(n);
    await bot.reloader.close();
    const closedAt = bot.reloads();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bot.reloads()).toBe(closedAt);
  });

  it('picks up a note moved in from outside the content directory', async () => {
    const bot = await start();
    const n = await bot.save(async () => {
      const made = path.join(outside, 'moved.md');
      await writeFile(made, note('m1', { word: 'movecheck', title: 'Moved Meetup' }));
      await rename(made, path.join(dir, 'moved.md'));
    });
    await bot.reloadAfter(n);
    expect(bot.answer('movecheck')).toBe('movecheck m1');
  });

  it('answers with the last of a burst of 50 saves', async () => {
    const bot = await start();
    let n = 0;
    for (let i = 1; i <= 50; i += 1) {
      const text = note(`v${i}`);
      n = await bot.save(() => (i % 2 === 0 ? renameOver(file(), text) : writeFile(file(), text)));
    }
    await bot.reloadAfter(n);
    expect(bot.answer('savecheck')).toBe('savecheck v50');
  });

  it('recovers when broken front matter is fixed: the failure is counted, then the problems gauge returns to 0', async () => {
    const bot = await start();
    const good = path.join(outside, 'good.md');
    await writeFile(good, note('v2'));
    // Broken the way `sed -i` does it, fixed the way `cp` does it.
    let n = await bot.save(() => renameOver(file(), note('v9').replace('title: "', 'title: [')));
    expect(await bot.reloadAfter(n)).toBe('kept');
    expect(await bot.metric('meetup_bot_content_reload_failures_total')).toBe(1);
    expect(await bot.metric('meetup_bot_content_problems')).toBe(1);
    expect(bot.answer('savecheck')).toBe('savecheck v1');

    n = await bot.save(() => copyFile(good, file()));
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(await bot.metric('meetup_bot_content_problems')).toBe(0);
    expect(bot.answer('savecheck')).toBe('savecheck v2');
  });

  it('logs the problem with its file and line while the last good index keeps answering', async () => {
    const bot = await start();
    const before = bot.holder.current();
    const n = await bot.save(() => writeFile(file(), note('v2').replace('title: "', 'title: [')));
    await bot.reloadAfter(n);
    expect(bot.holder.current()).toBe(before);
    const problem = logs.map((l) => JSON.parse(l)).find((l) => /front matter/.test(l.msg));
    expect(problem).toMatchObject({ file: expect.stringContaining(NOTE), line: 2 });
    expect(problem.msg).toMatch(/^Content error in .*reload-meetup\.md:2: /);
  });

  it('serves an edit that only brings a warning, such as an unknown front matter field', async () => {
    const bot = await start();
    const n = await bot.save(() =>
      writeFile(file(), note('v2').replace('date:', 'venue: Tokyo\ndate:')),
    );
    expect(await bot.reloadAfter(n)).toBe('reloaded');
    expect(bot.answer('savecheck')).toBe('savecheck v2');
    expect(logs.some((l) => /venue/.test(l))).toBe(true);
  });

  it('keeps the last good index when every note disappears, as in the middle of a checkout', async () => {
    const bot = await start();
    const n = await bot.save(async () => {
      await rm(path.join(dir, '2024'), { recursive: true });
      await rm(file());
    });
    expect(await bot.reloadAfter(n)).toBe('kept');
    // Whichever index was last good (a rebuild may have run between the two removals), it
    // still holds the note removed last.
    expect(bot.holder.current()?.stats.meetups).toBeGreaterThan(0);
    expect(bot.answer('savecheck')).toBe('savecheck v1');
    expect(await bot.metric('meetup_bot_content_reload_failures_total')).toBeGreaterThan(0);
  });

  it('logs an error at start when the glossary has no group it can serve', async () => {
    await writeFile(path.join(dir, 'glossary.yml'), '- [registry, レジストリ\n');
    await start(loadContent, { watch: false });
    const lines = logs.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([
      expect.stringMatching(
        /^Content error in .*glossary\.yml:1: this glossary group is not valid YAML/,
      ),
      `The glossary is empty: questions will only match the notes' own words. Add term groups to ${path.join(dir, 'glossary.yml')}.`,
    ]);
  });

  it('runs one more rebuild for changes made during a rebuild, so the last change is never missed', async () => {
    let release: () => void = () => {};
    let blocked: () => void = () => {};
    const rebuilding = new Promise<void>((r) => (blocked = r));
    let loads = 0;
    const bot = await start(
      async (d) => {
        loads += 1;
        const content = await loadContent(d);
        // The first background rebuild waits until the test has saved again.
        if (loads === 2) {
          const gate = new Promise<void>((r) => (release = r));
          blocked();
          await gate;
        }
        return content;
      },
      { watch: false },
    );
    await writeFile(file(), note('v2'));
    const first = bot.reloader.reload();
    await rebuilding;
    // Asked during the rebuild: answered whole, from the index that is serving.
    expect(bot.answer('savecheck')).toBe('savecheck v1');
    await writeFile(file(), note('v3'));
    const second = bot.reloader.reload();
    const third = bot.reloader.reload();
    release();
    expect(await first).toBe('reloaded');
    await Promise.all([second, third]);
    // The initial load, the blocked rebuild, and exactly one more for both later requests.
    expect(loads).toBe(3);
    expect(bot.answer('savecheck')).toBe('savecheck v3');
  });
});

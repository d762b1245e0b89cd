import { mkdir, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { warmUpQuestions } from '../../src/answer/warm-up.js';
import {
  type ContentReloaderOptions,
  createContentReloader,
  type ReloadOutcome,
} from '../../src/app/content-reloader.js';
import type { Metrics } from '../../src/app/metrics.js';
import { createServiceHolder } from '../../src/app/service-holder.js';
import type { LoadedContent } from '../../src/content/load-content.js';
import type { ContentProblem } from '../../src/content/meetup.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { createReadingCache } from '../../src/search/readings.js';
import { meetupsFrom } from '../support/engine.js';
import { tempContent } from '../support/temp-content.js';
import { withPassagesWatched } from '../support/watched-passages.js';

/** One meetup with one talk, whose notes name `word`. */
const notes = (talk: string, word: string) =>
  meetupsFrom(`# Ops Night\n\n## ${talk}\n\n* ${word} release notes\n`);

function content(over: Partial<LoadedContent> = {}): LoadedContent {
  return {
    meetups: notes('First talk', 'terraform'),
    glossary: { groups: [['k8s', 'kubernetes']] },
    problems: [],
    info: [],
    ...over,
  };
}

/**
 * A reloader whose `load` returns each of `loads` in turn (a thrown error when it is one), with
 * the metrics it records and the log lines it writes kept for the test.
 */
function reloaderOver(...loads: (LoadedContent | Error)[]) {
  const calls: string[] = [];
  const metrics = {
    recordIndex: (stats: { talks: number }) => calls.push(`index ${stats.talks}`),
    recordReload: (outcome: string) => calls.push(`reload ${outcome}`),
    recordContentProblems: (count: number) => calls.push(`problems ${count}`),
  } as unknown as Metrics;
  const logs: Record<string, unknown>[] = [];
  const outcomes: ReloadOutcome[] = [];
  const holder = createServiceHolder();
  // What served each time afterInstall was called: the talk that answers "octant", or its kind.
  const installs: (string | undefined)[] = [];
  const reloader = createContentReloader({
    dir: 'notes-dir',
    holder,
    metrics,
    logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    load: async () => {
      const next = loads.shift();
      if (next === undefined) throw new Error('no more loads in this test');
      if (next instanceof Error) throw next;
      return next;
    },
    onReload: (outcome) => outcomes.push(outcome),
    afterInstall: () => installs.push(talkOf(holder, 'octant')),
  });
  const logged = () => logs.map(({ level, msg }) => `${level} ${msg}`);
  return { reloader, holder, calls, logs, logged, outcomes, installs };
}

/** A reloader over `notes-dir` that records and logs nothing, with the holder it fills. */
function quietReloader(options: Partial<ContentReloaderOptions>) {
  const holder = createServiceHolder();
  const metrics = { recordIndex() {}, recordReload() {}, recordContentProblems() {} };
  const reloader = createContentReloader({
    dir: 'notes-dir',
    holder,
    metrics: metrics as unknown as Metrics,
    logger: pino({ level: 'silent' }),
    ...options,
  });
  return { holder, reloader };
}

const talkOf = (holder: ReturnType<typeof createServiceHolder>, word: string) => {
  const answer = holder.service.ask(word);
  return answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;
};

const warning: ContentProblem = { file: 'notes-dir/a.md', line: 3, message: 'unknown field "x"' };
const lost: ContentProblem = {
  file: 'notes-dir/b.md',
  line: 1,
  message: 'front matter is not valid YAML',
  lost: true,
};

describe('the content reloader’s outcomes', () => {
  it('loads the notes at start, logging each problem at its level as the content component', async () => {
    const info: ContentProblem = {
      file: 'notes-dir/c.md',
      line: 2,
      message: 'date taken',
      level: 'info',
    };
    const { reloader, holder, calls, logs } = reloaderOver(content({ problems: [warning, info] }));
    const snapshot = await reloader.loadInitial();
    expect(holder.current()).toBe(snapshot);
    expect(talkOf(holder, 'terraform')).toBe('First talk');
    expect(calls).toEqual(['problems 2', 'index 1']);
    expect(logs).toEqual([
      expect.objectContaining({
        level: 40,
        component: 'content',
        file: 'notes-dir/a.md',
        line: 3,
        msg: 'Content warning in notes-dir/a.md:3: unknown field "x".',
      }),
      expect.objectContaining({
        level: 30,
        component: 'content',
        file: 'notes-dir/c.md',
        line: 2,
        msg: 'info: notes-dir/c.md:2: date taken.',
      }),
    ]);
  });

  it('says at start when the glossary is empty, naming its file', async () => {
    const { reloader, logs } = reloaderOver(content({ glossary: EMPTY_GLOSSARY }));
    await reloader.loadInitial();
    expect(logs).toEqual([
      expect.objectContaining({
        level: 50,
        file: 'notes-dir/glossary.yml',
        msg: "The glossary is empty: questions will only match the notes' own words. Add term groups to notes-dir/glossary.yml.",
      }),
    ]);
  });

  it('swaps in notes with warnings, counting a success and logging the new size', async () => {
    const next = content({ meetups: notes('Second talk', 'octant'), problems: [warning] });
    const { reloader, holder, calls, logs, logged, outcomes } = reloaderOver(content(), next);
    await reloader.loadInitial();
    calls.length = 0;
    expect(await reloader.reload()).toBe('reloaded');
    expect(outcomes).toEqual(['reloaded']);
    expect(talkOf(holder, 'octant')).toBe('Second talk');
    expect(calls).toEqual(['problems 1', 'index 1', 'reload success']);
    expect(logged()).toEqual([
      '40 Content warning in notes-dir/a.md:3: unknown field "x".',
      '30 Content reloaded.',
    ]);
    expect(logs.at(-1)).toMatchObject({ component: 'content', meetups: 1, talks: 1 });
  });

  it('calls afterInstall once each new index serves: at start and after a swap, not when it keeps the last', async () => {
    const broken = content({ meetups: notes('Second talk', 'octant'), problems: [lost] });
    const second = content({ meetups: notes('Second talk', 'octant') });
    const { reloader, installs } = reloaderOver(content(), broken, second);
    await reloader.loadInitial();
    expect(installs).toEqual(['not-found']);
    expect(await reloader.reload()).toBe('kept');
    expect(installs).toEqual(['not-found']);
    expect(await reloader.reload()).toBe('reloaded');
    expect(installs).toEqual(['not-found', 'Second talk']);
  });

  it('serves the first index before its kanji readings are read, a reload only after', async () => {
    const pending: (() => void)[] = [];
    const readings = createReadingCache({
      startAnalyzer: () => () =>
        new Promise((resolve) => {
          pending.push(() => resolve({}));
        }),
    });
    const kanji = (talk: string, word: string) =>
      meetupsFrom(`# 運用勉強会\n\n## ${talk}\n\n* ${word}の設定\n`);
    const loads = [
      content({ meetups: kanji('最初', '監視') }),
      content({ meetups: kanji('次回', '構成') }),
    ];
    let completed = 0;
    const { holder, reloader } = quietReloader({
      load: async () => loads.shift() ?? content(),
      resources: { readings },
      afterComplete: () => completed++,
    });
    await reloader.loadInitial();
    // Served while the analyzer still reads the first notes' words (it has not answered at all).
    expect(holder.current()).toBeDefined();
    while (pending.length < 1) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(completed).toBe(0);
    pending[0]?.();
    // Complete once its readings are in: told once, and never again for a reload.
    while (completed < 1) await new Promise((resolve) => setTimeout(resolve, 1));
    let reloaded = false;
    const reloading = reloader.reload().then((outcome) => {
      reloaded = true;
      return outcome;
    });
    // The old index serves until the new notes' words are read too.
    while (pending.length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reloaded).toBe(false);
    pending[1]?.();
    expect(await reloading).toBe('reloaded');
    expect(completed).toBe(1);
    await reloader.close();
  });

  it('tells nothing once closed, when the first index completes after', async () => {
    let finish: (() => void) | undefined;
    const readings = createReadingCache({
      startAnalyzer: () => () =>
        new Promise((resolve) => {
          finish = () => resolve({});
        }),
    });
    let completed = 0;
    const { reloader } = quietReloader({
      load: async () => content({ meetups: meetupsFrom('# 勉強会\n\n## 監視\n\n* 監視の設定\n') }),
      resources: { readings },
      afterComplete: () => completed++,
    });
    await reloader.loadInitial();
    await reloader.close();
    while (!finish) await new Promise((resolve) => setTimeout(resolve, 1));
    finish();
    await readings.ensure([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(completed).toBe(0);
  });

  it('hands the first load somewhere to put the meetups as they are read, and builds on them', async () => {
    let loaded = false;
    const readAfterLoad: string[] = [];
    const first = content({
      meetups: withPassagesWatched(notes('Octant in practice', 'octant'), (talk) => {
        if (loaded) readAfterLoad.push(talk);
      }),
    });
    const handed: boolean[] = [];
    const { holder, reloader } = quietReloader({
      load: async (_dir, onMeetups) => {
        handed.push(onMeetups !== undefined);
        onMeetups?.(first.meetups);
        // A load takes a while: the handed meetups are cut into terms meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 100));
        loaded = true;
        return first;
      },
      reloadWith: async (_dir, onMeetups) => {
        handed.push(onMeetups !== undefined);
        return content({ meetups: notes('Velero backups', 'octant') });
      },
      // Its questions read passages: the build alone is watched here.
      warmUp: function* () {},
    });
    await reloader.loadInitial();
    // The build took the first pass done on the handed meetups: it read no passage again.
    expect(readAfterLoad).toEqual([]);
    expect(talkOf(holder, 'octant')).toBe('Octant in practice');
    // A reload builds beside the index serving, after its load: nothing to hand over early.
    expect(await reloader.reload()).toBe('reloaded');
    expect(talkOf(holder, 'octant')).toBe('Velero backups');
    expect(handed).toEqual([true, false]);
    await reloader.close();
  });

  it('says when the meetups handed over could not be read early, and builds them after the load', async () => {
    let early = true;
    const meetups = withPassagesWatched(notes('Octant in practice', 'octant'), () => {
      if (early) throw new Error('not yet');
    });
    const logs: Record<string, unknown>[] = [];
    const { holder, reloader } = quietReloader({
      logger: pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
      load: async (_dir, onMeetups) => {
        onMeetups?.(meetups);
        await new Promise((resolve) => setTimeout(resolve, 100));
        early = false;
        return content({ meetups });
      },
    });
    await reloader.loadInitial();
    expect(talkOf(holder, 'octant')).toBe('Octant in practice');
    expect(logs.find((l) => String(l.msg).includes('could not be begun'))).toMatchObject({
      level: 40,
      err: { message: 'not yet' },
    });
  });

  it('keeps the last good index when a file could not be read', async () => {
    const broken = content({ meetups: notes('Second talk', 'octant'), problems: [lost] });
    const { reloader, holder, calls, logs, logged, outcomes } = reloaderOver(content(), broken);
    await reloader.loadInitial();
    calls.length = 0;
    expect(await reloader.reload()).toBe('kept');
    expect(outcomes).toEqual(['kept']);
    expect(talkOf(holder, 'terraform')).toBe('First talk');
    expect(calls).toEqual(['problems 1', 'reload failure']);
    expect(logged()).toEqual([
      '50 Content error in notes-dir/b.md:1: front matter is not valid YAML.',
      '40 Content changed but could not all be read; still answering from the last good index.',
    ]);
    expect(logs.at(-1)).toMatchObject({ component: 'content', problems: 1, meetups: 1 });
  });

  it('says loudly that a reload after a refused one worked, and only once', async () => {
    const broken = content({ meetups: notes('Second talk', 'octant'), problems: [lost] });
    const { reloader, holder, logged } = reloaderOver(
      content(),
      broken,
      content({ meetups: notes('Third talk', 'octant') }),
      content({ meetups: notes('Fourth talk', 'octant') }),
      new Error('disk gone'),
      content({ meetups: notes('Fifth talk', 'octant') }),
    );
    await reloader.loadInitial();
    for (let i = 0; i < 5; i++) await reloader.reload();
    expect(talkOf(holder, 'octant')).toBe('Fifth talk');
    const reloads = logged().filter((l) => /reloaded/.test(l));
    expect(reloads).toEqual([
      '40 Content fixed and reloaded; answering from the new notes.',
      '30 Content reloaded.',
      '40 Content fixed and reloaded; answering from the new notes.',
    ]);
  });

  it('keeps the last good index when the notes are gone', async () => {
    const { reloader, holder, calls } = reloaderOver(content(), content({ meetups: [] }));
    await reloader.loadInitial();
    calls.length = 0;
    expect(await reloader.reload()).toBe('kept');
    expect(talkOf(holder, 'terraform')).toBe('First talk');
    expect(calls).toEqual(['problems 0', 'reload failure']);
  });

  it('keeps the last good index and logs the error when loading fails', async () => {
    const { reloader, holder, calls, logs, outcomes } = reloaderOver(
      content(),
      new Error('disk gone'),
    );
    await reloader.loadInitial();
    calls.length = 0;
    expect(await reloader.reload()).toBe('kept');
    expect(outcomes).toEqual(['kept']);
    expect(talkOf(holder, 'terraform')).toBe('First talk');
    expect(calls).toEqual(['reload failure']);
    expect(logs.at(-1)).toMatchObject({
      level: 50,
      component: 'content',
      err: { message: 'disk gone' },
      msg: 'Content reload failed; still answering from the last good index.',
    });
  });

  it('runs no queued rebuild once closed, and close waits for the one running', async () => {
    const { reloader, outcomes } = reloaderOver(content(), content());
    const running = reloader.reload();
    const queued = reloader.reload();
    await reloader.close();
    expect(outcomes).toEqual(['reloaded']);
    expect(await running).toBe('reloaded');
    expect(await queued).toBe('reloaded');
  });
});

describe('the content reloader’s watcher', () => {
  const temp = tempContent('reloader-watch-');
  afterEach(() => temp.removeAll());

  /** Waits until `check` holds, for at most two seconds. */
  async function until(check: () => boolean) {
    for (let waited = 0; !check() && waited < 2000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** A watching reloader over `dir` whose every load succeeds; `outcomes` lists its rebuilds. */
  async function watching(dir: string) {
    const outcomes: ReloadOutcome[] = [];
    const logs: Record<string, unknown>[] = [];
    const reloader = createContentReloader({
      dir,
      holder: createServiceHolder(),
      metrics: {
        recordIndex() {},
        recordReload() {},
        recordContentProblems() {},
      } as unknown as Metrics,
      logger: pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
      // One save may reach the watcher as two events some milliseconds apart on a loaded
      // machine; the wait gathers them into one rebuild, as the bot's longer one does.
      debounceMs: 100,
      load: async () => content(),
      onReload: (outcome) => outcomes.push(outcome),
    });
    await reloader.watch();
    return { reloader, outcomes, logs };
  }
  const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

  it('rebuilds after a note is written, but not for other files, and stops when closed', async () => {
    const dir = await temp.make({ 'glossary.yml': '' });
    const { reloader, outcomes, logs } = await watching(dir);
    expect(logs.at(-1)).toMatchObject({ dir, msg: 'Watching content for changes.' });
    await writeFile(path.join(dir, 'draft.tmp'), 'not a note');
    await pause();
    expect(outcomes).toEqual([]);
    await writeFile(path.join(dir, 'm1.md'), '# Ops Night\n');
    await until(() => outcomes.length > 0);
    expect(outcomes).toEqual(['reloaded']);
    await reloader.close();
    // Closed: watching again does nothing, and a later save goes unseen.
    await reloader.watch();
    await writeFile(path.join(dir, 'm2.md'), '# Ops Night 2\n');
    await pause();
    expect(outcomes).toEqual(['reloaded']);
  });

  it('rebuilds when the glossary changes, and when a folder comes or goes', async () => {
    const dir = await temp.make({ 'glossary.yml': '' });
    const { reloader, outcomes } = await watching(dir);
    await writeFile(path.join(dir, 'glossary.yml'), '- [k8s, kubernetes]\n');
    await until(() => outcomes.length > 0);
    expect(outcomes).toHaveLength(1);
    await mkdir(path.join(dir, '2024'));
    await until(() => outcomes.length > 1);
    expect(outcomes).toHaveLength(2);
    await rmdir(path.join(dir, '2024'));
    await until(() => outcomes.length > 2);
    expect(outcomes).toHaveLength(3);
    await reloader.close();
  });
});

describe('the loader a reload reads with', () => {
  it('starts with load and reloads with reloadWith, as the bots load in process and reload in a child', async () => {
    const used: string[] = [];
    const holder = createServiceHolder();
    const reloader = createContentReloader({
      dir: 'notes-dir',
      holder,
      metrics: {
        recordIndex: () => {},
        recordReload: () => {},
        recordContentProblems: () => {},
      } as unknown as Metrics,
      logger: pino({ level: 'silent' }),
      load: async (dir) => {
        used.push(`load ${dir}`);
        return content();
      },
      reloadWith: async (dir) => {
        used.push(`reloadWith ${dir}`);
        return content({ meetups: notes('Second talk', 'ansible') });
      },
    });
    await reloader.loadInitial();
    expect(await reloader.reload()).toBe('reloaded');
    expect(used).toEqual(['load notes-dir', 'reloadWith notes-dir']);
    expect(talkOf(holder, 'ansible')).toBe('Second talk');
  });
});

describe('the first index’s warm-up', () => {
  it('runs once, on the first index with its notes, before that index serves', async () => {
    const seen: { serving: boolean; answers: string | undefined; talks: number }[] = [];
    const { holder, reloader } = quietReloader({
      load: async () => content(),
      warmUp: function* (service, meetups) {
        const answer = service.ask('terraform');
        seen.push({
          serving: holder.current() !== undefined,
          answers: answer.kind === 'found' ? answer.results[0]?.talk : answer.kind,
          talks: meetups.flatMap((m) => m.talks).length,
        });
        yield;
      },
    });
    await reloader.loadInitial();
    expect(seen).toEqual([{ serving: false, answers: 'First talk', talks: 1 }]);
    expect(holder.current()).toBeDefined();
    // A reload serves at once: the answer path is compiled already.
    expect(await reloader.reload()).toBe('reloaded');
    expect(seen).toHaveLength(1);
  });

  it('warms up with questions made from the notes by default, and says how many', async () => {
    const logs: Record<string, unknown>[] = [];
    const { reloader } = quietReloader({
      logger: pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
      load: async () => content(),
    });
    await reloader.loadInitial();
    expect(logs).toEqual([
      expect.objectContaining({
        level: 20,
        component: 'content',
        msg: 'Warmed the answer path up.',
        questions: warmUpQuestions(content().meetups).length,
        ms: expect.any(Number),
      }),
    ]);
    // One talk: its questions of each kind.
    expect(warmUpQuestions(content().meetups)).toHaveLength(25);
  });

  it('serves the index all the same when the warm-up fails, at a step or at once, and says so', async () => {
    const failing: ContentReloaderOptions['warmUp'][] = [
      // biome-ignore lint/correctness/useYield: a warm-up that fails at its first step
      function* () {
        throw new Error('the warm-up broke');
      },
      () => {
        throw new Error('the warm-up broke');
      },
    ];
    for (const warmUp of failing) {
      const logs: Record<string, unknown>[] = [];
      const { holder, reloader } = quietReloader({
        logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
        load: async () => content(),
        ...(warmUp && { warmUp }),
      });
      const snapshot = await reloader.loadInitial();
      expect(holder.current()).toBe(snapshot);
      expect(talkOf(holder, 'terraform')).toBe('First talk');
      expect(logs).toEqual([
        expect.objectContaining({
          level: 40,
          component: 'content',
          msg: 'The answer path could not be warmed up.',
          err: expect.objectContaining({ message: 'the warm-up broke' }),
        }),
      ]);
    }
  });
});

import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  createQueryService,
  createQueryServiceBeforeReadings,
  createQueryServiceInSlices,
  startEarlyBuild,
} from '../../src/answer/query-service.js';
import type { Meetup } from '../../src/content/meetup.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { createReadingCache, type ReadingCache } from '../../src/search/readings.js';
import { found } from '../support/answers.js';
import { FIXTURES, meetupsFrom, readNotes, useEngine } from '../support/engine.js';
import { withPassagesWatched } from '../support/watched-passages.js';

// The team's notes, never content/: organizers may replace the shipped notes.
const seed = useEngine(FIXTURES.seedMeetup);
const devops = useEngine(FIXTURES.content);

describe('ask', () => {
  it('answers an English question about a version from Japanese notes, with the talk and its slides', () => {
    const [top] = found(seed().ask('When did Ansible 2.10 become GA?'));
    expect(top?.talk).toContain('Ansible');
    expect(top?.snippet).toContain('2020/9/22');
    expect(top?.links).toEqual([
      { kind: 'slides', url: expect.stringContaining('speakerdeck.com') },
    ]);
  });

  it('answers a Japanese question through the glossary (network policy ↔ ファイアウォール)', () => {
    const [top] = found(seed().ask('NSX-Tで分散ファイアウォールに相当するk8sの機能は?'));
    expect(top?.talk).toContain('NSX-T');
    expect(top?.snippet).toContain('network policy');
  });

  it('marks where the question matches as offsets into the snippet', () => {
    const [top] = found(seed().ask('When did Ansible 2.10 become GA?'));
    const marked = top?.matches.map((m) => top.snippet.slice(m.start, m.end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['ansible', '2.10', 'ga']));
  });

  it('puts the passage with the slide link first when the question asks for slides', () => {
    const [ansible] = found(seed().ask('Where are the slides for the Ansible talk?'));
    expect(ansible?.talk).toContain('Ansible');
    for (const q of ['Where are the slides for the Ansible talk?', 'スライドはどこ?']) {
      const [top] = found(seed().ask(q));
      // Whichever talk's slides come first, the passage shown is the one with its slide link.
      const slides = top?.links.filter((l) => l.kind === 'slides') ?? [];
      expect(slides.some((l) => top?.snippet.includes(l.url))).toBe(true);
    }
  });

  it('finds the singular the notes use for an English plural in the question', () => {
    expect(found(seed().ask('Which talk was about GPUs?'))[0]?.talk).toContain('Bitfusion');
  });

  it('forgives a typo in a long English word', () => {
    expect(found(seed().ask('ansibel collections'))[0]?.talk).toContain('Ansible');
  });

  it('says there is no answer for questions the notes do not cover', () => {
    for (const q of [
      '明日の東京の天気は?',
      'How do I bake sourdough bread?',
      'おすすめのラーメン屋は?',
    ]) {
      expect(seed().ask(q).kind).toBe('not-found');
    }
  });

  it('matches a version number whole, so 8.0 is not half-answered by notes about 7.0', () => {
    expect(seed().ask('How to upgrade ESXi to 8.0?').kind).toBe('not-found');
    expect(found(seed().ask('vSphere 7.0'))[0]?.snippet).toContain('7.0');
  });

  it('returns help for an empty question and refuses one over 1,000 characters', () => {
    expect(seed().ask('   \n')).toEqual({ kind: 'help' });
    expect(seed().ask('help')).toEqual({ kind: 'help' });
    const long = seed().ask('k8s '.repeat(300));
    expect(long.kind).toBe('invalid');
    expect(long.kind === 'invalid' && long.reason).toContain('1,000 characters');
  });

  it('honours the result limit', () => {
    expect(found(seed().ask('k8s', { limit: 1 }))).toHaveLength(1);
    // Every boundary of the limit: test/answer/quality/answer-rules.test.ts.
  });

  it('leaves out runners-up that score far below the best answer', () => {
    const results = found(seed().ask('FQCN ansible_builtin_runtime collections', { limit: 10 }));
    const best = results[0]?.score ?? 0;
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(best * 0.3);
  });

  it('keeps snippets within 280 characters', () => {
    const results = found(
      seed().ask('VMware Collections vmware_rest Zuul 評価版 VMUG', { limit: 10 }),
    );
    for (const r of results) expect(r.snippet.length).toBeLessThanOrEqual(280);
  });

  it('answers from any notes it is given, with notes links and links from the bullets', () => {
    const [top] = found(devops().ask('Trivyで何をスキャンする?'));
    expect(top).toMatchObject({
      meetup: 'DevOps Meetup #9',
      talk: 'Harborでコンテナレジストリを運用する話',
    });
    const [tf] = found(devops().ask('Terraform provider version'));
    expect(tf?.notesUrl).toBe('https://notes.example.test/meetup-9#terraformで作るvsphere環境');
    expect(tf?.links.map((l) => l.kind)).toEqual(['slides', 'video']);
  });
});

describe('talks', () => {
  it('lists the meetups with their talks and links', () => {
    const [meetup] = devops().talks();
    expect(meetup).toMatchObject({ title: 'DevOps Meetup #9', date: '2024-03-14' });
    expect(meetup?.talks.map((t) => t.title)).toEqual([
      'Terraformで作るvSphere環境',
      'Harborでコンテナレジストリを運用する話',
    ]);
  });
});

describe('talks of meetups with one title', () => {
  it('shows a date that tells a meetup from another of its title once, beside the title', () => {
    const service = createQueryService({
      meetups: [
        { ...meetupsFrom('# Ops Night\n\n## Pagers\n\n- a point\n')[0], date: '2024-03-14' },
        {
          ...meetupsFrom('# Ops Night\n\n## Queues\n\n- a point\n')[0],
          title: 'Ops Night (2025-01-09)',
          date: '2025-01-09',
        },
        {
          ...meetupsFrom('# Ops Night (2023-05-01)\n\n## Logs\n\n- a point\n')[0],
          date: '2023-06-01',
        },
      ] as Meetup[],
      glossary: EMPTY_GLOSSARY,
    });
    expect(service.talks().map((m) => [m.title, m.date])).toEqual([
      ['Ops Night', '2025-01-09'],
      ['Ops Night', '2024-03-14'],
      ['Ops Night (2023-05-01)', '2023-06-01'],
    ]);
  });
});

describe('createQueryServiceInSlices', () => {
  /** Turns of the event loop until `done()`, at most `limit`; how many it took. */
  async function turnsUntil(done: () => boolean, limit: number): Promise<number> {
    let turns = 0;
    while (!done() && turns < limit) {
      await nextTurn();
      turns++;
    }
    return turns;
  }

  it('hands the readings their words before the build starts, not beside it', async () => {
    const notes = await readNotes(FIXTURES.content);
    // What of the meetups has been read when the words are handed over: collecting them reads
    // only titles and talks; the build reads dates, links and details as well.
    const read = new Set<PropertyKey>();
    const meetups = notes.meetups.map(
      (m) =>
        new Proxy(m, {
          get: (target, key, receiver) => {
            read.add(key);
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    let readBeforeWords: PropertyKey[] = [];
    const readings: ReadingCache = {
      kanjiFor: () => [],
      romajiFor: () => [],
      ensure: async (words) => {
        expect([...words].length).toBeGreaterThan(0);
        readBeforeWords = [...read];
      },
    };
    await createQueryServiceInSlices({ ...notes, meetups, readings }, 0);
    expect(readBeforeWords.sort()).toEqual(['talks', 'title']);
    expect(read.size).toBeGreaterThan(2);
  });

  it('builds the index while the readings are read, and returns only once both are done', async () => {
    const notes = await readNotes(FIXTURES.content);
    let asked: readonly string[] = [];
    let finishReading = () => {};
    const readings = createReadingCache({
      startAnalyzer: () => (words) => {
        asked = words;
        return new Promise((resolve) => {
          finishReading = () => resolve({});
        });
      },
    });
    let built = false;
    // A slice of 0 ms gives the event loop back after every step of the build.
    const building = createQueryServiceInSlices({ ...notes, readings }, 0).then((service) => {
      built = true;
      return service;
    });
    // Long enough for the whole build, which still waits for the reader.
    await turnsUntil(() => built, 2000);
    expect(asked.length).toBeGreaterThan(0);
    expect(built).toBe(false);
    finishReading();
    // The index is ready already: only the readings were awaited.
    expect(await turnsUntil(() => built, 2000)).toBeLessThan(5);
    expect(found((await building).ask('Trivyで何をスキャンする?')).length).toBeGreaterThan(0);
  });
});

describe('createQueryServiceBeforeReadings', () => {
  it('serves once the index is built, and holds back only a question the readings could change', async () => {
    const notes = await readNotes(FIXTURES.content);
    let finishReading = () => {};
    const readings = createReadingCache({
      startAnalyzer: () => () =>
        new Promise((resolve) => {
          finishReading = () => resolve({ 夜間: [['夜間', 'ヤカン']] });
        }),
    });
    // Each answer made reads the clock.
    let clockReads = 0;
    const now = () => {
      clockReads++;
      return new Date('2024-06-01T00:00:00Z');
    };
    const { service, complete } = await createQueryServiceBeforeReadings(
      { ...notes, readings, now },
      0,
    );
    let completed = false;
    void complete.then(() => {
      completed = true;
    });
    const romajiLater = 'Which replication runs at yakan?';
    // Built while the analyzer has not answered: no Latin word here could be a reading.
    const plain = 'Trivyで何をスキャンする?';
    expect(service.pendingFor?.(plain)).toBeUndefined();
    const checked = clockReads;
    expect(checked).toBeGreaterThan(0);
    // The answer the check made is the one asked for next, once; any other ask is made anew.
    const first = service.ask(plain);
    expect(clockReads).toBe(checked);
    expect(found(first).length).toBeGreaterThan(0);
    const again = service.ask(plain);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(service.pendingFor?.(plain)).toBeUndefined();
    expect(service.ask('Terraform provider version')).not.toEqual(first);
    expect(service.ask(plain)).not.toBe(first);
    // Checked with other options, or checked and then another question checked: made anew.
    service.pendingFor?.(plain, { limit: 1 });
    const reads = clockReads;
    service.ask(plain);
    expect(clockReads).toBeGreaterThan(reads);
    service.pendingFor?.(plain);
    service.pendingFor?.(romajiLater);
    const before = clockReads;
    service.ask(plain);
    expect(clockReads).toBeGreaterThan(before);
    // A kanji word the notes have may be read as a romaji word they have: held back too. One
    // they do not have cannot be read: not held back.
    const kanji = service.pendingFor?.('夜間のレプリケーションは?');
    expect(kanji).toBeInstanceOf(Promise);
    expect(service.pendingFor?.('深夜のレプリケーションは?')).toBeUndefined();
    // "yakan" may be the reading of a kanji word: answered only once the readings are in.
    const romaji = romajiLater;
    const pending = service.pendingFor?.(romaji);
    expect(pending).toBeInstanceOf(Promise);
    let waited = false;
    const waiting = pending?.then(() => {
      waited = true;
    });
    await nextTurn();
    expect(waited).toBe(false);
    expect(completed).toBe(false);
    finishReading();
    await waiting;
    await complete;
    // Read: nothing waits, and nothing is asked to find that out.
    const afterReading = clockReads;
    expect(service.pendingFor?.(romaji)).toBeUndefined();
    expect(clockReads).toBe(afterReading);
    expect(found(service.ask(romaji))[0]?.snippet).toContain('夜間');
  });

  it('has nothing to wait for without readings, and is complete at once', async () => {
    const notes = await readNotes(FIXTURES.content);
    const { service, complete } = await createQueryServiceBeforeReadings(notes, 0);
    expect(service.pendingFor?.('Which replication runs at yakan?')).toBeUndefined();
    await expect(complete).resolves.toBeUndefined();
  });
});

describe('startEarlyBuild', () => {
  const QUESTIONS = [
    'Trivyで何をスキャンする?',
    'Terraform provider version',
    'Where are the slides for the Terraform talk?',
    'レプリケーションはいつ?',
  ];
  it("does the index's first pass as the meetups come, leaving the build the rest, with the same answers", async () => {
    const notes = await readNotes(FIXTURES.seedMeetup);
    const more = await readNotes(FIXTURES.content);
    let building = false;
    const readInBuild = new Set<string>();
    const meetups = withPassagesWatched([...notes.meetups, ...more.meetups], (talk) => {
      if (building) readInBuild.add(talk);
    });
    const early = startEarlyBuild(0);
    // In two batches, as a load hands them over.
    early.add(meetups.slice(0, 1));
    early.add(meetups.slice(1));
    await early.readFor(meetups);
    building = true;
    const withEarly = await createQueryServiceInSlices({ ...notes, meetups, early }, 0);
    // Every passage was cut into terms before the build began.
    expect([...readInBuild]).toEqual([]);
    const plain = await createQueryServiceInSlices({ ...notes, meetups }, 0);
    // A build asked for while the batches are still being read waits for them.
    const hurried = startEarlyBuild(0);
    hurried.add(meetups);
    const withHurried = await createQueryServiceInSlices({ ...notes, meetups, early: hurried }, 0);
    for (const question of QUESTIONS) {
      expect(withEarly.ask(question), question).toEqual(plain.ask(question));
      expect(withHurried.ask(question), question).toEqual(plain.ask(question));
    }
  });

  it('builds afresh when the load ends with other meetups than it handed over', async () => {
    const notes = await readNotes(FIXTURES.seedMeetup);
    const more = await readNotes(FIXTURES.content);
    const meetups = [...notes.meetups, ...more.meetups];
    const early = startEarlyBuild(0);
    early.add(notes.meetups);
    const service = await createQueryServiceInSlices({ ...notes, meetups, early }, 0);
    const plain = await createQueryServiceInSlices({ ...notes, meetups }, 0);
    for (const question of QUESTIONS)
      expect(service.ask(question), question).toEqual(plain.ask(question));
    expect(found(service.ask('Trivyで何をスキャンする?')).length).toBeGreaterThan(0);
  });

  it('keeps nothing when the load ends with the same meetups in another order, or fewer', async () => {
    const meetups = ['Ops Night #1', 'Ops Night #2', 'Ops Night #3'].flatMap((title) =>
      meetupsFrom(`# ${title}\n\n## Harbor\n\n* registry notes\n`),
    );
    const [first, second, third] = meetups as [Meetup, Meetup, Meetup];
    const early = startEarlyBuild(0);
    early.add(meetups);
    // The first in place, the other two swapped.
    expect(await early.readFor([first, third, second])).toBeUndefined();
    expect(await early.readFor([first, second])).toBeUndefined();
    expect(await early.readFor(meetups)).toBeDefined();
  });

  it('builds afresh when reading a batch failed', async () => {
    const notes = await readNotes(FIXTURES.content);
    let early = true;
    const broken = withPassagesWatched(notes.meetups, () => {
      if (early) throw new Error('not now');
    });
    const errors: unknown[] = [];
    const build = startEarlyBuild(0, (error) => errors.push(error));
    build.add(broken);
    expect(await build.readFor(broken)).toBeUndefined();
    expect(errors).toEqual([new Error('not now')]);
    early = false;
    const service = await createQueryServiceInSlices(
      { ...notes, meetups: broken, early: build },
      0,
    );
    expect(found(service.ask('Trivyで何をスキャンする?')).length).toBeGreaterThan(0);
  });
});

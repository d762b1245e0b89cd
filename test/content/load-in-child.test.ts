import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedContent } from '../../src/content/load-content.js';
import { loadContent } from '../../src/content/load-content.js';
import {
  type ChildMessage,
  createChildLoader,
  loadContentInChild,
  MEETUPS_PER_MESSAGE,
  meetupSender,
} from '../../src/content/load-in-child.js';
import type { Meetup } from '../../src/content/meetup.js';
import type { ParseCacheReport } from '../../src/content/parse-cache.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('child-');

/** What the child sends for a whole load, collected: its meetups through the sender, then the rest. */
function messagesOf(
  { meetups, ...rest }: LoadedContent,
  {
    cache,
    keyOf = () => undefined,
    held,
  }: {
    cache?: ParseCacheReport;
    keyOf?: (meetup: unknown) => string | undefined;
    held?: ReadonlySet<string>;
  } = {},
): ChildMessage[] {
  const messages: ChildMessage[] = [];
  const sender = meetupSender((message) => messages.push(message), held);
  for (const meetup of meetups) sender.add(meetup, keyOf(meetup));
  sender.finish(rest, cache);
  return messages;
}
afterEach(() => temp.removeAll());

/** A note of about `bytes` of ordinary talks: parsing 60 KB holds a thread for a second or more. */
function bigNote(bytes: number): string {
  let text = '# Big Meetup\n\n';
  for (let i = 0; text.length < bytes; i += 1) {
    text += `## Talk ${i} on Harbor\n\n* 資料 https://slides.example.test/${i}\n\n### Notes\n\n* A point about Tanzu ${i} with **bold**\n    * a sub-point [link](https://example.test/${i})\n\nA paragraph on NSX-T.\n\n`;
  }
  return text;
}

/**
 * The longest the event loop was held at once while `work` ran: the longest gap between ticks
 * of a 10 ms timer.
 */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  await work();
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(ticker);
  return longest;
}

describe('loading the notes in a child process', () => {
  it('keeps the event loop turning while a large note is parsed', async () => {
    const dir = await temp.make({ 'big.md': bigNote(120_000) });
    // Compared with the same load on this thread rather than with a fixed time, so a busy
    // machine slows both sides alike. Since notes are parsed with markdown-it the load on this
    // thread holds the loop many times as long as reading the child's message does (120 KB: about
    // 400 ms against 15 ms; at 60 KB the two were close enough that a test run under mutation
    // testing's load failed once), so half is the margin.
    const inProcess = await longestHold(() => loadContent(dir));
    const inChild = await longestHold(() => loadContentInChild(dir));
    expect(inChild).toBeLessThan(inProcess / 2);
  });

  it('gives up on a load past its time limit with a problem on the folder', async () => {
    const dir = await temp.make({ 'a.md': '# A\n\n## T\n\n* a point\n' });
    const loaded = await loadContentInChild(dir, { timeoutMs: 1 });
    expect(loaded.meetups).toEqual([]);
    expect(loaded.problems).toEqual([
      {
        file: dir,
        line: 0,
        message: 'reading the notes took more than 0.001 s and was stopped',
        lost: true,
      },
    ]);
  });

  it('sends the meetups a few at a time, then the rest of the load', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i += 1) files[`m${i}.md`] = `# Meetup ${i}\n\n## Talk\n\n* point\n`;
    const content = await loadContent(await temp.make(files));
    const messages = messagesOf(content);
    expect(messages.map((m) => m.meetups.length)).toEqual([
      MEETUPS_PER_MESSAGE,
      MEETUPS_PER_MESSAGE,
      5,
      0,
    ]);
    expect(messages.flatMap((m) => m.meetups.map((s) => s.meetup))).toEqual(content.meetups);
    expect(messages.at(-1)).toEqual({ ...content, meetups: [], done: true });
  });

  it('hands the bot each batch as it comes, in order, the same meetups the load resolves with', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i += 1) files[`m${i}.md`] = `# Meetup ${i}\n\n## Talk\n\n* point\n`;
    const dir = await temp.make(files);
    const batches: (readonly unknown[])[] = [];
    let resolved = false;
    const loading = createChildLoader()(dir, (meetups) => {
      expect(resolved).toBe(false);
      batches.push(meetups);
    }).then((content) => {
      resolved = true;
      return content;
    });
    const { meetups } = await loading;
    expect(batches.map((b) => b.length)).toEqual([MEETUPS_PER_MESSAGE, MEETUPS_PER_MESSAGE, 5]);
    const handed = batches.flat();
    expect(handed).toHaveLength(meetups.length);
    for (const [i, meetup] of handed.entries()) expect(meetup).toBe(meetups[i]);
  });

  it('sends each batch as soon as it is full, and the rest when the load is done', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i += 1) files[`m${i}.md`] = `# Meetup ${i}\n\n## Talk\n\n* point\n`;
    const content = await loadContent(await temp.make(files));
    const sent: ChildMessage[] = [];
    const sender = meetupSender((message) => sent.push(message));
    for (const m of content.meetups.slice(0, MEETUPS_PER_MESSAGE - 1)) sender.add(m);
    expect(sent).toEqual([]);
    for (const m of content.meetups.slice(MEETUPS_PER_MESSAGE - 1)) sender.add(m);
    expect(sent.map((m) => m.meetups.length)).toEqual([MEETUPS_PER_MESSAGE]);
    const { meetups: _all, ...rest } = content;
    sender.finish(rest);
    expect(sent.map((m) => [m.meetups.length, m.done])).toEqual([
      [MEETUPS_PER_MESSAGE, undefined],
      [content.meetups.length - MEETUPS_PER_MESSAGE, undefined],
      [0, true],
    ]);
    expect(sent.flatMap((m) => m.meetups.map((s) => s.meetup))).toEqual(content.meetups);
  });

  it('sends no empty batch when the meetups fill the last one, and the cache report only when there is one', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2 * MEETUPS_PER_MESSAGE; i += 1)
      files[`m${i}.md`] = `# Meetup ${i}\n\n## Talk\n\n* point\n`;
    const content = await loadContent(await temp.make(files));
    const { meetups: _all, ...rest } = content;
    const report: ParseCacheReport = { cached: 1, parsed: 2, faults: [] };
    const withReport = messagesOf(content, { cache: report });
    expect(withReport.map((m) => m.meetups.length)).toEqual([
      MEETUPS_PER_MESSAGE,
      MEETUPS_PER_MESSAGE,
      0,
    ]);
    expect(withReport.at(-1)).toStrictEqual({ ...rest, meetups: [], done: true, cache: report });
    expect(messagesOf(content).at(-1)).toStrictEqual({ ...rest, meetups: [], done: true });
    // A meetup with no cache key goes whole, with no key.
    expect(withReport[0]?.meetups[0]).toStrictEqual({ meetup: content.meetups[0] });
  });

  it('sends a meetup with a parse-cache entry as that entry and its key, one the bot holds as its key alone', async () => {
    const content = await loadContent(
      await temp.make({ 'a.md': '# A\n\n## T\n\n* a\n', 'b.md': '# B\n\n## T\n\n* b\n' }),
    );
    const [a, b] = content.meetups;
    const entry = serialize({ meetup: b, problems: [] });
    const sent: ChildMessage[] = [];
    const sender = meetupSender((message) => sent.push(message), new Set(['key-a']));
    sender.add(a as Meetup, 'key-a', serialize({ meetup: a, problems: [] }));
    sender.add(b as Meetup, 'key-b', entry);
    sender.add(b as Meetup, undefined, entry);
    const { meetups: _all, ...rest } = content;
    sender.finish(rest);
    expect(sent[0]?.meetups).toEqual([{ key: 'key-a' }, { entry, key: 'key-b' }, { meetup: b }]);
  });

  it('sends a meetup the bot holds as its key alone', async () => {
    const content = await loadContent(
      await temp.make({ 'a.md': '# A\n\n## T\n\n* a\n', 'b.md': '# B\n\n## T\n\n* b\n' }),
    );
    const [a, b] = content.meetups;
    const keyOf = (m: unknown) => (m === a ? 'key-a' : m === b ? 'key-b' : undefined);
    const [batch] = messagesOf(content, { keyOf, held: new Set(['key-a']) });
    expect(batch?.meetups).toEqual([{ key: 'key-a' }, { meetup: b, key: 'key-b' }]);
  });

  it('loads what loadContent loads, problems and all, through the cache, and gives a reloading bot its unchanged meetups back as the same objects, the edited one anew', async () => {
    const files: Record<string, string> = { 'glossary.yml': '- [k8s, kubernetes]\n' };
    for (let i = 0; i < 45; i += 1)
      files[`m${i}.md`] = `# Meetup ${i}\n\n## Talk ${i}\n\n* point ${i}\n`;
    const dir = await temp.make(files);
    const reports: ParseCacheReport[] = [];
    const load = createChildLoader({
      cacheDir: path.join(await temp.make({}), 'parsed'),
      onCache: (report) => reports.push(report),
    });
    const first = await load(dir);
    expect(first).toEqual(await loadContent(dir));
    await writeFile(path.join(dir, 'm1.md'), '# Meetup 1\n\n## Talk 1\n\n* point 1, edited\n');
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [\n---\n# B\n');
    const second = await load(dir);
    expect(reports).toEqual([
      { cached: 0, parsed: 45, faults: [] },
      { cached: 44, parsed: 2, faults: [] },
    ]);
    expect(second.problems).not.toEqual([]);
    expect(second).toEqual(await loadContent(dir));
    const byTitle = (loaded: typeof first, title: string) =>
      loaded.meetups.find((m) => m.title === title);
    expect(byTitle(second, 'Meetup 0')).toBe(byTitle(first, 'Meetup 0'));
    expect(byTitle(second, 'Meetup 1')).not.toBe(byTitle(first, 'Meetup 1'));
  });

  describe('notes small enough to read in this process', () => {
    const limits = { fileBytes: 100, totalBytes: 150 };
    // A child is stopped past 1 ms, long before it could start: a load that succeeds was read here.
    const loader = (cacheDir?: string, onCache?: (report: ParseCacheReport) => void) =>
      createChildLoader({
        timeoutMs: 1,
        inProcess: limits,
        ...(cacheDir !== undefined && { cacheDir }),
        ...(onCache && { onCache }),
      });
    const stopped = (dir: string) => ({
      meetups: [],
      glossary: { groups: [] },
      problems: [
        {
          file: dir,
          line: 0,
          message: 'reading the notes took more than 0.001 s and was stopped',
          lost: true,
        },
      ],
      info: [],
    });
    /** A note of exactly `bytes` bytes. */
    const note = (bytes: number) => `# M\n\n## T\n\n* ${'a'.repeat(bytes - 14)}\n`;

    it('reads notes within both limits here, through the cache when there is one', async () => {
      const dir = await temp.make({ 'a.md': note(100), 'b.md': note(48), 'glossary.yml': '[]' });
      const reports: ParseCacheReport[] = [];
      const onCache = (r: ParseCacheReport) => reports.push(r);
      // Without a cache there is nothing to report.
      expect(await loader(undefined, onCache)(dir)).toEqual(await loadContent(dir));
      const cacheDir = path.join(await temp.make({}), 'parsed');
      expect(await loader(cacheDir)(dir)).toEqual(await loadContent(dir));
      const cached = loader(cacheDir, onCache);
      await rm(cacheDir, { recursive: true });
      await cached(dir);
      expect(await cached(dir)).toEqual(await loadContent(dir));
      expect(reports).toEqual([
        { cached: 0, parsed: 2, faults: [] },
        { cached: 2, parsed: 0, faults: [] },
      ]);
    });

    it('sends a folder with one file over the file limit, or over the total, to the child', async () => {
      const big = await temp.make({ 'a.md': note(101) });
      expect(await loader()(big)).toEqual(stopped(big));
      const many = await temp.make({ 'a.md': note(100), 'b.md': note(51) });
      expect(await loader()(many)).toEqual(stopped(many));
      // The glossary is read with the notes: it counts against both limits.
      const glossary = `- [${'a'.repeat(94)}, b]\n`;
      const bigGlossary = await temp.make({ 'a.md': note(20), 'glossary.yml': glossary });
      expect(await loader()(bigGlossary)).toEqual(stopped(bigGlossary));
      const plusGlossary = await temp.make({ 'a.md': note(100), 'b.md': note(48), 'g.yml': '' });
      await writeFile(path.join(plusGlossary, 'glossary.yml'), '[ ]');
      expect(await loader()(plusGlossary)).toEqual(stopped(plusGlossary));
    });

    it('gives the child the meetups it read here, so a load that grew past the limits shares the unchanged ones', async () => {
      const second = (bytes: number) => note(bytes).replace('# M', '# N');
      const dir = await temp.make({ 'a.md': note(100), 'b.md': second(40) });
      const load = createChildLoader({
        inProcess: limits,
        cacheDir: path.join(await temp.make({}), 'parsed'),
      });
      const here = await load(dir);
      await writeFile(path.join(dir, 'b.md'), second(120));
      const inChild = await load(dir);
      expect(inChild).toEqual(await loadContent(dir));
      expect(inChild.meetups).toHaveLength(2);
      expect(inChild.meetups[0]).toBe(here.meetups[0]);
      expect(inChild.meetups[1]).not.toBe(here.meetups[1]);
    });

    it('leaves a folder it cannot list to the child, which names the problem', async () => {
      const missing = path.join(await temp.make({}), 'no-such-folder');
      expect(await loader()(missing)).toEqual(stopped(missing));
    });
  });
});

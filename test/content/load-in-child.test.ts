import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.js';
import { loadContentInChild } from '../../src/content/load-in-child.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('child-');
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
  it('loads what loadContent loads, problems and all', async () => {
    const dir = await temp.make({
      'a.md': '# A\n\n## T\n\n* a point\n',
      'broken.md': '---\ntitle: [\n---\n# B\n',
      'glossary.yml': '- [k8s, kubernetes]\n',
    });
    expect(await loadContentInChild(dir)).toEqual(await loadContent(dir));
  });

  it('keeps the event loop turning while a large note is parsed', async () => {
    const dir = await temp.make({ 'big.md': bigNote(60_000) });
    // Compared with the same load on this thread rather than with a fixed time, so a busy
    // machine slows both sides alike.
    const inProcess = await longestHold(() => loadContent(dir));
    const inChild = await longestHold(() => loadContentInChild(dir));
    expect(inChild).toBeLessThan(inProcess / 3);
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
});

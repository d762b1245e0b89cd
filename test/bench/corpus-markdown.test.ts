import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meetupMarkdown } from '../../src/bench/corpus-markdown.js';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { loadContent } from '../../src/content/load-content.js';
import type { Meetup } from '../../src/content/meetup.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('meetupMarkdown', () => {
  it('writes generated meetups as notes that load back to the same talks, passages and links', async () => {
    const source = await loadContent('test/fixtures/cross-lingual');
    const meetups = generateCorpus(source.meetups, { talks: 12, talksPerMeetup: 5 });
    const dir = await mkdtemp(path.join(tmpdir(), 'corpus-markdown-'));
    dirs.push(dir);
    await Promise.all(
      meetups.map((m, i) =>
        writeFile(path.join(dir, `m${i}.md`), meetupMarkdown(m, `2020-01-0${i + 1}`)),
      ),
    );
    const loaded = await loadContent(dir);
    expect(loaded.problems.filter((p) => p.lost)).toEqual([]);
    const shape = (ms: readonly Meetup[]) =>
      ms.map((m) => ({
        title: m.title,
        talks: m.talks.map((t) => ({
          title: t.title,
          links: t.links,
          // The slide bullet is a passage of its own, as in the organizers' notes.
          passages: t.passages
            .filter((p) => !p.text.startsWith('資料 '))
            .map((p) => ({ text: p.text, section: p.section })),
        })),
      }));
    expect(shape(loaded.meetups)).toEqual(shape(meetups));
    expect(loaded.meetups.map((m) => m.date)).toEqual(['2020-01-01', '2020-01-02', '2020-01-03']);
  });
});

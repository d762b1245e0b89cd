import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS, findDeepNesting } from '../../src/content/content-limits.js';
import { loadContent } from '../../src/content/load-content.js';
import { formatProblemLine } from '../../src/content/problems.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('limits-');
afterEach(() => temp.removeAll());

const note = (title: string) => `# ${title}\n\n## A talk\n\n* a point\n`;
const lines = (problems: Parameters<typeof formatProblemLine>[0][], dir: string) =>
  problems.map((p) => formatProblemLine(p).replaceAll(dir, 'DIR'));

describe('notes read within limits', () => {
  it('reads a folder with two links back into itself once, with one warning per link', async () => {
    const dir = await temp.make({ 'a.md': note('A'), 'sub/b.md': note('B') });
    await symlink('.', path.join(dir, 'loop1'));
    await symlink('..', path.join(dir, 'sub', 'loop2'));
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['A', 'B']);
    expect(lines([...problems], dir)).toEqual([
      'warning: DIR/loop1: the folder link leads to DIR, which is read already; it is not followed.',
      'warning: DIR/sub/loop2: the folder link leads to DIR, which is read already; it is not followed.',
    ]);
  });

  it('follows a folder link inside the notes to a folder not read otherwise, and none out of them', async () => {
    const outside = await temp.make({ 'elsewhere.md': note('Outside') });
    const dir = await temp.make({ '.hidden/inner.md': note('Inner') });
    await symlink(path.join(dir, '.hidden'), path.join(dir, 'linked'));
    await symlink(outside, path.join(dir, 'out'));
    await symlink(path.join(outside, 'elsewhere.md'), path.join(dir, 'file-link.md'));
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title).sort()).toEqual(['Inner', 'Outside']);
    expect(lines([...problems], dir)).toEqual([
      'warning: DIR/linked: the folder link leads to DIR/.hidden, which is read already; it is not followed.',
      'warning: DIR/out: the folder link leads out of the notes folder; it is not followed.',
    ]);
  });

  it('reads a note reached by two names once, so it is not its own duplicate', async () => {
    const dir = await temp.make({ 'a.md': note('Once') });
    await symlink(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.file.slice(dir.length + 1))).toEqual(['a.md']);
    expect(problems).toEqual([]);
  });

  it('refuses a 30 MB note without reading it, naming the file and the limit, and serves the rest', async () => {
    const dir = await temp.make({ 'good.md': note('Good'), 'huge.md': '' });
    await truncate(path.join(dir, 'huge.md'), 30 * 1024 * 1024);
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['Good']);
    expect(lines([...problems], dir)).toEqual([
      'error: DIR/huge.md: the file is 30 MB, more than the 256 KB a note may be; it is not read.',
    ]);
  });

  it('refuses a note one byte over the limit and reads one at the limit', async () => {
    const limits = { ...DEFAULT_CONTENT_LIMITS, maxFileBytes: 100 };
    const at = note('At').padEnd(100, '\n');
    const dir = await temp.make({ 'at.md': at, 'over.md': `${note('Over')}`.padEnd(101, '\n') });
    const { meetups, problems } = await loadContent(dir, limits);
    expect(meetups.map((m) => m.title)).toEqual(['At']);
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.lost])).toEqual([
      ['over.md', true],
    ]);
  });

  it('refuses a glossary over the size limit', async () => {
    const dir = await temp.make({ 'a.md': note('A'), 'glossary.yml': '- [a, b]\n'.repeat(20) });
    const { glossary, problems } = await loadContent(dir, {
      ...DEFAULT_CONTENT_LIMITS,
      maxFileBytes: 100,
    });
    expect(glossary.groups).toEqual([]);
    expect(lines([...problems], dir)).toEqual([
      'error: DIR/glossary.yml: the glossary is 180 bytes, more than the 100 bytes a glossary may be; it is not read.',
    ]);
  });

  it('reads at most the file limit of notes and says which were left out', async () => {
    const dir = await temp.make({
      'a.md': note('A'),
      'b.md': note('B'),
      'c/c.md': note('C'),
      'd.md': note('D'),
    });
    const { meetups, problems } = await loadContent(dir, {
      ...DEFAULT_CONTENT_LIMITS,
      maxFiles: 3,
    });
    expect(meetups).toHaveLength(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ lost: true });
    expect(problems[0]?.message).toBe(
      'there are more than 3 notes files; this one and those after it are not read',
    );
  });

  it('reads folders down to the depth limit and reports the one below it', async () => {
    const dir = await temp.make({ 'a/b/ok.md': note('Ok'), 'a/b/c/deep.md': note('Deep') });
    const { meetups, problems } = await loadContent(dir, {
      ...DEFAULT_CONTENT_LIMITS,
      maxFolderDepth: 2,
    });
    expect(meetups.map((m) => m.title)).toEqual(['Ok']);
    expect(lines([...problems], dir)).toEqual([
      'error: DIR/a/b/c: the folder is nested more than 2 folders deep; the notes in it are not read.',
    ]);
  });

  it('refuses a list nested 5,000 levels by markers or 101 by indentation, at the line, and serves the rest', async () => {
    const indented = Array.from({ length: 101 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const dir = await temp.make({
      'good.md': note('Good'),
      'markers.md': `# Markers\n\n## T\n\n${'- '.repeat(5_000)}deep\n`,
      'indented.md': `# Indented\n\n## T\n\n${indented.join('\n')}\n`,
      'quoted.md': `# Quoted\n\n## T\n\n${'> '.repeat(101)}deep\n`,
    });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['Good']);
    expect(lines([...problems], dir)).toEqual([
      'error: DIR/indented.md:105: the line is nested 101 levels deep (lists, quotes or indentation), more than the 100 a note may have; the file is not served.',
      'error: DIR/markers.md:5: the line is nested 5000 levels deep (lists, quotes or indentation), more than the 100 a note may have; the file is not served.',
      'error: DIR/quoted.md:5: the line is nested 101 levels deep (lists, quotes or indentation), more than the 100 a note may have; the file is not served.',
    ]);
  });

  it('warns about a note that is not valid UTF-8, at the line, and serves it', async () => {
    const dir = await temp.make({});
    await writeFile(
      path.join(dir, 'latin1.md'),
      Buffer.concat([
        Buffer.from('# Latin\n\n## T\n\n* caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['Latin']);
    expect(lines([...problems], dir)).toEqual([
      'warning: DIR/latin1.md:5: the file is not valid UTF-8 (save it as UTF-8); what cannot be decoded is read as "\uFFFD".',
    ]);
  });

  it('reads a note with a real U+FFFD in it without a warning', async () => {
    const dir = await temp.make({ 'ok.md': `${note('Ok')}* \uFFFD\n` });
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('reports a sub-folder that cannot be read and reads the rest', async () => {
    const dir = await temp.make({ 'a.md': note('A') });
    await mkdir(path.join(dir, 'locked'), { mode: 0 });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['A']);
    // root reads any folder; the check only holds for an ordinary user
    if (process.getuid?.() !== 0) {
      expect(lines([...problems], dir)).toEqual([
        'error: DIR/locked: the folder cannot be read (EACCES).',
      ]);
    }
  });
});

describe('findDeepNesting', () => {
  it('counts list markers, quotes and two columns of indentation as levels', () => {
    expect(findDeepNesting('- a\n  - b\n    > - c', 3)).toEqual({ line: 3, depth: 4 });
    expect(findDeepNesting('1. a\n   2) b', 1)).toEqual({ line: 2, depth: 2 });
    expect(findDeepNesting('- - -   x', 3)).toEqual({ line: 1, depth: 4 });
    expect(findDeepNesting('- a\n- b', 1)).toBeUndefined();
    expect(findDeepNesting('\t\t- x', 4)).toEqual({ line: 1, depth: 5 });
  });

  it('stops at the first character that is not a marker', () => {
    expect(findDeepNesting('-x - - - -', 0)).toBeUndefined();
    expect(findDeepNesting('12a. - - -', 0)).toBeUndefined();
    expect(findDeepNesting('a - - - -', 0)).toBeUndefined();
    expect(findDeepNesting('-\n', 0)).toEqual({ line: 1, depth: 1 });
  });
});

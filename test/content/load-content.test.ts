import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.js';
import { formatProblem, formatProblemLine, problemLevel } from '../../src/content/problems.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('content-');
const contentDir = temp.make;
afterEach(() => temp.removeAll());

describe('loadContent', () => {
  it('loads notes and their glossary without problems', async () => {
    const { meetups, glossary, problems } = await loadContent('test/fixtures/content');
    expect(problems).toEqual([]);
    expect(meetups.map((m) => m.title)).toEqual(['DevOps Meetup #9']);
    const terraform = meetups[0]?.talks.find((t) => t.title.includes('Terraform'));
    expect(terraform?.links).toEqual([
      { kind: 'slides', url: 'https://slides.example.test/terraform-vsphere' },
      { kind: 'video', url: 'https://video.example.test/watch?v=tf' },
    ]);
    expect(glossary.groups).toContainEqual(['registry', 'レジストリ']);
  });

  it('reads notes in sub-folders', async () => {
    const { meetups } = await loadContent('test/fixtures/content');
    expect(meetups.map((m) => m.file)).toEqual(['test/fixtures/content/2024/devops-meetup-9.md']);
  });

  it('reports a duplicate meetup title, a broken file and a bad glossary while the other files still load', async () => {
    const dir = await contentDir({
      'a.md': '# Same\n\n## T\n\n* a\n',
      'b.md': '# Same\n\n## U\n\n* b\n',
      'c.md': '---\ntitle: [\n---\n# C\n\n## V\n\n* c\n',
      'glossary.yml': '- [k8s, kubernetes]\n- just a string\n',
    });
    const { meetups, glossary, problems } = await loadContent(dir);
    expect(meetups.map((m) => [m.file.split('/').pop(), m.title])).toEqual([
      ['a.md', 'Same'],
      ['b.md', 'Same (b.md)'],
      ['c.md', 'C'],
    ]);
    expect(glossary.groups).toEqual([['k8s', 'kubernetes']]);
    const messages = problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Content warning in .*b\.md:1: the meetup title "Same" is already used by .*a\.md; this file is served as "Same \(b\.md\)" until its title is its own\.$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Content error in .*c\.md:2: front matter is not valid YAML: a "\[" is never closed by "\]"; quote the value if the "\[" is part of it\.$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/glossary\.yml:2: a glossary group must be a list/),
    );
  });

  it('turns front matter that makes the YAML parser throw into a problem and loads the other files', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const dir = await contentDir({
      'bomb.md': `---\n${bomb.join('\n')}\n---\n# Bomb\n\n## T\n\n* x\n`,
      'good.md': '# Good\n\n## T\n\n* fine\n',
    });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toContain('Good');
    expect(problems).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining('bomb.md'), lost: true }),
    );
  });

  it('marks problems that lost content apart from warnings', async () => {
    const dir = await contentDir({
      'broken.md': '---\ntitle: [\n---\n# B\n\n## T\n\n* b\n',
      'warned.md': '---\ntitle: W\nvenue: x\n---\n## T\n\n* w\n',
    });
    const { problems } = await loadContent(dir);
    expect(problems.find((p) => p.file.endsWith('broken.md'))?.lost).toBe(true);
    expect(problems.find((p) => p.file.endsWith('warned.md'))?.lost).toBeUndefined();
  });

  it('reports a missing content directory instead of throwing', async () => {
    const { meetups, problems } = await loadContent('does-not-exist');
    expect(meetups).toEqual([]);
    expect(problems[0]?.message).toContain('cannot be read (ENOENT)');
  });

  it('serves the glossary groups that parse when one line is not YAML, and names that line as an error', async () => {
    const dir = await contentDir({
      'glossary.yml': '# terms\n- [k8s, kubernetes]\n- [LB, load balancer]\n- [foo, bar\n',
    });
    const { glossary, problems } = await loadContent(dir);
    expect(glossary.groups).toEqual([
      ['k8s', 'kubernetes'],
      ['lb', 'load balancer'],
    ]);
    expect(problems.map(formatProblemLine)).toEqual([
      `error: ${dir}/glossary.yml:4: this glossary group is not valid YAML (a missing "]" or quote?); it is skipped.`,
    ]);
  });
});

const talk = (title: string) => `# ${title}\n\n## A talk\n\n* a point\n`;

describe('which files loadContent reads', () => {
  it('reads ".md" files whatever the case of the suffix, and only those', async () => {
    const dir = await contentDir({
      'upper.MD': talk('Upper'),
      'lower.md': talk('Lower'),
      'notes.txt': talk('Text'),
      'draft.md.bak': talk('Backup'),
    });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['Lower', 'Upper']);
    expect(problems).toEqual([]);
  });

  it('serves the meetups in path order, so the first of two same-titled files keeps the title', async () => {
    const dir = await contentDir({
      'e.md': talk('E'),
      'c/z.md': talk('Twice'),
      'a.md': talk('A'),
      'd.md': talk('D'),
      'b.md': talk('B'),
      'c/a.md': talk('Twice'),
    });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => [m.file.slice(dir.length + 1), m.title])).toEqual([
      ['a.md', 'A'],
      ['b.md', 'B'],
      ['c/a.md', 'Twice'],
      ['c/z.md', 'Twice (c/z.md)'],
      ['d.md', 'D'],
      ['e.md', 'E'],
    ]);
    expect(problems.map((p) => p.file.slice(dir.length + 1))).toEqual(['c/z.md']);
  });

  it('serves a later meetup of a title already used under the title with its date, else its file', async () => {
    const dated = (date: string) => `---\ndate: ${date}\n---\n${talk('Series')}`;
    const dir = await contentDir({
      'a.md': dated('2024-01-10'),
      'b.md': dated('2024-02-14'),
      'c.md': dated('2024-02-14'),
      'd.md': talk('Series'),
    });
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual([
      'Series',
      'Series (2024-02-14)',
      'Series (c.md)',
      'Series (d.md)',
    ]);
    // Served, so a warning: nothing is lost and a reload goes ahead.
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.lost, problemLevel(p)])).toEqual([
      ['b.md', undefined, 'warning'],
      ['c.md', undefined, 'warning'],
      ['d.md', undefined, 'warning'],
    ]);
  });

  it('hands each meetup over as it is read, in the same order, and keeps none', async () => {
    const dir = await contentDir({
      'b.md': talk('B'),
      'a.md': talk('A'),
      'c/a.md': talk('A'),
      'c/b.md': talk('C'),
    });
    const whole = await loadContent(dir);
    const handed: string[] = [];
    const streamed = await loadContent(dir, undefined, undefined, (m) => handed.push(m.file));
    expect(handed).toEqual(whole.meetups.map((m) => m.file));
    expect(streamed).toEqual({ ...whole, meetups: [] });
  });

  it('reports a ".md" path that cannot be read as a file, with no line, and loads the rest', async () => {
    const dir = await contentDir({ 'good.md': talk('Good') });
    await mkdir(path.join(dir, 'folder.md'));
    const { meetups, problems } = await loadContent(dir);
    expect(meetups.map((m) => m.title)).toEqual(['Good']);
    expect(problems).toEqual([
      {
        file: `${dir}/folder.md`,
        line: 0,
        message: 'the file cannot be read (EISDIR)',
        lost: true,
      },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      `Content error in ${dir}/folder.md: the file cannot be read (EISDIR).`,
    ]);
  });

  it('reports a content path that is not a directory, with nothing served', async () => {
    const dir = await contentDir({ 'plain.md': talk('Plain') });
    const file = path.join(dir, 'plain.md');
    const loaded = await loadContent(file);
    expect(loaded.meetups).toEqual([]);
    expect(loaded.glossary.groups).toEqual([]);
    expect(loaded.info).toEqual([]);
    expect(loaded.problems).toEqual([
      {
        file,
        line: 0,
        message: 'the content directory cannot be read (ENOTDIR)',
        lost: true,
      },
    ]);
  });
});

describe('the line a duplicate meetup title is reported at', () => {
  const duplicateLine = async (second: string) => {
    const dir = await contentDir({ 'a.md': talk('Same'), 'b.md': second });
    const { problems } = await loadContent(dir);
    const duplicate = problems.filter((p) => p.message.includes('already used'));
    expect(duplicate).toHaveLength(1);
    return duplicate[0]?.line;
  };

  it('is the "title:" line of the front matter when the title comes from there', async () => {
    expect(await duplicateLine('---\ndate: 2024-01-01\ntitle: Same\n---\n## T\n\n* x\n')).toBe(3);
  });

  it('is the first "#" heading outside code blocks, not one inside a fence or a "##"', async () => {
    const source = [
      '---',
      'date: 2024-01-01',
      '---',
      'Intro',
      '```sh',
      '# a shell comment',
      '```',
      '~~~',
      '# another comment',
      '~~~',
      '## Not the meetup',
      '#hashtag',
      '# Same',
      '',
      '## T',
      '',
      '* x',
      '',
    ].join('\n');
    expect(await duplicateLine(source)).toBe(13);
  });

  it('is line 1 when no line names the title as "title:" or "# "', async () => {
    expect(await duplicateLine('#Same\n\n## T\n\n* x\n')).toBe(1);
  });
});

describe('the glossary beside the notes', () => {
  it('is optional: a missing glossary.yml is no problem', async () => {
    const dir = await contentDir({ 'a.md': talk('A') });
    const { glossary, problems } = await loadContent(dir);
    expect(glossary.groups).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reports a glossary.yml that cannot be read, and still serves the notes', async () => {
    const dir = await contentDir({ 'a.md': talk('A') });
    await mkdir(path.join(dir, 'glossary.yml'));
    const { meetups, glossary, problems } = await loadContent(dir);
    expect(meetups).toHaveLength(1);
    expect(glossary.groups).toEqual([]);
    expect(problems).toEqual([
      {
        file: path.join(dir, 'glossary.yml'),
        line: 0,
        message: 'the glossary cannot be read (EISDIR)',
        lost: true,
      },
    ]);
  });
});

describe('problems and info notes', () => {
  it('keeps info notes apart from the problems an organizer should fix', async () => {
    const dir = await contentDir({
      'a.md': '---\ntitle: A\nvenue: hall\n---\n#Heading without space\n\n## T\n\n* x\n',
    });
    await writeFile(path.join(dir, 'glossary.yml'), '- [k8s, kubernetes]\n');
    const { problems, info } = await loadContent(dir);
    expect(problems.map((p) => problemLevel(p))).toEqual(['warning']);
    expect(info.length).toBeGreaterThan(0);
    expect(info.every((p) => p.level === 'info')).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatProblemLine, loadContent } from '../../src/content/load-content.js';
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
    expect(meetups.map((m) => m.file.split('/').pop()).sort()).toEqual(['a.md', 'c.md']);
    expect(glossary.groups).toEqual([['k8s', 'kubernetes']]);
    const messages = problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Content error in .*b\.md:1: the meetup title "Same" is already used by .*a\.md, which is served; this file is not served/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^Content error in .*c\.md:2: front matter is not valid YAML\.$/),
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

import { readFile, symlink, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckContent } from '../../src/cli/check-content.js';
import { NOTES_REPOSITORY, SECOND_MEETUP } from '../support/git-notes.js';
import { type GitServer, startGitServer } from '../support/git-server.js';
import { ROOT, runInProcess } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';

/** `npm run check-content -- ARGS`, called in this process with a clean environment and no `.env`. */
const checkContent = (args: string[], env: Record<string, string> = {}) =>
  runInProcess(runCheckContent, args, env);

const temp = tempContent('check-content-');
const contentDir = temp.make;
afterEach(() => temp.removeAll());

/** The Markdown example under "## Adding notes" in README.md, exactly as printed. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adding notes'));
  const match = /```markdown\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no markdown example under "Adding notes".');
  return match[1];
}

const GLOSSARY = '- [slides, スライド, 資料]\n';

describe('npm run check-content', () => {
  it("passes the README's Adding notes example exactly as printed", async () => {
    const example = await readmeExample();
    expect(example).toContain('title: "VMware DevOps Meetup #6"');
    const dir = await contentDir({ 'devops-meetup-6.md': example, 'glossary.yml': GLOSSARY });
    const run = await checkContent(['--content', dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '1 meetup(s), 1 talk(s), 4 passage(s), 1 glossary group(s); 0 error(s), 0 warning(s).\n',
    );
    expect(run.code).toBe(0);
  });

  it('lists every problem of a file in one run, each at its line, labelled, and exits 0 for warnings only', async () => {
    const dir = await contentDir({
      'a.md': [
        '---',
        'title: Meetup #9',
        'venue: Tokyo',
        'event_url: example.com/event',
        'date: 2021-13-45',
        '---',
        '## Talk',
        '',
        '* notes',
        '',
      ].join('\n'),
      'glossary.yml': GLOSSARY,
    });
    const run = await checkContent(['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${dir}/a.md:2: front matter field "title" is read as "Meetup #9", but YAML takes " #9" for a comment; put the value in quotes.`,
      `warning: ${dir}/a.md:3: front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored.`,
      `warning: ${dir}/a.md:4: front matter field "event_url" must be an http(s) URL such as https://example.com/; it is ignored.`,
      `warning: ${dir}/a.md:5: front matter field "date" is not a date ("2021-13-45"); write it like 2021-01-20.`,
    ]);
    expect(run.stdout).toContain('0 error(s), 4 warning(s)');
    expect(run.code).toBe(0);
  });

  it('labels errors apart from warnings and exits 1 when there is one', async () => {
    const dir = await contentDir({
      'a.md': '# Same\n\n## T\n\n* a\n',
      'b.md': '---\nvenue: x\n---\n\n# Same\n\n## U\n\n* b\n',
      'c.md': '---\ntitle: [\n---\n# C\n\n## V\n\n* c\n',
      'glossary.yml': `${GLOSSARY}- [foo, bar\n`,
    });
    const run = await checkContent(['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${dir}/b.md:2: front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored.`,
      `warning: ${dir}/b.md:5: the meetup title "Same" is already used by ${dir}/a.md; this file is served as "Same (b.md)" until its title is its own.`,
      `error: ${dir}/c.md:2: front matter is not valid YAML: a "[" is never closed by "]"; quote the value if the "[" is part of it.`,
      `error: ${dir}/glossary.yml:2: this glossary group is not valid YAML (a missing "]" or quote?); it is skipped.`,
    ]);
    expect(run.stdout).toBe(
      '3 meetup(s), 3 talk(s), 3 passage(s), 1 glossary group(s); 2 error(s), 2 warning(s).\n',
    );
    expect(run.code).toBe(1);
  });
});

describe('npm run check-content on a folder', () => {
  it('reads a folder whose path has "http://" inside it as a folder', async () => {
    const dir = await contentDir({ 'http:/notes/a.md': '# A\n\n## T\n\n* a point\n' });
    const run = await checkContent(['--content', `${dir}/http://notes`]);
    expect(run.stdout).toMatch(/^1 meetup\(s\), 1 talk\(s\)/);
    expect(run.code).toBe(0);
  });
});

describe('npm run check-content on hostile notes', () => {
  it('finishes on two symlink loops, a 30 MB note and a 5,000-deep list, and reports each', async () => {
    const dir = await contentDir({
      'good.md': '# Good\n\n## T\n\n* a point\n',
      'huge.md': '',
      'deep.md': `# Deep\n\n## T\n\n${'- '.repeat(5_000)}x\n`,
      'glossary.yml': GLOSSARY,
    });
    await truncate(path.join(dir, 'huge.md'), 30 * 1024 * 1024);
    await symlink('.', path.join(dir, 'loop1'));
    await symlink('.', path.join(dir, 'loop2'));
    const run = await checkContent(['--content', dir]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `error: ${dir}/deep.md:5: the line is nested 5000 levels deep (lists, quotes or indentation), more than the 100 a note may have; the file is not served.`,
      `error: ${dir}/huge.md: the file is 30 MB, more than the 256 KB a note may be; it is not read.`,
      `warning: ${dir}/loop1: the folder link leads to ${dir}, which is read already; it is not followed.`,
      `warning: ${dir}/loop2: the folder link leads to ${dir}, which is read already; it is not followed.`,
    ]);
    expect(run.stdout).toMatch(/^1 meetup\(s\), .*; 2 error\(s\), 2 warning\(s\)\.\n$/);
    expect(run.code).toBe(1);
  });
});

describe('npm run check-content with a git repository', () => {
  const servers: GitServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('clones the URL and names each problem by its path in the repository', async () => {
    const server = await startGitServer({
      ...NOTES_REPOSITORY,
      '2024/0409-harbor-night-2/README.md': `---\ntitle: [unclosed\n---\n${SECOND_MEETUP}`,
    });
    servers.push(server);
    const run = await checkContent(['--content', server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Checking http:\/\/127\.0\.0\.1:\d+\/notes\.git at commit [0-9a-f]{12}\.$/m,
    );
    expect(run.stderr).toMatch(/^error: 2024\/0409-harbor-night-2\/README\.md:2: /m);
    expect(run.stdout).toMatch(/ 1 error\(s\), 0 warning\(s\)\.$/m);
  });

  it('reads CONTENT_GIT_URL, its path and token when no --content is given', async () => {
    const token = 'private-notes-token-123456';
    const server = await startGitServer(
      { 'notes/2024/0409/README.md': SECOND_MEETUP, 'README.md': '# Elsewhere\n' },
      { token },
    );
    servers.push(server);
    const run = await checkContent([], {
      CONTENT_GIT_URL: server.url,
      CONTENT_GIT_PATH: 'notes',
      CONTENT_GIT_TOKEN: token,
    });
    expect(run.stdout).toMatch(/^1 meetup\(s\), 2 talk\(s\), .* 0 error\(s\), 0 warning\(s\)\.$/m);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/info: notes\/2024\/0409\/README\.md:3: /);
    expect(run.stderr + run.stdout).not.toContain(token);
  });

  it('says in one sentence, without the token, that a repository cannot be cloned', async () => {
    const token = 'wrong-notes-token-123456';
    const server = await startGitServer(NOTES_REPOSITORY, { token: 'the-right-token-000' });
    servers.push(server);
    const run = await checkContent(['--content', server.url], { CONTENT_GIT_TOKEN: token });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Could not clone the notes from http:\/\/127\.0\.0\.1:\d+\/notes\.git: .*; check CONTENT_GIT_TOKEN\.\n$/,
    );
    expect(run.stderr).not.toContain(token);
  });

  it('clones the branch --branch names, else CONTENT_GIT_BRANCH', async () => {
    const server = await startGitServer(NOTES_REPOSITORY, { branch: 'pages' });
    servers.push(server);
    const [flag, env, wrong] = await Promise.all([
      checkContent(['--content', server.url, '--branch', 'pages'], { CONTENT_GIT_BRANCH: 'nope' }),
      checkContent(['--content', server.url], { CONTENT_GIT_BRANCH: 'nope' }),
      checkContent(['--content', server.url, '--branch', 'nope']),
    ]);
    expect(flag.stdout).toMatch(/^1 meetup\(s\), /);
    expect(flag.code).toBe(0);
    for (const run of [env, wrong]) {
      expect(run.stderr).toMatch(/^Could not clone the notes from /);
      expect(run.code).toBe(1);
    }
  });

  it('reads CONTENT_GIT_URL with the spaces around it dropped', async () => {
    const server = await startGitServer(NOTES_REPOSITORY);
    servers.push(server);
    const run = await checkContent([], { CONTENT_GIT_URL: `  ${server.url}\t` });
    expect(run.stderr).toMatch(/^Checking http:\/\/127\.0\.0\.1:\d+\/notes\.git at commit /);
    expect(run.code).toBe(0);
  });
});

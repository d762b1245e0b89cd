import { afterEach, describe, expect, it } from 'vitest';
import { NOTES_REPOSITORY, SECOND_MEETUP } from '../support/git-notes.js';
import { type GitServer, startGitServer } from '../support/git-server.js';
import { runTool } from '../support/run-tool.js';

/** `npm run check-content -- ARGS` with a clean environment and no `.env`. */
const checkContent = (args: string[], env: Record<string, string> = {}) =>
  runTool('src/cli/check-content.ts', args, env);

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
});

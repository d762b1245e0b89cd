import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A real git server on 127.0.0.1 (`git http-backend` as CGI) with one repository. */
export interface GitServer {
  /** `http://127.0.0.1:<port>/notes.git`. */
  readonly url: string;
  /** Requests the server has answered, as `METHOD path` (to tell whether anything was pulled). */
  readonly requests: string[];
  /**
   * Commits `files` (path → text; `null` deletes) on top of the branch and pushes it; with
   * `force`, commits them on a fresh history and force-pushes; with `to` (and no `force`), pushes
   * the commit to that other branch of the server instead. The commit stays in the local history
   * either way, so a later push to the branch publishes it there too. Returns the new commit.
   */
  push(
    files: Readonly<Record<string, string | null>>,
    options?: { force?: boolean; to?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export interface GitServerOptions {
  readonly branch?: string;
  /** When set, every request must carry it as the Basic auth password (a private repository). */
  readonly token?: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Organizer',
  GIT_AUTHOR_EMAIL: 'organizer@example.com',
  GIT_COMMITTER_NAME: 'Organizer',
  GIT_COMMITTER_EMAIL: 'organizer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
  // No background housekeeping after each commit and push: two processes fewer per push.
  GIT_CONFIG_COUNT: '3',
  GIT_CONFIG_KEY_0: 'gc.auto',
  GIT_CONFIG_VALUE_0: '0',
  GIT_CONFIG_KEY_1: 'maintenance.auto',
  GIT_CONFIG_VALUE_1: 'false',
  GIT_CONFIG_KEY_2: 'receive.autogc',
  GIT_CONFIG_VALUE_2: 'false',
};

/** Starts a git server whose branch holds `files`. */
export async function startGitServer(
  files: Readonly<Record<string, string>>,
  { branch = 'main', token }: GitServerOptions = {},
): Promise<GitServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'git-server-'));
  const bare = path.join(root, 'notes.git');
  const work = path.join(root, 'work');
  const git = (cwd: string, ...args: string[]) =>
    run('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
  await git(root, 'init', '--quiet', '--bare', `--initial-branch=${branch}`, bare);
  await git(root, 'init', '--quiet', `--initial-branch=${branch}`, work);

  const push: GitServer['push'] = async (changes, { force = false, to = branch } = {}) => {
    if (force) {
      await git(work, 'checkout', '--quiet', '--orphan', 'rewritten');
      await git(work, 'rm', '-r', '--quiet', '--cached', '--ignore-unmatch', '.');
      await git(work, 'clean', '-fdq');
    }
    for (const [name, text] of Object.entries(changes)) {
      const file = path.join(work, name);
      if (text === null) {
        await rm(file, { force: true });
      } else {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
      }
    }
    await git(work, 'add', '--all');
    await git(work, 'commit', '--quiet', '--allow-empty', '-m', 'notes');
    if (force) {
      await git(work, 'branch', '--quiet', '-M', branch);
      await git(work, 'push', '--quiet', '--force', bare, `${branch}:${branch}`);
    } else {
      await git(work, 'push', '--quiet', bare, `${branch}:${to}`);
    }
    return (await git(work, 'rev-parse', 'HEAD')).stdout.trim();
  };
  await push(files);

  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const [pathInfo = '/', query = ''] = (req.url ?? '/').split('?');
    requests.push(`${req.method} ${pathInfo}`);
    if (token !== undefined) {
      const expected = `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="notes"' }).end();
        return;
      }
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: pathInfo,
        QUERY_STRING: query,
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-encoding'] && {
          HTTP_CONTENT_ENCODING: req.headers['content-encoding'],
        }),
        ...(req.headers['git-protocol'] && { GIT_PROTOCOL: String(req.headers['git-protocol']) }),
      },
    });
    req.pipe(cgi.stdin);
    // CGI output: headers, a blank line, the body.
    let head = Buffer.alloc(0);
    let headersSent = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      headersSent = true;
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => {
      if (!headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/notes.git`,
    requests,
    push,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await rm(root, { recursive: true, force: true });
    },
  };
}

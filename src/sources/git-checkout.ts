import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { GitSourceError } from './git-source-error.js';

/** Where the notes' repository is and how to read it. */
export interface GitCheckoutOptions {
  /** http(s) URL of the repository; credentials in it are honoured and never shown. */
  readonly url: string;
  /** Unset: the remote's default branch. */
  readonly branch?: string;
  /** The notes' folder inside the repository (`''` for its top). */
  readonly path: string;
  /** Access token for a private repository, sent as the HTTP password. */
  readonly token?: string;
  /** Folder the working directory is made in (default: the system's temporary folder). */
  readonly parentDir?: string;
}

/** What a pull did. */
export interface PullResult {
  /** False when the remote branch still points at the commit checked out. */
  readonly changed: boolean;
  /** The commit checked out now. */
  readonly commit: string;
}

/** A working copy of the notes' repository that belongs to this process alone. */
export interface GitCheckout {
  /** The folder the notes are read from: the working directory plus the configured path. */
  readonly contentDir: string;
  /** The repository's URL without credentials, for logs and messages. */
  readonly shownUrl: string;
  /** Clones the branch into a fresh working directory; returns the commit checked out. */
  clone(): Promise<string>;
  /**
   * Fetches the branch and moves the working directory to the remote's commit, whatever the
   * local history was (a force-push included). Rejects with a {@link GitSourceError}.
   */
  pull(): Promise<PullResult>;
  /** Deletes the working directory. */
  remove(): Promise<void>;
}

/**
 * Clones and pulls with isomorphic-git: pure JavaScript, so the runtime image (node:20-slim,
 * which has no git binary) needs nothing more. Each process clones into a folder of its own,
 * so replicas on one host, or a restart, never share or inherit a half-updated working copy.
 */
export async function createGitCheckout(options: GitCheckoutOptions): Promise<GitCheckout> {
  const dir = await mkdtemp(path.join(options.parentDir ?? tmpdir(), 'meetup-notes-'));
  const shownUrl = withoutCredentials(options.url);
  const secrets = secretsOf(options);
  // Sent from the first request on: a private repository answers 404, not 401, to strangers
  // on some hosts, so waiting to be asked for credentials would not do.
  const headers =
    options.token === undefined
      ? {}
      : {
          Authorization: `Basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`,
        };
  const common = {
    fs,
    http,
    dir,
    url: options.url,
    headers,
    singleBranch: true,
    // Notes need the newest tree only; the history would only cost time and disk.
    depth: 1,
  };
  let branch = options.branch;
  let commit: string | undefined;

  const fail = (code: 'git_clone_failed' | 'git_pull_failed', err: unknown) => {
    const verb = code === 'git_clone_failed' ? 'clone' : 'pull';
    const where = branch === undefined ? shownUrl : `${shownUrl} (branch ${branch})`;
    return new GitSourceError(
      code,
      `Could not ${verb} the notes from ${where}: ${redact(reasonOf(err), secrets)}${hintFor(err)}`,
    );
  };

  return {
    contentDir: options.path === '' ? dir : path.join(dir, options.path),
    shownUrl,
    async clone() {
      try {
        await git.clone({
          ...common,
          ...(branch !== undefined && { ref: branch }),
          noTags: true,
        });
        branch ??= (await git.currentBranch({ fs, dir })) ?? undefined;
        commit = await git.resolveRef({ fs, dir, ref: 'HEAD' });
        return commit;
      } catch (err) {
        throw fail('git_clone_failed', err);
      }
    },
    async pull() {
      try {
        if (branch === undefined || commit === undefined) {
          throw new Error('the repository has not been cloned');
        }
        const fetched = await git.fetch({ ...common, ref: branch, tags: false });
        const head = fetched.fetchHead;
        if (head === null) throw new Error(`the remote has no branch ${branch}`);
        if (head === commit) return { changed: false, commit };
        // A reset, not a merge: the working copy is the bot's own, so the remote is always right
        // (a force-push replaces history; a merge would fail on it).
        await git.writeRef({ fs, dir, ref: `refs/heads/${branch}`, value: head, force: true });
        await git.checkout({ fs, dir, ref: branch, force: true });
        commit = head;
        return { changed: true, commit };
      } catch (err) {
        throw fail('git_pull_failed', err);
      }
    },
    async remove() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `https://user:token@host/x.git` → `https://host/x.git`. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(a repository URL that cannot be read)';
  }
}

function secretsOf(options: GitCheckoutOptions): string[] {
  const found = [options.token ?? ''];
  try {
    const { username, password } = new URL(options.url);
    found.push(password, decodeURIComponent(password), username, decodeURIComponent(username));
  } catch {
    // An unreadable URL carries nothing to hide from a message that does not show it.
  }
  return found.filter((s) => s.length >= 4);
}

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
}

function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/[.\s]+$/, '');
}

function hintFor(err: unknown): string {
  const status = (err as { data?: { statusCode?: unknown } } | undefined)?.data?.statusCode;
  if (status === 401 || status === 403) return '; check CONTENT_GIT_TOKEN.';
  if (status === 404)
    return '; check CONTENT_GIT_URL (a private repository also needs CONTENT_GIT_TOKEN).';
  return '.';
}

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentLimits } from './content-limits.js';
import type { ContentProblem } from './meetup.js';

/** A notes file found under the notes folder. */
/** Folders git and its hosts keep in a repository: their Markdown is templates, not notes. */
const REPOSITORY_FOLDERS = new Set(['.git', '.github', '.gitlab']);

export interface NoteFile {
  /** Its path below the folder, with `/`, as listed (a link keeps its own name). */
  readonly relative: string;
  /** Where to read it. */
  readonly absolute: string;
}

export interface NotesListing {
  /** In path order, each real file once. */
  readonly files: readonly NoteFile[];
  readonly problems: readonly ContentProblem[];
}

/**
 * Lists the `**\/*.md` files under `dir`, within `limits`. Symbolic links are followed by their
 * real path: a folder is read once however many links lead to it, so a link back into the
 * notes (`ln -s . loop`) is one warning instead of 2^40 paths, and a folder link out of the notes
 * folder is not followed at all. A file link is read once, under the first name in path order.
 * Throws when `dir` itself cannot be read.
 */
export async function listNotes(dir: string, limits: ContentLimits): Promise<NotesListing> {
  const root = await realpath(dir);
  const shownRoot = dir.split(path.sep).join('/');
  const shown = (relative: string) => path.posix.join(shownRoot, relative);
  const seenFolders = new Set<string>([root]);
  const seenFiles = new Set<string>();
  const found: NoteFile[] = [];
  const problems: ContentProblem[] = [];
  let full = false;

  const problem = (relative: string, message: string, lost?: true) =>
    problems.push(
      lost
        ? { file: shown(relative), line: 0, message, lost }
        : { file: shown(relative), line: 0, message },
    );

  async function walk(absolute: string, relative: string, depth: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      // The notes folder itself: the caller says it cannot be read.
      if (depth === 0) throw error;
      problem(relative, `the folder cannot be read (${errorCode(error)})`, true);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (full) return;
      // A repository's own folders (a clone's .git, .github's issue templates), never notes.
      if (REPOSITORY_FOLDERS.has(entry.name)) continue;
      const childAbsolute = path.join(absolute, entry.name);
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      const isNote = entry.name.toLowerCase().endsWith('.md');
      let real = childAbsolute;
      let kind: 'folder' | 'file' | 'other' = entry.isDirectory()
        ? 'folder'
        : entry.isFile()
          ? 'file'
          : 'other';
      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(childAbsolute);
          const target = await stat(real);
          kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
        } catch (error) {
          if (isNote) problem(childRelative, `the link leads nowhere (${errorCode(error)})`, true);
          continue;
        }
        if (kind === 'folder' && !isInside(root, real)) {
          problem(
            childRelative,
            'the folder link leads out of the notes folder; it is not followed',
          );
          continue;
        }
      }
      if (kind === 'folder') {
        if (seenFolders.has(real)) {
          problem(
            childRelative,
            `the folder link leads to ${shown(path.relative(root, real).split(path.sep).join('/'))}, which is read already; it is not followed`,
          );
          continue;
        }
        if (depth + 1 > limits.maxFolderDepth) {
          problem(
            childRelative,
            `the folder is nested more than ${limits.maxFolderDepth} folders deep; the notes in it are not read`,
            true,
          );
          continue;
        }
        // Read as before folders were walked by hand: a folder named like a note is reported.
        if (isNote) problem(childRelative, 'the file cannot be read (EISDIR)', true);
        seenFolders.add(real);
        await walk(childAbsolute, childRelative, depth + 1);
      } else if (kind === 'file' && isNote && !seenFiles.has(real)) {
        // Counted once per real file, so links to one note do not use up the limit.
        if (found.length >= limits.maxFiles) {
          problem(
            childRelative,
            `there are more than ${limits.maxFiles} notes files; this one and those after it are not read`,
            true,
          );
          full = true;
          return;
        }
        seenFiles.add(real);
        found.push({ relative: childRelative, absolute: childAbsolute });
      }
    }
  }

  await walk(root, '', 0);
  // Path order over the whole tree (`c.md` before `c/a.md`), as organizers see it listed.
  found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files: found, problems };
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}

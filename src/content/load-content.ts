import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { EMPTY_GLOSSARY, type Glossary, parseGlossary } from '../search/glossary.js';
import {
  type ContentLimits,
  DEFAULT_CONTENT_LIMITS,
  findDeepNesting,
  formatBytes,
} from './content-limits.js';
import { inOrderAhead } from './in-order-ahead.js';
import { errorCode, listNotes, type NoteFile } from './list-notes.js';
import type { ContentProblem, Meetup } from './meetup.js';
import { type ParsedNotes, parseNotes } from './parse-notes.js';
import { GLOSSARY_FILE } from './problems.js';

export interface LoadedContent {
  readonly meetups: readonly Meetup[];
  readonly glossary: Glossary;
  /** Errors and warnings: what an organizer should fix. */
  readonly problems: readonly ContentProblem[];
  /** Notes on how the files were read (`level: 'info'`), for `check-content` to show. */
  readonly info: readonly ContentProblem[];
}

/**
 * How a note's text becomes parsed notes: `parse` runs the parser; a cache may answer instead
 * (see `createParseCache`).
 */
export type ParseNote = (
  file: string,
  source: string,
  parse: () => ParsedNotes,
) => ParsedNotes | Promise<ParsedNotes>;

/**
 * Reads every `**\/*.md` notes file and `glossary.yml` under `dir`, within `limits` (see
 * `ContentLimits`). A bad file is reported with its path and line and the others still load.
 */
export async function loadContent(
  dir: string,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
  parseNote: ParseNote = (_file, _source, parse) => parse(),
  /**
   * Given, each meetup goes here as soon as it is read (in path order, a repeated title already
   * left out) instead of into the result, whose `meetups` are then empty: a caller that sends the
   * meetups elsewhere (the notes' child process) need not hold them all.
   */
  onMeetup?: (meetup: Meetup) => void,
): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const files = await listMeetupFiles(dir, limits, problems);
  if (files === undefined) return { meetups: [], glossary: EMPTY_GLOSSARY, problems, info: [] };
  const meetups = await readMeetups(dir, files, limits, problems, parseNote, onMeetup);
  const glossary = await readGlossary(dir, limits, problems);
  return {
    meetups,
    glossary,
    problems: problems.filter((p) => p.level !== 'info'),
    info: problems.filter((p) => p.level === 'info'),
  };
}

/** `relative` under `dir`, with `/` between folders whatever the platform: how a problem names a file. */
function shownPath(dir: string, relative: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), relative);
}

/**
 * The notes files under `dir`, less a repository's own README; `undefined` when the folder cannot
 * be read at all (that is then in `problems`).
 */
async function listMeetupFiles(
  dir: string,
  limits: ContentLimits,
  problems: ContentProblem[],
): Promise<readonly NoteFile[] | undefined> {
  try {
    const listing = await listNotes(dir, limits);
    let files = listing.files;
    problems.push(...listing.problems);
    const front = files.find((f) => f.relative.toLowerCase() === 'readme.md');
    if (front !== undefined && files.some((f) => f.relative.includes('/'))) {
      // A repository of one folder per meetup (`2019/0412-name/README.md`) has a README of its
      // own at the top: what the repository is, not a meetup.
      files = files.filter((f) => f !== front);
      problems.push({
        file: shownPath(dir, front.relative),
        line: 1,
        message: `the ${front.relative} at the top is read as the repository's own page, not a meetup, since the notes are in sub-folders`,
        level: 'info',
      });
    }
    return files;
  } catch (error) {
    problems.push({
      file: dir,
      line: 0,
      message: `the content directory cannot be read (${errorCode(error)})`,
      lost: true,
    });
    return undefined;
  }
}

/**
 * Parses each file into a meetup, in path order. A title used twice is kept by its first file; a
 * later one is served under its title with its date (or its file) after it, so that a series
 * whose notes all carry its name loses none of them and its meetups still answer apart.
 */
async function readMeetups(
  dir: string,
  files: readonly NoteFile[],
  limits: ContentLimits,
  problems: ContentProblem[],
  parseNote: ParseNote,
  onMeetup: ((meetup: Meetup) => void) | undefined,
): Promise<Meetup[]> {
  const meetups: Meetup[] = [];
  const seenTitles = new Map<string, string>();
  const reads = inOrderAhead(files, READ_AHEAD, async (file) => {
    const shown = shownPath(dir, file.relative);
    const read: ContentProblem[] = [];
    return {
      relative: file.relative,
      shown,
      source: await readNoteSource(file, shown, limits, read),
      read,
    };
  });
  for await (const { relative, shown, source, read } of reads) {
    problems.push(...read);
    if (source === undefined) continue;
    const parsed = await parseNote(shown, source, () =>
      guard(shown, () => parseNotes(shown, source), { problems: [] }),
    );
    problems.push(...parsed.problems);
    if (!parsed.meetup) continue;
    const meetup = ownTitle(parsed.meetup, relative, seenTitles);
    if (meetup !== parsed.meetup)
      problems.push({
        file: shown,
        line: titleLine(source),
        message: `the meetup title "${parsed.meetup.title}" is already used by ${seenTitles.get(parsed.meetup.title)}; this file is served as "${meetup.title}" until its title is its own`,
      });
    seenTitles.set(meetup.title, shown);
    if (onMeetup) onMeetup(meetup);
    else meetups.push(meetup);
  }
  return meetups;
}

/**
 * How many files are being read while one is parsed: a read waits on the file system (open, stat,
 * read, close), a parse on the CPU, so reading ahead keeps the parse from waiting for the disk
 * (a fifth of a load of 1,000 notes, read one after another).
 */
const READ_AHEAD = 16;

/**
 * A notes file's text, to parse; `undefined` when it is not served (unreadable, too big or nested
 * too deep), with the reason in `problems`. Text that is not valid UTF-8 is served with a warning.
 */
async function readNoteSource(
  file: NoteFile,
  shown: string,
  limits: ContentLimits,
  problems: ContentProblem[],
): Promise<string | undefined> {
  const read = await readText(file.absolute, limits.maxFileBytes);
  if (typeof read !== 'string' && !('text' in read)) {
    problems.push({ file: shown, line: 0, message: unreadable('file', read), lost: true });
    return undefined;
  }
  const source = typeof read === 'string' ? read : read.text;
  if (typeof read !== 'string') {
    problems.push({
      file: shown,
      line: lineOf(source, source.indexOf('\uFFFD')),
      message:
        'the file is not valid UTF-8 (save it as UTF-8); what cannot be decoded is read as "\uFFFD"',
    });
  }
  const deep = findDeepNesting(source, limits.maxNesting);
  if (deep) {
    problems.push({
      file: shown,
      line: deep.line,
      message: `the line is nested ${deep.depth} levels deep (lists, quotes or indentation), more than the ${limits.maxNesting} a note may have; the file is not served`,
      lost: true,
    });
    return undefined;
  }
  return source;
}

/** `glossary.yml` under `dir`, or the empty glossary when there is none or it cannot be used. */
async function readGlossary(
  dir: string,
  limits: ContentLimits,
  problems: ContentProblem[],
): Promise<Glossary> {
  const glossaryPath = path.join(dir, GLOSSARY_FILE);
  const glossaryText = await readText(glossaryPath, limits.maxFileBytes);
  if (typeof glossaryText === 'string' || 'text' in glossaryText) {
    const shown = shownPath(dir, GLOSSARY_FILE);
    const text = typeof glossaryText === 'string' ? glossaryText : glossaryText.text;
    const parsed = guard(shown, () => parseGlossary(shown, text), {
      glossary: EMPTY_GLOSSARY,
      problems: [],
    });
    problems.push(...parsed.problems);
    return parsed.glossary;
  }
  if (glossaryText.code !== 'ENOENT') {
    problems.push({
      file: glossaryPath,
      line: 0,
      message: unreadable('glossary', glossaryText),
      lost: true,
    });
  }
  return EMPTY_GLOSSARY;
}

/**
 * The meetup as it is served: as parsed when its title is new, else titled `Title (date)`, or
 * `Title (file)`, its path in the content directory, when it has no date or that is taken too.
 */
function ownTitle(meetup: Meetup, file: string, seen: ReadonlyMap<string, string>): Meetup {
  if (!seen.has(meetup.title)) return meetup;
  const dated = meetup.date && `${meetup.title} (${meetup.date})`;
  const title = dated && !seen.has(dated) ? dated : `${meetup.title} (${file})`;
  return { ...meetup, title };
}

/** The line a meetup's title comes from: a front matter `title:`, else the first `#` heading. */
function titleLine(source: string): number {
  const lines = source.split('\n');
  let front = lines[0]?.trim() === '---';
  let fenced = false;
  for (let i = front ? 1 : 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (front) {
      if (line.trim() === '---') front = false;
      else if (/^title\s*:/.test(line)) return i + 1;
      continue;
    }
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#\s/.test(line)) return i + 1;
  }
  return 1;
}

/**
 * Runs a parser that should collect problems, not throw; if it throws anyway (a library's guard,
 * a bug), the file becomes one problem and the other files still load.
 */
function guard<T extends { readonly problems: readonly ContentProblem[] }>(
  file: string,
  parse: () => T,
  empty: T,
): T {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...empty,
      problems: [
        { file, line: 0, message: `the file could not be parsed (${reason})`, lost: true },
      ],
    };
  }
}

type Unreadable = { readonly code: string; readonly bytes?: number; readonly limit?: number };

function unreadable(what: 'file' | 'glossary', failure: Unreadable): string {
  if (failure.bytes !== undefined && failure.limit !== undefined) {
    return `the ${what} is ${formatBytes(failure.bytes)}, more than the ${formatBytes(failure.limit)} a ${what === 'file' ? 'note' : what} may be; it is not read`;
  }
  return `the ${what} cannot be read (${failure.code})`;
}

/**
 * The file's text, `{ text }` when it is not valid UTF-8 (decoded with U+FFFD), or why it cannot
 * be read; a file over `maxBytes` is refused before any of it is read.
 */
async function readText(
  file: string,
  maxBytes: number,
): Promise<string | { readonly text: string } | Unreadable> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return { code: 'EFBIG', bytes: size, limit: maxBytes };
      // Read at most one byte past the limit: a file that grew since `stat` is refused too.
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) return { code: 'EFBIG', bytes: length, limit: maxBytes };
      }
      const bytes = buffer.subarray(0, length);
      return isUtf8(bytes) ? bytes.toString('utf8') : { text: bytes.toString('utf8') };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { code: errorCode(error) };
  }
}

/** The 1-based line of the character at `at`. */
function lineOf(source: string, at: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) line += 1;
  return line;
}

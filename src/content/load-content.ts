import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EMPTY_GLOSSARY, type Glossary, parseGlossary } from '../search/glossary.js';
import type { ContentProblem, Meetup } from './meetup.js';
import { parseNotes } from './parse-notes.js';

const GLOSSARY_FILE = 'glossary.yml';

export interface LoadedContent {
  readonly meetups: readonly Meetup[];
  readonly glossary: Glossary;
  /** Errors and warnings: what an organizer should fix. */
  readonly problems: readonly ContentProblem[];
  /** Notes on how the files were read (`level: 'info'`), for `check-content` to show. */
  readonly info: readonly ContentProblem[];
}

/**
 * Reads every `**\/*.md` notes file and `glossary.yml` under `dir`. A bad file is reported with
 * its path and line and the others still load.
 */
export async function loadContent(dir: string): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true }))
      .filter((f) => f.toLowerCase().endsWith('.md'))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
  } catch (error) {
    problems.push({
      file: dir,
      line: 0,
      message: `the content directory cannot be read (${errorCode(error)})`,
      lost: true,
    });
    return { meetups: [], glossary: EMPTY_GLOSSARY, problems, info: [] };
  }
  const meetups: Meetup[] = [];
  const seenTitles = new Map<string, string>();
  for (const file of files) {
    const shown = path.posix.join(dir.split(path.sep).join('/'), file);
    const source = await readText(path.join(dir, file));
    if (typeof source !== 'string') {
      problems.push({
        file: shown,
        line: 0,
        message: `the file cannot be read (${source.code})`,
        lost: true,
      });
      continue;
    }
    const parsed = guard(shown, () => parseNotes(shown, source), { problems: [] });
    problems.push(...parsed.problems);
    if (!parsed.meetup) continue;
    const earlier = seenTitles.get(parsed.meetup.title);
    if (earlier) {
      problems.push({
        file: shown,
        line: 1,
        message: `the meetup title "${parsed.meetup.title}" is already used by ${earlier}; each meetup needs its own title`,
      });
    }
    seenTitles.set(parsed.meetup.title, shown);
    meetups.push(parsed.meetup);
  }
  const glossaryPath = path.join(dir, GLOSSARY_FILE);
  const glossaryText = await readText(glossaryPath);
  let glossary = EMPTY_GLOSSARY;
  if (typeof glossaryText === 'string') {
    const shown = path.posix.join(dir.split(path.sep).join('/'), GLOSSARY_FILE);
    const parsed = guard(shown, () => parseGlossary(shown, glossaryText), {
      glossary: EMPTY_GLOSSARY,
      problems: [],
    });
    glossary = parsed.glossary;
    problems.push(...parsed.problems);
  } else if (glossaryText.code !== 'ENOENT') {
    problems.push({
      file: glossaryPath,
      line: 0,
      message: `the glossary cannot be read (${glossaryText.code})`,
      lost: true,
    });
  }
  return {
    meetups,
    glossary,
    problems: problems.filter((p) => p.level !== 'info'),
    info: problems.filter((p) => p.level === 'info'),
  };
}

/**
 * `Content error in content/x.md:12: front matter is not valid YAML.`; an info note reads
 * `info: content/x.md:3: meetup date 2019-02-12 taken from line 3.`
 */
export function formatProblem(p: ContentProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  if (p.level === 'info') return `info: ${where}: ${p.message}.`;
  return `Content error in ${where}: ${p.message}.`;
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

async function readText(file: string): Promise<string | { code: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    return { code: errorCode(error) };
  }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}

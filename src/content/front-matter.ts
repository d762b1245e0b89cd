import { parse as parseToml, TomlError } from 'smol-toml';
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';
import { z } from 'zod';
import { httpUrl } from '../http-url.js';

const FIELDS = ['title', 'date', 'event_url', 'notes_url'] as const;
type Field = (typeof FIELDS)[number];
/**
 * Fields that blog generators (Hugo, Jekyll, Pelican, Hexo) give every post: notes kept as a
 * blog's posts have them by the dozen, and a warning for each would bury the ones about a
 * mistake (a misspelt `titel`, a `venue` the bot does not read). They are ignored without one.
 * Not `url` (as likely `event_url` misspelt), `draft` or `published` (a draft is served, which
 * its writer should know) or `publishDate` (a date the bot does not read).
 */
const SITE_FIELDS = new Set([
  'tags',
  'tag',
  'categories',
  'category',
  'summary',
  'description',
  'excerpt',
  'slug',
  'author',
  'authors',
  'lang',
  'language',
  'layout',
  'template',
  'type',
  'save_as',
  'permalink',
  'aliases',
  'weight',
  'keywords',
  'lastmod',
  'modified',
  'updated',
  'expirydate',
  'toc',
  'comments',
  'image',
  'images',
  'thumbnail',
  'cover',
  'series',
]);

/**
 * Fields that hold a post back on a blog, with the value that does: the bot serves every file it
 * is given, and says so when one is held back.
 */
const UNPUBLISHED_FIELDS: ReadonlyMap<string, string> = new Map([
  ['draft', 'true'],
  ['published', 'false'],
]);

/** What a valid date looks like, shown with every date problem. */
const DATE_EXAMPLE = '2021-01-20';

/** The fields a notes file may declare about itself. */
export interface FrontMatter {
  readonly title?: string;
  /** Always `YYYY-MM-DD`, however it was written. */
  readonly date?: string;
  readonly eventUrl?: string;
  readonly notesUrl?: string;
}

/** A problem in front matter, at the file line of the field it is about. */
export interface FrontMatterProblem {
  readonly line: number;
  readonly message: string;
  /** Nothing in the front matter could be used (it is not YAML, or not a mapping). */
  readonly lost?: true;
}

export interface FrontMatterResult {
  /** Every field that could be read; a field with a problem is left out, the others kept. */
  readonly value: FrontMatter;
  /** Every problem, in the order of the fields. */
  readonly problems: readonly FrontMatterProblem[];
}

const title = z.string().trim().min(1, 'must not be empty');

/** Front matter with nothing usable in it: one problem, the whole front matter lost. */
function lost(line: number, message: string): FrontMatterResult {
  return { value: {}, problems: [{ line, message, lost: true }] };
}

type MutableFrontMatter = { -readonly [K in keyof FrontMatter]: FrontMatter[K] };

/**
 * Parses the front matter: YAML between `---` fences, or TOML between `+++` fences (`format`).
 * `firstLine` is the file line of its first line, so problems point at the right place. Each
 * field is checked on its own, so one run lists every problem and a bad field does not take the
 * good ones with it. `heading` is the title of the notes' `#` heading, which a title here
 * replaces: a title cut short says so.
 */
export function parseFrontMatter(
  text: string,
  firstLine: number,
  heading?: string,
  format?: 'yaml' | 'toml',
): FrontMatterResult {
  return format === 'toml'
    ? parseTomlFrontMatter(text, firstLine, heading)
    : parseYamlFrontMatter(text, firstLine, heading);
}

/**
 * TOML front matter, as Hugo writes it, read with smol-toml (a maintained TOML 1.0 parser): the
 * same fields as YAML's, each problem at its key's line. TOML quotes every text, so nothing is
 * cut by a comment; its dates are read as written, in their own offset.
 */
function parseTomlFrontMatter(
  tomlText: string,
  firstLine: number,
  heading: string | undefined,
): FrontMatterResult {
  let data: Record<string, unknown>;
  try {
    data = parseToml(tomlText);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    // smol-toml's message: "Invalid TOML document: <reason>", then the line and a caret.
    const reason = String(error instanceof Error ? error.message : error)
      .replace(/\n[\s\S]*/, '')
      .replace('Invalid TOML document: ', '');
    return lost(firstLine + line - 1, `front matter is not valid TOML: ${reason}`);
  }
  const problems: FrontMatterProblem[] = [];
  const value: MutableFrontMatter = {};
  const keyLines = topLevelKeyLines(tomlText);
  for (const [key, raw] of Object.entries(data)) {
    const line = firstLine + (keyLines.get(key) ?? 0);
    readField({ key, raw }, value, (message) => problems.push({ line, message }), heading);
  }
  return { value, problems };
}

/**
 * The line (0-based) of each top-level key of a TOML text, in one pass: a line that sets a key
 * (`title = …`, `"title" = …`) or opens a table (`[params]`), not a line inside a multi-line
 * string or a multi-line array or table of a value. Keys are only located here: the parser has
 * already read the text, so a rough reading of brackets and quotes is enough.
 */
function topLevelKeyLines(tomlText: string): Map<string, number> {
  const lines = new Map<string, number>();
  let depth = 0;
  let multiline: string | undefined;
  tomlText.split('\n').forEach((line, i) => {
    if (multiline !== undefined) {
      if (line.includes(multiline)) multiline = undefined;
      return;
    }
    const key = depth === 0 ? TOML_KEY.exec(line) : null;
    // The first line of a name: top-level keys come before any table, whose keys may repeat
    // theirs, and an array of tables ([[a]]) is found at its first header.
    const name = key?.[1] ?? key?.[2] ?? key?.[3] ?? key?.[4] ?? key?.[5] ?? key?.[6];
    if (name !== undefined && !lines.has(name)) lines.set(name, i);
    // What the line leaves open: a multi-line string, or brackets of a value (a table's header
    // closes its own).
    const quotes = line.match(/"""|'''/g) ?? [];
    if (quotes.length % 2 === 1) multiline = quotes[quotes.length - 1];
    const bare = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'|#.*/g, '');
    depth = Math.max(
      0,
      depth + (bare.match(/[[{]/g)?.length ?? 0) - (bare.match(/[\]}]/g)?.length ?? 0),
    );
  });
  return lines;
}

/** A line setting a key (bare, "double" or 'single' quoted) or opening a table (`[a]`, `[[a]]`). */
const TOML_KEY =
  /^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=|^\s*\[{1,2}\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))/;

/** The YAML between the `---` fences (see {@link parseFrontMatter}). */
function parseYamlFrontMatter(
  yamlText: string,
  firstLine: number,
  heading: string | undefined,
): FrontMatterResult {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    firstLine + (offset === undefined ? 0 : yamlText.slice(0, offset).split('\n').length - 1);
  const yamlError = doc.errors[0];
  if (yamlError) {
    return lost(
      lineAt(yamlErrorOffset(doc, yamlError, yamlText)),
      `front matter is not valid YAML: ${yamlReason(yamlError)}`,
    );
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { value: {}, problems: [] };
  if (!isMap(root)) {
    return lost(
      firstLine,
      'front matter must be a mapping of fields (title, date, event_url, notes_url)',
    );
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS() as Record<string, unknown>;
  } catch {
    // e.g. yaml's guard against alias bombs ("Excessive alias count").
    return lost(firstLine, 'front matter could not be read as YAML');
  }
  const problems: FrontMatterProblem[] = [];
  const value: MutableFrontMatter = {};
  for (const pair of root.items) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineAt((pair.key as Node | null)?.range?.[0]);
    const entry = { key, raw: data[key], cut: cutByComment(pair.value, yamlText) };
    readField(entry, value, (message) => problems.push({ line, message }), heading);
  }
  return { value, problems };
}

/**
 * Where the mistake is. The parser notices a broken value where the next one starts (an unclosed
 * `[` at the key after it): the entry whose value runs up to that point is where the mistake is.
 */
function yamlErrorOffset(doc: Document.Parsed, error: YAMLError, yamlText: string): number {
  const at = Math.min(error.pos[0], yamlText.trimEnd().length);
  const spans = (value: unknown) => {
    const range = isNode(value) ? value.range : undefined;
    return range ? range[0] <= at && at <= range[1] : false;
  };
  const entry = isMap(doc.contents)
    ? doc.contents.items.find((item) => spans(item.value))
    : undefined;
  return isNode(entry?.key) ? entry.key.range[0] : at;
}

const NOT_A_FIELD = 'a line is not written as "field: value"';

/**
 * Why YAML refused the front matter, in the terms of the mistakes people make in it; YAML's own
 * message for the rarer ones.
 * @see https://eemeli.org/yaml/#errors
 */
function yamlReason({ code, message }: YAMLError): string {
  switch (code) {
    case 'MISSING_CHAR':
      if (message.includes('quote')) return 'a quoted value has no closing quote';
      if (message.includes('map values')) return NOT_A_FIELD;
      break;
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(message)?.[1];
      if (flow === 'sequence')
        return 'a "[" is never closed by "]"; quote the value if the "[" is part of it';
      if (flow === 'map')
        return 'a "{" is never closed by "}"; quote the value if the "{" is part of it';
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value has ": " in it, or a line is indented under a field; put such a value in quotes';
    case 'BAD_SCALAR_START':
      return `a value starts with "${message.slice(-1)}", which YAML reserves; put the value in quotes`;
    case 'TAB_AS_INDENT':
      return 'a line is indented with a tab; indent with spaces';
    case 'DUPLICATE_KEY':
      return 'a field is written twice; keep one';
    case 'UNEXPECTED_TOKEN':
      if (message.startsWith('Unexpected scalar'))
        return 'a value goes on after its closing quote or bracket; put the whole value in quotes (the other kind if it holds one)';
      break;
    case 'MULTILINE_IMPLICIT_KEY':
      return NOT_A_FIELD;
  }
  return `YAML says "${message}"`;
}

/**
 * One `key: value` entry: a known field's value into `value`, or a problem about it. A field's
 * name is read in any case (`Title:`, `Date:`, as some generators write their metadata).
 */
function readField(
  { key: written, raw, cut }: { key: string; raw: unknown; cut?: string | undefined },
  value: MutableFrontMatter,
  problem: (message: string) => void,
  heading: string | undefined,
): void {
  const key = written.toLowerCase();
  if (SITE_FIELDS.has(key)) return;
  const held = UNPUBLISHED_FIELDS.get(key);
  if (held !== undefined) {
    // draft: false, published: true say the file is out: nothing to warn of.
    if (String(raw).toLowerCase() === held)
      problem(
        `front matter field "${written}" is not read: the bot answers from this file all the same; keep a file that is not ready outside the content folder`,
      );
    return;
  }
  if (!isField(key)) {
    problem(
      `front matter field "${written}" is not one the bot reads (title, date, event_url, notes_url); it is ignored`,
    );
    return;
  }
  if (cut !== undefined) problem(cutMessage(key, raw, cut, heading));
  switch (key) {
    case 'title': {
      const text = readTitle(raw);
      // A title cut at " #9" is served whole, as it was meant ("Meetup #9"), with the problem.
      if (text !== undefined) value.title = cut === undefined ? text : wholeTitle(text, cut);
      else problem(`front matter field "title" must be text that is not empty; it is ignored`);
      break;
    }
    case 'date': {
      const date = readDate(raw);
      if (date) value.date = date;
      else
        problem(
          `front matter field "date" is not a date (${JSON.stringify(raw)}); write it like ${DATE_EXAMPLE}`,
        );
      break;
    }
    case 'event_url':
    case 'notes_url': {
      const parsed = httpUrl.safeParse(raw);
      if (parsed.success) value[key === 'event_url' ? 'eventUrl' : 'notesUrl'] = parsed.data;
      else
        problem(
          `front matter field "${key}" must be an http(s) URL such as https://example.com/; it is ignored`,
        );
      break;
    }
  }
}

function readTitle(raw: unknown): string | undefined {
  const parsed = title.safeParse(typeof raw === 'number' ? String(raw) : raw);
  return parsed.success ? parsed.data : undefined;
}

/** A title YAML cut at ` #`, whole again: the text and the comment that was part of it. */
function wholeTitle(text: string, cut: string): string {
  return `${text} #${cut}`;
}

/**
 * A value YAML cut at ` #`. A title is served whole as it was meant (other tools still read it
 * cut); it is served instead of the `#` heading (front matter wins), so when the two differ the
 * heading a reader sees in the notes is not what the bot calls the meetup: say so.
 */
function cutMessage(key: Field, raw: unknown, cut: string, heading: string | undefined): string {
  const yaml = `YAML takes " #${cut}" for a comment`;
  const text = key === 'title' ? readTitle(raw) : undefined;
  if (text === undefined)
    return `front matter field "${key}" reads as "${String(raw)}": ${yaml}; put the value in quotes`;
  const served = wholeTitle(text, cut);
  const reads = `front matter field "title" is read as "${served}", but ${yaml}`;
  if (heading === undefined || served === heading) return `${reads}; put the value in quotes`;
  return `${reads}, and this title replaces the heading "${heading}"; put the value in quotes, or leave the title out to use the heading`;
}

function isField(key: string): key is Field {
  return (FIELDS as readonly string[]).includes(key);
}

/**
 * The text YAML dropped from an unquoted value as a comment, when it looks meant as part of the
 * value: `Meetup #9` (a `#` right before text, on the value's own line), up to a comment written
 * as one (`Meetup #9  # rename`: a `#` with a space or nothing after it). A comment written as
 * one alone (`2021-01-20  # optional`), one on a line of its own, and a quoted value are no cut.
 */
function cutByComment(node: unknown, source: string): string | undefined {
  if (!isScalar(node) || node.type !== 'PLAIN') return undefined;
  const after = source.slice(node.range?.[1] ?? source.length);
  return /^[ \t]+#(\S[^\n]*)/
    .exec(after)?.[1]
    ?.replace(/\s#(?:\s.*)?$/, '')
    .trimEnd();
}

/**
 * A calendar date as people, YAML and TOML write it: `2021-01-20`, `2021/1/20`, `20210120`, a
 * day with its time (`2021-01-20T19:00:00+09:00`, the day as written), or a YAML or TOML
 * timestamp. Impossible dates (`2021-13-45`) and words (`next tuesday`) give undefined.
 */
export function readDate(raw: unknown): string | undefined {
  // A TOML date prints as written, in its own offset; a time of day alone is no date.
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? undefined : ISO_DAY.exec(raw.toISOString())?.[0];
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const match = DAY_WRITTEN.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021-13-45 over into 2022; a real date survives the round trip.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? iso(date) : undefined;
}

/** A day as people write it, maybe with the time of day after it (as blogs date a post). */
const DAY_WRITTEN =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** The day an ISO timestamp begins with. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?=T|$)/;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import { httpUrl } from '../http-url.js';

const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').optional(),
    // YAML reads an unquoted 2020-10-01 as a date; keep what the organizer wrote.
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
    event_url: httpUrl.optional(),
    notes_url: httpUrl.optional(),
  })
  .strict();

/** The fields a notes file may declare about itself. */
export interface FrontMatter {
  readonly title?: string;
  readonly date?: string;
  readonly eventUrl?: string;
  readonly notesUrl?: string;
}

export interface FrontMatterResult {
  /** What could be read; empty when the YAML is not usable. */
  readonly value: FrontMatter;
  readonly problem?: { readonly line: number; readonly message: string; readonly lost?: true };
}

/**
 * Parses the YAML between the `---` fences. `firstLine` is the file line of the YAML's first line,
 * so problems point at the right place.
 */
export function parseFrontMatter(yamlText: string, firstLine: number): FrontMatterResult {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = firstLine + (yamlError.linePos?.[0].line ?? 1) - 1;
    return { value: {}, problem: { line, message: 'front matter is not valid YAML', lost: true } };
  }
  let problem: FrontMatterResult['problem'];
  for (const field of ['title', 'date']) {
    const node = doc.get(field, true);
    // `title: Meetup #9` silently becomes "Meetup": YAML reads " #9" as a comment.
    if (isScalar(node) && node.comment !== undefined && node.range) {
      const line = firstLine + yamlText.slice(0, node.range[0]).split('\n').length - 1;
      problem = {
        line,
        message: `front matter field "${field}" contains " #", which YAML reads as a comment; put the value in quotes`,
      };
    }
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch {
    // e.g. yaml's guard against alias bombs ("Excessive alias count").
    return {
      value: {},
      problem: { line: firstLine, message: 'front matter could not be read as YAML', lost: true },
    };
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const message =
      issue?.code === 'unrecognized_keys'
        ? `front matter has unknown field(s) ${issue.keys.join(', ')} (known: title, date, event_url, notes_url)`
        : field
          ? `front matter field "${field}" ${issue?.message ?? 'is invalid'}`
          : 'front matter must be a mapping of fields (title, date, event_url, notes_url)';
    return { value: {}, problem: { line: firstLine - 1, message } };
  }
  const { title, date, event_url, notes_url } = parsed.data;
  return {
    ...(problem && { problem }),
    value: {
      ...(title !== undefined && { title }),
      ...(date !== undefined && { date }),
      ...(event_url !== undefined && { eventUrl: event_url }),
      ...(notes_url !== undefined && { notesUrl: notes_url }),
    },
  };
}

import { isNode, isSeq, parseDocument } from 'yaml';
import type { ContentProblem } from '../content/meetup.js';
import { normalize } from './normalize.js';

/** Groups of equivalent terms (normalized), e.g. k8s / kubernetes / クーバネティス. */
export interface Glossary {
  readonly groups: readonly (readonly string[])[];
}

export const EMPTY_GLOSSARY: Glossary = { groups: [] };

export interface ParsedGlossary {
  readonly glossary: Glossary;
  readonly problems: readonly ContentProblem[];
}

/**
 * Reads `glossary.yml`: a YAML list whose items are lists of equivalent terms. A malformed group
 * is reported with its line and skipped; the rest still load.
 */
export function parseGlossary(file: string, text: string): ParsedGlossary {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return parseGroupByGroup(file, text);
  const problems: ContentProblem[] = [];
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
  const root = doc.contents;
  if (root === null) return { glossary: EMPTY_GLOSSARY, problems };
  if (!isSeq(root)) {
    problems.push({
      file,
      line: 1,
      message: 'the glossary must be a list of term groups, e.g. - [k8s, Kubernetes]',
      lost: true,
    });
    return { glossary: EMPTY_GLOSSARY, problems };
  }
  const groups: string[][] = [];
  for (const node of root.items) {
    const value: unknown = isNode(node) ? node.toJSON() : node;
    const line = lineAt(isNode(node) ? node.range?.[0] : undefined);
    if (
      !Array.isArray(value) ||
      value.some((t) => typeof t !== 'string' && typeof t !== 'number')
    ) {
      problems.push({
        file,
        line,
        message: 'a glossary group must be a list of terms, e.g. - [LB, load balancer]',
      });
      continue;
    }
    const terms = [
      ...new Set(value.map((t) => normalize(String(t)).trim()).filter((t) => t !== '')),
    ];
    if (terms.length < 2) {
      problems.push({ file, line, message: 'a glossary group needs at least two terms' });
      continue;
    }
    groups.push(terms);
  }
  return { glossary: { groups }, problems };
}

/**
 * A glossary that is not valid YAML as a whole, say `- [foo, bar` with its `]` missing: each
 * top-level `- ` item is read on its own, so one typo costs its own group, not all of them.
 */
function parseGroupByGroup(file: string, text: string): ParsedGlossary {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (i === 0 || /^-(?:\s|$)/.test(line) ? [i] : []));
  const groups: (readonly string[])[] = [];
  const problems: ContentProblem[] = [];
  starts.forEach((start, k) => {
    const chunk = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
    const parsed = parseGroupChunk(file, chunk, start);
    groups.push(...parsed.glossary.groups);
    problems.push(...parsed.problems);
  });
  return { glossary: { groups }, problems };
}

function parseGroupChunk(file: string, chunk: string, offset: number): ParsedGlossary {
  const yamlError = parseDocument(chunk).errors[0];
  if (yamlError) {
    return {
      glossary: EMPTY_GLOSSARY,
      problems: [
        {
          file,
          line: offset + 1,
          message: 'this glossary group is not valid YAML (a missing "]" or quote?); it is skipped',
          lost: true,
        },
      ],
    };
  }
  const parsed = parseGlossary(file, chunk);
  return {
    glossary: parsed.glossary,
    problems: parsed.problems.map((p) => ({ ...p, line: p.line + offset })),
  };
}

import type { ContentProblem } from './meetup.js';

/**
 * What the bot says about the notes' problems, and the glossary's file name: apart from
 * `load-content.ts`, so a bot that reads its notes in a child process (and only logs what the
 * child found) does not load the Markdown and YAML parsers itself.
 */

export const GLOSSARY_FILE = 'glossary.yml';

export type ProblemLevel = NonNullable<ContentProblem['level']>;

/** `error` for content that is not served, `warning` for content served with a doubt. */
export function problemLevel(p: ContentProblem): ProblemLevel {
  return p.level ?? (p.lost ? 'error' : 'warning');
}

/**
 * For logs: `Content error in content/x.md:12: front matter is not valid YAML.`; an info note
 * reads `info: content/x.md:3: meetup date 2019-02-12 taken from line 3.`
 */
export function formatProblem(p: ContentProblem): string {
  const level = problemLevel(p);
  if (level === 'info') return formatProblemLine(p);
  return `Content ${level} in ${where(p)}: ${p.message}.`;
}

/** For a terminal, labelled first: `warning: content/x.md:4: front matter field …`. */
export function formatProblemLine(p: ContentProblem): string {
  return `${problemLevel(p)}: ${where(p)}: ${p.message}.`;
}

function where(p: ContentProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}` : p.file;
}

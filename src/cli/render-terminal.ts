import type { Answer, AnswerResult, MeetupListing, TextRange } from '../answer/answer.js';
import { missingLinkText } from '../requests/reply-texts.js';

export interface TerminalStyle {
  /** ANSI bold/dim when the output is a terminal; plain marks otherwise. */
  readonly color: boolean;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

export const TERMINAL_HELP = [
  'Ask a question about the meetup talks, in Japanese or English, for example:',
  '  When did Ansible 2.10 become GA?',
  '  NSX-Tで分散ファイアウォールに相当するk8sの機能は?',
  '  Where are the slides for the Ansible talk?',
  '"talks" lists the meetups and talks; "help" shows this text.',
].join('\n');

/** Renders an {@link Answer} as text for a person at a terminal, matches emphasised. */
export function renderAnswerText(answer: Answer, style: TerminalStyle): string {
  switch (answer.kind) {
    case 'found':
      return answer.results.map((r, i) => renderResult(r, i + 1, style)).join('\n\n');
    case 'not-found': {
      const lines = [`The notes have no answer to "${answer.query}".`];
      if (answer.suggestions.length > 0) {
        lines.push('Related talks:', ...answer.suggestions.map((s) => `  - ${s}`));
      }
      lines.push('Type "talks" to see every talk.');
      return lines.join('\n');
    }
    case 'help':
      return TERMINAL_HELP;
    case 'invalid':
      return answer.reason;
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}

/** Renders the meetups and their talks with their links. */
export function renderTalksText(meetups: readonly MeetupListing[], style: TerminalStyle): string {
  if (meetups.length === 0) return 'No notes are loaded yet.';
  return meetups
    .map((m) => {
      const head = emphasise(m.date ? `${m.title} (${m.date})` : m.title, style);
      const talks = m.talks.map((t) => {
        const links = t.links.map((l) => `    ${l.kind}: ${l.url}`);
        return [`  - ${t.title}`, ...links].join('\n');
      });
      return [head, ...talks].join('\n');
    })
    .join('\n\n');
}

function renderResult(r: AnswerResult, n: number, style: TerminalStyle): string {
  const where = [r.meetup, r.section].filter(Boolean).join(' › ');
  const lines = [
    `${n}. ${emphasise(r.talk, style)}`,
    `   ${style.color ? `${DIM}${where}${RESET}` : where}`,
    ...highlight(r.snippet, r.matches, style)
      .split('\n')
      .map((l) => `   ${l}`),
  ];
  for (const link of r.links) lines.push(`   ${link.kind}: ${link.url}`);
  if (r.missing) lines.push(`   ${missingLinkText(r.missing)}`);
  if (r.notesUrl) lines.push(`   notes: ${r.notesUrl}`);
  return lines.join('\n');
}

/** A URL in a snippet, up to the next space or closing bracket. */
const URL_IN_TEXT = /https?:\/\/[^\s<>()【】]+/g;

function highlight(text: string, matches: readonly TextRange[], style: TerminalStyle): string {
  // Never mark inside a link: brackets or escapes in a URL break it for whoever copies or clicks it.
  const links = [...text.matchAll(URL_IN_TEXT)].map((u) => ({
    start: u.index,
    end: u.index + u[0].length,
  }));
  const outside = matches.filter((m) => !links.some((l) => m.start < l.end && m.end > l.start));
  let out = '';
  let at = 0;
  for (const m of outside) {
    out += text.slice(at, m.start) + emphasise(text.slice(m.start, m.end), style);
    at = m.end;
  }
  return out + text.slice(at);
}

function emphasise(text: string, style: TerminalStyle): string {
  return style.color ? `${BOLD}${text}${RESET}` : `【${text}】`;
}

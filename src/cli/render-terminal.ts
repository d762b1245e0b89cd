import {
  ADDRESSES_PER_RESULT,
  type Answer,
  type AnswerResult,
  type MeetupListing,
  type TextRange,
} from '../answer/answer.js';
import type { Address } from '../content/meetup.js';
import { type BotIdentity, DEFAULT_BOT } from '../messages/bot-identity.js';
import { type Messages, messagesFor } from '../messages/catalog.js';
import { lackedByTalk } from '../messages/lacked-by-talk.js';

export interface TerminalStyle {
  /** ANSI bold/dim when the output is a terminal; plain marks otherwise. */
  readonly color: boolean;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

const ENGLISH = messagesFor('en');

/**
 * How to ask, at a terminal; with an example question when the loaded notes answer one (see
 * `seedExample`), and the bot's command for the chats.
 */
export function terminalHelp(
  say: Messages = ENGLISH,
  example?: string,
  identity: BotIdentity = DEFAULT_BOT,
): string {
  const [first = '', ...rest] = say.helpConsole(identity);
  return [first, ...(example === undefined ? [] : [`  ${say.example(example)}`]), ...rest].join(
    '\n',
  );
}

/**
 * Renders an {@link Answer} as text for a person at a terminal, matches emphasised, worded in
 * the language of `say`.
 */
export function renderAnswerText(
  answer: Answer,
  style: TerminalStyle,
  say: Messages = ENGLISH,
): string {
  switch (answer.kind) {
    case 'found':
      return answer.results.map((r, i) => renderResult(r, i + 1, style, say)).join('\n\n');
    case 'not-found': {
      // A talk that lacks the link asked for, or every name offered, is named in the one
      // sentence saying so.
      const about = lackedByTalk(answer, say, (text) => text);
      if (about) return [about, say.seeAllTalks('"talks"')].join('\n');
      const lines = [say.notFound(answer.query)];
      if (answer.suggestions.length > 0) {
        lines.push(say.related, ...answer.suggestions.map((s) => `  - ${s}`));
      }
      lines.push(say.seeAllTalks('"talks"'));
      return lines.join('\n');
    }
    case 'help':
      return terminalHelp(say);
    case 'invalid':
      return answer.reason;
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}

/** Renders the meetups and their talks with their links. */
export function renderTalksText(
  meetups: readonly MeetupListing[],
  style: TerminalStyle,
  say: Messages = ENGLISH,
): string {
  if (meetups.length === 0) return say.noTalksYet;
  return meetups
    .map((m) => {
      const head = emphasise(m.date ? `${m.title} (${m.date})` : m.title, style);
      const talks = m.talks.map((t) => {
        const links = t.links.map((l) => `    ${say.linkLabel(l.kind)}: ${l.url}`);
        return [`  - ${t.title}`, ...links].join('\n');
      });
      return [head, ...talks].join('\n');
    })
    .join('\n\n');
}

function renderResult(r: AnswerResult, n: number, style: TerminalStyle, say: Messages): string {
  const where = [r.meetup, r.section].filter(Boolean).join(' › ');
  const lines = [
    `${n}. ${emphasise(r.talk, style)}`,
    `   ${style.color ? `${DIM}${where}${RESET}` : where}`,
    ...highlight(r.snippet, r.matches, style)
      .split('\n')
      .map((l) => `   ${l}`),
  ];
  for (const link of r.links) lines.push(`   ${say.linkLabel(link.kind)}: ${link.url}`);
  for (const address of shownAddresses(r.addresses)) {
    lines.push(`   ${say.addressLabel}: ${addressText(address)}`);
  }
  if (r.missing) lines.push(`   ${say.missingLink(r.missing)}`);
  if (r.notesUrl) lines.push(`   ${say.notesLabel}: ${r.notesUrl}`);
  return lines.join('\n');
}

/** Characters a terminal acts on (escape sequences, carriage returns) rather than shows. */
const CONTROL = /\p{Cc}+/gu;
/** An address a person can open: http(s), nothing a terminal would act on. */
const OPENABLE = /^https?:\/\/[^\s\p{Cc}]+$/iu;

/** The addresses a result gives that a person can open, at most {@link ADDRESSES_PER_RESULT}. */
function shownAddresses(addresses: readonly Address[] | undefined): readonly Address[] {
  return addresses?.filter((a) => OPENABLE.test(a.url)).slice(0, ADDRESSES_PER_RESULT) ?? [];
}

/** `label <url>`, or the URL alone; the label on one line, with no control characters. */
function addressText({ url, label }: Address): string {
  const shown = label?.replace(CONTROL, ' ').trim();
  return shown ? `${shown} <${url}>` : url;
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

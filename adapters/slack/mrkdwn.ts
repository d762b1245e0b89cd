import type { TextRange } from '../../src/answer/answer.js';
import { mergeRanges } from '../../src/answer/merge-ranges.js';

/**
 * Escapes the three characters Slack treats as control characters in `mrkdwn` text, so text typed
 * by a user or written in the notes can never turn into `<!channel>`, `<@U…>` or a link.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Slack only recognises `*bold*` when the asterisks touch whitespace or punctuation, which
// Japanese text (no spaces between words) rarely gives it; a zero-width space on each side does.
const ZWSP = '\u200B';

/**
 * Escapes `text` and wraps each matched range in `*…*`. Ranges may overlap, be unsorted or fall
 * outside the text: they come from a search engine, and a bad range must not break an answer.
 */
export function boldRanges(text: string, ranges: readonly TextRange[]): string {
  const merged = boldableRanges(text, ranges);
  let out = '';
  let at = 0;
  for (const { start, end } of merged) {
    out += escapeMrkdwn(text.slice(at, start));
    out += `${ZWSP}*${escapeMrkdwn(text.slice(start, end))}*${ZWSP}`;
    at = end;
  }
  return out + escapeMrkdwn(text.slice(at));
}

/** Clamps, trims and merges the engine's ranges into ranges Slack can bold. */
function boldableRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  return mergeRanges(
    ranges
      .map(({ start, end }) => ({
        start: Math.max(0, Math.min(start, text.length)),
        end: Math.max(0, Math.min(end, text.length)),
      }))
      .map((r) => trimRange(text, r))
      // An asterisk inside the range would close the bold early and leave stray markup.
      .filter((r) => r.end > r.start && !text.slice(r.start, r.end).includes('*')),
  );
}

// `* bold *` with inner spaces does not render as bold, so matched whitespace stays outside.
function trimRange(text: string, { start, end }: TextRange): TextRange {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/**
 * A Slack link `<url|label>`. The label is escaped; characters that would end the link early are
 * percent-encoded in the URL. Only http(s) URLs become links, anything else is shown as text.
 * @see https://docs.slack.dev/messaging/formatting-message-text#linking-urls
 */
export function mrkdwnLink(url: string, label: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMrkdwn(label);
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, encodeURIComponent);
  // A `|` or `>` in the label would also end the link; look-alikes keep the label readable.
  const safeLabel = escapeMrkdwn(label.replace(/\|/g, '¦'));
  return `<${safeUrl}|${safeLabel}>`;
}

/**
 * Shortens already-formatted mrkdwn to at most `max` characters, ending in `…`. It never cuts
 * inside an entity (`&amp;`), a link (`<…>`) or a surrogate pair, which would show as garbage.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const openLink = cut.lastIndexOf('<');
  if (openLink > cut.lastIndexOf('>')) cut = cut.slice(0, openLink);
  const openEntity = cut.lastIndexOf('&');
  if (openEntity > cut.lastIndexOf(';')) cut = cut.slice(0, openEntity);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

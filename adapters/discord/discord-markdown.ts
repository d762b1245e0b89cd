import { escapeMarkdown as escapeDiscordMarkdown } from 'discord.js';
import type { TextRange } from '../../src/answer/answer.js';
import { mergeRanges } from '../../src/answer/merge-ranges.js';

/** What a cut-short piece of text ends with, so a reader knows there was more. */
const ELLIPSIS = '…';

const BOLD = '**';
const ZERO_WIDTH_SPACE = '\u200b';
/** A URL is emphasised and cut whole: half a link, or a backslash inside one, breaks it. */
const URL_PATTERN = /https?:\/\/[^\s<>]+/gu;
/** discord.js leaves line-start Markdown and masked links unescaped unless asked. */
const ALL_MARKDOWN = {
  heading: true,
  bulletedList: true,
  numberedList: true,
  maskedLink: true,
} as const;

/**
 * Escapes text so Discord shows it literally. discord.js's `escapeMarkdown` does the Markdown
 * (and leaves URLs alone); what it does not touch is done here: `<` (user, role and channel
 * mentions, timestamps), block quotes, and `@everyone`/`@here`, which get a zero-width space so
 * they stay plain text even if a caller forgets `allowedMentions`.
 * @see https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
function escapeText(text: string): string {
  return escapeDiscordMarkdown(text, ALL_MARKDOWN)
    .replace(/</g, '\\<')
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/@(everyone|here)/g, `@${ZERO_WIDTH_SPACE}$1`);
}

interface Segment {
  readonly text: string;
  readonly bold: boolean;
  /** Whether the run starts a line, where `#`, `-`, `1.` and `>` mean something. */
  readonly lineStart: boolean;
}

/**
 * Splits `text` into plain and bold runs. Ranges are clamped, merged, widened to whole code
 * points and whole URLs, and whitespace is never bold (`** x**` does not render as bold).
 */
function segments(text: string, ranges: readonly TextRange[]): Segment[] {
  const urls = [...text.matchAll(URL_PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const bold = mergeRanges(
    ranges
      .map(({ start, end }) => ({
        start: Math.max(0, Math.min(start, text.length)),
        end: Math.max(0, Math.min(end, text.length)),
      }))
      .filter((r) => r.end > r.start)
      .map((r) => widen(text, r, urls)),
  );
  const out: Segment[] = [];
  let at = 0;
  const push = (part: string, isBold: boolean) => {
    if (part === '') return;
    out.push({ text: part, bold: isBold, lineStart: at === 0 || text[at - 1] === '\n' });
    at += part.length;
  };
  for (const r of bold) {
    push(text.slice(at, r.start), false);
    // Stryker disable next-line Regex: the parts alternate between runs of white space and runs of none, so splitting on one white-space character or on non-space, or testing for white space anywhere, gives the same bold runs
    for (const part of text.slice(r.start, r.end).split(/(\s+)/u)) push(part, !/^\s/u.test(part));
  }
  push(text.slice(at), false);
  return out;
}

function widen(text: string, range: TextRange, urls: readonly TextRange[]): TextRange {
  let { start, end } = range;
  for (const url of urls) {
    if (url.start < end && start < url.end) {
      start = Math.min(start, url.start);
      end = Math.max(end, url.end);
    }
  }
  if (isLowSurrogate(text, start) && start > 0) start -= 1;
  // At text.length charCodeAt is NaN, no surrogate: the end needs no bound.
  if (isLowSurrogate(text, end)) end += 1;
  return { start, end };
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

function render({ text, bold, lineStart }: Segment): string {
  // In the middle of a line, a letter in front keeps "2.10" or "- x" from being read (and
  // escaped) as the start of a list.
  const escaped = lineStart ? escapeText(text) : escapeText(`x${text}`).slice(1);
  return bold ? `${BOLD}${escaped}${BOLD}` : escaped;
}

/**
 * The longest start of `text` whose rendering fits in `room`, cut at a code point and never
 * inside a URL; the escaping is redone on the cut text, so no lone backslash is left.
 */
function fittingStart(segment: Segment, room: number): Segment | undefined {
  const { text } = segment;
  // After each code point (a string iterates by code point, never between a surrogate pair).
  let end = 0;
  const cuts = Array.from(text, (char) => {
    end += char.length;
    return end;
  });
  const inUrl = [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
  const allowed = cuts.filter((c) => !inUrl.some(([s = 0, e = 0]) => c > s && c < e));
  const fits = (cut: number) => render({ ...segment, text: text.slice(0, cut) }).length <= room;
  // Escaping only ever adds characters, so "fits" holds for every cut up to some point.
  let lo = 0;
  let hi = allowed.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(allowed[mid] ?? 0)) lo = mid;
    else hi = mid - 1;
  }
  const cut = allowed[lo] ?? 0;
  return cut > 0 && fits(cut) ? { ...segment, text: text.slice(0, cut) } : undefined;
}

/**
 * Escapes `text` for Discord Markdown, bolds the `ranges` (offsets into the plain text) and cuts
 * the result to at most `maxLength` characters of markup, ending with {@link ELLIPSIS} when cut.
 * A cut never leaves a dangling `**`, a lone backslash, half a URL or half a surrogate pair.
 */
export function formatMarkdown(
  text: string,
  ranges: readonly TextRange[],
  maxLength = Number.POSITIVE_INFINITY,
): string {
  // Escaping only adds characters, so nothing past maxLength (and a code point) can be shown;
  // leaving it out keeps discord.js's look-behind regexes from scanning a huge text.
  // When text is left out, what is shown renders to more than maxLength (two characters more at
  // least), so the loop below cuts it and adds the ellipsis before reaching its end.
  const shown = Number.isFinite(maxLength) ? text.slice(0, Math.max(0, maxLength) + 2) : text;
  const parts = segments(shown, ranges);
  let out = '';
  for (const [i, segment] of parts.entries()) {
    const piece = render(segment);
    const last = i === parts.length - 1;
    if (out.length + piece.length + (last ? 0 : ELLIPSIS.length) <= maxLength) {
      out += piece;
      continue;
    }
    const start = fittingStart(segment, maxLength - out.length - ELLIPSIS.length);
    if (start) out += render(start);
    return maxLength >= out.length + ELLIPSIS.length ? `${out}${ELLIPSIS}` : out;
  }
  return out;
}

/** Escapes user or notes text so Discord shows it literally, cut to `maxLength`. */
export function escapeMarkdown(text: string, maxLength?: number): string {
  // Stryker disable next-line ArrayDeclaration: a non-range entry clamps to NaN and is filtered out, so it bolds nothing
  return formatMarkdown(text, [], maxLength);
}

/**
 * Cuts plain text (author names, footers: fields Discord does not parse as Markdown) to
 * `maxLength`, without splitting a surrogate pair.
 */
export function truncatePlain(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length + ELLIPSIS.length > maxLength) break;
    out += char;
  }
  return `${out}${ELLIPSIS}`;
}

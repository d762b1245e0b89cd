import type { TextRange } from '../../src/answer/answer.js';

/** What a cut-short piece of text ends with, so a reader knows there was more. */
export const ELLIPSIS = '…';

/**
 * Characters that start inline Markdown anywhere in a line: emphasis, code, spoilers, masked
 * links and `<@id>`-style mentions. Discord honours a backslash before any ASCII punctuation.
 * @see https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
const INLINE_MARKUP = new Set(['\\', '*', '_', '~', '`', '|', '<', '[', ']']);
/** Characters that only mean something at the start of a line: headings, lists, quotes. */
const LINE_START_MARKUP = new Set(['#', '-', '>']);
/**
 * Pieces kept whole: a URL (escaping inside it would change the link) and `@everyone`/`@here`,
 * which get a zero-width space so they stay plain text even if a caller forgets
 * `allowedMentions`.
 */
const ATOMIC = /https?:\/\/[^\s<>]+|@(?:everyone|here)/gu;
const ZERO_WIDTH_SPACE = '\u200b';

interface Atom {
  readonly start: number;
  readonly end: number;
  readonly markup: string;
  readonly blank: boolean;
}

/** Splits text into the smallest pieces that can be escaped, emphasised and cut on their own. */
function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let atLineStart = true;
  let index = 0;
  const pushChars = (until: number) => {
    while (index < until) {
      const codePoint = text.codePointAt(index) ?? 0;
      const char = String.fromCodePoint(codePoint);
      const needsEscape = INLINE_MARKUP.has(char) || (atLineStart && LINE_START_MARKUP.has(char));
      const blank = /\s/u.test(char);
      atoms.push({
        start: index,
        end: index + char.length,
        markup: needsEscape ? `\\${char}` : char,
        blank,
      });
      if (char === '\n') atLineStart = true;
      else if (char !== ' ' && char !== '\t') atLineStart = false;
      index += char.length;
    }
  };
  for (const match of text.matchAll(ATOMIC)) {
    pushChars(match.index);
    const token = match[0];
    const markup = token.startsWith('@') ? `@${ZERO_WIDTH_SPACE}${token.slice(1)}` : token;
    atoms.push({ start: index, end: index + token.length, markup, blank: false });
    index += token.length;
    atLineStart = false;
  }
  pushChars(text.length);
  return atoms;
}

const overlaps = (atom: Atom, ranges: readonly TextRange[]) =>
  ranges.some((r) => r.start < atom.end && atom.start < r.end && r.start < r.end);

/**
 * Escapes `text` for Discord Markdown, bolds the `ranges` (offsets into the plain text) and cuts
 * the result to at most `maxLength` characters of markup, ending with {@link ELLIPSIS} when cut.
 * Cutting happens between whole pieces, so it never leaves a dangling `**`, a lone backslash,
 * half a URL or half a surrogate pair.
 */
export function formatMarkdown(
  text: string,
  ranges: readonly TextRange[] = [],
  maxLength = Number.POSITIVE_INFINITY,
): string {
  const atoms = atomize(text);
  const bold = atoms.map((atom) => !atom.blank && overlaps(atom, ranges));
  let out = '';
  let open = false;
  for (const [i, atom] of atoms.entries()) {
    const isBold = bold[i] ?? false;
    const willClose = isBold && !(bold[i + 1] ?? false);
    const piece = `${isBold && !open ? '**' : ''}${atom.markup}${willClose ? '**' : ''}`;
    // Room for the closing marker of a run still open and for the ellipsis if more follows.
    const reserve = (open && !willClose && isBold ? 2 : 0) + (i < atoms.length - 1 ? 1 : 0);
    if (out.length + piece.length + reserve > maxLength) {
      return `${out}${open ? '**' : ''}${ELLIPSIS}`.slice(0, Math.max(0, maxLength));
    }
    out += piece;
    open = isBold && !willClose;
  }
  return out;
}

/** Escapes user or notes text so Discord shows it literally. */
export function escapeMarkdown(text: string, maxLength?: number): string {
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

import { foldWidthAndCase } from '../search/normalize.js';
import type { TextRange } from './answer.js';
import { mergeRanges } from './merge-ranges.js';
import { type SnippetWords, type TermRange, wholeAt, windowByWords } from './snippet-window.js';

export interface Snippet {
  readonly text: string;
  readonly matches: readonly TextRange[];
}

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `maxChars` around where the terms match, and returns where they match in
 * the cut text. Terms are already normalized; the text is compared after the same NFKC + lower
 * case, character by character, so offsets point into the original text. Given the question's
 * `words` the terms stand for, the window shows the most of them (see {@link windowByWords});
 * else the most matched characters.
 */
export function buildSnippet(
  text: string,
  terms: readonly string[],
  maxChars: number,
  words?: SnippetWords,
): Snippet {
  const found = findTerms(text, terms);
  const ranges = mergeRanges(found.map((f) => f.range));
  if (text.length <= maxChars) return { text, matches: ranges };
  const budget = maxChars - 2 * ELLIPSIS.length;
  const start =
    (words && windowByWords(text, terms, found, budget, words)) ??
    bestWindowStart(text, ranges, budget);
  const end = Math.min(text.length, start + budget);
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const shift = head.length - start;
  const matches = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) + shift, end: Math.min(r.end, end) + shift }));
  return { text: head + text.slice(start, end) + tail, matches };
}

/** Every place a term occurs, with the term's index (overlapping places and all). */
function findTerms(text: string, terms: readonly string[]): TermRange[] {
  const { folded, origin } = fold(text);
  const found: TermRange[] = [];
  for (const [index, term] of terms.entries()) {
    if (term.length === 0) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      // Latin terms match whole words only, so "ga" does not light up inside "gateway" (but does
      // in "22ga", where a number ends and a word starts).
      if (!wholeAt(folded, term, at)) continue;
      found.push({
        term: index,
        range: { start: origin[at] ?? 0, end: origin[end] ?? text.length },
      });
    }
  }
  return found;
}

/**
 * NFKC + lower case per code point, remembering where each folded unit came from. A run of ASCII
 * folds as a whole (lower case is all that changes it, a character at a time), and the pieces are
 * joined once: adding each character to the text made a string per character of every snippet.
 */
function fold(text: string): { folded: string; origin: number[] } {
  const pieces: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ascii = asciiRunEnd(text, i);
    if (ascii > i) {
      pieces.push(text.slice(i, ascii).toLowerCase());
      for (let k = i; k < ascii; k++) origin.push(k);
      i = ascii;
      continue;
    }
    // A surrogate pair is one code point; a lone surrogate is one unit, as the text iterates.
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const piece = foldWidthAndCase(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    pieces.push(piece);
    i += width;
  }
  origin.push(text.length);
  return { folded: pieces.join(''), origin };
}

/** Where the run of ASCII characters from `start` ends (`start` when there is none). */
function asciiRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text.charCodeAt(end) < 0x80) end++;
  return end;
}

/** The window start that covers the most matched characters, nudged back to a line start. */
function bestWindowStart(text: string, ranges: readonly TextRange[], width: number): number {
  let best = 0;
  let bestCovered = -1;
  for (const candidate of ranges) {
    const start = Math.max(0, Math.min(candidate.start - 20, text.length - width));
    const covered = ranges.reduce(
      (sum, r) => sum + Math.max(0, Math.min(r.end, start + width) - Math.max(r.start, start)),
      0,
    );
    if (covered > bestCovered) {
      bestCovered = covered;
      best = start;
    }
  }
  const lineStart = text.lastIndexOf('\n', best) + 1;
  const firstRange = ranges.find((r) => r.start >= best);
  if (best - lineStart < 60 && (!firstRange || firstRange.end <= lineStart + width))
    return lineStart;
  return best;
}

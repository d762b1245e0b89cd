import { at } from '../at.js';
import { foldWidthAndCase } from '../search/normalize.js';
import type { TextRange } from './answer.js';

/**
 * The question's words, for placing a snippet's window in a passage longer than the snippet: a
 * nested list of many lines, where the line that answers is among lines that only share the
 * talk's topic.
 */
export interface SnippetWords {
  /** Per highlight term, in its order, the question's words it stands for (indices). */
  readonly wordsOf: readonly (readonly number[])[];
  /** Per word (by index), its weight in the question. */
  readonly weights: readonly number[];
  /**
   * The talk's title. A word it has says which talk, not where in the talk's passage: it is
   * written all over it.
   */
  readonly title: string;
  /** Whether a line states what the question asks for (a number of the kind it asks). */
  readonly answers?: (line: string) => boolean;
}

/** Where one highlight term occurs: the index of the term in the highlight list, and its range. */
export interface TermRange {
  readonly term: number;
  readonly range: TextRange;
}

interface WordHit {
  /** The word's index, or {@link ANSWER_LINE} for a line that states what is asked. */
  readonly word: number;
  readonly start: number;
  readonly end: number;
}

/** A line stating the asked number counts as one more word, of a real word's weight. */
const ANSWER_LINE = -1;
/** How much of a line stating the number must be in the window: its start, as a reader sees it. */
const ANSWER_LINE_SHOWN = 20;
/** A window may also start this far before a word, for a word deep in a line longer than it. */
const LEAD_IN = 20;

const LETTER = /[a-z]/;
const DIGIT = /[0-9]/;

function sameClass(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (LETTER.test(a) && LETTER.test(b)) || (DIGIT.test(a) && DIGIT.test(b));
}

/**
 * Whether `term` at `at` of the folded `text` is a whole word there: a Latin term matches whole
 * words only, so "ga" is not in "gateway" (but is in "22ga", where a number ends and a word
 * starts); a Japanese term matches anywhere in a run of Japanese.
 */
export function wholeAt(text: string, term: string, at: number): boolean {
  return !sameClass(term[0], text[at - 1]) && !sameClass(term.at(-1), text[at + term.length]);
}

/**
 * Where a window of `width` characters should start in `text` to show the most of the question:
 * the window holding the greatest weight of different words of the question (each counted once,
 * however often it recurs, so a word written on every line does not pull the window to itself),
 * other than the title's; between windows holding as much, the one where those words stand
 * closest together. Windows start at a line, or a little before a word (for a word deep in a
 * long line). The window is then moved down, a line at a time, until the words it holds sit about
 * in its middle, so the lines after them (the answer under its question) show too, as far as the
 * text goes. Undefined when no window holds a word of the question but the title's.
 */
export function windowByWords(
  text: string,
  terms: readonly string[],
  found: readonly TermRange[],
  width: number,
  words: SnippetWords,
): number | undefined {
  const lineStarts: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    lineStarts.push(lineStart);
    lineStart += line.length + 1;
  }
  const hits = wordHits(text, terms, found, lineStarts, words);
  const last = Math.max(0, text.length - width);
  // The first line start from which the window reaches the text's end: starting later shows less.
  const full = lineStarts.find((line) => line >= last) ?? last;
  const starts = [
    ...new Set([...lineStarts, ...hits.map((h) => Math.max(0, Math.min(last, h.start - LEAD_IN)))]),
  ].sort((a, b) => a - b);
  let best: number | undefined;
  let bestWeight = 0;
  let bestSpan = Number.POSITIVE_INFINITY;
  // Both ordered by where they start: the hits a window holds are a run of `hits`.
  let from = 0;
  for (const start of starts) {
    while (from < hits.length && at(hits, from).start < start) from++;
    let to = from;
    while (to < hits.length && at(hits, to).start < start + width) to++;
    const inside = hits.slice(from, to).filter((h) => h.end <= start + width);
    const held = new Set(inside.map((h) => h.word));
    // Summed in the words' order, so windows holding the same words weigh exactly the same.
    let weight = 0;
    for (const word of [...held].sort((a, b) => a - b))
      weight += word === ANSWER_LINE ? 1 : at(words.weights, word);
    const span = shortestCover(inside, held.size);
    if (weight > bestWeight || (weight === bestWeight && span < bestSpan)) {
      bestWeight = weight;
      bestSpan = span;
      best = start;
    }
  }
  // A window starting past `full` holds nothing the one from `full` does not: that one shows more.
  return best === undefined
    ? undefined
    : Math.min(full, centred(best, width, full, lineStarts, hits));
}

/**
 * Each place a word of the question occurs (not one of the title's words), ordered by where it
 * starts; and the start of each line stating what is asked, when the question asks for something
 * a line can state.
 */
function wordHits(
  text: string,
  terms: readonly string[],
  found: readonly TermRange[],
  lineStarts: readonly number[],
  words: SnippetWords,
): WordHit[] {
  const title = foldWidthAndCase(words.title);
  const titleWords = new Set<number>();
  terms.forEach((term, i) => {
    if (term !== '' && inTitle(title, term))
      for (const w of at(words.wordsOf, i)) titleWords.add(w);
  });
  const hits: WordHit[] = [];
  for (const { term, range } of found)
    for (const word of at(words.wordsOf, term))
      if (!titleWords.has(word)) hits.push({ word, start: range.start, end: range.end });
  const { answers } = words;
  if (answers)
    lineStarts.forEach((start, k) => {
      const end = (lineStarts[k + 1] ?? text.length + 1) - 1;
      const line = text.slice(start, end);
      if (!answers(line)) return;
      const shown = answerShown(line, answers);
      hits.push({ word: ANSWER_LINE, start: start + shown.start, end: start + shown.end });
    });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * What of a line stating the number asked must be in the window: the line's start, or, in a line
 * longer than that (a paragraph of prose), the number that answers with a little before it. The
 * number that answers is the first one that `answers` in its own stretch of the line: the words
 * just before it (参加者300, $5) and its unit after it (21歳, 4000 containers). Each number is
 * read in a stretch of its own, so a long line of numbers costs a read per number, not per
 * number and every one before it; a number in words is not looked for.
 */
function answerShown(
  line: string,
  answers: (line: string) => boolean,
): { start: number; end: number } {
  for (const match of line.matchAll(DIGITS)) {
    const end = Math.min(line.length, match.index + match[0].length + UNIT_ROOM);
    if (answers(line.slice(Math.max(0, match.index - CONTEXT_BEFORE), end)))
      return { start: Math.max(0, match.index - LEAD_IN), end };
  }
  return { start: 0, end: Math.min(line.length, ANSWER_LINE_SHOWN) };
}
const DIGITS = /[0-9０-９][0-9０-９.,]*/g;
/** Room after a number for its unit (21歳, 4人日, 4000 containers, 30 participants). */
const UNIT_ROOM = 16;
/** The words before a number that may say what it counts (参加者 300, 来場者数: 3万). */
const CONTEXT_BEFORE = 16;

/** Whether the folded `title` has `term` as a whole word (see {@link wholeAt}). */
function inTitle(title: string, term: string): boolean {
  for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1))
    if (wholeAt(title, term, at)) return true;
  return false;
}

/**
 * The length of the shortest stretch of `hits` (ordered by start) that holds `held` different
 * words: how close together the words of a window stand.
 */
function shortestCover(hits: readonly WordHit[], held: number): number {
  let shortest = Number.POSITIVE_INFINITY;
  const count = new Map<number, number>();
  let have = 0;
  let first = 0;
  for (const hit of hits) {
    const seen = count.get(hit.word) ?? 0;
    count.set(hit.word, seen + 1);
    if (seen === 0) have++;
    while (have === held) {
      const from = hits[first] as WordHit;
      shortest = Math.min(shortest, hit.end - from.start);
      const left = (count.get(from.word) ?? 1) - 1;
      count.set(from.word, left);
      if (left === 0) have--;
      first++;
    }
  }
  return shortest;
}

/**
 * `start` moved down to the last line start that still shows every hit the window holds with
 * them about in its middle, and not past the first line start from which the window reaches the
 * text's end (`full`). That is
 * never past the first of them: they all fit in the window, so the middle is at most where the
 * first begins.
 */
function centred(
  start: number,
  width: number,
  full: number,
  lineStarts: readonly number[],
  hits: readonly WordHit[],
): number {
  const inside = hits.filter((h) => h.start >= start && h.end <= start + width);
  const first = Math.min(...inside.map((h) => h.start));
  const end = Math.max(...inside.map((h) => h.end));
  const middle = Math.min(full, Math.max(0, Math.round((first + end - width) / 2)));
  let moved = start;
  for (const line of lineStarts) if (line <= middle) moved = Math.max(moved, line);
  return moved;
}

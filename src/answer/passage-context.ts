import type { Passage } from '../content/meetup.js';

/** A passage this short, on one line, is read together with the lines around it. */
const SHORT_LINE_CHARS = 40;
/** Lines from one passage's start to the next one's when only a blank line parts them. */
const ADJACENT_LINES = 2;
/** The most items of a list a passage pointing to it is shown with. */
const LIST_ITEMS_SHOWN = 8;

/**
 * The passages to show for a passage, in the notes' order. Notes written a line at a time (a
 * score on one line, the next fact on the line after it) say each thing in lines too short to
 * stand alone, so a one-line passage comes with the one-line passages right above and below it in
 * the same section, as a person reading the notes sees it (like `grep -C1`). A passage that points
 * to what follows (see {@link pointedTo}) comes with that. Other passages are shown as they are.
 */
export function contextPassages(passages: readonly Passage[], passage: Passage): Passage[] {
  const at = passages.indexOf(passage);
  const before = passages[at - 1];
  const after = passages[at + 1];
  const short = isShortLine(passage, passage);
  const shown = [passage];
  if (
    short &&
    before &&
    isShortLine(before, passage) &&
    passage.line - before.line <= ADJACENT_LINES
  )
    shown.unshift(before);
  const ahead = pointedTo(passages, at);
  if (ahead.length > 0) return [...shown, ...ahead];
  if (short && after && isShortLine(after, passage) && after.line - passage.line <= ADJACENT_LINES)
    shown.push(after);
  return shown;
}

function isShortLine(candidate: Passage, passage: Passage): boolean {
  return (
    candidate.section === passage.section &&
    !candidate.text.includes('\n') &&
    candidate.text.length <= SHORT_LINE_CHARS
  );
}

/**
 * The end of a passage that points to what comes next: a colon, or in its last sentence a word
 * for "the following" (以下の, 下記の, 次のとおり, 次のような; "as follows", "the following" or
 * "below" ending it). 以下 after a number is "or less" (5年以下, 1KB 以下), which points nowhere;
 * so is 以下 and a comma opening a sentence about the sections after it (以下、…), and 以下略 or
 * 以下は省略 (the rest left out).
 */
const POINTS_AHEAD =
  /[:：]$|(?:^|[はがをもで「、])(?:以下|下記)(?!は?省略|略)(?:の|に|で|が|は|$)|次の(?:とおり|通り|よう)|(?<![a-z])(?:as follows|the following|(?:listed|shown|see|are|is) below)\s*[.:]?$/i;
/** A question ending a passage: its answer, as notes of a Q&A write it, is the next one. */
const ASKS = /[?？]$/;

/**
 * What a passage points to (the passage at `at` in `passages`): after a question, the passage
 * right after it, unless that opens with a question too; after a pointing end ({@link POINTS_AHEAD}), the
 * passage right after it and the list items on the lines after that, up to
 * {@link LIST_ITEMS_SHOWN}. Both in the same section, at most a blank line apart. Nothing for any
 * other passage.
 */
function pointedTo(passages: readonly Passage[], at: number): Passage[] {
  const passage = passages[at] as Passage;
  const next = passages[at + 1];
  if (!next || next.section !== passage.section || next.line - lastLine(passage) > ADJACENT_LINES)
    return [];
  const closing = lastSentence(passage.text.split('\n').pop() ?? '');
  if (ASKS.test(closing)) return ASKS.test(next.text.split('\n')[0]?.trim() ?? '') ? [] : [next];
  return POINTS_AHEAD.test(closing) ? listFrom(passages, at + 1) : [];
}

/** The passage at `from` and those on the lines right after it, in its section: one list's items. */
function listFrom(passages: readonly Passage[], from: number): Passage[] {
  const list: Passage[] = [];
  for (const item of passages.slice(from, from + LIST_ITEMS_SHOWN)) {
    const previous = list.at(-1);
    if (previous && (item.section !== previous.section || item.line !== lastLine(previous) + 1))
      break;
    list.push(item);
  }
  return list;
}

/** The line of the notes a passage ends on. */
function lastLine(passage: Passage): number {
  return passage.line + passage.text.split('\n').length - 1;
}

/** The last sentence of a line (after its last Japanese full stop, ! or ?), without its stop. */
function lastSentence(line: string): string {
  const body = line.trim().replace(/[。．.]$/, '');
  return body.slice(Math.max(...['。', '．', '!', '！'].map((stop) => body.lastIndexOf(stop))) + 1);
}

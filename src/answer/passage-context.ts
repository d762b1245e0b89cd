import type { Passage } from '../content/meetup.js';

/** A passage this short, on one line, is read together with the lines around it. */
const SHORT_LINE_CHARS = 40;
/** Lines from one passage's start to the next one's when only a blank line parts them. */
const ADJACENT_LINES = 2;

/**
 * The passages to show for a passage, in the notes' order. Notes written a line at a time (a
 * score on one line, the next fact on the line after it) say each thing in lines too short to
 * stand alone, so a one-line passage comes with the one-line passages right above and below it in
 * the same section, as a person reading the notes sees it (like `grep -C1`). Longer passages are
 * shown as they are.
 */
export function contextPassages(passages: readonly Passage[], passage: Passage): Passage[] {
  const at = passages.indexOf(passage);
  const after = passages[at + 1];
  // A passage that points to what follows (以下のとおり, "as follows:") says it there.
  if (after && introducesNext(passage, after)) return [passage, ...listFrom(passages, at + 1)];
  if (!isShortLine(passage, passage)) return [passage];
  const before = passages[at - 1];
  const shown = [passage];
  if (before && isShortLine(before, passage) && passage.line - before.line <= ADJACENT_LINES) {
    shown.unshift(before);
  }
  if (after && isShortLine(after, passage) && after.line - passage.line <= ADJACENT_LINES) {
    shown.push(after);
  }
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
 * The end of a passage that points to what comes next: a colon, a question (its answer follows,
 * as in a Q&A's notes), or in its last sentence a word
 * for "the following" (以下の, 下記の, 次のとおり, 次のような; "as follows", "the following",
 * "below" near its end). 以下 after a number is "or less" (5年以下, 1KB 以下), which points
 * nowhere; so is 以下 and a comma opening a sentence about the sections after it (以下、…).
 */
const POINTS_AHEAD =
  /[:：?？]$|(?:^|[はがをもで「、])(?:以下|下記)(?:の|に|で|が|は|$)|次の(?:とおり|通り|よう)|(?<![a-z])(?:as follows|the following|below)[^.\n]{0,10}\.?$/i;

/** The passage at `from` and those on the lines right after it, in its section: one list's items. */
function listFrom(passages: readonly Passage[], from: number): Passage[] {
  const list: Passage[] = [];
  for (let k = from; k < passages.length; k++) {
    const item = passages[k] as Passage;
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

/** The last sentence of a line, without its full stop. */
function lastSentence(line: string): string {
  const sentences = line.split(/(?<=[。．!?！？]|\.\s)/).filter((s) => s.trim() !== '');
  return (sentences.at(-1) ?? '').trim().replace(/[。．.]$/, '');
}

/** Whether `passage` ends pointing to `next`, the passage right after it in the same section. */
function introducesNext(passage: Passage, next: Passage): boolean {
  const closing = lastSentence(passage.text.trimEnd().split('\n').pop() ?? '');
  return (
    next.section === passage.section &&
    next.line - lastLine(passage) <= ADJACENT_LINES &&
    POINTS_AHEAD.test(closing)
  );
}

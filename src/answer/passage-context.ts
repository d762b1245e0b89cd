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
  if (!isShortLine(passage, passage)) return [passage];
  const at = passages.indexOf(passage);
  const before = passages[at - 1];
  const after = passages[at + 1];
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

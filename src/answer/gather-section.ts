import type { Passage } from '../content/meetup.js';
import type { RankedPassage } from '../search/rank-passages.js';

/** The first result's passages: the best one and those of its section shown with it. */
export interface Gathered {
  /** The passages' texts joined in the order the notes have them, each once. */
  readonly text: string;
  /** The results folded into the first one, so they are not listed again after it. */
  readonly results: ReadonlySet<RankedPassage>;
}

/**
 * The first result's text: its passage, then the other passages of the same talk and section
 * that answer the question too (`ranked`: every passage that may answer, best first, even one
 * ranked too far below the first to be listed on its own), as long as they all fit in one
 * snippet, shown in the order the notes have them. `shown` gives the passages a result shows
 * (the passage, and the short lines around it that it is read with).
 *
 * Notes often state a topic in one bullet and what was said about it in the next (a problem,
 * then its fix; a tool, then why it was chosen). The question's words then fit both about as
 * well, and the ranking cannot tell which one answers; a reply that shows them together, in no
 * more room than one snippet, reads as the notes do. A passage that does not fit stays a result
 * of its own.
 */
export function gatherSection(
  ranked: readonly RankedPassage[],
  shown: (result: RankedPassage) => readonly Passage[],
  maxChars: number,
): Gathered | undefined {
  const [first, ...others] = ranked;
  if (!first) return undefined;
  const results = new Set([first]);
  const passages = new Set(shown(first));
  for (const other of others) {
    if (other.doc.talk !== first.doc.talk) continue;
    if (other.doc.passage.section !== first.doc.passage.section) continue;
    const grown = new Set([...passages, ...shown(other)]);
    if (joinedLength(grown) > maxChars) continue;
    results.add(other);
    for (const passage of grown) passages.add(passage);
  }
  if (results.size === 1) return undefined;
  const text = [...passages]
    .sort((a, b) => a.line - b.line)
    .map((p) => p.text)
    .join('\n');
  return { text, results };
}

/** The length of the passages' texts joined by line breaks. */
function joinedLength(passages: ReadonlySet<Passage>): number {
  let length = passages.size - 1;
  for (const passage of passages) length += passage.text.length;
  return length;
}

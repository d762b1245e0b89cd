import type { TextRange } from './answer.js';

/**
 * Sorts `ranges` and merges those that overlap or touch, so every character is in at most one
 * range and emphasis can be applied from left to right.
 */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    } else {
      merged.push(r);
    }
  }
  return merged;
}

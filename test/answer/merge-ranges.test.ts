import { describe, expect, it } from 'vitest';
import { mergeRanges } from '../../src/answer/merge-ranges.js';

describe('mergeRanges', () => {
  it('sorts ranges and merges the ones that overlap or touch', () => {
    expect(
      mergeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 3 },
        { start: 2, end: 5 },
        { start: 5, end: 7 },
      ]),
    ).toEqual([
      { start: 0, end: 7 },
      { start: 10, end: 12 },
    ]);
  });

  it('keeps ranges with a gap apart and swallows a range inside another', () => {
    expect(
      mergeRanges([
        { start: 0, end: 10 },
        { start: 2, end: 4 },
        { start: 11, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 12 },
    ]);
  });

  it('leaves its input untouched', () => {
    const input = [
      { start: 4, end: 6 },
      { start: 0, end: 5 },
    ];
    mergeRanges(input);
    expect(input).toEqual([
      { start: 4, end: 6 },
      { start: 0, end: 5 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { countersFor } from '../../src/search/counters.js';
import { createStemLookup } from '../../src/search/stem-lookup.js';

describe('createStemLookup', () => {
  const stems = createStemLookup(
    new Map(['hire', 'month', 'visualization', 'k8s'].map((t, i) => [t, i])),
  );

  it("finds the notes' form of an inflected English word", () => {
    expect(stems.variants('hired')).toEqual(['hire']);
    expect(stems.variants('months')).toEqual(['month']);
  });

  it('finds nothing for a word the notes have as written, or for a non-word', () => {
    expect(stems.variants('hire')).toEqual([]);
    expect(stems.variants('k8s')).toEqual([]);
  });
});

describe('countersFor', () => {
  it('turns number words into digits and units into Japanese counters', () => {
    expect(countersFor('three')).toEqual(['3']);
    expect(countersFor('months')).toContain('ヶ月');
    expect(countersFor('times')).toEqual(['回']);
    expect(countersFor('octant')).toEqual([]);
  });
});

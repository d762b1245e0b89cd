import { describe, expect, it } from 'vitest';
import { countersFor } from '../../src/search/counters.js';
import { createStemLookup } from '../../src/search/stem-lookup.js';

/** Built in each test, so a mutant in building the lookup is active while it is built. */
const stemsOf = (...terms: string[]) => createStemLookup(new Map(terms.map((t, i) => [t, i])));
const NOTES = ['hire', 'month', 'visualization', 'k8s'];

describe('createStemLookup', () => {
  it("finds the notes' form of an inflected English word", () => {
    const stems = stemsOf(...NOTES);
    expect(stems.variants('hired')).toEqual(['hire']);
    expect(stems.variants('months')).toEqual(['month']);
  });

  it('finds every form the notes have of a stem', () => {
    expect(stemsOf('hire', 'hires', 'hiring').variants('hired')).toEqual([
      'hire',
      'hires',
      'hiring',
    ]);
  });

  it('finds nothing for a word the notes have as written, or for a non-word', () => {
    const stems = stemsOf(...NOTES);
    expect(stems.variants('hire')).toEqual([]);
    expect(stems.variants('k8s')).toEqual([]);
  });

  it('leaves words under three letters out on both sides (us is not uses)', () => {
    expect(stemsOf('us').variants('uses')).toEqual([]);
    expect(stemsOf('uses').variants('us')).toEqual([]);
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

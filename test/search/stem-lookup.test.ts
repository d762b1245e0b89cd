import { describe, expect, it } from 'vitest';
import { createStemLookup, stemLookupSteps } from '../../src/search/stem-lookup.js';

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

describe('the plural of a short name', () => {
  it("finds the notes' singular of a name too short to have a stem (vms -> vm)", () => {
    expect(stemsOf('vm', 'host', 'pr').variants('vms')).toEqual(['vm']);
    expect(stemsOf('pr').variants('prs')).toEqual(['pr']);
  });

  it('finds no singular the notes do not have, and none for a word not ending in s', () => {
    expect(stemsOf('vm', 'host').variants('vmx')).toEqual([]);
    expect(stemsOf('pr').variants('vms')).toEqual([]);
  });
});

describe('stemLookupSteps', () => {
  it('gives the event loop back once every 2,000 vocabulary terms', () => {
    const vocabulary = new Map(Array.from({ length: 4000 }, (_, i) => [`term${i}`, i]));
    const steps = stemLookupSteps(vocabulary);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(2);
  });
});

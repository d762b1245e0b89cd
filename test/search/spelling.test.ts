import { describe, expect, it } from 'vitest';
import { correctSpelling, oneEditAway } from '../../src/search/spelling.js';

const inSet =
  (...words: string[]) =>
  (word: string) =>
    new Set(words).has(word);
const nothing = () => false;

describe('oneEditAway', () => {
  // Made in each test, so a test is what runs it.
  const editsOf = (word: string) => [...oneEditAway(word)];

  it('gives swapped neighbours first, from the start of the word', () => {
    expect(editsOf('abc').slice(0, 2)).toEqual(['bac', 'acb']);
  });

  it('gives every added, dropped and changed letter', () => {
    const edits = editsOf('abc');
    expect(edits).toEqual(expect.arrayContaining(['xabc', 'abxc', 'abcx', 'bc', 'ac', 'ab']));
    expect(edits).toEqual(expect.arrayContaining(['xbc', 'axc', 'abx']));
    // Two swaps, 26 letters at 4 places, 3 drops, 26 letters at 3 places.
    expect(edits).toHaveLength(2 + 26 * 4 + 3 + 26 * 3);
  });

  it('tries a dropped letter before an extra one, and both before a changed one', () => {
    const edits = editsOf('abc');
    const order = (edit: string) => edits.indexOf(edit);
    expect(order('abcz')).toBeLessThan(order('ab'));
    expect(order('ab')).toBeLessThan(order('abz'));
  });
});

describe('correctSpelling', () => {
  const dictionary = inSet('attack', 'engineer', 'longest', 'deploy', 'release');

  it.each([
    ['attcak', 'attack'],
    ['enginer', 'engineer'],
    ['attackk', 'attack'],
    ['longezt', 'longest'],
    ['engnieers', 'engineers'],
  ])('reads "%s" as "%s"', (slip, word) => {
    expect(correctSpelling(slip, nothing, dictionary)).toBe(word);
  });

  it.each([
    ['a dictionary word', 'release'],
    ['an inflected form of one', 'deployed'],
    ['a word of the notes', 'attacks'],
    ['a word shorter than six letters', 'atack'],
    ['a word no dictionary word is one edit from', 'kubelet'],
  ])('leaves %s as it is', (_kind, word) => {
    expect(correctSpelling(word, inSet('attacks'), dictionary)).toBeUndefined();
  });

  it('leaves an inflected form of a word of the notes as it is', () => {
    expect(correctSpelling('relaeses', inSet('relaese'), dictionary)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { joinedNameParts, spacedNameJoins } from '../../src/search/joined-names.js';

const vocabulary = (...terms: string[]) => {
  const known = new Set(terms);
  return (term: string) => known.has(term);
};

describe('joinedNameParts', () => {
  const known = vocabulary('stream', 'deck', 'ml', 'kit', 'streamdeck2', 'ab', 'cd');

  it('reads a word the notes lack as two words they have', () => {
    expect(joinedNameParts('streamdeck', known)).toEqual(['stream deck']);
  });

  it('takes halves of two letters', () => {
    expect(joinedNameParts('mlkit', known)).toEqual(['ml kit']);
  });

  it('gives every way the word splits into known words', () => {
    const both = vocabulary('data', 'base', 'datab', 'ase');
    expect(joinedNameParts('database', both)).toEqual(['data base', 'datab ase']);
  });

  it('leaves a word the notes have as it is', () => {
    expect(joinedNameParts('streamdeck', vocabulary('streamdeck', 'stream', 'deck'))).toEqual([]);
  });

  it('never leaves a half of one letter', () => {
    expect(joinedNameParts('abcd', vocabulary('abc', 'd', 'a', 'bcd'))).toEqual([]);
  });

  it('needs both halves in the notes', () => {
    expect(joinedNameParts('streamdesk', known)).toEqual([]);
  });

  it('leaves words of three letters, numbers and non-Latin words alone', () => {
    expect(joinedNameParts('abcd', known)).toEqual(['ab cd']);
    expect(joinedNameParts('abc', vocabulary('ab', 'c', 'a', 'bc'))).toEqual([]);
    expect(joinedNameParts('2020', vocabulary('20'))).toEqual([]);
    expect(joinedNameParts('データベース', vocabulary('データ', 'ベース'))).toEqual([]);
  });
});

describe('spacedNameJoins', () => {
  const known = vocabulary('streamdeck', 'labday');

  it('joins two neighbouring words the notes write as one', () => {
    expect(spacedNameJoins(['stream', 'deck', 'price'], 'stream deck price', known)).toEqual([
      { first: 0, joined: 'streamdeck' },
    ]);
  });

  it('finds the pair anywhere in the question', () => {
    expect(spacedNameJoins(['what', 'lab', 'day'], 'what is lab day', known)).toEqual([
      { first: 1, joined: 'labday' },
    ]);
  });

  it('joins only words the question writes side by side', () => {
    expect(spacedNameJoins(['stream', 'deck'], 'stream of the deck', known)).toEqual([]);
  });

  it('joins only what the notes have', () => {
    expect(spacedNameJoins(['stream', 'desk'], 'stream desk', known)).toEqual([]);
  });
});

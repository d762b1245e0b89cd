import { describe, expect, it } from 'vitest';
import { analyzeQuery, coverage, type QueryContext } from '../../src/search/analyze-query.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { tokenize } from '../../src/search/tokenize.js';

const context = (notes = ''): QueryContext => {
  const vocabulary = new Set(tokenize(notes).map((t) => t.term));
  return { glossary: EMPTY_GLOSSARY, known: (term) => vocabulary.has(term) };
};
const words = (question: string, ctx = context()) =>
  analyzeQuery(question, ctx).concepts.map((c) => (c.optional ? `${c.word}?` : c.word));

describe("the question's own words", () => {
  it("drops filler and the 's of contractions and possessives", () => {
    expect(words("what's Octant?")).toEqual(['octant']);
    expect(words("where's Rakuten's office?")).toEqual(['rakuten', 'office']);
  });

  it('keeps a common word as optional only when the notes contain it', () => {
    expect(words('using any in TypeScript')).toEqual(['typescript']);
    expect(words('using any in TypeScript', context('anyは型チェックを外す'))).toEqual([
      'any?',
      'typescript',
    ]);
  });

  it('never counts a word written as a name as common (LINE, Go)', () => {
    expect(words('apps at LINE', context('line'))).toEqual(['apps', 'line']);
    expect(words('apps at line', context('line'))).toEqual(['apps', 'line?']);
  });

  it('keeps a number word, which stands for digits', () => {
    expect(words('scale to zero')).toContain('zero');
  });

  it('treats a hiragana word the notes have as optional, and particles as nothing', () => {
    expect(words('さくらのクラウド')).toEqual(['クラウド']);
    expect(words('さくらのクラウド', context('さくらで動かす'))).toEqual(['さくら?', 'クラウド']);
    expect(words('作られますか')).toEqual(['作']);
  });

  it('pairs neighbouring English words, leaving filler out', () => {
    expect(analyzeQuery('how long can a request run on cloud run?', context()).phrases).toEqual([
      'request run',
      'cloud run',
    ]);
  });
});

describe('coverage', () => {
  it('gives an equivalent credit only when all of its terms are in the passage', () => {
    const query = analyzeQuery('credit card', {
      glossary: { groups: [['credit card', 'クレジットカード']] },
    });
    const katakana = query.terms.filter((t) => !t.own);
    expect(katakana.length).toBeGreaterThan(2);
    expect(coverage(query, katakana.slice(0, 2)).share).toBe(0);
    expect(coverage(query, katakana).share).toBe(1);
  });

  it('counts the real words a passage covers, not optional or context-only ones', () => {
    const query = analyzeQuery('any Octant dashboard', context('any'));
    const term = (word: string) => query.terms.filter((t) => t.term === word);
    expect(coverage(query, [...term('octant'), ...term('any')]).words).toBe(1);
    const withContext = coverage(query, term('octant'), [], term('dashboard'));
    expect(withContext.words).toBe(1);
    expect(withContext.share).toBe(1);
  });

  it('weighs a word by how much it tells passages apart', () => {
    const query = analyzeQuery('Octant dashboard', context());
    const octant = query.terms.filter((t) => t.term === 'octant');
    expect(coverage(query, octant).share).toBe(0.5);
    expect(coverage(query, octant, [1, 0.5]).share).toBeCloseTo(2 / 3);
  });
});

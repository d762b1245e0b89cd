import { describe, expect, it } from 'vitest';
import { analyzeQuery, coverage, type QueryContext } from '../../src/search/analyze-query.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { tokenize } from '../../src/search/tokenize.js';

/** No glossary; the notes hold exactly the terms of `notes`. */
const context = (notes = ''): QueryContext => {
  const vocabulary = new Set(tokenize(notes).map((t) => t.term));
  return { glossary: EMPTY_GLOSSARY, known: (term) => vocabulary.has(term) };
};
const KNOWS_EVERY_WORD: QueryContext = { glossary: EMPTY_GLOSSARY, known: () => true };
/** The question's words, an optional one marked with a trailing "?". */
const words = (question: string, ctx = context()) =>
  analyzeQuery(question, ctx).concepts.map((c) => (c.optional ? `${c.word}?` : c.word));

describe("the question's own words", () => {
  it("drops filler and the 's of contractions and possessives", () => {
    expect(words("what's Octant?")).toEqual(['octant']);
    expect(words("What's Octant?")).toEqual(['octant']);
    expect(words("where's Rakuten's office?")).toEqual(['rakuten', 'office']);
    expect(words('Rakuten’s LINE app')).toEqual(['rakuten', 'line', 'app']);
    expect(words('the cloud and the deploy')).toEqual(['cloud', 'deploy']);
    expect(words('Octantって何?')).toEqual(['octant']);
  });

  it('counts a word asked twice once', () => {
    expect(words('octant octant')).toEqual(['octant']);
  });

  it('keeps a common word as optional only when the notes contain it', () => {
    expect(words('using any in TypeScript')).toEqual(['typescript']);
    expect(words('using any in TypeScript', context('anyは型チェックを外す'))).toEqual([
      'any?',
      'typescript',
    ]);
    expect(words('go modules')).toEqual(['modules']);
    expect(analyzeQuery('go modules', KNOWS_EVERY_WORD).concepts).toEqual([
      { word: 'go', weight: 0.3, optional: true },
      { word: 'modules', weight: 1 },
    ]);
    expect(analyzeQuery('どうやって octant', KNOWS_EVERY_WORD).concepts[0]).toMatchObject({
      word: 'どうやって',
      optional: true,
    });
  });

  it('never counts a word written as a name as common (LINE, Go), unless it only opens the question', () => {
    expect(words('apps at LINE', context('line'))).toEqual(['apps', 'line']);
    expect(words('apps at line', context('line'))).toEqual(['apps', 'line?']);
    expect(analyzeQuery('What is Go', context()).concepts).toEqual([{ word: 'go', weight: 1 }]);
    expect(analyzeQuery('what about GO', context()).concepts).toEqual([{ word: 'go', weight: 1 }]);
  });

  it('keeps a number word, which stands for digits', () => {
    expect(words('scale to zero')).toContain('zero');
  });

  it('treats a hiragana word the notes have as optional, and particles as nothing', () => {
    expect(words('さくらのクラウド')).toEqual(['クラウド']);
    expect(words('さくらのクラウド', context('さくらで動かす'))).toEqual(['さくら?', 'クラウド']);
    expect(words('作られますか')).toEqual(['作']);
  });

  it('weighs a lone kanji and a word that only asks for slides below a real word', () => {
    const [kanji] = analyzeQuery('雨', context()).concepts;
    expect(kanji?.weight).toBeLessThan(0.3);
    const [octant, slides] = analyzeQuery('octant slides', context()).concepts;
    expect(octant?.weight).toBe(1);
    expect(slides?.weight).toBeGreaterThanOrEqual(0.3);
    expect(slides?.weight).toBeLessThan(0.5);
  });

  it('pairs neighbouring English words, leaving filler out', () => {
    expect(analyzeQuery('how long can a request run on cloud run?', context()).phrases).toEqual([
      'request run',
      'cloud run',
    ]);
    expect(analyzeQuery('the cloud run deploy', context()).phrases).toEqual([
      'cloud run',
      'run deploy',
    ]);
    expect(analyzeQuery('octant', context()).phrases).toEqual([]);
  });
});

describe('what the analyzer tells about the question', () => {
  it('knows when a question asks for slides or a recording', () => {
    for (const q of [
      'octant slides',
      'the slide deck',
      'octant video',
      'recording?',
      '資料は',
      '動画',
    ])
      expect(analyzeQuery(q, context()).wantsLinks, q).toBe(true);
    for (const q of ['octant', 'slideshow', 'videos of cats'])
      expect(analyzeQuery(q, context()).wantsLinks, q).toBe(false);
  });

  it('highlights the real words and their equivalents, not lone kanji or slide words', () => {
    expect(analyzeQuery('octant slides', context()).highlight).toEqual(['octant']);
    expect(analyzeQuery('雨', context()).highlight).toEqual([]);
    const glossary = { groups: [['k8s', 'kubernetes']] };
    expect(analyzeQuery('k8s の機能', { glossary }).highlight).toEqual([
      'k8s',
      '機能',
      'kubernetes',
    ]);
  });

  it('adds glossary equivalents as terms of the asker’s word, below the word itself', () => {
    const query = analyzeQuery('k8s', { glossary: { groups: [['k8s', 'kubernetes']] } });
    expect(query.terms.map((t) => [t.term, t.own])).toEqual([
      ['k8s', true],
      ['kubernetes', false],
    ]);
    const [own, equivalent] = query.terms;
    expect(equivalent?.boost).toBeLessThan(own?.boost ?? 0);
    expect(equivalent?.credits).toEqual([{ concept: 0, credit: 1, unit: 0 }]);
    expect(query.unitSizes).toEqual([1]);
  });

  it('sends at most 96 terms, the weightiest first', () => {
    const long = Array.from({ length: 150 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const { terms } = analyzeQuery(`${long} 雨`, context());
    expect(terms).toHaveLength(96);
    const boosts = terms.map((t) => t.boost);
    expect(boosts).toEqual([...boosts].sort((a, b) => b - a));
    expect(terms.map((t) => t.term)).not.toContain('雨');
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

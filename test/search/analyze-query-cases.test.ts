import { describe, expect, it } from 'vitest';
import { analyzeQuery, type QueryContext } from '../../src/search/analyze-query.js';

const NO_GLOSSARY: QueryContext = { glossary: { groups: [] } };
const KNOWS_EVERY_WORD: QueryContext = { glossary: { groups: [] }, known: () => true };
const words = (q: string, context = NO_GLOSSARY) =>
  analyzeQuery(q, context).concepts.map((c) => c.word);

describe('analyzeQuery', () => {
  it('keeps the words that say what is asked, once each, without filler or a trailing ’s', () => {
    expect(words("What's Octant?")).toEqual(['octant']);
    expect(words('octant octant')).toEqual(['octant']);
    expect(words('the cloud and the deploy')).toEqual(['cloud', 'deploy']);
    expect(words('Rakuten’s LINE app')).toEqual(['rakuten', 'line', 'app']);
    expect(words('Octantって何?')).toEqual(['octant']);
  });

  it('keeps a common word only when the notes have it, and then as optional', () => {
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

  it('treats a common word written as a name, after the first word, as a real word', () => {
    expect(analyzeQuery('What is Go', NO_GLOSSARY).concepts).toEqual([{ word: 'go', weight: 1 }]);
    expect(analyzeQuery('what about GO', NO_GLOSSARY).concepts).toEqual([
      { word: 'go', weight: 1 },
    ]);
  });

  it('weighs a lone kanji and a word that only asks for slides below a real word', () => {
    const [kanji] = analyzeQuery('雨', NO_GLOSSARY).concepts;
    expect(kanji?.weight).toBeLessThan(0.3);
    const [octant, slides] = analyzeQuery('octant slides', NO_GLOSSARY).concepts;
    expect(octant?.weight).toBe(1);
    expect(slides?.weight).toBeGreaterThanOrEqual(0.3);
    expect(slides?.weight).toBeLessThan(0.5);
  });

  it('knows when a question asks for slides or a recording', () => {
    for (const q of [
      'octant slides',
      'the slide deck',
      'octant video',
      'recording?',
      '資料は',
      '動画',
    ])
      expect(analyzeQuery(q, NO_GLOSSARY).wantsLinks, q).toBe(true);
    for (const q of ['octant', 'slideshow', 'videos of cats'])
      expect(analyzeQuery(q, NO_GLOSSARY).wantsLinks, q).toBe(false);
  });

  it('highlights the real words and their equivalents, not lone kanji or slide words', () => {
    expect(analyzeQuery('octant slides', NO_GLOSSARY).highlight).toEqual(['octant']);
    expect(analyzeQuery('雨', NO_GLOSSARY).highlight).toEqual([]);
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

  it('lists neighbouring English words as phrases, skipping filler', () => {
    expect(analyzeQuery('the cloud run deploy', NO_GLOSSARY).phrases).toEqual([
      'cloud run',
      'run deploy',
    ]);
    expect(analyzeQuery('octant', NO_GLOSSARY).phrases).toEqual([]);
  });

  it('sends at most 96 terms, the weightiest first', () => {
    const long = Array.from({ length: 150 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const { terms } = analyzeQuery(`${long} 雨`, NO_GLOSSARY);
    expect(terms).toHaveLength(96);
    const boosts = terms.map((t) => t.boost);
    expect(boosts).toEqual([...boosts].sort((a, b) => b - a));
    expect(terms.map((t) => t.term)).not.toContain('雨');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/search/analyze-query.js';
import type { AnalyzedQuery, Concept, QueryTerm } from '../../../src/search/analyzed-query.js';
import {
  coverage,
  coverageCounter,
  fullWordBits,
  isRealWord,
} from '../../../src/search/scoring/coverage.js';
import { DEFAULT_SCORING_PROFILE } from '../../../src/search/scoring/profile.js';

const NO_GLOSSARY = { glossary: { groups: [] } };
const termsNamed = (terms: readonly QueryTerm[], ...names: string[]) =>
  names.map((name) => {
    const term = terms.find((t) => t.term === name);
    if (!term) throw new Error(`no term ${name}`);
    return term;
  });

describe('coverage', () => {
  const query = analyzeQuery('octant dashboard', NO_GLOSSARY);
  const pick = (...names: string[]) => termsNamed(query.terms, ...names);

  it('is the share of the question’s words a passage has, and counts those words', () => {
    expect(coverage(query, [])).toEqual({ share: 0, strong: false, words: 0, covered: 0 });
    expect(coverage(query, pick('octant'))).toEqual({
      share: 0.5,
      strong: true,
      words: 1,
      covered: 1,
    });
    expect(coverage(query, pick('octant', 'dashboard'))).toEqual({
      share: 1,
      strong: true,
      words: 2,
      covered: 3,
    });
  });

  it('counts a word found only in the meetup’s details towards the share, not as a word', () => {
    expect(coverage(query, pick('octant'), pick('dashboard'))).toEqual({
      share: 1,
      strong: true,
      words: 1,
      covered: 3,
    });
  });

  it('leaves an optional word out of the question’s weight when it is not matched', () => {
    const optional = analyzeQuery('go modules', { ...NO_GLOSSARY, known: () => true });
    const [go, modules] = termsNamed(optional.terms, 'go', 'modules');
    expect(coverage(optional, [modules as QueryTerm])).toEqual({
      share: 1,
      strong: true,
      words: 1,
      covered: 2,
    });
    // Matched, it counts for what it weighs, and is never a real word.
    const withGo = coverage(optional, [go as QueryTerm]);
    expect(withGo.share).toBeCloseTo(0.3 / 1.3);
    expect(withGo).toMatchObject({ strong: false, words: 0 });
  });

  it('gives a lone kanji of a word little credit, and never a word', () => {
    const kanji = analyzeQuery('機能', NO_GLOSSARY);
    expect(coverage(kanji, termsNamed(kanji.terms, '機能'))).toEqual({
      share: 1,
      strong: true,
      words: 1,
      covered: 1,
    });
    const [one, two] = termsNamed(kanji.terms, '機', '能');
    expect(coverage(kanji, [one as QueryTerm])).toEqual({
      share: 0.15,
      strong: false,
      words: 0,
      covered: 0,
    });
    expect(coverage(kanji, [one as QueryTerm, two as QueryTerm]).words).toBe(0);
  });

  it('credits an equivalent only when all of its terms are there', () => {
    const k8s = analyzeQuery('k8s', { glossary: { groups: [['k8s', 'クーバネティス']] } });
    const equivalent = k8s.terms.filter((t) => !t.own);
    expect(equivalent).toHaveLength(6);
    expect(coverage(k8s, equivalent.slice(0, 5))).toEqual({
      share: 0,
      strong: false,
      words: 0,
      covered: 0,
    });
    expect(coverage(k8s, equivalent)).toEqual({ share: 1, strong: true, words: 1, covered: 1 });
  });

  it('counts a term listed twice once towards an equivalent', () => {
    const k8s = analyzeQuery('k8s', { glossary: { groups: [['k8s', 'クーバネティス']] } });
    const equivalent = k8s.terms.filter((t) => !t.own);
    const [first] = equivalent;
    expect(coverage(k8s, [...equivalent.slice(0, 5), first as QueryTerm]).share).toBe(0);
  });

  it('completes an equivalent with the context, but not as a word of the passage', () => {
    const k8s = analyzeQuery('k8s', { glossary: { groups: [['k8s', 'クーバネティス']] } });
    const equivalent = k8s.terms.filter((t) => !t.own);
    expect(coverage(k8s, equivalent.slice(0, 3), equivalent.slice(3))).toEqual({
      share: 1,
      strong: false,
      words: 0,
      covered: 1,
    });
  });

  describe('a name the asker joined that the notes write as two words', () => {
    // The notes write "cloud" and "oracle" apart, never "oraclecloud". Analyzed in each test, so
    // mutation testing sees which tests read the analysis.
    const known = (term: string) => ['oracle', 'cloud', 'pricing'].includes(term);
    const analyzed = (question: string) => analyzeQuery(question, { ...NO_GLOSSARY, known });
    const words = (query: AnalyzedQuery, ...names: string[]) =>
      coverage(
        query,
        query.terms.filter((t) => names.includes(t.term)),
      ).words;

    it('counts as those two words where a passage has both, as typed with its space', () => {
      const joined = analyzed('oraclecloud pricing');
      const spaced = analyzed('oracle cloud pricing');
      expect(joined.unitWords).toEqual([2]);
      expect(words(joined, 'oracle', 'cloud')).toBe(words(spaced, 'oracle', 'cloud'));
      expect(words(joined, 'oracle', 'cloud')).toBe(2);
      expect(words(joined, 'oracle', 'cloud', 'pricing')).toBe(3);
    });

    it('counts as no word where a passage has only one of them', () => {
      expect(words(analyzed('oraclecloud pricing'), 'oracle', 'pricing')).toBe(1);
    });

    it('counts as one word with the profile switch off', () => {
      const profile = {
        ...DEFAULT_SCORING_PROFILE,
        words: { ...DEFAULT_SCORING_PROFILE.words, splitNameWords: false },
      };
      const one = analyzeQuery('oraclecloud pricing', { ...NO_GLOSSARY, known, profile });
      expect(one.unitWords).toEqual([1]);
      const matched = one.terms.filter((t) => ['oracle', 'cloud'].includes(t.term));
      expect(coverage(one, matched, [], profile).words).toBe(1);
    });

    it('completed by the meetup’s details, adds to the share and is no word', () => {
      const joined = analyzed('oraclecloud pricing');
      const [oracle, cloud] = termsNamed(joined.terms, 'oracle', 'cloud');
      expect(coverage(joined, [oracle as QueryTerm], [cloud as QueryTerm]).words).toBe(0);
    });
  });

  it('counts a dictionary equivalent of several words as the one word it stands for', () => {
    const query = analyzeQuery('nsx', {
      glossary: { groups: [['nsx', 'network virtualization']] },
    });
    expect(query.unitWords).toEqual([1]);
    expect(coverage(query, termsNamed(query.terms, 'network', 'virtualization')).words).toBe(1);
  });

  it('covers a word by an equivalent in kana only where the passage writes it whole', () => {
    const query = analyzeQuery('curriculum', { glossary: { groups: [['curriculum', 'コース']] } });
    // Latin equivalents are matched word by word; a kana one as the word it is.
    const latin = analyzeQuery('nsx', {
      glossary: { groups: [['nsx', 'network virtualization']] },
    });
    expect(latin.unitPhrases).toEqual([undefined]);
    expect(query.unitPhrases).toEqual(['コース']);
    // Without its spaces; none for a word with hiragana, which notes may write with other kana.
    const spaced = analyzeQuery('gizmokit', {
      glossary: { groups: [['gizmokit', 'ガジェット キット']] },
    });
    expect(spaced.unitPhrases).toEqual(['ガジェットキット']);
    const okurigana = analyzeQuery('launch', { glossary: { groups: [['launch', '立ち上げ']] } });
    expect(okurigana.unitPhrases.every((phrase) => phrase === undefined)).toBe(true);
    const bigrams = termsNamed(query.terms, 'コー', 'ース');
    const count = coverageCounter(query);
    const seen: string[] = [];
    const whole = count(bigrams, [], undefined, (phrase) => {
      seen.push(phrase);
      return true;
    });
    expect(seen).toEqual(['コース']);
    expect(whole).toEqual({ share: 1, strong: true, words: 1, covered: 1 });
    expect(count(bigrams, [], undefined, () => false)).toEqual({
      share: 0,
      strong: false,
      words: 0,
      covered: 0,
    });
    // Nor by the meetup's details.
    expect(count([], bigrams, undefined, () => false).share).toBe(0);
    expect(count([], bigrams, undefined, () => true).share).toBe(1);
  });

  it('never covers a word with an equivalent that has no terms', () => {
    const query = analyzeQuery('octant', { glossary: { groups: [['octant', '!!!']] } });
    expect(query.unitSizes).toContain(0);
    expect(coverage(query, [])).toEqual({ share: 0, strong: false, words: 0, covered: 0 });
  });
});

describe('coverage of one question for passage after passage', () => {
  const k8s = analyzeQuery('k8s dashboard', { glossary: { groups: [['k8s', 'クーバネティス']] } });
  const equivalent = k8s.terms.filter((t) => !t.own);
  const dashboard = termsNamed(k8s.terms, 'dashboard');

  it('gives each passage what coverage gives it alone', () => {
    const passages = [
      equivalent,
      equivalent,
      equivalent.slice(0, 5),
      [],
      dashboard,
      [...dashboard, ...equivalent],
    ];
    const counter = coverageCounter(k8s);
    for (const matched of passages) expect(counter(matched)).toEqual(coverage(k8s, matched));
  });

  it('starts each passage’s context afresh too', () => {
    const counter = coverageCounter(k8s);
    expect(counter(dashboard, equivalent)).toEqual(coverage(k8s, dashboard, equivalent));
    expect(counter(dashboard, equivalent.slice(0, 5))).toEqual({
      share: 0.5,
      strong: true,
      words: 1,
      covered: 2,
    });
  });
});

describe('isRealWord', () => {
  it('counts a word weighing exactly `realWord` as real, unless it is optional', () => {
    const { realWord } = DEFAULT_SCORING_PROFILE.words;
    expect(isRealWord({ word: 'x', weight: realWord })).toBe(true);
    expect(isRealWord({ word: 'x', weight: realWord, optional: true })).toBe(false);
    expect(isRealWord({ word: 'x', weight: realWord * 0.99 })).toBe(false);
  });
});

describe('fullWordBits', () => {
  it('has the real words, common words and numbers, not a lone kanji', () => {
    const concepts: Concept[] = [
      { word: 'storage', weight: 1 },
      { word: 'take', weight: 0.3, optional: true },
      { word: '終', weight: 0.25 },
      { word: '2', weight: 0.2 },
      { word: 'camp', weight: 1 },
      { word: 'how', weight: 0.1, optional: true },
      { word: 'mid', weight: 0.4 },
    ];
    expect(fullWordBits(concepts)).toBe(0b1111011);
    const at = (realWord: number) => ({
      ...DEFAULT_SCORING_PROFILE,
      words: { ...DEFAULT_SCORING_PROFILE.words, realWord },
    });
    expect(fullWordBits(concepts, at(0.25))).toBe(0b1111111);
    expect(fullWordBits(concepts, at(0.5))).toBe(0b0111011);
  });

  it('keeps to the bits a passage’s coverage has', () => {
    const concepts = Array.from({ length: 33 }, (_, i) => ({ word: `w${i}`, weight: 1 }));
    expect(fullWordBits(concepts)).toBe(0x7fffffff);
  });
});

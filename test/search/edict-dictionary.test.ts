import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/search/analyze-query.js';
import { loadEdictDictionary, parseEdictTable } from '../../src/search/edict-dictionary.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { DEFAULT_SCORING_PROFILE } from '../../src/search/scoring/profile.js';
import {
  combineDictionaries,
  type SynonymDictionary,
} from '../../src/search/synonym-dictionary.js';
import { pruneSynonyms } from '../../src/search/synonym-lookup.js';
import { tokenize } from '../../src/search/tokenize.js';

/** A table in the committed format, written for these tests. */
const TABLE = '料金\tfee\tcharge\nメリット\tadvantage\tbenefit\n';
const vocabularyOf = (text: string) => new Map(tokenize(text).map((t, i) => [t.term, i]));

describe('parseEdictTable', () => {
  it('makes one group of each headword and one of its glosses, both expanding, marked as EDICT', () => {
    expect([...parseEdictTable(TABLE).groups]).toEqual([
      { terms: ['料金', 'fee'], triggers: [true, true], source: 'edict' },
      { terms: ['料金', 'charge'], triggers: [true, true], source: 'edict' },
      { terms: ['メリット', 'advantage'], triggers: [true, true], source: 'edict' },
      { terms: ['メリット', 'benefit'], triggers: [true, true], source: 'edict' },
    ]);
  });

  it('normalizes like the index, skips empty lines and glosses, and walks the groups again for each build', () => {
    const dictionary = parseEdictTable('ＣＰＵ使用率\tCPU Usage\t\n\n\tstray\nサーバー\tserver');
    const expected = [
      { terms: ['cpu使用率', 'cpu usage'], triggers: [true, true], source: 'edict' },
      { terms: ['サーバ', 'server'], triggers: [true, true], source: 'edict' },
    ];
    expect([...dictionary.groups]).toEqual(expected);
    expect([...dictionary.groups]).toEqual(expected);
  });

  it('does not make the glosses of one headword equivalents of each other', () => {
    const lookup = pruneSynonyms(parseEdictTable(TABLE), vocabularyOf('料金 fee charge'));
    expect(lookup.find('charge')).toEqual([
      { present: ['charge'], others: ['料金'], source: 'edict' },
    ]);
  });

  it('reaches the Japanese headword from an English question and the English gloss from a Japanese one', () => {
    const lookup = pruneSynonyms(parseEdictTable(TABLE), vocabularyOf('料金は月額 benefit'));
    expect(lookup.find('what is the fee?')).toEqual([
      { present: ['fee'], others: ['料金'], source: 'edict' },
    ]);
    expect(lookup.find('メリットは?')).toEqual([
      { present: ['メリット'], others: ['benefit'], source: 'edict' },
    ]);
  });
});

describe('combineDictionaries', () => {
  it('walks the groups of each dictionary in turn, each keeping its source', () => {
    const sudachi: SynonymDictionary = {
      groups: [{ terms: ['移行', 'migration'], triggers: [true, true] }],
    };
    const groups = [...combineDictionaries(sudachi, parseEdictTable('理由\treason')).groups];
    expect(groups).toEqual([
      { terms: ['移行', 'migration'], triggers: [true, true] },
      { terms: ['理由', 'reason'], triggers: [true, true], source: 'edict' },
    ]);
  });
});

describe('EDICT equivalents in a question', () => {
  const notes = vocabularyOf('料金 移行');
  const synonyms = pruneSynonyms(
    combineDictionaries(
      { groups: [{ terms: ['移行', 'migration'], triggers: [true, true] }] },
      parseEdictTable(TABLE),
    ),
    notes,
  );
  const boostOf = (question: string, term: string, profile = DEFAULT_SCORING_PROFILE) =>
    analyzeQuery(question, { glossary: EMPTY_GLOSSARY, synonyms, profile }).terms.find(
      (t) => t.term === term,
    )?.boost;

  it("weigh the profile's EDICT boost, below the asker's own word and below sudachi's groups", () => {
    const own = boostOf('fee migration', 'fee') ?? 0;
    const edict = boostOf('fee migration', '料金') ?? 0;
    const sudachi = boostOf('fee migration', '移行') ?? 0;
    expect(edict).toBeCloseTo(own * DEFAULT_SCORING_PROFILE.equivalents.edict);
    expect(sudachi).toBeCloseTo(own * DEFAULT_SCORING_PROFILE.equivalents.dictionary);
    expect(edict).toBeLessThan(sudachi);
  });

  it('lead English words to Japanese, never a Japanese word to its English glosses', () => {
    const bilingual = pruneSynonyms(parseEdictTable(TABLE), vocabularyOf('料金 fee'));
    const termsOf = (question: string) =>
      analyzeQuery(question, { glossary: EMPTY_GLOSSARY, synonyms: bilingual }).terms.map(
        (t) => t.term,
      );
    expect(bilingual.find('料金は?')).toHaveLength(1);
    expect(termsOf('料金は?')).not.toContain('fee');
    expect(termsOf('the fee?')).toContain('料金');
  });

  it('follow the profile: another EDICT value changes only the EDICT equivalents', () => {
    const profile = {
      ...DEFAULT_SCORING_PROFILE,
      equivalents: { ...DEFAULT_SCORING_PROFILE.equivalents, edict: 0.2 },
    };
    const own = boostOf('fee migration', 'fee', profile) ?? 0;
    expect(boostOf('fee migration', '料金', profile)).toBeCloseTo(own * 0.2);
    expect(boostOf('fee migration', '移行', profile)).toBeCloseTo(
      own * DEFAULT_SCORING_PROFILE.equivalents.dictionary,
    );
  });
});

describe('loadEdictDictionary', () => {
  it('reads the committed table of common words: everyday words sudachi lacks, in both directions', async () => {
    const dictionary = await loadEdictDictionary();
    const lookup = pruneSynonyms(dictionary, vocabularyOf('料金 理由 目的 不正'));
    const found = (question: string) => lookup.find(question).flatMap((m) => m.others);
    expect(found('what was the fee')).toContain('料金');
    expect(found('the reason')).toContain('理由');
    expect(found('their aim')).toContain('目的');
    expect(found('fraud')).toContain('不正');
    expect(lookup.groups).toBeGreaterThan(4);
  });

  it('holds thousands of headwords and none of the generic glosses', async () => {
    const groups = [...(await loadEdictDictionary()).groups];
    expect(new Set(groups.map((g) => g.terms[0])).size).toBeGreaterThan(10_000);
    const glosses = new Set(groups.map((g) => g.terms[1]));
    for (const generic of ['thing', 'do', 'be', 'make', 'change', 'support'])
      expect(glosses.has(generic)).toBe(false);
  });
});

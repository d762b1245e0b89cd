import { describe, expect, it } from 'vitest';
import { englishWordsFrom } from '../../../src/search/english-words.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

/** A word list, one word a line in code-unit order, as the bundled one is. */
const wordList = (...words: string[]) => englishWordsFrom(`${[...words].sort().join('\n')}\n`);

/** Asks `notes`, with `synonyms`, under the default profile or the overrides given. */
const askerOf =
  (notes: string, synonyms: SynonymDictionary) =>
  (question: string, overrides: Parameters<typeof scoringProfileFrom>[0] = {}) =>
    buildEngine(notesFrom(notes), { synonyms, profile: scoringProfileFrom(overrides) }).ask(
      question,
    );

const talksOf = (answer: { kind: string; results?: readonly { talk: string }[] }) =>
  answer.kind === 'found' ? (answer.results ?? []).map((r) => r.talk) : answer.kind;

describe('a word of the language is no typo of a word of the notes', () => {
  const NOTES = `# Harbor Night #2

## Cluster upgrades

* every cluster is upgraded one minor version at a time

## Billing

* invoices are sent on the first day of the month
`;
  const ask = askerOf(NOTES, {
    groups: [],
    wordList: wordList('bluster', 'cluster', 'flutter', 'upgrade'),
  });

  it('gives no answer for an English word two letters from a word of the notes', () => {
    // flutter and cluster are two edits apart; the asker meant flutter.
    expect(ask('Was there a talk about flutter?').kind).toBe('not-found');
  });

  it('still reads a word of the language one letter from a word of the notes as a slip', () => {
    expect(talksOf(ask('Was there a talk about bluster?'))).toEqual(['Cluster upgrades']);
  });

  it('still reads a word no list has as a typo of the notes’ word', () => {
    expect(talksOf(ask('Was there a talk about clustre?'))).toEqual(['Cluster upgrades']);
  });

  it('reads every word the notes lack as a possible typo when the rule is off', () => {
    expect(
      talksOf(ask('Was there a talk about flutter?', { ranking: { typosAreNonWords: false } })),
    ).toEqual(['Cluster upgrades']);
  });
});

describe('a katakana word the dictionary lists pairs as a loanword with its own English words', () => {
  const NOTES = `# Harbor Night #3

## ログの扱い

* フィルタでデバッグ行を落とす

## 請求

* 請求書は月初に送る
`;
  // フィルタ is borrowed from filter; flutter shares its consonants (f, l/r, t).
  const DICTIONARY: SynonymDictionary = {
    groups: [{ terms: ['filter', 'フィルタ'], triggers: [true, true] }],
    wordList: wordList('filter', 'flutter'),
  };
  const ask = askerOf(NOTES, DICTIONARY);

  it('does not pair it with another English word that sounds alike', () => {
    expect(ask('any talk about flutter?').kind).toBe('not-found');
  });

  it('pairs it with the word it is borrowed from', () => {
    expect(talksOf(ask('any talk about filter?'))).toEqual(['ログの扱い']);
  });

  it('pairs it with any word that sounds alike when the rule is off', () => {
    expect(
      talksOf(ask('any talk about flutter?', { equivalents: { loanwordOrigin: false } })),
    ).toEqual(['ログの扱い']);
  });

  it('leaves a katakana word no dictionary lists to its sound', () => {
    const engine = buildEngine(
      notesFrom('# Harbor Night #4\n\n## パイプライン\n\n* 毎晩ビルドが走る\n'),
      { synonyms: DICTIONARY },
    );
    expect(talksOf(engine.ask('any talk about pipelines?'))).toEqual(['パイプライン']);
  });
});

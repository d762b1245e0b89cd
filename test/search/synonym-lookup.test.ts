import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { parseSudachiSynonyms } from '../../src/search/synonym-dictionary.js';
import { pruneSteps, pruneSynonyms } from '../../src/search/synonym-lookup.js';

/** The terms an index of `text` would hold. */
const vocabularyOf = (text: string) => new Map(indexTerms(text).map((t, i) => [t, i]));

const item = (midashi: string, expandControl: 0 | 1) => ({ midashi, expandControl });
/** Sudachi's format: expandControl 1 means the word only receives expansion. */
const SUDACHI = parseSudachiSynonyms([
  { items: [item('無料', 0), item('free', 1)] },
  { items: [item('フィンガー', 1), item('finger', 1), item('指', 0)] },
  { items: [item('攻撃', 0), item('attack', 0)] },
  { items: [item('天気', 0), item('weather', 0)] },
]);
const SUDACHI_NOTES = '転送量は無料 / DDoS攻撃 / フィンガー';

const DICTIONARY = {
  groups: [
    { terms: ['credit card', 'クレジットカード'], triggers: [true, true] },
    { terms: ['hire', '採用'], triggers: [true, true] },
    { terms: ['ramen', 'ラーメン'], triggers: [true, true] },
    // Only the Japanese word may be expanded from.
    { terms: ['apple', 'アップル'], triggers: [false, true] },
  ],
};
const NOTES = 'クレジットカードの決済 採用 apple アップル';

// Each test prunes its own lookup, so a mutant in pruning is active while it runs.
describe('pruneSynonyms', () => {
  it('keeps only the groups with a word the notes contain', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.groups).toBe(3);
    expect(sudachi.find('what is the weather?')).toEqual([]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.groups).toBe(3);
    expect(lookup.find('ramen')).toEqual([]);
  });

  it('reaches a notes word that expands from a question word that does not (free -> 無料)', () => {
    const lookup = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(lookup.find('is it free?')).toEqual([{ present: ['free'], others: ['無料'] }]);
  });

  it('never joins two words that both only receive expansion', () => {
    const lookup = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(lookup.find('my finger hurts')).toEqual([]);
  });

  it('finds a group by a phrase of the question, and gives its words the notes contain', () => {
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('credit card fees')).toEqual([
      { present: ['credit card'], others: ['クレジットカード'] },
    ]);
  });

  it('finds a one-word headword by any form of it (attacks -> attack, hired -> hire)', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.find('how do they stop attacks')).toEqual([
      { present: ['attacks'], others: ['攻撃'] },
    ]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('hired')).toEqual([{ present: ['hired'], others: ['採用'] }]);
    expect(lookup.find('hire')).toEqual([{ present: ['hire'], others: ['採用'] }]);
  });

  it('matches Latin headwords as whole words only', () => {
    const sudachi = pruneSynonyms(SUDACHI, vocabularyOf(SUDACHI_NOTES));
    expect(sudachi.find('freedom')).toEqual([]);
    expect(sudachi.find('carefree')).toEqual([]);
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('xcredit card')).toEqual([]);
    expect(lookup.find('credit cardx')).toEqual([]);
    expect(lookup.find('hirex')).toEqual([]);
  });

  it('expands from a trigger word, or towards one the notes have', () => {
    const lookup = pruneSynonyms(DICTIONARY, vocabularyOf(NOTES));
    expect(lookup.find('アップル')).toEqual([{ present: ['アップル'], others: ['apple'] }]);
    expect(lookup.find('apple')).toEqual([{ present: ['apple'], others: ['アップル'] }]);
    // A Japanese headword ends where Latin letters begin, and begins where they end.
    expect(lookup.find('アップルwatch')).toEqual([{ present: ['アップル'], others: ['apple'] }]);
    expect(lookup.find('watchアップル')).toEqual([{ present: ['アップル'], others: ['apple'] }]);
    const onlyEnglishInNotes = pruneSynonyms(DICTIONARY, vocabularyOf('apple'));
    // "apple" is no trigger, and the notes lack アップル: nothing to expand to.
    expect(onlyEnglishInNotes.find('apple')).toEqual([]);
    expect(onlyEnglishInNotes.find('アップル')).toEqual([
      { present: ['アップル'], others: ['apple'] },
    ]);
  });
});

describe('pruneSynonyms, headwords', () => {
  const group = (...terms: string[]) => ({ terms, triggers: terms.map(() => true) });

  it('finds every group a headword is in', () => {
    const lookup = pruneSynonyms(
      { groups: [group('deploy', 'デプロイ'), group('deploy', '展開')] },
      vocabularyOf('デプロイ 展開'),
    );
    expect(lookup.find('deploy')).toEqual([
      { present: ['deploy'], others: ['デプロイ'] },
      { present: ['deploy'], others: ['展開'] },
    ]);
  });

  it('finds every headword that shares the stem of an inflected question word', () => {
    const lookup = pruneSynonyms(
      { groups: [group('hire', '採用'), group('hiring', '求人')] },
      vocabularyOf('採用 求人'),
    );
    expect(lookup.find('hired')).toEqual([
      { present: ['hired'], others: ['採用'] },
      { present: ['hired'], others: ['求人'] },
    ]);
  });

  it('takes a question word that is a headword as written, not by its stem', () => {
    const lookup = pruneSynonyms(
      { groups: [group('attack', '攻撃'), group('attacker', '攻撃者')] },
      vocabularyOf('攻撃 攻撃者'),
    );
    expect(lookup.find('attack')).toEqual([{ present: ['attack'], others: ['攻撃'] }]);
  });

  it('finds a headword at the very start and end of the question', () => {
    const lookup = pruneSynonyms({ groups: [group('hire', '採用')] }, vocabularyOf('採用'));
    expect(lookup.find('hire')).toEqual([{ present: ['hire'], others: ['採用'] }]);
    expect(lookup.find('hire them')).toEqual([{ present: ['hire'], others: ['採用'] }]);
    expect(lookup.find('we hire')).toEqual([{ present: ['hire'], others: ['採用'] }]);
  });

  it('looks for headwords of up to 24 characters', () => {
    const long24 = 'abcdefghij klmnopqrst uv';
    const long25 = 'abcdefghij klmnopqrst uvw';
    const lookup = pruneSynonyms(
      { groups: [group(long24, '長い'), group(long25, '長すぎ')] },
      vocabularyOf('長い 長すぎ'),
    );
    expect(lookup.find(`x ${long24} x`)).toEqual([{ present: [long24], others: ['長い'] }]);
    expect(lookup.find(`x ${long25} x`)).toEqual([]);
  });

  it('takes headwords under three letters as written only (uses is not us)', () => {
    const lookup = pruneSynonyms({ groups: [group('us', '米国')] }, vocabularyOf('米国'));
    expect(lookup.find('us')).toEqual([{ present: ['us'], others: ['米国'] }]);
    expect(lookup.find('it uses')).toEqual([]);
  });

  it('does not count a headword with nothing to index as in the notes', () => {
    const lookup = pruneSynonyms({ groups: [group('!!', 'bang')] }, vocabularyOf('other words'));
    expect(lookup.groups).toBe(0);
  });
});

describe('pruneSteps', () => {
  it('pauses once every 64 groups', () => {
    const groups = Array.from({ length: 65 }, (_, i) => ({
      terms: [`w${i}`, `x${i}`],
      triggers: [true, true],
    }));
    const steps = pruneSteps({ groups }, vocabularyOf('w0'));
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(2);
    expect(step.value.groups).toBe(1);
  });
});

describe('the dictionary English words', () => {
  const dictionary = {
    groups: [
      { terms: ['attack', '攻撃'], triggers: [true, true] },
      { terms: ['harbor', 'port', '港'], triggers: [true, true, true] },
      { terms: ['db', 'データベース', 'data base'], triggers: [true, true, true] },
    ],
  };
  const notes = new Map([['攻撃', 0]]);

  it('are every one-word English headword, of the groups the notes use or not', () => {
    const words = pruneSynonyms(dictionary, notes).englishWords;
    expect([...words].sort()).toEqual(['attack', 'harbor', 'port']);
  });

  it('are the same for every set of notes the dictionary is pruned to', () => {
    pruneSynonyms(dictionary, notes);
    const other = pruneSynonyms(dictionary, new Map([['港', 0]]));
    expect([...other.englishWords].sort()).toEqual(['attack', 'harbor', 'port']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  englishWordsFrom,
  loadEnglishWords,
  sortedLinesHave,
} from '../../src/search/english-words.js';

const LIST = ['attack', 'attacks', 'cropping', 'deploy', 'deployed', 'zone'].join('\n');

describe('a sorted word list searched in its own text', () => {
  it.each(['attack', 'attacks', 'cropping', 'deploy', 'deployed', 'zone'])(
    'finds "%s", wherever it is in the list',
    (word) => {
      expect(sortedLinesHave(LIST, word)).toBe(true);
    },
  );

  it.each(['aardvark', 'attac', 'attackz', 'crop', 'croppings', 'deploye', 'zones', 'zzz'])(
    'does not find "%s": before, between or after the words, or a piece of one',
    (word) => {
      expect(sortedLinesHave(LIST, word)).toBe(false);
    },
  );

  it('finds the words of a list with one word, or ending in a newline', () => {
    expect(sortedLinesHave('attack', 'attack')).toBe(true);
    expect(sortedLinesHave('attack\nzone\n', 'zone')).toBe(true);
    expect(sortedLinesHave('attack\nzone\n', 'attack')).toBe(true);
  });

  it('finds exactly the words of every sorted list drawn from a few words', () => {
    const pool = ['', 'a', 'ab', 'abc', 'b', 'ba', 'c', 'zz'];
    const asked = ['a', 'ab', 'abc', 'b', 'ba', 'c', 'zz', 'aa', 'bb', 'd'];
    for (let mask = 0; mask < 1 << pool.length; mask++) {
      const list = pool.filter((_, i) => mask & (1 << i));
      for (const text of [list.join('\n'), `${list.join('\n')}\n`])
        for (const word of asked)
          expect(sortedLinesHave(text, word), `${word} in ${JSON.stringify(text)}`).toBe(
            list.includes(word),
          );
    }
  });

  it('finds nothing in an empty list', () => {
    expect(sortedLinesHave('', 'attack')).toBe(false);
  });

  it('finds the words of a list that starts with an empty line', () => {
    for (const word of ['attack', 'zone'])
      expect(sortedLinesHave('\nattack\nzone', word)).toBe(true);
    for (const word of ['aa', 'b', 'zz'])
      expect(sortedLinesHave('\nattack\nzone', word)).toBe(false);
  });

  it('never takes an empty line for a word', () => {
    expect(englishWordsFrom('\nattack\nzone').has('')).toBe(false);
    expect(englishWordsFrom(LIST).has('deployed')).toBe(true);
  });
});

describe("the word-list package's words", () => {
  it('knows inflected forms no dictionary headword has, and no slips', async () => {
    const words = await loadEnglishWords();
    for (const word of ['cropping', 'reordering', 'plugged', 'stopping', 'attack'])
      expect(words.has(word)).toBe(true);
    for (const slip of ['attcak', 'longset', 'earthqauke']) expect(words.has(slip)).toBe(false);
  });
});

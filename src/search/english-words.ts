import { readFile } from 'node:fs/promises';
import wordListPath from 'word-list';

/**
 * Whether a word is English: what tells a real word the dictionaries lack ("cropping",
 * "reordering") from a slip of the keyboard, so the spelling check leaves it as typed.
 */
export interface EnglishWords {
  has(word: string): boolean;
}

/**
 * The words of a text with one lower-case word per line in code-unit order, looked up by binary
 * search over the text itself: no array or set of a quarter of a million strings is built, so the
 * list costs its text (2.8 MB for `word-list`) and nothing to build. A line out of order can be
 * missed (the package's list has two, both rare words): a missed word is only taken for a slip.
 */
export function englishWordsFrom(text: string): EnglishWords {
  return { has: (word) => word !== '' && sortedLinesHave(text, word) };
}

/** Binary search for `word` as a whole line of `text`, whose lines are in code-unit order. */
export function sortedLinesHave(text: string, word: string): boolean {
  // Every line that starts before `low` sorts before `word`; every line starting at `high` or
  // later sorts after it. `low` is always the start of a line.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The line holding `middle` (at 0, lastIndexOf would look at the character at 0 itself).
    const start = middle > 0 ? text.lastIndexOf('\n', middle - 1) + 1 : 0;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (line > word) high = start;
    else if (line < word) low = end + 1;
    else return true;
  }
  return false;
}

/**
 * Reads the `word-list` package's English words (MIT; 274,000 words from a word game's list,
 * inflected forms included).
 */
export async function loadEnglishWords(file: string = wordListPath): Promise<EnglishWords> {
  return englishWordsFrom(await readFile(file, 'latin1'));
}

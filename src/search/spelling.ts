/**
 * One slip of the keyboard in an English word of a question ("attcak", "longset"): the notes' own
 * words are met as typos by the index's fuzzy search, but a word the notes only have in Japanese
 * is met through a dictionary, which looks words up as written. A word no list knows is read as
 * the one dictionary word a single edit away (two letters swapped, one dropped, added or
 * changed), before the question is analyzed.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words shorter than this have too many neighbours one edit away to guess from. */
const MIN_CORRECTED_LENGTH = 6;
/** Endings of an inflected form: "deploys" is a word when "deploy" is, not a slip. */
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers'];

/**
 * The words one edit from `word`, most likely slips first: swapped neighbours, then a dropped
 * letter (a doubled one is dropped as often as it is typed), then an extra one, then a changed
 * one; within a kind, from the start of the word.
 */
export function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++)
    yield word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  for (let i = 0; i <= word.length; i++)
    for (const c of ALPHABET) yield word.slice(0, i) + c + word.slice(i);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < word.length; i++)
    for (const c of ALPHABET) yield word.slice(0, i) + c + word.slice(i + 1);
}

/**
 * The dictionary word `word` was meant as, or undefined when it is a word already (`known` or
 * in the dictionary, or an inflected form of one) or no dictionary word is one edit away.
 */
export function correctSpelling(
  word: string,
  known: (word: string) => boolean,
  inDictionary: (word: string) => boolean,
): string | undefined {
  const isWord = (w: string) => known(w) || inDictionary(w);
  if (word.length < MIN_CORRECTED_LENGTH || isWord(word) || inflected(word, isWord))
    return undefined;
  for (const candidate of oneEditAway(word))
    if (inDictionary(candidate) || inflected(candidate, inDictionary)) return candidate;
  return undefined;
}

/** Whether `word` is a word of `isWord` with an inflection's ending (engineers, deployed). */
export function inflected(word: string, isWord: (w: string) => boolean): boolean {
  return INFLECTIONS.some(
    (ending) => word.endsWith(ending) && isWord(word.slice(0, -ending.length)),
  );
}

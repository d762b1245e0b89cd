import { at } from '../at.js';

/**
 * A name the asker writes as one word where the notes write two (oraclecloud for Oracle Cloud,
 * azurefunctions for Azure Functions, awsapp for AWS App): people drop the space of a product
 * name as often as they keep it, and the index only has the two words.
 */

/** A Latin word long enough to be two words of two letters or more, not a number or a version. */
const JOINABLE = /^[a-z][a-z0-9]{3,}$/;
/** The shortest half: two letters (`bi` of bigquerybi, `ml` of mlkit). */
const MIN_PART = 2;

/**
 * Every way to read `word` as two words the notes have, as the phrase "head tail", when the notes
 * do not have `word` itself; most words have none or one.
 */
export function joinedNameParts(word: string, known: (term: string) => boolean): string[] {
  if (!JOINABLE.test(word) || known(word)) return [];
  const parts: string[] = [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (known(head) && known(tail)) parts.push(`${head} ${tail}`);
  }
  return parts;
}

/**
 * The other way round: two neighbouring words of the question that the notes write as one
 * (type script for TypeScript, lab day for LabDay). Returns the pairs of word positions with
 * the joined word, for each pair the question writes side by side and the notes have joined.
 */
export function spacedNameJoins(
  words: readonly string[],
  text: string,
  known: (term: string) => boolean,
): { readonly first: number; readonly joined: string }[] {
  const joins: { first: number; joined: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [head, tail] = [at(words, i), at(words, i + 1)];
    const joined = head + tail;
    if (JOINABLE.test(joined) && known(joined) && text.includes(`${head} ${tail}`))
      joins.push({ first: i, joined });
  }
  return joins;
}

/**
 * The question's words as the notes may write them otherwise: each word the notes lack read as
 * two they have, and each pair of neighbouring words the notes join, with the words they serve.
 */
export function joinedNames(
  concepts: readonly { readonly word: string; readonly optional?: true }[],
  text: string,
  known: (term: string) => boolean,
): { readonly served: ReadonlySet<number>; readonly written: string }[] {
  const found = concepts.flatMap((concept, i) =>
    concept.optional
      ? []
      : joinedNameParts(concept.word, known).map((written) => ({ served: new Set([i]), written })),
  );
  const words = concepts.map((c) => c.word);
  for (const { first, joined } of spacedNameJoins(words, text, known))
    found.push({ served: new Set([first, first + 1]), written: joined });
  return found;
}

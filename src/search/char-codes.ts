/**
 * The codes of a string's characters (of the Basic Multilingual Plane), for sets a scanner tests
 * a text's codes against: a character read as a string is a new string each time past U+00FF,
 * and a set of strings hashes it again.
 */
export function charCodes(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/** An English word of three letters or more: shorter ones (us, as) are no plurals. */
const ENGLISH_WORD = /^[a-z]{3,}$/;

/**
 * The endings of a regular English plural and what its singular has instead: vms (vm), classes
 * (class), policies (policy). Each with the end of the singular it follows: es after s, x, z, ch or
 * sh (boxes; not images, whose singular is image), ies after a consonant (not days).
 */
const PLURAL_ENDINGS: readonly (readonly [plural: string, singular: string, after: RegExp])[] = [
  ['ies', 'y', /[^aeiou]$/],
  ['es', '', /(?:[sxz]|ch|sh)$/],
  ['s', '', /[^s]$/],
];

/**
 * The other number of an English word as the notes write it, when they have it and not the word:
 * the asker's "VMs" finds the notes' `VM`, "backup" their `backups`. Only forms the notes have are
 * given, so a word that merely ends in s (kubernetes, redis) finds nothing unless the notes hold a
 * word it could be the plural of. Other inflections (hired, hiring) are left to the search's prefix
 * matching: mapping them through a stemmer found no answer on any measured set and let questions
 * the notes do not answer match.
 */
export function pluralFormsInNotes(
  word: string,
  known: (term: string) => boolean,
): readonly string[] {
  if (!ENGLISH_WORD.test(word)) return [];
  const forms = new Set<string>();
  for (const [plural, singular, after] of PLURAL_ENDINGS) {
    // The word as a plural: its singular.
    const stem = word.slice(0, -plural.length);
    if (word.endsWith(plural) && after.test(stem)) forms.add(stem + singular);
    // The word as a singular: its plural.
    const base = word.slice(0, word.length - singular.length);
    if (word.endsWith(singular) && after.test(base)) forms.add(base + plural);
  }
  return [...forms].filter((form) => form.length >= 2 && known(form));
}

/** An English word of three letters or more: shorter ones (us, as) are no plurals. */
const ENGLISH_WORD = /^[a-z]{3,}$/;

/**
 * The endings of a regular English plural and what its singular has instead: clusters (cluster),
 * classes (class), policies (policy). Each with the end of the singular it follows: es after s, x,
 * z, ch or sh (boxes; not images, whose singular is image), ies after a consonant (not days).
 */
const PLURAL_ENDINGS: readonly (readonly [plural: string, singular: string, after: RegExp])[] = [
  ['ies', 'y', /[^aeiou]$/],
  ['es', '', /(?:[sxz]|ch|sh)$/],
  ['s', '', /[^s]$/],
];

/** Words that end as a plural does and are none. */
const NOT_PLURALS: ReadonlySet<string> = new Set([
  'news',
  'series',
  'species',
  'status',
  'bus',
  'gas',
  'lens',
  'analysis',
  'basis',
  'chaos',
  'canvas',
  'corpus',
  'campus',
  'virus',
  'focus',
  'bonus',
  'plus',
  'minus',
]);

/**
 * The other number of an English word as the notes write it, when they have it and not the word:
 * the asker's "clusters" finds the notes' `cluster`, "backup" their `backups`. Only forms the notes
 * have are given. A name in capitals keeps its final S (ECS, TLS, iOS: no EC, TL or IO), and a
 * singular of two letters is read only off an abbreviation's plural as typed (VMs, PRs: vm, pr).
 * Other inflections (hired, hiring) are left to the search's prefix matching: mapping them
 * through a stemmer found no answer on any measured set and let questions the notes do not answer
 * match.
 */
export function pluralFormsInNotes(
  word: string,
  known: (term: string) => boolean,
  /** The word as the asker typed it, for its capitals. */
  typed: string = word,
): readonly string[] {
  if (!ENGLISH_WORD.test(word)) return [];
  // A name in capitals, or a word that only ends as a plural does, is no plural of anything.
  const singular = !/S$/.test(typed) && !NOT_PLURALS.has(word);
  const shortest = /^[A-Z]{2}s$/.test(typed) ? 2 : 3;
  const forms = new Set<string>();
  for (const [pluralEnd, singularEnd, after] of PLURAL_ENDINGS) {
    // The word as a plural: its singular.
    const stem = word.slice(0, -pluralEnd.length);
    if (singular && word.endsWith(pluralEnd) && after.test(stem)) forms.add(stem + singularEnd);
    // The word as a singular: its plural.
    const base = word.slice(0, word.length - singularEnd.length);
    if (word.endsWith(singularEnd) && after.test(base)) forms.add(base + pluralEnd);
  }
  return [...forms].filter((form) => form.length >= shortest && known(form));
}

/** `word` as `question` types it (its capitals), or `word` when the question has it otherwise. */
export function typedAs(word: string, question: string): string {
  const typed = question
    .normalize('NFKC')
    .match(/[A-Za-z]+/g)
    ?.find((run) => run.toLowerCase() === word);
  return typed ?? word;
}

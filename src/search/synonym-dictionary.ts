import { readFile } from 'node:fs/promises';
import type { EnglishWords } from './english-words.js';
import { normalize } from './normalize.js';
import { QUESTION_FILLER } from './stopwords.js';

/**
 * One group of words that mean the same, across languages (クレジットカード / credit card). A
 * word that is not a trigger is only ever reached from another word of its group: a question
 * with it is not expanded from it, and notes with it are not found through it.
 */
export interface SynonymGroup {
  readonly terms: readonly string[];
  readonly triggers: readonly boolean[];
  /** Where the group comes from, when not sudachi: its equivalents weigh what the profile gives it. */
  readonly source?: SynonymSource;
}

/** A resource of groups, named as its weight is in the scoring profile's `equivalents`. */
export type SynonymSource = 'dictionary' | 'edict';

/**
 * A maintained synonym dictionary, loaded once per process and shared by every index build. Each
 * build walks its groups once to keep the few hundred its notes can use (see pruneSynonyms).
 */
export interface SynonymDictionary {
  readonly groups: Iterable<SynonymGroup>;
  /**
   * The language's English words beyond the groups' headwords: what tells a real word the groups
   * lack from a slip of the keyboard (see spelling.ts).
   */
  readonly wordList?: EnglishWords;
}

export const EMPTY_DICTIONARY: SynonymDictionary = { groups: [] };

/** Several dictionaries walked as one: each build prunes them together, each group keeps its source. */
export function combineDictionaries(...dictionaries: SynonymDictionary[]): SynonymDictionary {
  return {
    groups: {
      *[Symbol.iterator]() {
        for (const dictionary of dictionaries) yield* dictionary.groups;
      },
    },
  };
}

/** One headword as sudachi-synonyms-dictionary ships it (only the fields used here). */
interface SudachiItem {
  readonly midashi?: unknown;
  readonly expandControl?: unknown;
}

const HIRAGANA_ONLY = /^[\p{sc=Hiragana}ー]+$/u;
const LATIN_ONLY = /^[a-z0-9 .\-'&]+$/;
/** How a compact group marks a headword that expands a question, and one that is only reached. */
const EXPANDS = 'e';
const NEVER_EXPANDS = 'r';
/** The committed compact table (`scripts/build-sudachi-table.ts` writes it). */
const TABLE = new URL('./data/sudachi-synonyms.tsv', import.meta.url);
/** Latin headwords this short (ai, it, ok) are everyday romaji or acronyms of many things. */
const MIN_LATIN_CHARS = 3;

/**
 * Turns sudachi-synonyms-dictionary's JSON into groups. Follows its expandControl flag: 2 ("never
 * use") is dropped, 1 is a word that is reached but never expands. Headwords the index cannot
 * match are left out: hiragana-only words (the tokenizer skips hiragana) and Latin words under
 * three letters or question filler (what, the), which would tie unrelated questions to notes.
 * @see https://github.com/WorksApplications/SudachiDict/blob/develop/docs/synonyms.md
 */
export function parseSudachiSynonyms(raw: unknown): SynonymDictionary {
  return dictionaryOf(sudachiTable(raw));
}

/**
 * The compact text of the groups (see {@link compactLines}) that
 * `scripts/build-sudachi-table.ts` commits as `src/search/data/sudachi-synonyms.tsv`, so a start
 * reads about 1 MB instead of parsing the package's 14 MB of JSON.
 */
export function sudachiTable(raw: unknown): string {
  if (!Array.isArray(raw)) return '';
  return compactLines(
    // A group that is not an object with a list of items is skipped.
    (raw as ({ items?: unknown } | null)[])
      .filter((group): group is { items: SudachiItem[] } => Array.isArray(group?.items))
      .map((group) => group.items),
  ).join('\n');
}

/**
 * Keeps the usable headwords of each group (each marked as one that expands or one that is only
 * reached) in one string, a group per line and a tab between headwords: the 70,000 headwords cost
 * the heap one string instead of 70,000 strings and 50,000 arrays, and each index build decodes
 * the groups as it walks them.
 */
function compactLines(rawGroups: Iterable<readonly SudachiItem[]>): string[] {
  const lines: string[] = [];
  for (const items of rawGroups) {
    const terms: string[] = [];
    const encoded: string[] = [];
    for (const item of items) {
      if (typeof item?.midashi !== 'string' || item.expandControl === 2) continue;
      const term = normalize(item.midashi)
        .replace(/[\t\n]/g, ' ')
        .trim();
      if (!usable(term) || terms.includes(term)) continue;
      terms.push(term);
      encoded.push(`${item.expandControl === 1 ? NEVER_EXPANDS : EXPANDS}${term}`);
    }
    if (terms.length >= 2 && encoded.some((e) => e.startsWith(EXPANDS))) {
      lines.push(encoded.join('\t'));
    }
  }
  return lines;
}

function dictionaryOf(text: string): SynonymDictionary {
  return {
    groups: {
      *[Symbol.iterator]() {
        for (let start = 0; start < text.length; ) {
          const newline = text.indexOf('\n', start);
          const end = newline === -1 ? text.length : newline;
          const items = text.slice(start, end).split('\t');
          yield {
            terms: items.map((item) => item.slice(1)),
            triggers: items.map((item) => item.startsWith(EXPANDS)),
          };
          start = end + 1;
        }
      },
    },
  };
}

function usable(term: string): boolean {
  if (term === '' || HIRAGANA_ONLY.test(term)) return false;
  if (!LATIN_ONLY.test(term)) return true;
  return term.length >= MIN_LATIN_CHARS && !QUESTION_FILLER.has(term);
}

/**
 * Loads the groups of sudachi-synonyms-dictionary (Apache-2.0, about 26,000 groups) from the
 * committed table derived from the installed package (see {@link sudachiTable}): a read of about
 * 1 MB and no parse, where the package's JSON took half a second and 100 MB of objects at every
 * start. A test holds the table to the installed package, so an update cannot leave it stale.
 */
export async function loadSudachiSynonyms(file: URL | string = TABLE): Promise<SynonymDictionary> {
  return dictionaryOf(await readFile(file, 'utf8'));
}

import { readFile } from 'node:fs/promises';
import { normalize } from './normalize.js';
import type { SynonymDictionary } from './synonym-dictionary.js';

/**
 * The committed table of EDICT's common words (`scripts/build-edict-table.ts` writes it): a line
 * per Japanese headword, then its short English glosses, tab-separated.
 */
const TABLE = new URL('./data/edict-common.tsv', import.meta.url);
/** Every group's flags: shared, since each build walks some 33,000 groups. */
const BOTH_EXPAND: readonly boolean[] = [true, true];

/**
 * Turns the EDICT table into dictionary groups of two words each, a headword and one of its
 * glosses (料金 / fee, 料金 / charge): the glosses of one headword are often different senses
 * (charge is also what a battery holds), so they are not made equivalents of each other. Both
 * words are triggers, so the lookup finds a group from either; each group is marked as EDICT's,
 * so the query analyzer weighs its equivalents with the profile's EDICT value and uses them from
 * English words only (measured: Japanese questions gained nothing from the English glosses, and
 * lost an answer).
 */
export function parseEdictTable(table: string): SynonymDictionary {
  // One string for the whole table (about 0.5 MB), split into groups as each build walks them.
  const text = normalize(table);
  return {
    groups: {
      *[Symbol.iterator]() {
        for (let start = 0; start < text.length; ) {
          const newline = text.indexOf('\n', start);
          const end = newline === -1 ? text.length : newline;
          const [headword = '', ...glosses] = text.slice(start, end).split('\t');
          start = end + 1;
          if (headword.trim() === '') continue;
          for (const gloss of glosses) {
            if (gloss.trim() === '' || gloss === headword) continue;
            yield { terms: [headword, gloss], triggers: BOTH_EXPAND, source: 'edict' as const };
          }
        }
      },
    },
  };
}

/** Reads the committed EDICT table (EDRDG, CC BY-SA 3.0; about 14,000 common headwords). */
export async function loadEdictDictionary(file: URL | string = TABLE): Promise<SynonymDictionary> {
  return parseEdictTable(await readFile(file, 'utf8'));
}

import type { SynonymDictionary } from './synonym-dictionary.js';
import { scanTerms } from './tokenize.js';

/** Words of one group found in a question, and the group's other words the notes contain. */
export interface SynonymMatch {
  readonly present: readonly string[];
  readonly others: readonly string[];
}

/** The dictionary cut down to the groups one set of notes can use, ready for questions. */
export interface SynonymLookup {
  /** How many groups survived pruning (for start-up logs and tests). */
  readonly groups: number;
  find(normalizedQuestion: string): SynonymMatch[];
}

interface PrunedGroup {
  readonly terms: readonly string[];
  readonly triggers: readonly boolean[];
  /** Which terms occur in the notes: only those are worth searching for. */
  readonly inNotes: readonly boolean[];
}

const LATIN_CHAR = /[a-z0-9]/;
/** Longest headword looked for in a question, in characters; longer ones are rare phrases. */
const MAX_TERM_CHARS = 24;

/**
 * Keeps the groups with at least one word the notes contain (by its index terms) and one other
 * word a question could use, so memory and the per-question lookup scale with the notes, not with
 * the dictionary.
 */
export function pruneSynonyms(
  dictionary: SynonymDictionary,
  vocabulary: ReadonlyMap<string, number>,
): SynonymLookup {
  const groups: PrunedGroup[] = [];
  const byTerm = new Map<string, number[]>();
  for (const group of dictionary.groups) {
    const inNotes = group.terms.map((term) => occursIn(term, vocabulary));
    if (!inNotes.some(Boolean)) continue;
    const id = groups.length;
    groups.push({ terms: group.terms, triggers: group.triggers, inNotes });
    for (const term of group.terms) {
      const list = byTerm.get(term);
      if (list) list.push(id);
      else byTerm.set(term, [id]);
    }
  }
  return {
    groups: groups.length,
    find(text) {
      const present = new Map<number, Set<string>>();
      for (let start = 0; start < text.length; start++) {
        if (LATIN_CHAR.test(text[start - 1] ?? '') && LATIN_CHAR.test(text[start] ?? '')) continue;
        const limit = Math.min(text.length, start + MAX_TERM_CHARS);
        for (let end = start + 1; end <= limit; end++) {
          const ids = byTerm.get(text.slice(start, end));
          if (!ids) continue;
          if (LATIN_CHAR.test(text[end - 1] ?? '') && LATIN_CHAR.test(text[end] ?? '')) continue;
          for (const id of ids) {
            const terms = present.get(id) ?? new Set<string>();
            terms.add(text.slice(start, end));
            present.set(id, terms);
          }
        }
      }
      const matches: SynonymMatch[] = [];
      for (const [id, terms] of present) {
        const group = groups[id];
        if (!group) continue;
        const asked = group.terms.map((t) => terms.has(t));
        const askedTrigger = group.triggers.some((trigger, i) => trigger && asked[i]);
        // A group expands from a trigger the question has, or towards a trigger the notes have
        // (as if the notes' word had been expanded when indexed).
        const others = group.terms.filter(
          (t, i) => !asked[i] && group.inNotes[i] && (askedTrigger || group.triggers[i]),
        );
        if (others.length > 0) matches.push({ present: [...terms], others });
      }
      return matches;
    },
  };
}

function occursIn(term: string, vocabulary: ReadonlyMap<string, number>): boolean {
  let all = true;
  let any = false;
  scanTerms(term, (t) => {
    any = true;
    all &&= vocabulary.has(t);
  });
  return any && all;
}

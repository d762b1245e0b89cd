import { stemmer } from 'stemmer';
import { at } from '../at.js';
import { runAtOnce, type Steps } from './cooperative.js';
import type { SynonymDictionary, SynonymSource } from './synonym-dictionary.js';
import { scanTerms } from './tokenize.js';

/** Words of one group found in a question, and the group's other words the notes contain. */
export interface SynonymMatch {
  readonly present: readonly string[];
  readonly others: readonly string[];
  /** The group's resource when not sudachi (see {@link SynonymSource}). */
  readonly source?: SynonymSource;
}

/** The dictionary cut down to the groups one set of notes can use, ready for questions. */
export interface SynonymLookup {
  /** How many groups survived pruning (for start-up logs and tests). */
  readonly groups: number;
  find(normalizedQuestion: string): SynonymMatch[];
  /**
   * Every one-word English headword of the whole dictionary, pruned or not: what tells a word
   * from a slip of the keyboard (see spelling.ts).
   */
  readonly englishWords: ReadonlySet<string>;
  /** Whether a word is English: a headword of {@link englishWords} or in the dictionary's word list. */
  isEnglish(word: string): boolean;
  /**
   * The one-word English terms of the groups that list `term` as it is written (フィルタ: filter),
   * among the groups the notes can use; none for a term no group lists.
   */
  englishOf(term: string): string[];
}

interface PrunedGroup {
  readonly terms: readonly string[];
  readonly triggers: readonly boolean[];
  /** Which terms occur in the notes: only those are worth searching for. */
  readonly inNotes: readonly boolean[];
  readonly source?: SynonymSource;
}

const LATIN_CHAR = /[a-z0-9]/;
const ENGLISH_WORD = /^[a-z]{3,}$/;
const ENGLISH_WORDS = /(?<![a-z0-9])[a-z]{3,}(?![a-z0-9])/g;
/** Longest headword looked for in a question, in characters; longer ones are rare phrases. */
const MAX_TERM_CHARS = 24;
/**
 * Groups read between two chances for the event loop to run: 256 took up to 7 ms at once at
 * 10,000 talks (22 ms on a busy machine), the longest step of a rebuild.
 */
const GROUPS_PER_STEP = 64;
/** The English words of each dictionary, gathered by its first pruning (a dictionary is loaded once per process). */
const englishWordsOf = new WeakMap<SynonymDictionary, Set<string>>();

/**
 * Keeps the groups with at least one word the notes contain (by its index terms) and one other
 * word a question could use, so memory and the per-question lookup scale with the notes, not with
 * the dictionary.
 */
export function pruneSynonyms(
  dictionary: SynonymDictionary,
  vocabulary: ReadonlyMap<string, number>,
): SynonymLookup {
  return runAtOnce(pruneSteps(dictionary, vocabulary));
}

/** {@link pruneSynonyms} a few hundred groups at a time (see {@link runInSlices}). */
export function* pruneSteps(
  dictionary: SynonymDictionary,
  vocabulary: ReadonlyMap<string, number>,
): Steps<SynonymLookup> {
  const groups: PrunedGroup[] = [];
  const byTerm = new Map<string, number[]>();
  // One-word English headwords by stem, so "attacks" or "hired" finds attack / hire.
  const byStem = new Map<string, Map<string, readonly number[]>>();
  const cached = englishWordsOf.get(dictionary);
  const englishWords = cached ?? new Set<string>();
  let walked = 0;
  for (const group of dictionary.groups) {
    if (walked++ % GROUPS_PER_STEP === 0) yield;
    if (!cached)
      for (const term of group.terms) if (ENGLISH_WORD.test(term)) englishWords.add(term);
    const inNotes = group.terms.map((term) => occursIn(term, vocabulary));
    if (!inNotes.some(Boolean)) continue;
    const id = groups.length;
    groups.push({
      terms: group.terms,
      triggers: group.triggers,
      inNotes,
      ...(group.source && { source: group.source }),
    });
    for (const term of group.terms) {
      const list = byTerm.get(term) ?? [];
      list.push(id);
      byTerm.set(term, list);
      if (!ENGLISH_WORD.test(term)) continue;
      const stem = stemmer(term);
      const keys = byStem.get(stem);
      if (keys) keys.set(term, list);
      else byStem.set(stem, new Map([[term, list]]));
    }
  }
  englishWordsOf.set(dictionary, englishWords);
  return {
    groups: groups.length,
    englishWords,
    isEnglish: (word) => englishWords.has(word) || (dictionary.wordList?.has(word) ?? false),
    englishOf: (term) =>
      (byTerm.get(term) ?? []).flatMap((id) =>
        at(groups, id).terms.filter((t) => ENGLISH_WORD.test(t)),
      ),
    find(text) {
      /** Per group: the question's words found in it, and the group's headwords they stand for. */
      const present = new Map<number, { words: Set<string>; keys: Set<string> }>();
      /** The headword `key`, in the groups `ids`, stands for `word` of the question. */
      const found = (ids: readonly number[], key: string, word: string) => {
        for (const id of ids) {
          const entry = present.get(id) ?? { words: new Set<string>(), keys: new Set<string>() };
          entry.words.add(word);
          entry.keys.add(key);
          present.set(id, entry);
        }
      };
      for (const [word] of text.matchAll(ENGLISH_WORDS)) {
        if (byTerm.has(word)) continue;
        const keys = byStem.get(stemmer(word));
        if (keys) for (const [key, ids] of keys) found(ids, key, word);
      }
      // Stryker disable next-line EqualityOperator: from the end of the text no headword can start
      for (let start = 0; start < text.length; start++) {
        if (LATIN_CHAR.test(text.charAt(start - 1)) && LATIN_CHAR.test(text.charAt(start)))
          continue;
        const limit = Math.min(text.length, start + MAX_TERM_CHARS);
        for (let end = start + 1; end <= limit; end++) {
          const key = text.slice(start, end);
          const ids = byTerm.get(key);
          if (!ids) continue;
          if (LATIN_CHAR.test(text.charAt(end - 1)) && LATIN_CHAR.test(text.charAt(end))) continue;
          found(ids, key, key);
        }
      }
      const matches: SynonymMatch[] = [];
      for (const [id, { words, keys }] of present) {
        const group = at(groups, id);
        const asked = group.terms.map((t) => keys.has(t));
        const askedTrigger = group.triggers.some((trigger, i) => trigger && asked[i]);
        // A group expands from a trigger the question has, or towards a trigger the notes have
        // (as if the notes' word had been expanded when indexed).
        const others = group.terms.filter(
          (_term, i) => !asked[i] && group.inNotes[i] && (askedTrigger || group.triggers[i]),
        );
        if (others.length > 0)
          matches.push({
            present: [...words],
            others,
            ...(group.source && { source: group.source }),
          });
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

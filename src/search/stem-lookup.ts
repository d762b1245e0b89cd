import { stemmer } from 'stemmer';
import { runAtOnce, type Steps } from './cooperative.js';

/** English words of the notes grouped by their Porter stem: hired finds hire, months month. */
export interface StemLookup {
  /** The notes' words that share `word`'s stem, without `word` itself. */
  variants(word: string): readonly string[];
}

const ENGLISH_WORD = /^[a-z]{3,}$/;
/** Vocabulary terms stemmed between two chances for the event loop to run. */
const YIELD_EVERY_TERMS = 2000;

/** Groups the vocabulary by stem, all at once (tests, the report). */
export function createStemLookup(vocabulary: ReadonlyMap<string, number>): StemLookup {
  return runAtOnce(stemLookupSteps(vocabulary));
}

/**
 * The same, as steps of an index build: every term is stemmed here, never on a question, so the
 * first question after a build or a reload costs what the hundredth does.
 */
export function* stemLookupSteps(vocabulary: ReadonlyMap<string, number>): Steps<StemLookup> {
  const byStem = new Map<string, string[]>();
  let terms = 0;
  for (const term of vocabulary.keys()) {
    if (++terms === YIELD_EVERY_TERMS) {
      terms = 0;
      yield;
    }
    if (!ENGLISH_WORD.test(term)) continue;
    const stem = stemmer(term);
    const list = byStem.get(stem);
    if (list) list.push(term);
    else byStem.set(stem, [term]);
  }
  return {
    variants(word) {
      if (!ENGLISH_WORD.test(word)) return [];
      const forms = (byStem.get(stemmer(word)) ?? []).filter((t) => t !== word);
      // The plural of a short name (vms, prs) has no stem of three letters to share with it.
      const singular = word.slice(0, -1);
      return word.endsWith('s') && vocabulary.has(singular) && !forms.includes(singular)
        ? [...forms, singular]
        : forms;
    },
  };
}

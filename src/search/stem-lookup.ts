import { stemmer } from 'stemmer';

/** English words of the notes grouped by their Porter stem: hired finds hire, months month. */
export interface StemLookup {
  /** The notes' words that share `word`'s stem, without `word` itself. */
  variants(word: string): readonly string[];
}

const ENGLISH_WORD = /^[a-z]{3,}$/;

/** Stems are computed lazily, once per word, so an index build does not pay for them. */
export function createStemLookup(vocabulary: ReadonlyMap<string, number>): StemLookup {
  let byStem: Map<string, string[]> | undefined;
  const build = () => {
    const map = new Map<string, string[]>();
    for (const term of vocabulary.keys()) {
      if (!ENGLISH_WORD.test(term)) continue;
      const stem = stemmer(term);
      const list = map.get(stem);
      if (list) list.push(term);
      else map.set(stem, [term]);
    }
    return map;
  };
  return {
    variants(word) {
      if (!ENGLISH_WORD.test(word)) return [];
      byStem ??= build();
      const forms = (byStem.get(stemmer(word)) ?? []).filter((t) => t !== word);
      // The plural of a short name (vms, prs) has no stem of three letters to share with it.
      const singular = word.slice(0, -1);
      return word.endsWith('s') && vocabulary.has(singular) && !forms.includes(singular)
        ? [...forms, singular]
        : forms;
    },
  };
}

import { loadEdictDictionary } from './edict-dictionary.js';
import { createReadingCache, type ReadingCache } from './readings.js';
import {
  combineDictionaries,
  loadSudachiSynonyms,
  type SynonymDictionary,
} from './synonym-dictionary.js';

/** What lets English questions meet Japanese notes, loaded once per process. */
export interface LanguageResources {
  readonly synonyms: SynonymDictionary;
  readonly readings: ReadingCache;
}

export interface LanguageResourceOptions {
  /** Hears about readings that could not be read. */
  readonly onError?: (error: unknown) => void;
  /** Where the kanji readings are kept between runs (see {@link createReadingCache}). */
  readonly readingsFile?: string;
}

/**
 * Loads the synonym dictionary and starts an empty reading cache (each index build reads its
 * notes' words into it before it answers).
 */
export async function loadLanguageResources({
  onError,
  readingsFile,
}: LanguageResourceOptions = {}): Promise<LanguageResources> {
  return {
    // sudachi's curated groups, then EDICT's common words (each weighed by its own profile value).
    synonyms: combineDictionaries(
      ...(await Promise.all([loadSudachiSynonyms(), loadEdictDictionary()])),
    ),
    readings: createReadingCache({
      ...(onError && { onError }),
      ...(readingsFile !== undefined && { file: readingsFile }),
    }),
  };
}

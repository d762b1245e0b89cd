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

/**
 * Loads the synonym dictionary and starts an empty reading cache (each index build fills it in
 * the background). `onError` hears about readings that could not be read.
 */
export async function loadLanguageResources(
  onError?: (error: unknown) => void,
): Promise<LanguageResources> {
  return {
    // sudachi's curated groups, then EDICT's common words (each weighed by its own profile value).
    synonyms: combineDictionaries(
      ...(await Promise.all([loadSudachiSynonyms(), loadEdictDictionary()])),
    ),
    readings: createReadingCache(onError ? { onError } : {}),
  };
}

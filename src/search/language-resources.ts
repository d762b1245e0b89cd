import { ABBREVIATIONS } from './abbreviations.js';
import { loadEdictDictionary } from './edict-dictionary.js';
import { loadEnglishWords } from './english-words.js';
import { MEETUP_TERMS } from './meetup-words.js';
import { createReadingCache, type ReadingCache, type ReadingCacheOptions } from './readings.js';
import {
  combineDictionaries,
  loadSudachiSynonyms,
  type SynonymDictionary,
} from './synonym-dictionary.js';
import { TALK_ROLES } from './talk-roles.js';

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
  /** What starts the analyzer (tests count it; see {@link createReadingCache}). */
  readonly startAnalyzer?: ReadingCacheOptions['startAnalyzer'];
}

/** Groups of the project's own tables as a dictionary, every word a trigger. */
function ownDictionary(groups: readonly (readonly string[])[]): SynonymDictionary {
  return { groups: groups.map((terms) => ({ terms, triggers: terms.map(() => true) })) };
}

/** The programme's roles (see talk-roles.ts) as dictionary groups. */
export function talkRoleDictionary(): SynonymDictionary {
  return ownDictionary(TALK_ROLES);
}

/** The engineers' abbreviations (see abbreviations.ts) as dictionary groups. */
export function abbreviationDictionary(): SynonymDictionary {
  return ownDictionary(ABBREVIATIONS);
}

/** A meetup's own words (see meetup-words.ts) as dictionary groups. */
export function meetupWordDictionary(): SynonymDictionary {
  return ownDictionary(MEETUP_TERMS);
}

/**
 * Loads the synonym dictionary (with the English word list the spelling check reads) and starts
 * an empty reading cache (each index build reads its notes' words into it before it answers).
 */
export async function loadLanguageResources({
  onError,
  readingsFile,
  startAnalyzer,
}: LanguageResourceOptions = {}): Promise<LanguageResources> {
  const readings = createReadingCache({
    ...(onError && { onError }),
    ...(readingsFile !== undefined && { file: readingsFile }),
    ...(startAnalyzer && { startAnalyzer }),
  });
  const [sudachi, edict, wordList] = await Promise.all([
    loadSudachiSynonyms(),
    loadEdictDictionary(),
    loadEnglishWords(),
  ]);
  return {
    // The project's own tables (a programme's roles, a meetup's words, engineers' abbreviations) and sudachi's
    // curated groups, then EDICT's common words (each weighed by its own profile value).
    synonyms: {
      ...combineDictionaries(
        talkRoleDictionary(),
        meetupWordDictionary(),
        abbreviationDictionary(),
        sudachi,
        edict,
      ),
      wordList,
    },
    readings,
  };
}

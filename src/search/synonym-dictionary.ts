import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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
  if (!Array.isArray(raw)) return EMPTY_DICTIONARY;
  return dictionaryOf(
    compactLines(
      // A group that is not an object with a list of items is skipped.
      (raw as ({ items?: unknown } | null)[])
        .filter((group): group is { items: SudachiItem[] } => Array.isArray(group?.items))
        .map((group) => group.items),
    ),
  );
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

function dictionaryOf(lines: readonly string[]): SynonymDictionary {
  const text = lines.join('\n');
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
 * Reads the package's 14 MB JSON in a worker thread and sends back only the headwords and their
 * flags: the parsed JSON (about 100 MB of objects) lives and dies in the worker's heap, so the
 * bot's own memory grows by the few MB the groups take, and the parse overlaps loading the notes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { StringDecoder } = require('node:string_decoder');
// Read and sent in small pieces: glibc raises its mmap threshold to the size of a big freed
// block, and afterwards keeps the index's own large buffers on the heap for good (about 40 MB of
// resident memory at 10,000 talks).
const fd = fs.openSync(workerData.file, 'r');
const chunk = Buffer.alloc(32768);
const decoder = new StringDecoder('utf8');
let text = '';
for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) text += decoder.write(chunk.subarray(0, n));
fs.closeSync(fd);
const groups = JSON.parse(text + decoder.end());
text = '';
for (let i = 0; i < groups.length; i += 500) {
  parentPort.postMessage(
    groups.slice(i, i + 500).map((g) => (Array.isArray(g.items) ? g.items : []).map((item) => ({ midashi: item?.midashi, expandControl: item?.expandControl }))),
  );
}
parentPort.postMessage(null);
`;
/**
 * Loads the sudachi-synonyms-dictionary package (Apache-2.0, about 26,000 groups). Its JSON is
 * read from the installed package, not fetched: the package's own loader is CommonJS that
 * \`require\`s the file, and its \`exports\` do not expose the file itself.
 */
export async function loadSudachiSynonyms(): Promise<SynonymDictionary> {
  const require = createRequire(import.meta.url);
  const file = path.join(
    path.dirname(require.resolve('sudachi-synonyms-dictionary')),
    'sudachi-synonyms-dictionary.json',
  );
  const lines: string[] = [];
  // Each part is compacted as it arrives, so its objects die young.
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    worker.on('message', (part: SudachiItem[][] | null) => {
      if (part === null) resolve();
      else lines.push(...compactLines(part));
    });
    worker.once('error', reject);
    // Stryker disable all: only a worker that dies (a broken install) gets here
    worker.once('exit', (code) =>
      reject(new Error(`The dictionary worker stopped (exit ${code}).`)),
    );
    // Stryker restore all
  });
  return dictionaryOf(lines);
}

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
}

/** A maintained synonym dictionary, loaded once per process and shared by every index build. */
export interface SynonymDictionary {
  readonly groups: readonly SynonymGroup[];
}

export const EMPTY_DICTIONARY: SynonymDictionary = { groups: [] };

/** One headword as sudachi-synonyms-dictionary ships it (only the fields used here). */
interface SudachiItem {
  readonly midashi?: unknown;
  readonly expandControl?: unknown;
}

const HIRAGANA_ONLY = /^[\p{sc=Hiragana}ー]+$/u;
const LATIN_ONLY = /^[a-z0-9 .\-'&]+$/;
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
  const groups: SynonymGroup[] = [];
  for (const group of raw as { items?: unknown }[]) {
    if (!Array.isArray(group?.items)) continue;
    const terms: string[] = [];
    const triggers: boolean[] = [];
    for (const item of group.items as SudachiItem[]) {
      if (typeof item?.midashi !== 'string' || item.expandControl === 2) continue;
      const term = normalize(item.midashi).trim();
      if (!usable(term) || terms.includes(term)) continue;
      terms.push(term);
      triggers.push(item.expandControl !== 1);
    }
    if (terms.length >= 2 && triggers.some(Boolean)) groups.push({ terms, triggers });
  }
  return { groups };
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
const groups = JSON.parse(require('node:fs').readFileSync(workerData.file, 'utf8'));
// One string (a group per line, each headword as flag + text, tab-separated) clones in one copy.
parentPort.postMessage(
  groups
    .map((g) => (g.items || []).map((i) => String(i.expandControl) + String(i.midashi).replace(/[\\t\\n]/g, ' ')).join('\\t'))
    .join('\\n'),
);
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
  const compact = await new Promise<string>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The dictionary worker stopped (exit ${code}).`)),
    );
  });
  return parseSudachiSynonyms(
    compact.split('\n').map((line) => ({
      items: line
        .split('\t')
        .map((item) => ({ expandControl: Number(item.slice(0, 1)), midashi: item.slice(1) })),
    })),
  );
}

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { toRomaji } from 'wanakana';
import type { Meetup } from '../content/meetup.js';
import type { Steps } from './cooperative.js';

/**
 * Readings of the notes' kanji words in romaji (熊本 -> kumamoto, 博多 -> hakata), so a name
 * typed in Latin letters finds the kanji the notes wrote. The readings come from kuromoji's
 * IPADIC (Apache-2.0), run in a child process: its dictionary takes about a second and 300 MB to
 * load, none of which should stay in the bot. The cache is shared by every index build and fills in
 * the background; a question asked before it is ready simply has no readings to use.
 */
export interface ReadingCache {
  /** Kanji words of the notes whose reading is `romaji`. */
  kanjiFor(romaji: string): readonly string[];
  /** Reads the words not read yet; resolves when they are (never rejects). */
  ensure(words: Iterable<string>): Promise<void>;
}

const KANJI_RUN = /[\p{sc=Han}々〆]{2,}/gu;
/** A long vowel as wanakana spells it (ou, uu, oo), which names in Latin letters leave out. */
const LONG_VOWEL = /([ou])u|(?<=o)o/g;
/** A reading this short (ka, to) would tie too many unrelated words to a question. */
const MIN_READING_CHARS = 4;

/** The kanji runs of the notes (titles and passages), the words whose readings are worth having. */
export function* kanjiWordSteps(meetups: readonly Meetup[]): Steps<Set<string>> {
  const words = new Set<string>();
  const collect = (text: string) => {
    for (const word of text.match(KANJI_RUN) ?? []) words.add(word);
  };
  for (const meetup of meetups) {
    collect(meetup.title);
    for (const talk of meetup.talks) {
      collect(talk.title);
      for (const passage of talk.passages) collect(passage.text);
      yield;
    }
  }
  return words;
}

/**
 * The child's code: reads words from standard input (one per line), prints each token of each
 * word that is a noun with its katakana reading, tab-separated.
 */
const READER_SOURCE = `
const kuromoji = require(process.argv[1]);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  kuromoji.builder({ dicPath: process.argv[2] }).build((err, tokenizer) => {
    if (err) { console.error(String(err)); process.exit(1); }
    const out = [];
    for (const word of input.split('\\n')) {
      if (!word) continue;
      for (const t of tokenizer.tokenize(word)) {
        if (t.pos === '名詞' && t.reading && t.reading !== '*') out.push(t.surface_form + '\\t' + t.reading);
      }
    }
    process.stdout.write(out.join('\\n'));
  });
});
`;

export interface ReadingCacheOptions {
  /** Called once per failed read (kuromoji missing or broken); the cache stays empty. */
  readonly onError?: (error: unknown) => void;
}

export function createReadingCache({ onError }: ReadingCacheOptions = {}): ReadingCache {
  const read = new Set<string>();
  const byReading = new Map<string, string[]>();
  let queue: Promise<void> = Promise.resolve();
  const add = (surface: string, katakana: string) => {
    const romaji = toRomaji(katakana).toLowerCase();
    if (romaji.length < MIN_READING_CHARS || !/^[a-z]+$/.test(romaji)) return;
    // Names are mostly written without their long vowels: Kyushu for kyuushuu, Tokyo for toukyou.
    for (const spelling of new Set([romaji, romaji.replace(LONG_VOWEL, '$1')])) {
      const list = byReading.get(spelling);
      if (!list) byReading.set(spelling, [surface]);
      else if (!list.includes(surface)) list.push(surface);
    }
  };
  return {
    kanjiFor: (romaji) => byReading.get(romaji) ?? [],
    ensure(words) {
      // Reading a word again, or no words, only costs a child process: the cache ends up the same.
      // Stryker disable next-line MethodExpression: see above
      const fresh = [...new Set(words)].filter((w) => !read.has(w));
      for (const w of fresh) read.add(w);
      // Stryker disable next-line ConditionalExpression: see above
      if (fresh.length === 0) return queue;
      // One child at a time, in the order builds asked.
      queue = queue.then(async () => {
        try {
          for (const line of (await runReader(fresh)).split('\n')) {
            const [surface, katakana] = line.split('\t');
            // Stryker disable next-line ConditionalExpression,LogicalOperator: a line without both gives a romaji of '', too short for add() to keep
            if (surface && katakana) add(surface, katakana);
          }
        } catch (error) {
          for (const w of fresh) read.delete(w);
          onError?.(error);
        }
      });
      return queue;
    },
  };
}

function runReader(words: readonly string[]): Promise<string> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('kuromoji');
  const dict = path.join(path.dirname(main), '..', 'dict');
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', READER_SOURCE, main, dict],
      // Stryker disable next-line ObjectLiteral: the defaults (utf8, 1 MiB) differ only for notes whose readings pass 1 MiB, too slow to read in a test
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    // Stryker disable next-line OptionalChaining: execFile always pipes stdin
    child.stdin?.end(words.join('\n'));
  });
}

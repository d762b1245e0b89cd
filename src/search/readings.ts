import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
import path from 'node:path';
import { CHILD_NODE_FLAGS } from '../child-flags.js';
import type { Meetup } from '../content/meetup.js';
import { runInSlices, type Steps } from './cooperative.js';
import { katakanaRomaji } from './katakana-romaji.js';

/**
 * Readings of the notes' kanji words in romaji (熊本 -> kumamoto, 博多 -> hakata), so a name
 * typed in Latin letters finds the kanji the notes wrote. The readings come from the IPADIC
 * dictionary, through lindera (MIT, compiled to WebAssembly), in a child process that exits when
 * it is done: loading the dictionary takes about half a second and 150-180 MB, none of which stays in
 * the bot. What it read is kept in a file by word, so a restart reads nothing again and an edit
 * only the words it adds.
 *
 * Every answer is given with the readings its question can use: a build waits for the readings
 * of its notes (see `createQueryServiceInSlices`), or, on a bot's first start, only a question
 * that may use them does (see `createQueryServiceBeforeReadings` and {@link mayBeReading}), so a
 * freshly started bot answers as `npm run eval` measures.
 */
export interface ReadingCache {
  /** Kanji words of the notes whose reading is `romaji`. */
  kanjiFor(romaji: string): readonly string[];
  /** The romaji a kanji word of the notes is read as (福岡: fukuoka), as {@link kanjiFor} finds it. */
  romajiFor(kanji: string): readonly string[];
  /** Reads the words not read yet; resolves when they are (never rejects). */
  ensure(words: Iterable<string>): Promise<void>;
}

/** An analyzer: give it the words once, get their readings. */
export type Analyzer = (words: readonly string[]) => Promise<Record<string, Reading[]>>;

/** A noun of a word and its reading in katakana, as the analyzer splits the word. */
export type Reading = readonly [surface: string, katakana: string];

const KANJI_RUN = /[\p{sc=Han}々〆]{2,}/gu;
/** A long vowel as wanakana spells it (ou, uu, oo), which names in Latin letters leave out. */
const LONG_VOWEL = /([ou])u|(?<=o)o/g;
/** A reading this short (ka, to) would tie too many unrelated words to a question. */
const MIN_READING_CHARS = 4;

/**
 * The romaji of every kana a reading is spelled with: each katakana letter alone or with a small
 * kana after it (キャ, ジェ), each doubled by a ッ before it (kya, je, kkya, tchi), and ン. A reading
 * is a run of these, and so is a reading with its long vowels left out (the left-out u or o is a
 * kana of its own). Read from the committed table that `scripts/build-kana-romaji.ts` writes with
 * wanakana, a spelling per line.
 */
const KANA_ROMAJI: ReadonlySet<string> = new Set(
  readFileSync(new URL('./data/kana-romaji.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const LONGEST_KANA_ROMAJI = Math.max(...[...KANA_ROMAJI].map((s) => s.length));

/**
 * Whether `word` (lower case) could be a reading the cache learns, before any is read: Latin
 * letters that split into the romaji of kana, and either long enough to be one or holding an o
 * or u after which a long vowel may have been left out (chuu -> chu). `ansible`, `network` or
 * `ga` never can; `data`, `fukuoka` or `go` may. Split from the left, each end reached once, so a
 * word that splits many ways (nanana…) costs no more than one that splits one way.
 */
export function mayBeReading(word: string): boolean {
  if (word.length < MIN_READING_CHARS && !/[ou]/.test(word)) return false;
  const reached = new Uint8Array(word.length + 1);
  reached[0] = 1;
  for (let from = 0; from < word.length; from++) {
    if (!reached[from]) continue;
    for (let to = from + 1; to <= Math.min(word.length, from + LONGEST_KANA_ROMAJI); to++)
      if (KANA_ROMAJI.has(word.slice(from, to))) reached[to] = 1;
  }
  return reached[word.length] === 1;
}

/** The kanji runs of the notes (titles and passages), the words whose readings are worth having. */
export function* kanjiWordSteps(meetups: readonly Meetup[]): Steps<Set<string>> {
  const words = new Set<string>();
  for (const meetup of meetups) yield* kanjiWordsOf(meetup, words);
  return words;
}

/** One meetup's kanji runs into `words`: a step per talk. */
export function* kanjiWordsOf(meetup: Meetup, words: Set<string>): Steps<void> {
  const collect = (text: string) => {
    for (const word of text.match(KANJI_RUN) ?? []) words.add(word);
  };
  collect(meetup.title);
  for (const talk of meetup.talks) {
    collect(talk.title);
    for (const passage of talk.passages) collect(passage.text);
    yield;
  }
}

/**
 * The child's code: reads words from standard input (one per line), prints a line for each: a
 * JSON array of the word and the nouns it is made of with their katakana readings.
 */
const READER_SOURCE = `
const { TokenizerBuilder } = require(process.argv[1]);
// The dictionary loads first, while the words are still on their way.
const builder = new TokenizerBuilder();
builder.setDictionary('embedded://ipadic');
builder.setMode('normal');
const tokenizer = builder.build();
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const out = [];
  for (const word of input.split('\\n')) {
    if (!word) continue;
    const nouns = tokenizer.tokenize(word)
      .filter((t) => t.partOfSpeech === '名詞' && t.reading && t.reading !== '*')
      .map((t) => [t.surface, t.reading]);
    out.push(JSON.stringify([word, nouns]));
  }
  process.stdout.write(out.join('\\n'));
});
`;

/** Which analyzer wrote a cache file: readings of another one are read again. */
const ANALYZER = 'lindera-wasm-nodejs-ipadic 2';

/** Words written between two looks at the clock: a few hundred take well under a millisecond. */
const WORDS_PER_STEP = 500;
/** The longest the cache file's writing holds the event loop at a time, as the build's slices. */
const WRITE_SLICE_MS = 10;

export interface ReadingCacheOptions {
  /** Called once per failed read (the analyzer missing or broken); those words stay unread. */
  readonly onError?: (error: unknown) => void;
  /**
   * A JSON file that keeps the readings between runs (beside the question store): words found
   * there are not read again. Unset: every process reads its notes' words once.
   */
  readonly file?: string;
  /** Starts an analyzer (default: {@link startLindera}, a child process), once per read. */
  readonly startAnalyzer?: () => Analyzer;
}

interface CacheFile {
  readonly analyzer: string;
  readonly words: Record<string, Reading[]>;
}

export function createReadingCache({
  onError,
  file,
  startAnalyzer = startLindera,
}: ReadingCacheOptions = {}): ReadingCache {
  /** Every word read so far, with its nouns: what the cache file is written from. */
  const known = new Map<string, readonly Reading[]>();
  const byReading = new Map<string, string[]>();
  const bySurface = new Map<string, string[]>();
  let stored: Promise<ReadonlyMap<string, readonly Reading[]>> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const add = (surface: string, katakana: string) => {
    const romaji = katakanaRomaji(katakana).toLowerCase();
    if (romaji.length < MIN_READING_CHARS || !/^[a-z]+$/.test(romaji)) return;
    // Names are mostly written without their long vowels: Kyushu for kyuushuu, Tokyo for toukyou.
    for (const spelling of new Set([romaji, romaji.replace(LONG_VOWEL, '$1')])) {
      const list = byReading.get(spelling);
      if (!list) byReading.set(spelling, [surface]);
      else if (!list.includes(surface)) list.push(surface);
      const spellings = bySurface.get(surface);
      if (!spellings) bySurface.set(surface, [spelling]);
      else if (!spellings.includes(spelling)) spellings.push(spelling);
    }
  };
  const learn = (word: string, readings: readonly Reading[]) => {
    known.set(word, readings);
    for (const [surface, katakana] of readings) add(surface, katakana);
  };
  /** Learns the readings `readingsOf` has for each word not known yet, a step per word. */
  function* learnSteps(
    words: Iterable<string>,
    readingsOf: (word: string) => readonly Reading[] | undefined,
  ): Steps<void> {
    for (const word of words) {
      if (known.has(word)) continue;
      const readings = readingsOf(word);
      if (readings) learn(word, readings);
      yield;
    }
  }
  const read = async (words: ReadonlySet<string>) => {
    stored ??= file ? readCacheFile(file) : Promise.resolve(new Map());
    const onDisk = await stored;
    const missing: string[] = [];
    // Learned in slices, as the file is written: a bot may be answering meanwhile, and a first
    // start learns thousands of words (18,700 at 10,000 talks, about 80 ms at once).
    await runInSlices(
      learnSteps(words, (word) => {
        const readings = onDisk.get(word);
        if (!readings) missing.push(word);
        return readings;
      }),
      WRITE_SLICE_MS,
    );
    if (missing.length === 0) return;
    try {
      const got = await startAnalyzer()(missing);
      await runInSlices(
        learnSteps(missing, (word) => got[word] ?? []),
        WRITE_SLICE_MS,
      );
    } catch (error) {
      onError?.(error);
      return;
    }
    // The file keeps the words of these notes only, so it never grows past them; failing to
    // write it costs the next start a read, nothing more.
    if (file) await writeCacheFile(file, words, known).catch(() => undefined);
  };
  return {
    kanjiFor: (romaji) => byReading.get(romaji) ?? [],
    romajiFor: (kanji) => bySurface.get(kanji) ?? [],
    ensure(words) {
      const wanted = new Set(words);
      // One read at a time, in the order builds asked.
      queue = queue.then(() => read(wanted));
      return queue;
    },
  };
}

async function readCacheFile(file: string): Promise<ReadonlyMap<string, readonly Reading[]>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.analyzer !== ANALYZER || typeof parsed.words !== 'object' || !parsed.words)
      return new Map();
    return new Map(Object.entries(parsed.words));
  } catch {
    // No file yet, or one that is not ours: the words are read again.
    return new Map();
  }
}

async function writeCacheFile(
  file: string,
  words: ReadonlySet<string>,
  known: ReadonlyMap<string, readonly Reading[]>,
): Promise<void> {
  const text = await runInSlices(cacheFileSteps(words, known), WRITE_SLICE_MS);
  await mkdir(path.dirname(file), { recursive: true });
  // Written beside and renamed over, so a reader never meets half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * The cache file's text for the notes' `words`, pausing every {@link WORDS_PER_STEP} words: at
 * 10,000 talks the file holds some 19,000 words (0.8 MB), and one `JSON.stringify` of them held
 * the bot's event loop for about 16 ms on every edit that added a word. The text is the same as
 * that call's.
 */
export function* cacheFileSteps(
  words: ReadonlySet<string>,
  known: ReadonlyMap<string, readonly Reading[]>,
): Steps<string> {
  const entries: string[] = [];
  for (const word of words) {
    const readings = known.get(word);
    if (!readings) continue;
    entries.push(`${JSON.stringify(word)}:${JSON.stringify(readings)}`);
    if (entries.length % WORDS_PER_STEP === 0) yield;
  }
  return `{"analyzer":${JSON.stringify(ANALYZER)},"words":{${entries.join(',')}}}`;
}

/**
 * The analyzer's 13 MB WebAssembly module compiled by V8's baseline compiler only: the optimizing
 * tier's compile of it took about 30 MB more of the child's peak (207 -> 177 MB on 5,000 words,
 * 224 -> 195 MB on 18,700) and more CPU than the words' tokenizing saved. A young generation of
 * 2 MB semi-spaces (16 by default) for the short-lived tokens of each word: 194 -> 182 MB on the
 * 18,700 words, in the same time. The readings are the same byte for byte.
 */
const ANALYZER_FLAGS = [...CHILD_NODE_FLAGS, '--liftoff-only', '--max-semi-space-size=2'];

/**
 * The analyzer: given the words, a child process loads its dictionary, reads them and exits; this
 * resolves with the nouns of each word and their readings.
 */
export function startLindera(): Analyzer {
  const require = createRequire(import.meta.url);
  const main = require.resolve('lindera-wasm-nodejs-ipadic');
  return async (words) => {
    const text = await nodeOutput([...ANALYZER_FLAGS, '-e', READER_SOURCE, main], words.join('\n'));
    return runInSlices(readingLines(text), WRITE_SLICE_MS);
  };
}

/**
 * The analyzer's output read a line at a time: one JSON.parse of all of it (1.6 MB for the 18,700
 * words of 10,000 talks) held a bot that was already answering for about 20 ms.
 */
export function* readingLines(text: string): Steps<Record<string, Reading[]>> {
  const readings: Record<string, Reading[]> = {};
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    if (end > start) {
      const [word, nouns] = JSON.parse(text.slice(start, end)) as [string, Reading[]];
      readings[word] = nouns;
    }
    start = end + 1;
    yield;
  }
  return readings;
}

/**
 * The analyzer's niceness above the bot's: on a first start it reads while the bot already
 * answers, and on two cores it took the CPU the answers wanted (800 questions through the console
 * from the first prompt at 10,000 talks, four runs each: p99 10.4-12.4 ms with it at the bot's
 * priority, 8.0-9.6 ms ten below; the one question that waits for the readings waited 0.7-0.8 s,
 * then 1.0-1.1 s).
 */
const ANALYZER_NICENESS = 10;
/** The highest niceness (the lowest priority) a process can have. */
const LOWEST_PRIORITY = 19;

/** Lets the bot's own work come first; where the system refuses, the child runs as it is. */
function lowerPriority(pid: number | undefined): void {
  try {
    // Relative to the bot's own (the child starts at it), at most the lowest priority there is.
    if (pid !== undefined)
      setPriority(pid, Math.min(LOWEST_PRIORITY, getPriority() + ANALYZER_NICENESS));
  } catch {
    // A priority the system does not allow changes nothing about what the child reads.
  }
}

/**
 * How long the analyzer may take before it is stopped and its words left unread (as when it
 * fails): the 18,700 words of 10,000 talks take about 1.7 s, and a question that may use their
 * readings waits for them on a first start, so a hung child must not hold it for good.
 */
const ANALYZER_TIMEOUT_MS = 120_000;

/**
 * Runs Node with `args`, writes `input` to its standard input and resolves with what it prints,
 * up to 256 MiB: the readings of large notes run to many megabytes, past execFile's default
 * limit of 1 MiB, and a read cut off would fail for the whole notes. A child still running after
 * `timeoutMs` is killed, and the promise rejects.
 */
export function nodeOutput(
  args: readonly string[],
  input: string,
  timeoutMs = ANALYZER_TIMEOUT_MS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      args,
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    lowerPriority(child.pid);
    // A child that dies before it has read its input makes the write fail (EPIPE): its exit is
    // reported through the callback already, and the write's error must not go unheard.
    // Stryker disable next-line OptionalChaining: execFile always pipes stdin
    child.stdin?.on('error', () => undefined).end(input);
  });
}

import { getPriority } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import type { Meetup, Talk } from '../../src/content/meetup.js';
import { runAtOnce } from '../../src/search/cooperative.js';
import { katakanaRomaji } from '../../src/search/katakana-romaji.js';
import {
  cacheFileSteps,
  createReadingCache,
  kanjiWordSteps,
  mayBeReading,
  nodeOutput,
  type Reading,
  readingLines,
} from '../../src/search/readings.js';

const talk = (title: string, ...texts: string[]): Talk => ({
  title,
  line: 1,
  links: [],
  passages: texts.map((text, i) => ({ text, line: 2 + i })),
});

const MEETUPS: Meetup[] = [
  {
    title: '熊本勉強会 #3',
    file: 'kumamoto.md',
    talks: [
      talk('博多の話', '博多と熊本で人々が集う', '〆切は明日'),
      talk('Tanzu入門', '入門と実践'),
    ],
  },
  { title: 'Kyushu Night', file: 'kyushu.md', talks: [talk('福岡', '福岡の会場')] },
];

describe('kanjiWordSteps', () => {
  it('collects each run of two or more kanji from titles and passages, once', () => {
    expect([...runAtOnce(kanjiWordSteps(MEETUPS))]).toEqual([
      '熊本勉強会',
      '博多',
      '熊本',
      '人々',
      '〆切',
      '明日',
      '入門',
      '実践',
      '福岡',
      '会場',
    ]);
  });

  it('pauses after each talk', () => {
    const steps = kanjiWordSteps(MEETUPS);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(3);
  });
});

describe('createReadingCache', () => {
  it('has no readings before any are read, and reads nothing for no words', async () => {
    const readings = createReadingCache();
    await readings.ensure([]);
    expect(readings.kanjiFor('kumamoto')).toEqual([]);
    expect(readings.romajiFor('熊本')).toEqual([]);
  });

  // One analyzer child for all the words (about a second): what it reads is the cache's contract.
  it('gives the kanji words of a reading of four letters or more, each once', async () => {
    const onError = vi.fn();
    const readings = createReadingCache({ onError });
    await readings.ensure([
      '熊本城',
      '熊本',
      '博多',
      '本',
      '家具',
      '繊維',
      '橋',
      '箸',
      '東',
      '京',
      '九州',
    ]);
    expect(onError).not.toHaveBeenCalled();
    expect(readings.kanjiFor('kumamoto')).toEqual(['熊本']);
    expect(readings.kanjiFor('hakata')).toEqual(['博多']);
    expect(readings.kanjiFor('kagu')).toEqual(['家具']);
    // Two words of one reading; each word read on its own, not run together with the next.
    expect(readings.kanjiFor('hashi')).toEqual(['橋', '箸']);
    expect(readings.kanjiFor('higashi')).toEqual(['東']);
    expect(readings.kanjiFor('toukyou')).toEqual([]);
    // Too short (hon), or not letters only (sen'i).
    expect(readings.kanjiFor('hon')).toEqual([]);
    expect(readings.kanjiFor("sen'i")).toEqual([]);
    // And the other way: the romaji of each kanji word, with and without its long vowels.
    expect(readings.romajiFor('熊本')).toEqual(['kumamoto']);
    expect(readings.romajiFor('九州')).toEqual(['kyuushuu', 'kyushu']);
    expect(readings.romajiFor('本')).toEqual([]);
    expect(readings.romajiFor('未読')).toEqual([]);
  });
});

describe('cacheFileSteps', () => {
  const known = new Map<string, readonly Reading[]>([
    ['熊本', [['熊本', 'クマモト']]],
    [
      '熊本城',
      [
        ['熊本', 'クマモト'],
        ['城', 'ジョウ'],
      ],
    ],
    ['"引用"', []],
    ['博多', [['博多', 'ハカタ']]],
  ]);

  it('writes the words asked for that have readings, as one JSON.stringify of them would', () => {
    const text = runAtOnce(cacheFileSteps(new Set(['熊本城', '未読', '"引用"', '熊本']), known));
    expect(text).toBe(
      JSON.stringify({
        analyzer: 'lindera-wasm-nodejs-ipadic 2',
        words: { 熊本城: known.get('熊本城'), '"引用"': [], 熊本: known.get('熊本') },
      }),
    );
  });

  it('writes an empty object when no word has readings', () => {
    const text = runAtOnce(cacheFileSteps(new Set(['未読']), known));
    expect(JSON.parse(text)).toEqual({ analyzer: 'lindera-wasm-nodejs-ipadic 2', words: {} });
  });

  it('pauses after every 500 words it writes, not after words it skips', () => {
    const many = new Map<string, readonly Reading[]>();
    for (let i = 0; i < 1200; i++) many.set(`語${i}`, [[`語${i}`, 'ゴ']]);
    const steps = cacheFileSteps(
      new Set([...many.keys(), ...Array.from({ length: 600 }, (_, i) => `無${i}`)]),
      many,
    );
    let pauses = 0;
    let last = steps.next();
    while (!last.done) {
      pauses++;
      last = steps.next();
    }
    expect(pauses).toBe(2);
    expect(Object.keys(JSON.parse(last.value).words)).toHaveLength(1200);
  });
});

describe('nodeOutput', () => {
  it('resolves with all a child prints, past the 1 MiB that execFile keeps by default', async () => {
    const size = 3 * 1024 * 1024;
    const out = await nodeOutput(
      ['-e', `process.stdin.once('data', (n) => process.stdout.write('x'.repeat(Number(n))))`],
      String(size),
    );
    expect(out).toBe('x'.repeat(size));
  });

  it('runs the child at a lower priority than the bot', async () => {
    // The child answers only once its input is in, which comes after its priority is set.
    const script =
      "process.stdin.resume(); process.stdin.on('end', () => process.stdout.write(String(require('node:os').getPriority())));";
    expect(Number(await nodeOutput(['-e', script], ''))).toBe(Math.min(19, getPriority() + 10));
  });

  it('stops a child that runs past its time, for good, and rejects', async () => {
    await expect(
      nodeOutput(['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], '', 200),
    ).rejects.toMatchObject({ signal: 'SIGKILL' });
  });

  it('rejects, and nothing else, when the child dies before reading all it is given', async () => {
    // More than a pipe holds, so the write is still going when the child is killed.
    await expect(
      nodeOutput(['-e', 'setInterval(() => {}, 1000)'], 'x'.repeat(4_000_000), 200),
    ).rejects.toThrow();
  });

  it('rejects when the child fails', async () => {
    await expect(nodeOutput(['-e', 'process.exit(3)'], '')).rejects.toThrow();
  });
});

describe('mayBeReading', () => {
  /** A cache that learned `katakana` as the reading of one made-up word. */
  async function cacheReading(katakana: string) {
    const readings = createReadingCache({
      startAnalyzer: () => async () => ({ 語: [['語', katakana]] }),
    });
    await readings.ensure(['語']);
    return readings;
  }

  it('holds for every spelling the cache learns, long vowels kept or left out', async () => {
    // Long vowels, small kana after a letter, a doubled consonant before a small kana, ン.
    const cases: [string, string[]][] = [
      ['チュウゴク', ['chuugoku', 'chugoku']],
      ['チュウ', ['chuu', 'chu']],
      ['ジェット', ['jetto']],
      ['ホッキョク', ['hokkyoku']],
      ['マッチ', ['matchi']],
      ['カントウ', ['kantou', 'kanto']],
      ['フクオカ', ['fukuoka']],
      ['ティーム', ['teiimu']],
    ];
    for (const [katakana, spellings] of cases) {
      const readings = await cacheReading(katakana);
      for (const spelling of spellings) {
        expect(readings.kanjiFor(spelling), spelling).toEqual(['語']);
        expect(mayBeReading(spelling), spelling).toBe(true);
      }
    }
  });

  it('holds for the romaji of any katakana, spelled as the cache spells it', () => {
    const letters = Array.from({ length: 0x30fc - 0x30a1 + 1 }, (_, i) =>
      String.fromCodePoint(0x30a1 + i),
    );
    // A fixed walk through the letters, so a failure names the same reading every run.
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let n = 0; n < 20_000; n++) {
      let katakana = '';
      for (let k = 2 + (next() % 6); k > 0; k--) katakana += letters[next() % letters.length];
      const romaji = katakanaRomaji(katakana).toLowerCase();
      if (romaji.length < 4 || !/^[a-z]+$/.test(romaji)) continue;
      expect(mayBeReading(romaji), katakana).toBe(true);
      expect(mayBeReading(romaji.replace(/([ou])u|(?<=o)o/g, '$1')), katakana).toBe(true);
    }
  });

  it('fails for words no kana spell, and for short ones with no vowel left out', () => {
    for (const word of ['ansible', 'network', 'kubernetes', 'vsphere', 'when'])
      expect(mayBeReading(word), word).toBe(false);
    // Too short for a reading unless a long vowel was left out of it (go from gou).
    expect(mayBeReading('ga')).toBe(false);
    expect(mayBeReading('kan')).toBe(false);
    expect(mayBeReading('go')).toBe(true);
    expect(mayBeReading('data')).toBe(true);
  });

  it('reads a word that splits many ways once, however long (a question may be made of one)', () => {
    // Tried split by split, nanana…q would take twice as long for each na: past 60 letters, hours.
    expect(mayBeReading(`${'na'.repeat(500)}q`)).toBe(false);
    expect(mayBeReading('na'.repeat(500))).toBe(true);
  });
});

describe('learning what the analyzer read', () => {
  it('gives the event loop turns while thousands of words are learned', async () => {
    // Made-up words and readings, enough to take several 10 ms slices to learn.
    const words = Array.from({ length: 30_000 }, (_, i) => `語${i}`);
    const got = Object.fromEntries(
      words.map((w, i): [string, Reading[]] => [w, [[w, `カ${'キクケコ'[i % 4]}ト`]]]),
    );
    let learning = false;
    let turns = 0;
    const readings = createReadingCache({
      startAnalyzer: () => async () => {
        learning = true;
        return got;
      },
    });
    const tick = () => {
      if (learning) turns++;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    await readings.ensure(words);
    done = true;
    expect(readings.kanjiFor('kakito')).toHaveLength(7_500);
    // Every turn but the first ran while the words were being learned.
    expect(turns).toBeGreaterThan(2);
  });
});

describe('readingLines', () => {
  it("reads the analyzer's output a word a line, pausing after each", () => {
    const text = [
      JSON.stringify([
        '熊本城',
        [
          ['熊本', 'クマモト'],
          ['城', 'シロ'],
        ],
      ]),
      '',
      JSON.stringify(['明日', []]),
    ].join('\n');
    const steps = readingLines(text);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value).toEqual({
      熊本城: [
        ['熊本', 'クマモト'],
        ['城', 'シロ'],
      ],
      明日: [],
    });
    expect(pauses).toBe(3);
    // Nothing read, nothing to pause for.
    const none = readingLines('');
    expect(none.next()).toEqual({ done: true, value: {} });
  });
});

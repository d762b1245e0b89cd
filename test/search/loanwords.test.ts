import { describe, expect, it, vi } from 'vitest';
import { indexTerms } from '../../src/search/build-index.js';
import { runAtOnce } from '../../src/search/cooperative.js';
import {
  createLoanwordLookup,
  englishSkeleton,
  katakanaSkeleton,
  type LoanwordOptions,
  loanwordSteps,
} from '../../src/search/loanwords.js';
import { normalize } from '../../src/search/normalize.js';

/** A lookup over `notes` and the terms an index of them would hold, built in the test that asks. */
function lookupOf(notes: readonly string[], options?: LoanwordOptions) {
  const texts = notes.map(normalize);
  return createLoanwordLookup(
    () => texts,
    new Map(notes.flatMap(indexTerms).map((t, i) => [t, i])),
    options,
  );
}

const NOTES = [
  'リリースサイクルを短くした',
  'サイクルごとにリリース',
  'アウトバウンド通信',
  'サーバーのフォーマット',
  'ポリシー',
  'クラス',
  'エンジニア',
  'さくらのクラウド',
  'release cycle policy format outbound data',
];

/** Notes with Japanese names: さくら in hiragana, ラクテン in katakana. */
const NAME_NOTES = [
  'リリースサイクルは2週間',
  'アウトバウンド転送量',
  'さくらで動かす',
  'Release Cycle',
  'ラクテンの開発',
];

describe('consonant skeletons', () => {
  it.each([
    ['release', 'リリース'],
    ['outbound', 'アウトバウンド'],
    ['internet', 'インターネット'],
    ['container', 'コンテナ'],
    ['format', 'フォーマット'],
    ['station', 'ステーション'],
    ['cycle', 'サイクル'],
    ['kubernetes', 'クバネティス'],
    ['tool', 'ツール'],
    ['server', 'サーバー'],
    ['iraq', 'イラク'],
    ['session', 'セッション'],
    ['phone', 'フォン'],
    ['thread', 'スレッド'],
    ['night', 'ナイト'],
    ['backup', 'バックアップ'],
    ['quota', 'クォータ'],
    ['index', 'インデックス'],
    ['chat', 'チャット'],
  ])('hears %s and %s alike', (english, katakana) => {
    expect(englishSkeleton(english)).toBe(katakanaSkeleton(katakana));
  });

  it('tells different words apart', () => {
    expect(englishSkeleton('outbound')).not.toBe(katakanaSkeleton('インバウンド'));
    expect(englishSkeleton('release')).not.toBe(katakanaSkeleton('リース'));
    expect(englishSkeleton('cheap')).not.toBe(katakanaSkeleton('ヒープ'));
    expect(englishSkeleton('zero')).not.toBe(katakanaSkeleton('ロー'));
  });

  it('hears a letter written three times as once', () => {
    expect(englishSkeleton('wallless')).toBe(englishSkeleton('walless'));
  });
});

describe('japaneseFor', () => {
  it('finds the katakana word of the notes that sounds like an English word, plurals included', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.japaneseFor('outbound')).toEqual(['アウトバウンド']);
    expect(lookup.japaneseFor('format')).toEqual(['フォーマット']);
    expect(lookup.japaneseFor('engineers')).toEqual(['エンジニア']);
    expect(lookup.japaneseFor('classes')).toEqual(['クラス']);
    expect(lookup.japaneseFor('policies')).toEqual(['ポリシ']);
    expect(lookupOf(NAME_NOTES).japaneseFor('outbounds')).toEqual(['アウトバウンド']);
  });

  it('finds a word that is half of a katakana compound', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.japaneseFor('release')).toEqual(['リリース']);
    expect(lookup.japaneseFor('cycle')).toEqual(['サイクル']);
  });

  it('cuts a compound only where the rest is a katakana word the notes write on its own', () => {
    // ツール stands alone, so セット is a word of ツールセット; cut after ツー, the rest ルセット is
    // no word, though it sounds like rust.
    const lookup = lookupOf(['ツールセットを配る', 'ツール', 'rust']);
    expect(lookup.japaneseFor('rust')).toEqual([]);
    // ログ stands alone, a word of two kana: データベース is a word of ログデータベース.
    const logs = ['ログデータベースを見る', 'ログを出す', 'database'];
    expect(lookupOf(logs).japaneseFor('database')).toEqual(['データベース']);
    // With the compound alone, neither half is cut out of it, unless the texts are cut anywhere
    // (a few short questions).
    const alone = [logs[0] as string, 'database'];
    expect(lookupOf(alone).japaneseFor('database')).toEqual([]);
    expect(lookupOf(alone, { cuts: 'anywhere' }).japaneseFor('database')).toEqual(['データベース']);
    expect(
      lookupOf(['ツールセットを配る', 'rust'], { cuts: 'anywhere' }).japaneseFor('rust'),
    ).toEqual(['ルセット']);
  });

  it('cuts no compound longer than two loanwords, however long the run of katakana', () => {
    // Pasted katakana: every cut of a run of 40,000 kana, as strings, took tens of seconds.
    const run = 'アイウエオ'.repeat(8000);
    const lookup = lookupOf([`${run} アイウエオ`, 'database']);
    expect(lookup.japaneseFor('database')).toEqual([]);
    // Both pieces of a cut are at most 24 kana: a word of 49 is not cut at all, though 25 of its
    // kana stand alone.
    const read: string[] = [];
    const skeletonOf = (word: string) => {
      read.push(word);
      return katakanaSkeleton(word);
    };
    const long = 'ア'.repeat(25) + 'データベース'.repeat(4);
    runAtOnce(loanwordSteps([`${long} ${'ア'.repeat(25)}`], new Map(), { skeletonOf }));
    expect(read).toEqual([long, 'ア'.repeat(25)]);
  });

  it('reads a romaji word as the kana the notes have, before any sound-alike', () => {
    const lookup = lookupOf(NAME_NOTES);
    expect(lookup.japaneseFor('sakura')).toEqual(['さくら']);
    expect(lookup.japaneseFor('rakuten')).toEqual(['ラクテン']);
    expect(lookup.japaneseFor('kumamoto')).toEqual([]);
  });

  it('looks up only lower-case English words of four letters or more with a long enough sound', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.japaneseFor('rel')).toEqual([]);
    expect(lookup.japaneseFor('Release')).toEqual([]);
    expect(lookup.japaneseFor('data')).toEqual([]);
    expect(lookup.japaneseFor('phone')).toEqual([]);
  });
});

describe('englishFor', () => {
  it('finds the English word of the notes that sounds like a katakana word', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.englishFor('リリース')).toEqual(['release']);
    expect(lookup.englishFor('アウトバウンド')).toEqual(['outbound']);
    expect(lookup.englishFor('フォーマット')).toEqual(['format']);
    expect(lookup.englishFor('ポリシ')).toEqual(['policy']);
  });

  it('reads a katakana compound as a pair of English words, in its order', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.englishFor('リリースサイクル')).toEqual(['release cycle']);
    expect(lookup.englishFor('サイクルリリース')).toEqual(['cycle release']);
  });

  it('looks up only katakana words of three characters or more with a long enough sound', () => {
    const lookup = lookupOf(NOTES);
    expect(lookup.englishFor('リリ')).toEqual([]);
    expect(lookup.englishFor('ノー')).toEqual([]);
    expect(lookup.englishFor('データ')).toEqual([]);
    expect(lookup.englishFor('abcd')).toEqual([]);
    expect(lookup.englishFor('リリースx')).toEqual([]);
  });

  it('reads no Latin word as katakana, though it has the sound of English words of the notes', () => {
    const lookup = lookupOf([...NOTES, 'cold clouds']);
    expect(lookup.englishFor('クラウド')).toEqual(['cold', 'clouds']);
    expect(lookup.englishFor('cloud')).toEqual([]);
  });
});

/** Several words of one sound, a compound head twice, and words at the length limits. */
const SOUND_NOTES = [
  'ポリシーとポリス',
  'ラクテンとロクテン',
  'リリースサイクル リリースノート サイクル',
  'テストとデータ、フィックス、ベーシック、セサミ',
  'policy police policies polices cycle test data fix basic release',
];

describe('a lookup over notes with several words of one sound', () => {
  it('keeps every katakana word of a sound once, in the order of the notes', () => {
    const lookup = lookupOf(SOUND_NOTES);
    expect(lookup.japaneseFor('police')).toEqual(['ポリシ', 'ポリス']);
    expect(lookup.japaneseFor('release')).toEqual(['リリース']);
    expect(lookup.japaneseFor('sesame')).toEqual(['セサミ']);
  });

  it('gives every English word of a sound, and at most three for each half of a compound', () => {
    const lookup = lookupOf(SOUND_NOTES);
    expect(lookup.englishFor('ポリシ')).toEqual(['policy', 'police', 'policies', 'polices']);
    expect(lookup.englishFor('ポリシサイクル')).toEqual([
      'policy cycle',
      'police cycle',
      'policies cycle',
    ]);
    expect(lookup.englishFor('ベーシック')).toEqual(['basic']);
    expect(lookup.englishFor('サイクルポリシ')).toEqual([
      'cycle policy',
      'cycle police',
      'cycle policies',
    ]);
  });

  it('pairs a compound only when both halves sound like words of the notes', () => {
    const lookup = lookupOf(SOUND_NOTES);
    expect(lookup.englishFor('リリースノート')).toEqual([]);
    expect(lookup.englishFor('ノートリリース')).toEqual([]);
  });

  it('reads a romaji word as exactly the katakana the notes have, not every word of its sound', () => {
    expect(lookupOf(SOUND_NOTES).japaneseFor('rakuten')).toEqual(['ラクテン']);
  });

  it('takes no half of a compound that leaves a single kana over', () => {
    // サイクルズ is not サイクル and ズ.
    expect(lookupOf(['サイクルズ']).japaneseFor('cycle')).toEqual([]);
  });

  it('matches English words from four letters, not three, and no sound shorter than three consonants', () => {
    const lookup = lookupOf(SOUND_NOTES);
    expect(lookup.japaneseFor('test')).toEqual(['テスト']);
    expect(lookup.englishFor('テスト')).toEqual(['test']);
    expect(lookup.japaneseFor('fix')).toEqual([]);
    expect(lookup.englishFor('フィックス')).toEqual([]);
    expect(lookup.japaneseFor('data')).toEqual([]);
    expect(lookup.englishFor('データ')).toEqual([]);
  });

  it('reads the notes and the vocabulary when it is built, never on a word asked about', () => {
    const texts = vi.fn(() => SOUND_NOTES.map(normalize));
    const vocabulary = new Map(SOUND_NOTES.flatMap(indexTerms).map((t, i) => [t, i]));
    const keys = vi.spyOn(vocabulary, 'keys');
    const lookup = createLoanwordLookup(texts, vocabulary);
    expect(texts).toHaveBeenCalledTimes(1);
    expect(keys).toHaveBeenCalledTimes(1);
    expect(lookup.japaneseFor('police')).toEqual(lookup.japaneseFor('police'));
    expect(lookup.englishFor('ポリス')).toEqual(lookup.englishFor('ポリス'));
    expect(texts).toHaveBeenCalledTimes(1);
    expect(keys).toHaveBeenCalledTimes(1);
  });
});

describe('loanwordSteps', () => {
  it('reads each katakana word and each half of a compound once, however many compounds share it', () => {
    const read: string[] = [];
    const skeletonOf = (word: string) => {
      read.push(word);
      return katakanaSkeleton(word);
    };
    runAtOnce(
      loanwordSteps(
        ['リリースサイクル', 'リリースノート', 'リリースサイクル', 'リリース'],
        new Map(),
        { skeletonOf },
      ),
    );
    expect(read).toContain('リリース');
    expect(read.length).toBe(new Set(read).size);
  });

  it('reads again only what the last build with the same reader did not, and answers the same', () => {
    const read: string[] = [];
    const skeletonOf = (word: string) => {
      read.push(word);
      return katakanaSkeleton(word);
    };
    const vocabulary = new Map(['release', 'cycle', 'note', 'server'].map((t, i) => [t, i]));
    const build = (texts: string[]) => runAtOnce(loanwordSteps(texts, vocabulary, { skeletonOf }));
    build(['リリースサイクル', 'サーバ', 'サイクル']);
    const first = read.length;
    expect(first).toBeGreaterThan(2);
    // The same notes again: nothing to read.
    const again = build(['リリースサイクル', 'サーバ', 'サイクル']);
    expect(read.length).toBe(first);
    expect(again.japaneseFor('release')).toEqual(['リリース']);
    expect(again.englishFor('リリースサイクル')).toEqual(['release cycle']);
    // An edit adds a word: only it and its halves the last build lacked are read.
    read.length = 0;
    build(['リリースサイクル', 'サーバ', 'サイクル', 'リリースノート', 'リリース']);
    expect(read).toContain('リリースノート');
    expect(read).toContain('ノート');
    expect(read).not.toContain('リリース');
    expect(read.every((w) => 'リリースノート'.includes(w))).toBe(true);
    // Only the last build's readings are kept: a word the last build lacked is read anew.
    read.length = 0;
    build(['サーバ']);
    build(['リリースサイクル']);
    expect(read).toContain('リリースサイクル');
    // Another reader shares nothing with this one.
    const other: string[] = [];
    const otherReader = (word: string) => {
      other.push(word);
      return katakanaSkeleton(word);
    };
    runAtOnce(loanwordSteps(['サーバ'], vocabulary, { skeletonOf: otherReader }));
    expect(other).toEqual(['サーバ']);
  });

  it('reads a katakana run of thousands of characters in the notes without failing', () => {
    // Pasted text can hold one; wanakana alone overflowed its stack on it and the build failed.
    const lookup = runAtOnce(
      loanwordSteps([`${'ン'.repeat(5000)} ${'ー'.repeat(5000)}`], new Map([['release', 0]])),
    );
    expect(lookup.japaneseFor('release')).toEqual([]);
  });

  it('gives the event loop back while it reads the halves of compounds', () => {
    // Thirty words of three kana, standing alone and joined in pairs: 900 compounds, each cut
    // into two words, in one text (which alone would give one step).
    const kana = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホ';
    const words = Array.from({ length: 30 }, (_, i) => `${kana[i]}${kana[(i + 7) % 30]}ン`);
    const compounds = words.flatMap((a) => words.map((b) => `${a}${b}`));
    const steps = loanwordSteps([[...words, ...compounds].join(' ')], new Map());
    let yields = 0;
    while (!steps.next().done) yields++;
    // One step for the text, and one for every 256 of the 1,800 halves read.
    expect(yields).toBeGreaterThanOrEqual(1 + Math.floor((2 * compounds.length) / 256));
  });

  it('gives the event loop back once every 2,000 vocabulary terms', () => {
    const vocabulary = new Map(Array.from({ length: 4000 }, (_, i) => [`term${i}`, i]));
    const steps = loanwordSteps([], vocabulary);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(2);
  });
});

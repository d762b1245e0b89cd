import { toHiragana, toKatakana } from 'wanakana';
import { runAtOnce, type Steps } from './cooperative.js';
import { katakanaRomaji } from './katakana-romaji.js';
import { normalize } from './normalize.js';

/**
 * Katakana loanwords against their English spelling (リリース / release, アウトバウンド / outbound),
 * for words no dictionary lists. Both sides are reduced to a consonant skeleton: wanakana
 * romanizes the katakana, a few spelling rules approximate how English is heard in Japanese
 * (silent r after a vowel, soft c, -tion), and sounds Japanese does not tell apart are merged
 * (l/r, b/v, m/n, s/z).
 */
export interface LoanwordLookup {
  /**
   * Katakana words of the notes that sound like an English word, and the word read as romaji
   * in hiragana when the notes have it (sakura -> さくら).
   */
  japaneseFor(english: string): readonly string[];
  /** English words (or two-word phrases for a compound) of the notes that sound like a katakana word. */
  englishFor(katakana: string): readonly string[];
}

/** Skeletons shorter than this match too many unrelated words (data / デート). */
const MIN_SKELETON = 3;
const MIN_ENGLISH_CHARS = 4;
const MIN_KATAKANA_CHARS = 3;
/** The shortest part of a compound that can stand for a word of its own. */
const MIN_HALF_CHARS = 2;
/** Candidates per half of a compound: skeletons are ambiguous (irules / release). */
const MAX_PAIRINGS = 3;
/**
 * The longest half of a compound that is looked up, in kana: longer than the katakana of any
 * English word (インターナショナリゼーション has 14), short enough that a 1,000-character run of
 * katakana in a question costs a few dozen lookups, not two thousand.
 */
const MAX_HALF_CHARS = 24;
/**
 * Halves of compounds read between two chances for the event loop to run: a reading not made by
 * the last build is a romaji conversion of some 20 µs.
 */
const HALVES_PER_STEP = 256;
/** Vocabulary terms read between two chances for the event loop to run. */
const YIELD_EVERY_TERMS = 2000;
/** A run of katakana: one of three kana or more is read; a shorter one (ログ) may be half of a compound. */
const KATAKANA_WORD = /[\p{sc=Katakana}ー]{2,}/gu;
const KATAKANA_ONLY = /^[\p{sc=Katakana}ー]+$/u;
const ENGLISH_WORD = /^[a-z]+$/;
const HIRAGANA_ONLY = /^\p{sc=Hiragana}+$/u;

type Rules = readonly (readonly [RegExp, string])[];

/**
 * Sounds Japanese does not tell apart, merged, and vowels dropped: what is left is the consonant
 * skeleton both spellings share. Doubled letters go first (the small ッ of ネット, the ll of
 * "balloon"), before the vowels between them do.
 */
const SKELETON_RULES: Rules = [
  [/([a-z])\1+/g, '$1'],
  [/sh/g, 'S'],
  [/ch/g, 'C'],
  [/ts/g, 't'],
  [/[aeiouyhw]/g, ''],
  [/l/g, 'r'],
  [/v/g, 'b'],
  [/z/g, 's'],
  [/m/g, 'n'],
  [/q/g, 'k'],
  [/j/g, 'J'],
  [/s/g, 'S'],
  [/c/g, 'k'],
];

/** English spelling, respelled roughly the way Japanese borrows it, before the skeleton rules. */
const ENGLISH_RULES: Rules = [
  [/[ts]ion/g, 'shon'],
  [/ph/g, 'f'],
  [/th/g, 's'],
  [/gh/g, ''],
  [/ck/g, 'k'],
  [/qu/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/g(?=[eiy])/g, 'j'],
  // Non-rhotic: the r of "server" or "format" becomes a long vowel (サーバー, フォーマット).
  [/(?<=[aeiou])r(?![aeiouy])/g, ''],
];

const apply = (rules: Rules, text: string) =>
  rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);

type KatakanaSkeleton = (katakana: string) => string;

/** The skeleton of a katakana word, through wanakana's romaji (read a few kana at a time). */
export function katakanaSkeleton(word: string): string {
  return apply(SKELETON_RULES, katakanaRomaji(word).toLowerCase());
}

/** The skeleton of an English word. */
export function englishSkeleton(word: string): string {
  return apply(SKELETON_RULES, apply(ENGLISH_RULES, word.toLowerCase()));
}

/**
 * The skeletons the last run of {@link loanwordSteps} with the same reader read (an index build's,
 * or a report's): a rebuild after an edit reads nearly the same words again, and the romaji
 * conversion is the costly part of the loanword index (about 9,700 words and compound halves at
 * 10,000 generated talks: 130-250 ms of the build, and much of its garbage). Only the last run's
 * are kept, so they never outgrow one build's words; a reader gives the same skeleton for the
 * same word, so a report's run in between costs the next build time, never a different index.
 */
const lastSkeletons = new WeakMap<KatakanaSkeleton, ReadonlyMap<string, string>>();

/** How a lookup reads katakana and cuts compounds (see {@link loanwordSteps}). */
export interface LoanwordOptions {
  /** How katakana is read (a romaji conversion: the costly part, which tests count). */
  readonly skeletonOf?: KatakanaSkeleton;
  /**
   * Where a katakana compound of the texts is cut into halves: only between two words, the rest
   * being a word the texts also write alone (notes, which are long; the default), or anywhere (a
   * few short questions, which seldom write a word twice).
   */
  readonly cuts?: 'between-words' | 'anywhere';
}

/**
 * Indexes the katakana words of `texts` and the English words of `vocabulary` by skeleton, all at
 * once (tests, the report). An index build runs {@link loanwordSteps} in slices instead.
 */
export function createLoanwordLookup(
  texts: () => Iterable<string>,
  vocabulary: ReadonlyMap<string, number>,
  options: LoanwordOptions = {},
): LoanwordLookup {
  return runAtOnce(loanwordSteps(texts(), vocabulary, options));
}

/**
 * The same, as steps of an index build: the whole index is made here, never on a question, so the
 * first question after a build or a reload costs what the hundredth does.
 */
export function* loanwordSteps(
  texts: Iterable<string>,
  vocabulary: ReadonlyMap<string, number>,
  { skeletonOf = katakanaSkeleton, cuts = 'between-words' }: LoanwordOptions = {},
): Steps<LoanwordLookup> {
  const katakana = new Map<string, string[]>();
  /** The leading and trailing parts of katakana compounds, by skeleton (リリース of リリースサイクル). */
  const halves = new Map<string, string[]>();
  const english = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, skeleton: string, word: string) => {
    if (skeleton.length < MIN_SKELETON) return;
    const list = map.get(skeleton);
    if (!list) {
      map.set(skeleton, [word]);
      return;
    }
    // Stryker disable next-line ConditionalExpression: no list gets a word twice anyway: katakana words are seen once, English terms are distinct, and a half already among the sounds is skipped
    if (!list.includes(word)) list.push(word);
  };
  // Each word and half is read once, however many compounds share it (most halves are shared),
  // and not at all when the last build read it.
  const skeletons = new Map<string, string>();
  const earlier = lastSkeletons.get(skeletonOf);
  const read = (katakanaText: string) => {
    let skeleton = skeletons.get(katakanaText);
    if (skeleton === undefined) {
      skeleton = earlier?.get(katakanaText) ?? skeletonOf(katakanaText);
      skeletons.set(katakanaText, skeleton);
    }
    return skeleton;
  };
  const seen = new Set<string>();
  /** Each compound's halves, with the rest of the compound when that must be a word too. */
  const pieces: [half: string, rest: string | undefined][] = [];
  for (const text of texts) {
    for (const [word] of text.matchAll(KATAKANA_WORD)) {
      // Each word is read once (its romaji conversion is the costly part).
      if (seen.has(word)) continue;
      seen.add(word);
      if (word.length < MIN_KATAKANA_CHARS) continue;
      add(katakana, read(word), word);
      cutCompound([...word], cuts, pieces);
    }
    yield;
  }
  // A compound is cut where it joins two words, the rest being a katakana word the notes write on
  // its own too (リリース of リリースサイクル, where サイクル stands alone), not inside a word: cut
  // after ツー, ツールセット leaves ルセット, which is no word but sounds like "rust". A compound
  // whose words the notes never write alone is met only whole.
  let cutsRead = 0;
  for (const [half, rest] of pieces) {
    if (rest !== undefined && !seen.has(rest)) continue;
    add(halves, read(half), half);
    if (++cutsRead % HALVES_PER_STEP === 0) yield;
  }
  let terms = 0;
  for (const term of vocabulary.keys()) {
    if (++terms === YIELD_EVERY_TERMS) {
      terms = 0;
      yield;
    }
    if (term.length < MIN_ENGLISH_CHARS || !ENGLISH_WORD.test(term)) continue;
    for (const skeleton of skeletonsOf(term)) add(english, skeleton, term);
  }
  lastSkeletons.set(skeletonOf, skeletons);
  return {
    japaneseFor(word) {
      if (word.length < MIN_ENGLISH_CHARS || !ENGLISH_WORD.test(word)) return [];
      // A word that reads as romaji (sakura, rakuten) may be Japanese written in Latin letters:
      // kana the notes have exactly beat any skeleton, which would only be close.
      const reading = toHiragana(word);
      // A word that is not romaji has Latin letters left in its kana and is not read as katakana.
      if (HIRAGANA_ONLY.test(reading)) {
        const spelled = normalize(toKatakana(word));
        const exact = [
          ...(katakana.get(skeletonOf(spelled))?.filter((k) => k === spelled) ?? []),
          ...(vocabulary.has(reading) ? [reading] : []),
        ];
        if (exact.length > 0) return exact;
      }
      const skeletons = skeletonsOf(word);
      const sounds = [...new Set(skeletons.flatMap((skeleton) => katakana.get(skeleton) ?? []))];
      // The word as one half of a katakana compound (release in リリースサイクル).
      for (const half of skeletons.flatMap((skeleton) => halves.get(skeleton) ?? [])) {
        // トバウンド sounds like outbound too, but is only a piece of アウトバウンド.
        if (!sounds.some((whole) => whole.includes(half))) sounds.push(half);
      }
      return sounds;
    },
    englishFor(word) {
      // Two kana have at most two consonants, a skeleton too short to be indexed: they are not
      // read at all.
      if (word.length < MIN_KATAKANA_CHARS || !KATAKANA_ONLY.test(word)) return [];
      const whole = english.get(skeletonOf(word));
      return whole ?? compoundPairs(word, english, skeletonOf);
    },
  };
}

/**
 * The halves of a katakana word (as its characters) that could stand for an English word: none
 * longer than any loanword ({@link MAX_HALF_CHARS}), so a long run of katakana in the notes costs
 * a bounded number of romaji conversions and strings. Cut between words, both pieces must fit,
 * since the rest must be a word of its own; cut anywhere, the rest is not kept.
 */
function cutCompound(
  chars: readonly string[],
  cuts: LoanwordOptions['cuts'],
  pieces: [string, string | undefined][],
): void {
  const first = MIN_HALF_CHARS;
  const last = chars.length - MIN_HALF_CHARS;
  for (let cut = first; cut <= last; cut++) {
    const headFits = cut <= MAX_HALF_CHARS;
    const tailFits = chars.length - cut <= MAX_HALF_CHARS;
    if (cuts === 'anywhere') {
      if (headFits) pieces.push([chars.slice(0, cut).join(''), undefined]);
      if (tailFits) pieces.push([chars.slice(cut).join(''), undefined]);
    } else if (headFits && tailFits) {
      const head = chars.slice(0, cut).join('');
      const tail = chars.slice(cut).join('');
      pieces.push([head, tail], [tail, head]);
    }
  }
}

/**
 * A compound (リリースサイクル): two katakana halves that each sound like an English word. Every
 * pairing is returned; only a pair the notes have side by side will match as a whole. Only cuts
 * whose halves both fit in {@link MAX_HALF_CHARS} are tried, so a long run of katakana costs a
 * bounded number of romaji conversions instead of two per character, each as long as the run.
 */
function compoundPairs(
  word: string,
  english: ReadonlyMap<string, string[]>,
  skeletonOf: KatakanaSkeleton,
): string[] {
  const chars = [...word];
  const pairs: string[] = [];
  // A half of two kana or fewer has a skeleton too short to be indexed, so the outermost cuts
  // find nothing whichever way they are bounded.
  const first = Math.max(2, chars.length - MAX_HALF_CHARS);
  const last = Math.min(chars.length - 2, MAX_HALF_CHARS);
  for (let cut = first; cut <= last; cut++) {
    const head = english.get(skeletonOf(chars.slice(0, cut).join(''))) ?? [];
    const tail = english.get(skeletonOf(chars.slice(cut).join(''))) ?? [];
    for (const a of head.slice(0, MAX_PAIRINGS))
      for (const b of tail.slice(0, MAX_PAIRINGS)) pairs.push(`${a} ${b}`);
  }
  return pairs;
}

/**
 * The skeletons an English word may be borrowed as: its own, and its singular's when it may be a
 * plural (katakana has none: engineers is エンジニア), since a final s can also be the word's own
 * (news is ニュース, smartnews スマートニュース).
 */
function skeletonsOf(word: string): string[] {
  return [...new Set([englishSkeleton(singular(word)), englishSkeleton(word)])];
}

/**
 * engineers -> engineer, classes -> classe, policies -> policie: katakana has no plural. Only the
 * skeleton is wanted, which drops e and y as it drops every vowel, and i, e and y soften c and g
 * alike, so dropping the s is enough: classe and class, policie and policy sound the same.
 */
function singular(word: string): string {
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

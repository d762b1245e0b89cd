import { stemmer } from 'stemmer';
import { at } from '../at.js';
import type { AnalyzedQuery, Concept, Credit, QueryTerm } from './analyzed-query.js';
import { isUnitWord, numberAsked } from './answer-type.js';
import { alternativesAsked, guessesAsked } from './either-asked.js';
import { asksWhetherTalked } from './existence-asked.js';
import { expansionAsked } from './expansion-asked.js';
import type { Glossary } from './glossary.js';
import { joinedNames } from './joined-names.js';
import type { LoanwordLookup } from './loanwords.js';
import { normalize } from './normalize.js';
import { asksForPerson } from './person-asked.js';
import { pluralFormsInNotes, typedAs } from './plural-forms.js';
import type { ReadingCache } from './readings.js';
import { isRealWord } from './scoring/coverage.js';
import { ADDRESS_WORDS, LINK_WORDS, urlAsked } from './scoring/link-words.js';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring/profile.js';
import { correctSpelling, inflected } from './spelling.js';
import {
  ASPECT_WORDS,
  COMMON_WORDS,
  DEFINITION_IDIOM,
  JAPANESE_FILLER,
  QUESTION_FILLER,
} from './stopwords.js';
import type { SynonymLookup, SynonymMatch } from './synonym-lookup.js';
import { asksForThing } from './thing-asked.js';
import { type Token, tokenizeNormalized } from './tokenize.js';
import { asksForVenue } from './venue-asked.js';
import { asksForVerdict } from './verdict-asked.js';
import { asksWhether } from './yes-no-asked.js';

/** A word with kanji in it: the notes may write it in romaji (福岡, Fukuoka). */
const KANJI = /\p{sc=Han}/u;

/** What the analyzer knows about the notes and the languages, beyond the question itself. */
export interface QueryContext {
  readonly glossary: Glossary;
  readonly synonyms?: SynonymLookup;
  readonly loanwords?: LoanwordLookup;
  readonly readings?: Pick<ReadingCache, 'kanjiFor' | 'romajiFor'>;
  /** Whether the notes contain a term (so a common word in them may be what is asked). */
  readonly known?: (term: string) => boolean;
  /** Whether a meetup's or talk's title, or a talk's speaker line, has a term. */
  readonly titled?: (term: string) => boolean;
  /** The weights; {@link DEFAULT_SCORING_PROFILE} when not given. */
  readonly profile?: ScoringProfile;
}

// Possessive and contracted 's: "what's", "Rakuten's".
const APOSTROPHE_S = /(?<=[a-z0-9])['’]s(?![a-z])/g;
/**
 * A Japanese honorific written in romaji after a name (Tanaka-san, Sato-sensei): the name is the
 * word asked, as さん after a name in kana or kanji is no part of it. Not -shi, which is as often a
 * city (Kawasaki-shi) as 氏.
 */
export const ROMAJI_HONORIFIC =
  /(?<=(?<![a-z])[a-z]{3,})-(?:san|kun|sama|chan|sensei|senpai)(?![a-z])/g;
const LATIN_WORD_CHAR = /[a-z0-9]/;
const NAME_CASED = /(?<![A-Za-z])[A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z])/g;
const VERSION = /^\d+(?:[./]\d+)+$/;

/**
 * Turns a question into weighted index terms. Each word of the question (a Latin run, or one
 * script's piece of a Japanese run) is a concept; its bigrams, parts and glossary equivalents
 * are terms that cover it wholly or in part. Stop words go; particles and lone kanji count little.
 */
export function analyzeQuery(
  question: string,
  context: QueryContext,
  /** The question as the asker typed it, when `question` has been normalized: its capitals tell names. */
  asTyped: string = question,
): AnalyzedQuery {
  const { glossary, synonyms, loanwords, known, titled } = context;
  const profile = context.profile ?? DEFAULT_SCORING_PROFILE;
  const { words: weights, equivalents } = profile;
  const names = namesIn(asTyped);
  const asked = kanaNamesApart(askedWords(question), weights, titled);
  const spaced = weights.splitCompounds && known ? splitCompounds(asked, known) : asked;
  const text = weights.correctSpelling ? respelled(spaced, names, context) : spaced;
  const concepts: Concept[] = [];
  const [unitSizes, unitWords, unitPhrases]: Units = [[], [], []];
  const terms = new Map<string, { boost: number; credits: Credit[]; own: boolean }>();
  const addTerm = (
    term: string,
    boost: number,
    concept: number,
    credit: number,
    own: boolean,
    unit?: number,
  ) => {
    const entry = terms.get(term) ?? { boost: 0, credits: [], own };
    entry.boost = Math.max(entry.boost, boost);
    entry.own ||= own;
    // A term met again for the same concept and unit brings the same credit (a repeated part,
    // bigram or equivalent term), so the first credit stands. Always with `unit`, so every
    // credit has one shape (the ranking reads millions of them).
    if (!entry.credits.some((c) => c.concept === concept && c.unit === unit))
      entry.credits.push({ concept, credit, unit });
    terms.set(term, entry);
  };

  const kinds = kindsAsked(text, weights);
  const dictionaryMatches = dictionaryMatchesIn(text, synonyms);
  const dictionaryWords = new Set(dictionaryMatches.flatMap((m) => m.present));
  // Common words the notes lack but whose translation they have ("longest" where they say 最長).
  const translated: ReadonlySet<string> = weights.translatedCommon ? dictionaryWords : new Set();
  const conceptOfWord = new Map<string, number>();
  // The notes' forms of the asker's words (a plural's singular), with the word each stands for.
  const forms: { form: string; concept: number }[] = [];
  for (const piece of groupByPiece(tokenizeNormalized(text, { kanjiUnigrams: true }))) {
    const word = wordOf(piece);
    if (QUESTION_FILLER.has(word) || JAPANESE_FILLER.has(word)) continue;
    // A word asked twice counts once.
    if (conceptOfWord.has(word)) continue;
    // Hiragana words are filler (ってなに) counted when matched; a long one a title writes is a name.
    const filler = at(piece, 0).kind === 'kana' && !isKanaName(word, weights, titled);
    const common = (COMMON_WORDS.has(word) && !names.has(word)) || filler;
    const inNotes = known?.(word) ?? false;
    // Only through its translation can such a word meet the notes: it says what is asked there.
    const viaTranslation = common && !inNotes && translated.has(word);
    if (common && !inNotes && !viaTranslation) continue;
    // "slides", "動画", an address's "url" ask for a link, not a passage saying the word: optional.
    const linkWord = asksForLink(word, asTyped);
    const weight =
      common && !viaTranslation
        ? weights.optional
        : conceptWeight(piece, weights, dictionaryWords.has(word) && !isUnitWord(word)) *
          (linkWord ? weights.linkWord : 1);
    const optional =
      common || linkWord || ((asksAspect(word, weights) || kinds.has(word)) && !names.has(word));
    const concept = concepts.push({ word, weight, ...(optional && { optional }) }) - 1;
    conceptOfWord.set(word, concept);
    for (const t of termsOf(piece, profile))
      addTerm(t.term, t.boost * weight, concept, t.credit, true);
    const numbered = common ? [] : otherNumber(word, asTyped, known, equivalents.plural);
    for (const form of numbered) addTerm(form, equivalents.plural * weight, concept, 1, false);
    if (weight >= weights.highlight) forms.push(...numbered.map((form) => ({ form, concept })));
  }

  askedForLinkAlone(concepts, profile, asTyped);
  const highlight = new Highlight();
  concepts.forEach((c, i) => {
    if (c.weight >= weights.highlight) highlight.add(c.word, [i]);
  });
  for (const { form, concept } of forms) highlight.add(form, [concept]);
  /** Adds the terms of `others` as equivalents of the concepts in `served`. */
  const addEquivalents = (
    served: ReadonlySet<number>,
    others: readonly string[],
    boost: number,
    /**
     * `others` are how the notes write a name the question joined or spaced otherwise: one word of
     * the question read as several counts as those words (see `words.splitNameWords`).
     */
    joined = false,
  ) => {
    for (const entry of others) {
      highlight.add(entry, served);
      const entryTerms = equivalentTerms(entry, profile);
      const size = new Set(entryTerms.map((t) => t.term)).size;
      const unit = unitSizes.push(size) - 1;
      unitWords.push(joined && served.size === 1 && weights.splitNameWords ? size : 1);
      unitPhrases.push(size > 1 && weights.wholeEquivalents ? wholeWord(entry) : undefined);
      for (const t of entryTerms) {
        for (const concept of served) {
          const { weight } = at(concepts, concept);
          addTerm(t.term, (t.boost * weight * boost) / Math.sqrt(size), concept, 1, false, unit);
        }
      }
    }
  };
  const expand = ({ present, others }: SynonymMatch, boost: number) => {
    const served = new Set(
      present.flatMap((entry) =>
        groupByPiece(tokenizeNormalized(entry))
          .map((piece) => conceptOfWord.get(wordOf(piece)))
          .filter((c): c is number => c !== undefined),
      ),
    );
    addEquivalents(served, others, boost);
  };
  for (const group of glossary.groups) {
    const present = group.filter((entry) => containsPhrase(text, entry));
    if (present.length === 0) continue;
    expand(
      { present, others: group.filter((entry) => !present.includes(entry)) },
      equivalents.glossary,
    );
  }
  for (const match of dictionaryMatches) expand(match, equivalents[match.source ?? 'dictionary']);
  if (known && equivalents.joined > 0)
    for (const { served, written } of joinedNames(concepts, text, known))
      addEquivalents(served, [written], equivalents.joined, true);
  if (loanwords) addSoundEquivalents(concepts, context, profile, addEquivalents);

  return {
    terms: strongestTerms(terms, weights.maxTerms),
    concepts,
    wantsLinks: LINK_WORDS.test(text),
    highlight: [...highlight.words.keys()],
    highlightConcepts: [...highlight.words.values()].map((served) => [...served]),
    unitSizes,
    unitWords,
    unitPhrases,
    realWords: new Set(concepts.map((c) => c.word).filter(languageWords(context, profile))),
    ...askedFor(normalize(asTyped), profile),
  };
}

/**
 * Each word's loanword pairings (クラウド for cloud) and kanji readings, added as its equivalents
 * through `add`: the sounds of a word, where the dictionaries have nothing to say of it.
 */
function addSoundEquivalents(
  concepts: readonly Concept[],
  { synonyms, loanwords, readings, known }: QueryContext,
  profile: ScoringProfile,
  add: (served: ReadonlySet<number>, others: readonly string[], boost: number) => void,
): void {
  const { equivalents } = profile;
  concepts.forEach((concept, i) => {
    if (concept.optional || !loanwords) return;
    const sounds = [
      ...loanwords.japaneseFor(concept.word),
      ...loanwords.englishFor(concept.word),
    ].filter((sound) => soundsOfOrigin(concept.word, sound, synonyms, profile));
    add(new Set([i]), sounds, equivalents.loanword);
    add(new Set([i]), readings?.kanjiFor(concept.word) ?? [], equivalents.reading);
    // Only the romaji the notes have: the others could meet nothing.
    if (readings && known && KANJI.test(concept.word))
      add(new Set([i]), readings.romajiFor(concept.word).filter(known), equivalents.kanjiRomaji);
  });
}

const LATIN_LETTERS = /^[a-z]+$/;

/**
 * Whether a loanword pairing (an English word and a katakana word that sound alike) may stand: a
 * katakana word a dictionary lists with English words is borrowed from those, so it pairs with
 * one of them only (フィルタ with filter, not with flutter, whose sounds it shares). A pairing
 * no dictionary speaks of stands. Off (`equivalents.loanwordOrigin`), every pairing stands.
 */
function soundsOfOrigin(
  word: string,
  sound: string,
  synonyms: SynonymLookup | undefined,
  profile: ScoringProfile,
): boolean {
  if (!synonyms || !profile.equivalents.loanwordOrigin) return true;
  const [english, katakana] = LATIN_LETTERS.test(word) ? [word, sound] : [sound, word];
  const origins = synonyms.englishOf(katakana);
  if (origins.length === 0) return true;
  const stem = stemmer(english);
  return origins.some((origin) => origin === english || stemmer(origin) === stem);
}

/**
 * Whether a word of the question is a word of the language (see `realWords`): never, when the
 * rule is off or no word list is loaded.
 */
function languageWords(
  { synonyms }: QueryContext,
  profile: ScoringProfile,
): (word: string) => boolean {
  if (!synonyms || !profile.ranking.typosAreNonWords) return () => false;
  const isWord = (w: string) => synonyms.isEnglish(w) || COMMON_WORDS.has(w);
  return (word) => LATIN_LETTERS.test(word) && (isWord(word) || inflected(word, isWord));
}

/** Per equivalent: its size, the words it stands for and its whole word (see AnalyzedQuery). */
type Units = [sizes: number[], words: number[], phrases: (string | undefined)[]];

/**
 * An equivalent in katakana or kanji alone, which the index cuts into bigrams only: one with Latin
 * letters or digits is matched by its words, and one with hiragana (okurigana, 立ち上げ) may be
 * written in the notes with other kana (立上げ), so neither is held to being written whole.
 */
const KATAKANA_OR_KANJI = /^[\p{sc=Katakana}\p{sc=Han}ー々]+$/u;

/**
 * The terms an equivalent is sent as: tokenized without kanji unigrams, since a lone kanji of a
 * longer word says too little to be required of the equivalent.
 */
function equivalentTerms(entry: string, profile: ScoringProfile) {
  return groupByPiece(tokenizeNormalized(entry))
    .flatMap((piece) => termsOf(piece, profile))
    .filter((t) => t.boost > 0);
}

/** An equivalent as the word it must be written as (see `unitPhrases`), if it is held to one. */
function wholeWord(entry: string): string | undefined {
  const word = entry.replace(/\s/g, '');
  return KATAKANA_OR_KANJI.test(word) ? word : undefined;
}

/**
 * An English compound joined by hyphens, each part of three letters or more (auto-upgrade); not
 * the start of a longer name joined by dots or slashes (docker-compose.yml), which is one word.
 */
const HYPHENED = /(?<![a-z0-9._/-])[a-z]{3,}(?:-[a-z]{3,})+(?![a-z0-9-]|[._/][a-z0-9])/g;

/**
 * The question with each hyphened compound the notes never write as its words (auto-upgrade as
 * auto upgrade), so each part meets the notes' own words and their equivalents (自動, アップグレード)
 * as a word of its own; a compound the notes write (a product's name) stays whole. Parts of two
 * letters keep theirs (in-house, hands-on): a short part is mostly a preposition.
 */
function splitCompounds(asked: string, known: (term: string) => boolean): string {
  return asked.replace(HYPHENED, (word) => (known(word) ? word : word.replaceAll('-', ' ')));
}

/** The question normalized, without what is no word of it ('s, "stands for", a romaji honorific). */
function askedWords(question: string): string {
  return normalize(question)
    .replace(APOSTROPHE_S, '')
    .replace(DEFINITION_IDIOM, ' ')
    .replace(ROMAJI_HONORIFIC, '');
}

/**
 * A word saying what kind of answer is asked, not which talk: an aspect ("メリットは?", "the reason
 * for": see ASPECT_WORDS). Such words are optional.
 */
function asksAspect(word: string, weights: ScoringProfile['words']): boolean {
  return weights.aspectOptional && ASPECT_WORDS.has(word);
}

/**
 * The word a question asks what something is a kind of ("what kind of event is X?", "Xって
 * どういうイベント?"): the answer says what X is, mostly without that word, which names no
 * topic. Only before "is" or at the question's end: "どんな手法を使った" asks which method, which
 * the notes may call a 手法. Such words are optional, as aspect words are (the profile's
 * `words.aspectOptional`). One unbounded run at the end only: runs of spaces cannot make it
 * backtrack.
 */
const KIND_ASKED =
  /(?<![a-z])(?:what|which) (?:kinds?|types?|sorts?) of (?:an? )?([a-z][a-z-]*)(?= (?:is|was|are|were)(?![a-z]))|(?:どういう|どういった|どんな|どのような)\s?([\p{sc=Han}\p{sc=Katakana}ー]+)(?=\s?(?:なの|です|でした|だった)?\s?(?:か|の)?[\s?？]*$)/gu;

function kindsAsked(text: string, weights: ScoringProfile['words']): ReadonlySet<string> {
  if (!weights.aspectOptional) return new Set();
  return new Set([...text.matchAll(KIND_ASKED)].map((m) => (m[1] ?? m[2]) as string));
}

/** The terms worth emphasising in a snippet, in the order met, each with the words it stands for. */
class Highlight {
  readonly words = new Map<string, Set<number>>();
  add(term: string, concepts: Iterable<number>) {
    const served = this.words.get(term) ?? new Set<number>();
    for (const concept of concepts) served.add(concept);
    this.words.set(term, served);
  }
}

/**
 * What kind of answer the question (normalized as typed) asks for: a number, a person, a
 * tool, a verdict, a choice.
 */
function askedFor(typed: string, profile: ScoringProfile) {
  const number = numberAsked(typed, profile.answer.unitRequired);
  return {
    numberAsked: number,
    personAsked: asksForPerson(typed),
    thingAsked: asksForThing(typed),
    verdictAsked: asksForVerdict(typed),
    venueAsked: asksForVenue(typed),
    expansionAsked: expansionAsked(typed),
    talkAsked: asksWhetherTalked(typed),
    whetherAsked: asksWhether(typed),
    addressAsked: urlAsked(typed),
    // A guessed amount or date ("…? 30?") is the number rules' to judge: a passage stating the
    // number asked answers, whatever the guess, in whatever form.
    alternatives: offeredChoices(
      alternativesAsked(typed),
      profile.answer.guessRequired && number === undefined ? guessesAsked(typed) : undefined,
    ),
  };
}

/** The things a question offers to choose from ("A or B") and as guesses ("…? C?"), if any. */
function offeredChoices(
  choices: readonly string[] | undefined,
  guesses: readonly string[] | undefined,
): readonly string[] | undefined {
  return choices && guesses ? [...new Set([...choices, ...guesses])] : (choices ?? guesses);
}

/**
 * Whether a word of the question asks for a link: a word for slides or a recording, or, when the
 * question asks for an address ({@link urlAsked}), a word naming the address (url, リポジトリ).
 */
function asksForLink(word: string, asTyped: string): boolean {
  return LINK_WORDS.test(word) || (ADDRESS_WORDS.test(word) && urlAsked(normalize(asTyped)));
}

/** "スライドはどこ?" with nothing else: then the link word is what is asked after all. */
function askedForLinkAlone(concepts: Concept[], profile: ScoringProfile, asTyped: string): void {
  if (concepts.some((c) => isRealWord(c, profile))) return;
  concepts.forEach((c, i) => {
    if (asksForLink(c.word, asTyped)) concepts[i] = { word: c.word, weight: c.weight };
  });
}

/** The dictionary groups the question's words are in, with the words the notes have. */
function dictionaryMatchesIn(text: string, synonyms: SynonymLookup | undefined): SynonymMatch[] {
  return (synonyms?.find(text) ?? []).filter(
    // EDICT's glosses are translations: they lead an English word to the notes' Japanese; a
    // Japanese word already meets the notes, and its glosses only add English noise.
    (match) => match.source !== 'edict' || match.present.some((w) => LATIN_WORD_CHAR.test(w)),
  );
}

/** The terms with any boost, strongest first, at most `max` of them. */
function strongestTerms(
  terms: ReadonlyMap<string, { boost: number; credits: Credit[]; own: boolean }>,
  max: number,
): QueryTerm[] {
  return [...terms.entries()]
    .map(([term, { boost, credits, own }]) => ({ term, boost, own, credits }))
    .filter((t) => t.boost > 0)
    .sort((a, b) => b.boost - a.boost)
    .slice(0, max);
}

/** A run of hiragana that does not follow a kanji: it may begin with a name written in kana. */
const KANA_RUN = /(?<![\p{sc=Han}\p{sc=Hiragana}])\p{sc=Hiragana}{3,}/gu;
/** Particles of two kana after a name: のぞみかいって, のぞみかいでは. */
const PARTICLE_PAIRS = ['って', 'では', 'とは', 'には', 'から', 'まで', 'より', 'での', 'への'];

/**
 * The question with a space after each hiragana name (see {@link isKanaName}) that a particle of
 * two kana follows: the tokenizer drops one trailing particle only (のぞみかいの), so in
 * "のぞみかいってどこ" the name would be part of a longer word that no title writes.
 */
function kanaNamesApart(
  text: string,
  weights: ScoringProfile['words'],
  titled: QueryContext['titled'],
): string {
  return text.replace(KANA_RUN, (run) => {
    for (let end = 1; end < run.length - 1; end++) {
      if (!PARTICLE_PAIRS.includes(run.slice(end, end + 2))) continue;
      const name = run.slice(0, end);
      if (isKanaName(name, weights, titled)) return `${name} ${run.slice(end)}`;
    }
    return run;
  });
}

/**
 * Whether a hiragana word is a name: a meetup's nickname or a speaker's handle written in kana
 * (のぞみかい, うみねこさん) is in a title or speaker line, as fillers and inflections seldom are
 * unless short.
 */
function isKanaName(
  word: string,
  weights: ScoringProfile['words'],
  titled: QueryContext['titled'],
): boolean {
  const least = weights.kanaNameLetters;
  return least > 0 && word.length >= least && (titled?.(word) ?? false);
}

/** Lower-case Latin words long enough to be corrected (see spelling.ts). */
const CORRECTABLE_WORD = /(?<![a-z0-9])[a-z]{6,}(?![a-z0-9])/g;
/** Longer words are names or noise, not slips of a dictionary word. */
const MAX_CORRECTED_CHARS = 20;
/** Words of one question looked at for slips. */
const MAX_CORRECTED_WORDS = 4;

/**
 * The question with each slip of the keyboard in an English word read as the dictionary word it
 * was meant as. A name the asker capitalized is left as typed: it is the notes' word or none. So
 * is the reading of a kanji word of the notes (sasada for a surname the notes write in kanji):
 * the notes have that word, in another script.
 */
function respelled(
  text: string,
  names: ReadonlySet<string>,
  { synonyms, known, readings }: QueryContext,
): string {
  if (!synonyms) return text;
  const isWord = (w: string) =>
    (known?.(w) ?? false) ||
    synonyms.isEnglish(w) ||
    COMMON_WORDS.has(w) ||
    QUESTION_FILLER.has(w) ||
    ASPECT_WORDS.has(w) ||
    LINK_WORDS.test(w);
  const inDictionary = (w: string) => synonyms.englishWords.has(w) || COMMON_WORDS.has(w);
  let tried = 0;
  return text.replace(CORRECTABLE_WORD, (word) => {
    // Each unknown word costs a few thousand lookups: a long question pays for its first few only.
    if (names.has(word) || word.length > MAX_CORRECTED_CHARS || isWord(word)) return word;
    if ((readings?.kanjiFor(word).length ?? 0) > 0) return word;
    if (tried++ >= MAX_CORRECTED_WORDS) return word;
    return correctSpelling(word, isWord, inDictionary) ?? word;
  });
}

/**
 * Words the asker wrote as a name (LINE, Go, Hawks after the first word): such a word is what
 * the question is about even when it is also a common English word.
 */
function namesIn(question: string): Set<string> {
  const names = new Set<string>();
  for (const match of question.matchAll(NAME_CASED)) {
    const word = match[0];
    const capitals = word.replace(/[^A-Z]/g, '').length;
    // NAME_CASED matches only words with a capital: one is enough after the first word.
    if (capitals >= 2 || match.index > 0) names.add(normalize(word));
  }
  return names;
}

/**
 * The notes' singular of the asker's plural, or plural of the singular, as forms of a word the
 * notes lack (see {@link pluralFormsInNotes}); none when the profile's `plural` weight is 0.
 */
function otherNumber(
  word: string,
  asTyped: string,
  known: ((term: string) => boolean) | undefined,
  weight: number,
): readonly string[] {
  if (!known || weight <= 0 || known(word)) return [];
  return pluralFormsInNotes(word, known, typedAs(word, asTyped));
}

function groupByPiece(tokens: readonly Token[]): Token[][] {
  const pieces = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = pieces.get(t.piece);
    if (list) list.push(t);
    else pieces.set(t.piece, [t]);
  }
  return [...pieces.values()];
}

/** The piece itself: its whole-word token, or its one bigram/unigram, or its kana joined. */
function wordOf(piece: readonly Token[]): string {
  const whole = piece.find((t) => t.kind === 'word') ?? (piece.length === 1 ? piece[0] : undefined);
  if (whole) return whole.term;
  const bigrams = piece.filter((t) => t.kind !== 'unigram');
  // Stryker disable next-line UnaryOperator: `slice(+1)` is equivalent: a bigram has two characters
  return bigrams.map((t, i) => (i === 0 ? t.term : t.term.slice(-1))).join('');
}

function conceptWeight(
  piece: readonly Token[],
  weights: ScoringProfile['words'],
  listed: boolean,
): number {
  const head = at(piece, 0);
  // A lone kanji or kana letter (台, 何) says little on its own, unless a dictionary group lists
  // it as a word, joined to the notes' longer word for the same thing, and it is no unit or date
  // counter (月, 人): then it is one.
  if (head.pieceLength === 1 && head.kind === 'unigram')
    return listed ? weights.word : weights.single;
  if (head.kind === 'word' && head.pieceLength === 1) return weights.letter;
  return weights.word;
}

/**
 * The index terms for one word of the question, with how much each covers it: a Latin word whole
 * (its parts half), a Japanese word whole or bigram by bigram, its lone kanji a little.
 */
function termsOf(
  piece: readonly Token[],
  { parts }: ScoringProfile,
): { term: string; boost: number; credit: number }[] {
  const word = wordOf(piece);
  const bigrams = piece.filter((t) => t.kind === 'bigram').length;
  const unigrams = piece.filter((t) => t.kind === 'unigram').length;
  return piece.map((t) => {
    switch (t.kind) {
      case 'word':
      case 'kana':
        return { term: t.term, boost: 1, credit: 1 };
      case 'part':
        // A version matches whole or not at all: 8.0 is not half of 7.0 because both end in 0.
        // Stryker disable next-line ObjectLiteral: `{}` is equivalent: a term with no boost is dropped like one with boost 0
        if (VERSION.test(word)) return { term: t.term, boost: 0, credit: 0 };
        return t.term.length === 1
          ? { term: t.term, boost: parts.letterPart, credit: parts.letterPart }
          : { term: t.term, boost: parts.part, credit: parts.part };
      case 'bigram':
        return { term: t.term, boost: 1 / Math.sqrt(bigrams), credit: 1 / bigrams };
    }
    // Only a unigram is left: a kind added to TokenKind fails to compile here.
    t.kind satisfies 'unigram';
    return t.pieceLength === 1
      ? { term: t.term, boost: 1, credit: 1 }
      : { term: t.term, boost: parts.kanjiBoost, credit: parts.kanjiCredit / unigrams };
  });
}

/** Whether a glossary entry occurs in the question; Latin entries only as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  const latinStart = LATIN_WORD_CHAR.test(phrase.charAt(0));
  const latinEnd = LATIN_WORD_CHAR.test(phrase.charAt(phrase.length - 1));
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const okBefore = !latinStart || !LATIN_WORD_CHAR.test(text[at - 1] ?? '');
    const okAfter = !latinEnd || !LATIN_WORD_CHAR.test(text[at + phrase.length] ?? '');
    if (okBefore && okAfter) return true;
  }
  return false;
}

import { z } from 'zod';

/**
 * Every number that decides which passage answers a question, in one place, as minisearch keeps
 * its `defaultSearchOptions`: analysis (how much each word and equivalent of the question weighs),
 * ranking (BM25 over the passage, its section and its talk's title) and the answer policy (when a
 * passage counts as an answer at all). `npm run eval -- FILE --profile profile.json` tries other
 * values without editing source; a profile file holds only the values it changes.
 *
 * The search words used here:
 * - A **word** of the question is one Latin word or one script's run of a Japanese phrase; each
 *   is sent to the index as one or more **terms** (the word, its parts, bigrams, equivalents).
 * - An **equivalent** is another way to write a word: the organizers' glossary, the general
 *   dictionary, a loanword's other script, a kanji reading, a counter, a word form. It matches
 *   only when all of its terms do.
 * - **Coverage** is the share of the question's weight a passage's matched terms stand for
 *   (0..1); a **real word** is one that says what is asked (not a filler, a lone kanji, or a
 *   word that only asks for slides).
 *
 * Each value's comment says what it trades off. The ablation table in `docs/scoring.md` shows
 * what each mechanism is worth, measured out of fold.
 */
export interface ScoringProfile {
  readonly words: {
    /** Weight of an ordinary word. The unit every other weight is relative to. */
    readonly word: number;
    /** A single Latin letter ("a", "x"): mostly noise, but a version letter can matter. */
    readonly letter: number;
    /** A lone kanji or kana (台, 何): a little; more lets particles pick passages. */
    readonly single: number;
    /**
     * A common word the notes happen to contain: it counts only where a passage has it. Must stay
     * below `realWord`, or common words would start to count as what is asked.
     */
    readonly optional: number;
    /** A word that only asks for slides or a recording ("slides", "動画"): the talk's name matters more. */
    readonly linkWord: number;
    /**
     * The least weight of a real word: what lone kanji (`single`) and common words (`optional`)
     * stay under, and ordinary words (`word`) over.
     */
    readonly realWord: number;
    /** The least weight of a word shown in bold in a snippet: ordinary words, not particles or lone kanji. */
    readonly highlight: number;
    /** How many terms one question may send: bounds the work of a long question. */
    readonly maxTerms: number;
    /**
     * Words asking for an aspect of a topic (benefit, aim, reason: `ASPECT_WORDS`), and the word a
     * question asks what something is a kind of ("what kind of event is X?", どういうイベント?),
     * are optional: they and their equivalents count where a passage has them and are not missed
     * where none does. Off, a question with such a word the notes never use gets no answer.
     */
    readonly aspectOptional: boolean;
    /**
     * A compound joined by hyphens that the notes never write (auto-upgrade, near-duplicate) is read
     * as its words, each meeting the notes and the equivalents on its own; off, it is one word whose
     * parts give only part of its credit.
     */
    readonly splitCompounds: boolean;
    /**
     * A common English word the notes lack but translate (longest ↔ 最長, through a dictionary's
     * equivalents in the notes) is kept as an optional word of full weight: it counts where a
     * passage has its translation and is never missed. Off, such a word is dropped like any
     * common word the notes lack, so "the longest request" cannot prefer the passage saying 最長.
     */
    readonly translatedCommon: boolean;
    /**
     * An English word no list knows is read as the dictionary word one edit away (attcak as
     * attack), so a slip still meets the notes' Japanese through the dictionaries. Off, such a
     * word meets only the notes' own words, as a typo.
     */
    readonly correctSpelling: boolean;
    /**
     * A name the asker wrote as one word where the notes write two (oraclecloud for Oracle
     * Cloud) counts as two of the question's words where a passage has both, as it does typed
     * with its space: a question's word count, and so the two-real-words rule, does not hang on
     * a space. Off, the joined name is one word, and a passage with it and one other word of
     * the question is not enough.
     */
    readonly splitNameWords: boolean;
    /**
     * An equivalent written in katakana or kanji alone covers its word only where a passage, its
     * section, its talk's title or its meetup's title or details write it whole, not where its
     * bigrams meet apart inside other words (the コー of コード and the ース of ソース are no コース).
     * Off, all its bigrams anywhere are enough.
     */
    readonly wholeEquivalents: boolean;
    /**
     * A hiragana word of at least this many letters that the notes write in a title (a meetup's,
     * a talk's, or a speaker line) is a name (a meetup's nickname, a speaker's handle in kana), a
     * real word of full weight; shorter ones, and those only in the notes' text, stay common words
     * (they are mostly inflections and fillers). Lower lets fillers a title happens to hold count
     * as what is asked; 0 never.
     */
    readonly kanaNameLetters: number;
  };
  readonly equivalents: {
    /** The organizers' glossary. Higher trusts the glossary nearly as much as the asker's words. */
    readonly glossary: number;
    /** The general cross-lingual dictionary (sudachi synonyms). Less than the glossary: it is broad. */
    readonly dictionary: number;
    /**
     * EDICT's common words (fee ↔ 料金, reason ↔ 理由): everyday vocabulary sudachi lacks. Below
     * `dictionary`: its glosses are a translator's, not synonyms, and one English word has several.
     */
    readonly edict: number;
    /** A loanword's other script (クラウド for cloud). 0 turns loanword matching off. */
    readonly loanword: number;
    /**
     * A katakana word a dictionary lists with English words pairs as a loanword with those only:
     * フィルタ with filter, not with flutter, whose consonants it shares. Off, any English word
     * that sounds alike pairs with it.
     */
    readonly loanwordOrigin: boolean;
    /** The kanji of the notes a romaji word of the question reads as (九州 for kyushu). 0 turns it off. */
    readonly reading: number;
    /**
     * The romaji the notes write a kanji word of the question in (Kyushu for 九州): the same
     * reading, the other way. 0 turns it off.
     */
    readonly kanjiRomaji: number;
    /** The notes' other number of the asker's English word (vm for vms, backups for backup). 0 turns it off. */
    readonly plural: number;
    /**
     * The asker's one word read as two words of the notes (oraclecloud as oracle cloud). As high
     * as a word form, since both halves are the asker's own letters; lower lets a passage with
     * only one of the halves compete. 0 turns it off.
     */
    readonly joined: number;
  };
  readonly parts: {
    /** A part of a Latin word (cloud of cloud-run): boost and coverage credit. */
    readonly part: number;
    /** A one-character part (the "v" of v-san): barely anything. */
    readonly letterPart: number;
    /** A lone kanji of a longer Japanese word: its boost. */
    readonly kanjiBoost: number;
    /** The coverage all lone kanji of a longer word give together. */
    readonly kanjiCredit: number;
  };
  readonly ranking: {
    /** BM25 field boosts: a title or section heading word says more than a bullet's. */
    readonly fields: {
      readonly text: number;
      readonly section: number;
      readonly title: number;
      readonly meetup: number;
    };
    /** BM25 term-frequency saturation; every term counts once per field, so it barely matters. */
    readonly k1: number;
    /** BM25 length normalization: 0 ignores passage length, 1 divides by it fully. */
    readonly b: number;
    /** How many of minisearch's best talks have their passages scored. More costs time per question. */
    readonly talksToScore: number;
    /** A question word the notes lack is matched as a typo at this edit distance (share of length)... */
    readonly fuzzy: number;
    /** ...when it has at least this many letters; shorter typos reach too many words. */
    readonly fuzzyMinLength: number;
    /**
     * A word an English word list has is matched as a typo at one edit only: a word of the
     * language (flutter, phoenix) is what the asker meant, or a slip of one letter (sever for
     * server), not a word of the notes two letters away (cluster). A word no list has is matched
     * at `fuzzy`'s distance. Either still meets the longer words it begins (a stem). Off, every
     * word the notes lack is matched at `fuzzy`'s distance.
     */
    readonly typosAreNonWords: boolean;
    /**
     * The most edits a typo is matched at, however long the word. minisearch's search for a typo
     * walks its whole vocabulary within that distance, and three edits cost a question at 10,000
     * talks several milliseconds; two reach the typos people make.
     */
    readonly maxFuzzy: number;
    /** A word the notes lack is matched as a prefix when it has at least this many letters. */
    readonly prefixMinLength: number;
    /** What a typo or prefix match is worth against the word as written. */
    readonly stretch: { readonly fuzzy: number; readonly prefix: number };
    /**
     * A term standing for at least this share of a word is that word (not one bigram of a long
     * one): it names a meetup and counts as a real word covered.
     */
    readonly wholeWord: number;
  };
  readonly answer: {
    /** A passage's rank is score × (offset + coverage) ^ exponent: coverage outweighs length. */
    readonly coverageOffset: number;
    /**
     * Higher, a passage with more of the question's words beats one that repeats fewer of them
     * more often. 4 over 3 gained answers on both folds, summed over all sets, and lost none on
     * any set (docs/scoring.md, session 15); 5 and up lost answers on the fold not used to pick it.
     */
    readonly coverageExponent: number;
    /**
     * Real words an answer must cover when the question has that many: one shared word is how
     * an off-topic question meets a talk, two are how a paraphrase meets its answer.
     */
    readonly minWords: number;
    /** A result ranking under this share of the best one is left out of the reply. */
    readonly runnerUpShare: number;
    /**
     * No answer when the answer's talk lacks at least this share of the question's real words
     * that the notes write elsewhere (see lacked-words.ts); lower says "no answer" more, 0 never.
     */
    readonly lackedShare: number;
    /** A meetup the question names by number or date ("#3", "the latest"): its talks' rank times this. */
    readonly namedMeetup: number;
    /**
     * A meetup may be named by an acronym that begins its title's initials (CNDF) or by its first
     * words' initials and the next word (SN Days), when the notes never write them as a word (see
     * meetup-reference.ts). Off, such capitals are words of the question like any other.
     */
    readonly meetupByInitials: boolean;
    /** No answer to a question asking for an amount or a date when its talk states none. */
    readonly numberRequired: boolean;
    /**
     * A passage of the chosen talk that states what is asked (the number, the tool's name, or the
     * verdict: words that settle something): its rank times this. At 1000 it leads its talk
     * whatever its rank: a passage with as many of the question's words but a rarer one of them
     * (当日 in 当日何時) ranked several times above the line giving the hours asked. 2 left such
     * a line second on two sets; 4, 8 and 1000 measured alike on every set.
     */
    readonly numberPassage: number;
    /**
     * Asked for a number the chosen talk does not state, another talk's passage that states it,
     * ranked at least this share of the best and covering every word the best passage covers
     * (but a lone kanji or kana),
     * answers instead (see `chooseBest` in query-service.ts). Lower reaches further down the ranking for a number, which may then be
     * of another talk's thing; 0 turns it off.
     */
    readonly numberPeerShare: number;
    /**
     * A passage states the number asked for only when it matches as many of the question's words
     * as the best passage, less this many: slack for a passage that words its number its own way
     * (the word asking for it, 何人, is one an answer never writes), while a passage with fewer of
     * the question's words has the number of another thing (the size of the company, not of the
     * team). Higher lets any number of the talk answer; 99 turns the check off. A passage giving
     * the verdict asked for has the same slack.
     */
    readonly numberWordsShort: number;
    /**
     * The number must be of the kind asked: in the unit the question names ("何秒", "how many
     * people", "what percentage"), or a version for "which version". Off, any number answers.
     */
    readonly unitRequired: boolean;
    /** No answer to a question asking who, when its talk names nobody (see person-asked.ts). */
    readonly personRequired: boolean;
    /**
     * No answer to a question asking which tool, service or product, when no passage of its
     * talk that matches as many of its words as the best names one the question does not (see
     * thing-asked.ts); one that does leads its talk, as {@link numberPassage} says. Trades a
     * right answer whose name is written in kana or kanji for "no answer" to a question on a
     * talk's topic that the notes do not answer.
     */
    readonly thingRequired: boolean;
    /**
     * No answer to a question asking which of two ("free or paid?", "AとBどっち?") when its talk
     * (title and notes) speaks of neither, in any form the question's words are met in (see
     * either-asked.ts). Trades an answer the notes give in other words for "no answer" to a
     * question on a talk's topic that the notes do not settle.
     */
    readonly alternativesRequired: boolean;
    /**
     * A name the question offers as a guess after it is asked ("which CI? Buildkite?") is read
     * as a choice of one (with `alternativesRequired`): no answer from a talk that never names it.
     * Trades the answer a talk gives with another name for "no answer" to a guess the notes do
     * not bear out.
     */
    readonly guessRequired: boolean;
    /**
     * No answer to a question asking what a talk concluded or recommended ("最終的に何を推奨してた?",
     * "what did the speaker recommend?") when its talk gives no verdict in any words (see
     * verdict-asked.ts). Trades a verdict the notes give in words the rule does not know for "no
     * answer" to a question on a talk's topic that the notes do not settle.
     */
    readonly verdictRequired: boolean;
    /**
     * No answer to a question asking where an event was held (会場どこ?, "where was it held?") when
     * neither its best passage nor a passage stating what is asked names a place (a building, a
     * room, a hall, a floor; a sentence of holding it somewhere; see venue-asked.ts). Trades a
     * venue the notes write as a bare name for "no answer" to a question on a meetup whose notes
     * never say where it was.
     */
    readonly venueRequired: boolean;
    /**
     * Asked what an acronym stands for, a passage of the chosen talk spelling it out beside it
     * leads (see expansion-asked.ts). Trades the passage that uses the acronym most, which may
     * hold more of the talk, for the one that answers.
     */
    readonly spelledOut: boolean;
    /**
     * Asked for a number where no passage meets enough of the question's words, the passages
     * stating a number of the kind asked of the best match's talk may answer (its title's word
     * is all they share with the question). Trades "no answer" for a number the talk gives in
     * words the question did not use, which may be another thing's.
     */
    readonly namedTalkNumbers: boolean;
    /**
     * No answer to a question asking whether any talk spoke of something ("was there a talk on
     * X?", "Xの発表ってあった?") from a talk that lacks one of its real words, whether the notes
     * write it elsewhere or not (see existence-asked.ts): the topic is what is asked, and a talk
     * that has the question's other words answers "no". Off, such a question is answered like
     * any other.
     */
    readonly talkRequired: boolean;
    /**
     * A Japanese question asking whether something is so ("Windowsでも動く?") has no answer
     * from a talk lacking a name it writes in Latin letters, of at least this many letters,
     * that the notes write elsewhere (see yes-no-asked.ts). Lower asks more of short words (an
     * OS, a version letter); 0 never.
     */
    readonly whetherNameLetters: number;
    /**
     * No answer to a question asking for a talk's slides or recording when the notes neither
     * link them (the talk or its meetup) nor speak of them, nor to one asking for an address (a
     * URL, which repository) when they give none for its talk: the talk is named instead.
     */
    readonly linkRequired: boolean;
    /**
     * No answer when the best match is a talk whose notes say nothing but its title and the
     * question asks more than that title and its meetup's details say (not for its slides, not
     * who gave it).
     */
    readonly notesless: boolean;
    /** A one-line passage shows the one-line passages beside it in its snippet. */
    readonly neighbourLines: boolean;
    /**
     * The first result's snippet also shows the other results of its talk and section that fit
     * in it (see gather-section.ts): a reply no longer, that shows the answer when the ranking
     * cannot tell a topic's bullet from the one saying what was said about it.
     */
    readonly gatherSection: boolean;
    /**
     * A passage longer than a snippet is shown where most different words of the question stand
     * together (each counted once, the title's not at all; a line stating the number asked counts
     * as one more), not where the most characters match: a word repeated on every line of a long
     * list pulls the window to the list's top, away from the line that answers.
     */
    readonly snippetByWords: boolean;
    /**
     * A question asking only where, when or under which hashtag a meetup it names was held is
     * answered from that meetup's details (see meetup-facts.ts), not from a talk's passage.
     */
    readonly meetupFacts: boolean;
    /**
     * What entry to a meetup cost, when its details do not say, is looked for in its talks'
     * notes, where a report may give it (a section on the event's outline), and answered only by
     * a passage of that meetup with a line naming the entry fee with a price or as free (参加費は
     * 1,500円, 参加費無料; not a party's fee). Off, such a question has no answer.
     */
    readonly feeInTalks: boolean;
    /**
     * Words of a meetup question its title may lack, when the question calls it a meetup or
     * gives its number and meets half the title otherwise: more reach a nickname or an extra
     * word ("the LT night"), and more take a question about a talk for one about the meetup.
     */
    readonly meetupSpareWords: number;
    /**
     * A meetup the question names by its number ("#4", "4回目") needs only one word of its title;
     * a word the title lacks is excused when it may spell an unmet title word in the other script,
     * beginning with the same sound (テックミートアップ for Tech Meetup), and its talks do not use it
     * (then it is a topic). Off, its words are counted as for any meetup question.
     */
    readonly meetupNamedByNumber: boolean;
    /**
     * A question naming a meetup by more than half of its title's words, one of them a word of
     * few titles (a country, an edition's name; not a series' name most titles share), lifts
     * that meetup's talks by `namedMeetup`, as a number naming it does. Off, only a number, an
     * acronym, "the latest" or a year lifts a meetup.
     */
    readonly meetupByTitle: boolean;
  };
}

/** The values the bot runs with. */
export const DEFAULT_SCORING_PROFILE: ScoringProfile = {
  words: {
    word: 1,
    letter: 0.2,
    single: 0.25,
    optional: 0.3,
    linkWord: 0.35,
    realWord: 0.3,
    highlight: 0.5,
    maxTerms: 96,
    aspectOptional: true,
    splitCompounds: true,
    translatedCommon: true,
    correctSpelling: true,
    splitNameWords: true,
    wholeEquivalents: true,
    kanaNameLetters: 4,
  },
  equivalents: {
    glossary: 0.6,
    dictionary: 0.45,
    edict: 0.4,
    loanword: 0.45,
    loanwordOrigin: true,
    reading: 0.45,
    kanjiRomaji: 0.45,
    plural: 0.8,
    joined: 0.8,
  },
  parts: { part: 0.5, letterPart: 0.1, kanjiBoost: 0.15, kanjiCredit: 0.3 },
  ranking: {
    fields: { text: 1, section: 1.6, title: 2.2, meetup: 0.3 },
    k1: 1.2,
    b: 0.75,
    talksToScore: 20,
    fuzzy: 0.25,
    fuzzyMinLength: 5,
    typosAreNonWords: true,
    maxFuzzy: 2,
    prefixMinLength: 4,
    stretch: { fuzzy: 0.5, prefix: 0.6 },
    wholeWord: 0.5,
  },
  answer: {
    coverageOffset: 0.25,
    coverageExponent: 4,
    minWords: 2,
    runnerUpShare: 0.3,
    lackedShare: 0.5,
    namedMeetup: 1.5,
    meetupByInitials: true,
    numberRequired: true,
    numberPassage: 1000,
    numberPeerShare: 0.6,
    numberWordsShort: 1,
    unitRequired: true,
    personRequired: true,
    thingRequired: true,
    alternativesRequired: true,
    guessRequired: true,
    verdictRequired: true,
    venueRequired: true,
    spelledOut: true,
    namedTalkNumbers: true,
    talkRequired: true,
    whetherNameLetters: 2,
    linkRequired: true,
    notesless: true,
    neighbourLines: true,
    gatherSection: true,
    snippetByWords: true,
    meetupFacts: true,
    feeInTalks: true,
    meetupSpareWords: 1,
    meetupNamedByNumber: true,
    meetupByTitle: true,
  },
};

const weight = z.number().finite().min(0);
const share = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** A profile file: any subset of the values, each checked; unknown keys are refused. */
const profileOverride = z
  .object({
    words: z
      .object({
        word: weight,
        letter: weight,
        single: weight,
        optional: weight,
        linkWord: weight,
        realWord: weight,
        highlight: weight,
        maxTerms: count,
        aspectOptional: z.boolean(),
        splitCompounds: z.boolean(),
        translatedCommon: z.boolean(),
        correctSpelling: z.boolean(),
        splitNameWords: z.boolean(),
        wholeEquivalents: z.boolean(),
        kanaNameLetters: count,
      })
      .partial()
      .strict(),
    equivalents: z
      .object({
        glossary: weight,
        dictionary: weight,
        edict: weight,
        loanword: weight,
        loanwordOrigin: z.boolean(),
        reading: weight,
        kanjiRomaji: weight,
        plural: weight,
        joined: weight,
      })
      .partial()
      .strict(),
    parts: z
      .object({ part: weight, letterPart: weight, kanjiBoost: weight, kanjiCredit: weight })
      .partial()
      .strict(),
    ranking: z
      .object({
        fields: z
          .object({ text: weight, section: weight, title: weight, meetup: weight })
          .partial()
          .strict(),
        k1: weight,
        b: share,
        talksToScore: count,
        fuzzy: share,
        fuzzyMinLength: count,
        typosAreNonWords: z.boolean(),
        maxFuzzy: count,
        prefixMinLength: count,
        stretch: z.object({ fuzzy: weight, prefix: weight }).partial().strict(),
        wholeWord: share,
      })
      .partial()
      .strict(),
    answer: z
      .object({
        coverageOffset: weight,
        coverageExponent: weight,
        minWords: count,
        runnerUpShare: share,
        lackedShare: share,
        namedMeetup: weight,
        meetupByInitials: z.boolean(),
        numberRequired: z.boolean(),
        numberPassage: z.number().min(1),
        numberPeerShare: share,
        numberWordsShort: count,
        unitRequired: z.boolean(),
        personRequired: z.boolean(),
        thingRequired: z.boolean(),
        alternativesRequired: z.boolean(),
        guessRequired: z.boolean(),
        verdictRequired: z.boolean(),
        venueRequired: z.boolean(),
        spelledOut: z.boolean(),
        namedTalkNumbers: z.boolean(),
        talkRequired: z.boolean(),
        whetherNameLetters: count,
        linkRequired: z.boolean(),
        notesless: z.boolean(),
        neighbourLines: z.boolean(),
        gatherSection: z.boolean(),
        snippetByWords: z.boolean(),
        meetupFacts: z.boolean(),
        feeInTalks: z.boolean(),
        meetupSpareWords: count,
        meetupNamedByNumber: z.boolean(),
        meetupByTitle: z.boolean(),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/**
 * The profile a JSON file describes: the defaults with the file's values over them. Throws an
 * error naming the first value that is unknown or out of range.
 */
export function scoringProfileFrom(json: unknown): ScoringProfile {
  return withOverrides(DEFAULT_SCORING_PROFILE, json);
}

/** `profile` with the values of a profile file over it; checked as {@link scoringProfileFrom} does. */
export function withOverrides(profile: ScoringProfile, json: unknown): ScoringProfile {
  const parsed = profileOverride.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the profile';
    throw new Error(`Scoring profile: ${where}: ${issue?.message ?? 'not a profile'}.`);
  }
  return mergeDeep(profile, parsed.data);
}

function mergeDeep<T>(base: T, over: unknown): T {
  if (typeof over !== 'object' || over === null) return over === undefined ? base : (over as T);
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    merged[key] = mergeDeep((base as Record<string, unknown>)[key], value);
  }
  return merged as T;
}

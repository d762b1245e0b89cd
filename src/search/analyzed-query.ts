import type { NumberQuestion } from './answer-type.js';

/**
 * A question as the index reads it (see analyze-query.ts). Each **concept** is one word of the
 * question (a Latin word, or one script's run of a Japanese phrase) with its weight; each
 * **term** sent to the index carries **credits**: which concepts it stands for and how much of
 * each. An equivalent's terms share a **unit**, which counts only when all of them match.
 */

/** How much a matched term says about one word of the question (1 = the whole word). */
export interface Credit {
  readonly concept: number;
  readonly credit: number;
  /**
   * Set for an equivalent's terms: the equivalent counts only when all of its terms match, so
   * one bigram of クレジットカード inside an unrelated word gives nothing.
   */
  readonly unit: number | undefined;
}

/** One term sent to the index, with its boost and the words of the question it stands for. */
export interface QueryTerm {
  readonly term: string;
  readonly boost: number;
  readonly credits: readonly Credit[];
  /** The asker wrote it (not a glossary equivalent): only such words are stretched for typos. */
  readonly own: boolean;
}

/** One word of the question; a passage covers it when its terms (or glossary equivalents) match. */
export interface Concept {
  readonly word: string;
  readonly weight: number;
  /** A common word the notes happen to contain: it counts when matched, and is not missed otherwise. */
  readonly optional?: true;
}

export interface AnalyzedQuery {
  readonly terms: readonly QueryTerm[];
  readonly concepts: readonly Concept[];
  /** The question asks where slides (or a recording) are. */
  readonly wantsLinks: boolean;
  /** The question asks for an address of another kind: a URL, a link, which repository. */
  readonly addressAsked: boolean;
  /** Terms worth emphasising in a snippet: the asker's words and their glossary equivalents. */
  readonly highlight: readonly string[];
  /**
   * Per term of {@link highlight}, in its order, the concepts it stands for (indices into
   * {@link concepts}): an equivalent stands for the words it was found for.
   */
  readonly highlightConcepts: readonly (readonly number[])[];
  /** How many terms each equivalent (see {@link Credit.unit}) has. */
  readonly unitSizes: readonly number[];
  /**
   * How many of the question's words each equivalent stands for when a passage has all of it:
   * one, or for a name the asker joined that the notes write as separate words (oraclecloud for
   * Oracle Cloud), as many as those words, which is what the question would count had the asker
   * typed the space.
   */
  readonly unitWords: readonly number[];
  /**
   * Per equivalent, the word itself (without spaces) when it is written in katakana or kanji alone
   * and sent as several bigrams: it counts only where it is written whole, not where its bigrams
   * meet apart (the コー of コード and the ース of ソース are no コース). Equivalents with Latin
   * letters, digits or hiragana have none, and count wherever all their terms are.
   */
  readonly unitPhrases: readonly (string | undefined)[];
  /**
   * The asker's Latin words that are words of the language (an English word list's, or an
   * inflected form of one): where the notes lack one, it is read as a typo of theirs at one edit
   * only (see the profile's `ranking.typosAreNonWords`). Empty when that rule is off or no list
   * is loaded.
   */
  readonly realWords: ReadonlySet<string>;
  /** The amount or date the question asks for, if it asks for one. */
  readonly numberAsked: NumberQuestion | undefined;
  /** The question asks who (see person-asked.ts). */
  readonly personAsked: boolean;
  /** The question asks which tool, service or product (see thing-asked.ts). */
  readonly thingAsked: boolean;
  /** The question asks what a talk concluded or recommended (see verdict-asked.ts). */
  readonly verdictAsked: boolean;
  /** The question asks where an event took place (see venue-asked.ts). */
  readonly venueAsked: boolean;
  /** The words that may be the acronym whose full name the question asks (see expansion-asked.ts). */
  readonly expansionAsked?: readonly string[] | undefined;
  /**
   * The question asks whether any talk spoke of something (see existence-asked.ts): the words of
   * the phrase that asks it, which are not the topic; undefined when it asks no such thing.
   */
  readonly talkAsked: ReadonlySet<string> | undefined;
  /**
   * The question asks, in Japanese, whether something is so (see yes-no-asked.ts): a talk must
   * speak of each name it writes in Latin letters that the notes write elsewhere (see the
   * profile's `answer.whetherNameLetters`).
   */
  readonly whetherAsked: boolean;
  /** The things the question asks to choose between, if it does (see either-asked.ts). */
  readonly alternatives: readonly string[] | undefined;
}

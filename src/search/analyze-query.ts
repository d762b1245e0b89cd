import type { Glossary } from './glossary.js';
import { normalize } from './normalize.js';
import { ENGLISH_STOPWORDS, JAPANESE_STOPWORDS } from './stopwords.js';
import { type Token, type TokenKind, tokenizeNormalized } from './tokenize.js';

/** One term sent to the index, with how much it counts and which of the asker's words it serves. */
export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Indexes into {@link AnalyzedQuery.concepts}: the asker's words this term stands for. */
  readonly concepts: readonly number[];
}

/** One word of the question; it is covered when any of its terms (or glossary equivalents) match. */
export interface Concept {
  readonly term: string;
  readonly weight: number;
}

export interface AnalyzedQuery {
  readonly terms: readonly QueryTerm[];
  readonly concepts: readonly Concept[];
  /** The question asks where slides (or a recording) are. */
  readonly wantsLinks: boolean;
  /** Terms worth emphasising in a snippet: the asker's words and their glossary equivalents. */
  readonly highlight: readonly string[];
}

const KIND_WEIGHT: Record<TokenKind, number> = {
  word: 1,
  part: 0.6,
  bigram: 1,
  unigram: 0.25,
  kana: 0.08,
};
/** Glossary equivalents count less than the asker's own words. */
const EXPANSION_FACTOR = 0.6;
/** Words that only ask for slides/video steer which talk is meant less than the talk's name. */
const LINK_WORD_FACTOR = 0.35;
/** Bounds the work one question can cause, whatever its length. */
const MAX_TERMS = 96;

const LINK_WORDS =
  /(?<![a-z])(?:slides?|slide deck|deck|video|recording)(?![a-z])|スライド|資料|動画|録画/;
const LATIN_WORD_CHAR = /[a-z0-9]/;

/**
 * Turns a question into weighted index terms: the tokenizer's terms minus stop words, plus
 * glossary equivalents at a lower weight. Particles (hiragana) and single kanji count little.
 */
export function analyzeQuery(question: string, glossary: Glossary): AnalyzedQuery {
  const text = normalize(question);
  const wantsLinks = LINK_WORDS.test(text);
  const concepts: Concept[] = [];
  const terms = new Map<string, { weight: number; concepts: Set<number> }>();
  const addTerm = (term: string, weight: number, concept: number) => {
    const entry = terms.get(term);
    if (entry) {
      entry.weight = Math.max(entry.weight, weight);
      entry.concepts.add(concept);
    } else {
      terms.set(term, { weight, concepts: new Set([concept]) });
    }
  };
  const conceptOf = new Map<string, number>();
  for (const token of userTokens(text)) {
    if (conceptOf.has(token.term)) continue;
    const weight = tokenWeight(token) * (LINK_WORDS.test(token.term) ? LINK_WORD_FACTOR : 1);
    conceptOf.set(token.term, concepts.length);
    concepts.push({ term: token.term, weight });
    addTerm(token.term, weight, concepts.length - 1);
  }

  const highlight = new Set<string>(concepts.filter((c) => c.weight >= 0.5).map((c) => c.term));
  for (const group of glossary.groups) {
    const present = group.filter((entry) => containsPhrase(text, entry));
    if (present.length === 0) continue;
    const served = present
      .flatMap((entry) => tokenizeNormalized(entry).map((t) => conceptOf.get(t.term)))
      .filter((c): c is number => c !== undefined);
    if (served.length === 0) continue;
    for (const entry of group) {
      if (present.includes(entry)) continue;
      highlight.add(entry);
      for (const token of tokenizeNormalized(entry)) {
        const weight = tokenWeight(token) * EXPANSION_FACTOR;
        for (const concept of served) addTerm(token.term, weight, concept);
      }
    }
  }

  const ranked = [...terms.entries()]
    .map(([term, { weight, concepts: c }]) => ({ term, weight, concepts: [...c] }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_TERMS);
  return { terms: ranked, concepts, wantsLinks, highlight: [...highlight] };
}

function userTokens(text: string): Token[] {
  return tokenizeNormalized(text).filter(
    (t) => !ENGLISH_STOPWORDS.has(t.term) && !JAPANESE_STOPWORDS.has(t.term),
  );
}

function tokenWeight(token: Token): number {
  // A lone letter or digit (the "t" of nsx-t) says little on its own.
  if ((token.kind === 'word' || token.kind === 'part') && token.term.length === 1) return 0.2;
  return KIND_WEIGHT[token.kind];
}

/** Whether a glossary entry occurs in the question; Latin entries only as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const latinStart = /^[a-z0-9]/.test(phrase);
    const latinEnd = /[a-z0-9]$/.test(phrase);
    const okBefore = !latinStart || before === undefined || !LATIN_WORD_CHAR.test(before);
    const okAfter = !latinEnd || after === undefined || !LATIN_WORD_CHAR.test(after);
    if (okBefore && okAfter) return true;
    from = at + 1;
  }
}

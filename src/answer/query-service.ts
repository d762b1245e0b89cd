import type { Meetup } from '../content/meetup.js';
import { type AnalyzedQuery, analyzeQuery, coverage } from '../search/analyze-query.js';
import { buildIndex, type IndexedPassage } from '../search/build-index.js';
import type { Glossary } from '../search/glossary.js';
import {
  type Answer,
  type AnswerResult,
  type AskOptions,
  DEFAULT_RESULT_LIMIT,
  type MeetupListing,
  QUESTION_MAX_CHARS,
  type QueryService,
  SNIPPET_MAX_CHARS,
} from './answer.js';
import { buildSnippet } from './build-snippet.js';

export interface QueryServiceOptions {
  readonly meetups: readonly Meetup[];
  readonly glossary: Glossary;
}

/** Field boosts: a word in a talk's title or section heading says more than one in a bullet. */
const BOOST = { text: 1, section: 1.6, talk: 2.2, meetup: 0.3 } as const;
/** Share of the question's weight a passage must cover to count as an answer. */
const MIN_COVERAGE = 0.4;
const MAX_LIMIT = 10;
const CANDIDATES = 40;
const HELP_WORDS = /^(?:help|usage|\?|ヘルプ|使い方|つかいかた)$/i;
// C0/C1 controls and unpaired surrogates are noise from copy and paste, never part of a question.
const CONTROL = /[\p{Cc}\p{Cs}]/gu;

interface Candidate {
  readonly doc: IndexedPassage;
  readonly coverage: number;
  readonly strong: boolean;
  readonly rank: number;
}

/**
 * The core every adapter calls: builds the index once, then answers questions with ranked,
 * platform-neutral {@link Answer} values.
 */
export function createQueryService({ meetups, glossary }: QueryServiceOptions): QueryService {
  const index = buildIndex(meetups);
  const listing: MeetupListing[] = meetups.map((m) => ({
    title: m.title,
    ...(m.date !== undefined && { date: m.date }),
    ...(m.eventUrl !== undefined && { eventUrl: m.eventUrl }),
    ...(m.notesUrl !== undefined && { notesUrl: m.notesUrl }),
    talks: m.talks.map((t) => ({
      title: t.title,
      links: t.links,
      ...(t.notesUrl !== undefined && { notesUrl: t.notesUrl }),
    })),
  }));

  const rank = (query: AnalyzedQuery): Candidate[] => {
    if (query.terms.length === 0) return [];
    const boostOf = new Map(query.terms.map((t) => [t.term, t.boost]));
    const hits = index.minisearch.search(query.terms.map((t) => t.term).join('\u0000'), {
      tokenize: (s) => s.split('\u0000'),
      processTerm: (t) => t,
      boost: BOOST,
      boostTerm: (term) => boostOf.get(term) ?? 0,
      // Only words the notes do not contain are stretched: a typo (ansibel) by edit distance in
      // long Latin words, a stem (visualiz…) by prefix. Versions and CJK terms match exactly.
      fuzzy: (term) => !index.vocabulary.has(term) && /^[a-z]{5,}$/.test(term) && 0.25,
      prefix: (term) => !index.vocabulary.has(term) && /^[a-z]{4,}$/.test(term),
      weights: { fuzzy: 0.5, prefix: 0.6 },
    });
    return hits.slice(0, CANDIDATES).flatMap((hit) => {
      const doc = index.passages[Number(hit.id)];
      if (!doc) return [];
      const { share, strong } = coverage(query, hit.queryTerms);
      return [{ doc, coverage: share, strong, rank: hit.score * (0.25 + share) ** 2 }];
    });
  };

  const toResult = (c: Candidate, query: AnalyzedQuery): AnswerResult => {
    const { meetup, talk, passage } = c.doc;
    const snippet = buildSnippet(passage.text, query.highlight, SNIPPET_MAX_CHARS);
    return {
      meetup: meetup.title,
      talk: talk.title,
      ...(passage.section !== undefined && { section: passage.section }),
      snippet: snippet.text,
      matches: snippet.matches,
      links: talk.links,
      ...(talk.notesUrl !== undefined && { notesUrl: talk.notesUrl }),
      score: Math.round(c.rank * 1000) / 1000,
    };
  };

  return {
    talks: () => listing,
    ask(question: string, options: AskOptions = {}): Answer {
      if (question.length > QUESTION_MAX_CHARS * 4) return tooLong(question.length);
      const cleaned = question.replace(CONTROL, ' ').trim();
      if (cleaned === '' || HELP_WORDS.test(cleaned)) return { kind: 'help' };
      if (cleaned.length > QUESTION_MAX_CHARS) return tooLong(cleaned.length);
      const limit = Math.min(
        MAX_LIMIT,
        Math.max(1, Math.trunc(options.limit ?? DEFAULT_RESULT_LIMIT)),
      );
      const query = analyzeQuery(cleaned, glossary);
      const candidates = rank(query);
      const answers = candidates
        .filter((c) => c.coverage >= MIN_COVERAGE && c.strong)
        .sort((a, b) => b.rank - a.rank);
      if (answers.length === 0) {
        const suggestions = [
          ...new Set(candidates.filter((c) => c.strong).map((c) => c.doc.talk.title)),
        ].slice(0, 3);
        return { kind: 'not-found', query: cleaned, suggestions };
      }
      const ordered = query.wantsLinks ? linksFirst(answers) : answers;
      return {
        kind: 'found',
        query: cleaned,
        results: ordered.slice(0, limit).map((c) => toResult(c, query)),
      };
    },
  };
}

function tooLong(length: number): Answer {
  return {
    kind: 'invalid',
    reason: `Questions are limited to ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters; this one has ${length.toLocaleString('en-US')}.`,
  };
}

/**
 * For "where are the slides?" the best talk's passage that carries its link goes first, so the
 * top result shows the link the asker wants.
 */
function linksFirst(answers: readonly Candidate[]): Candidate[] {
  const top = answers[0];
  if (!top || top.doc.talk.links.length === 0) return [...answers];
  const linkPassage = answers.find(
    (c) =>
      c.doc.talk === top.doc.talk &&
      c.doc.talk.links.some((l) => c.doc.passage.text.includes(l.url)),
  );
  return linkPassage ? [linkPassage, ...answers.filter((c) => c !== linkPassage)] : [...answers];
}

import MiniSearch from 'minisearch';
import type { Meetup, Passage, Talk } from '../content/meetup.js';
import { normalize } from './normalize.js';
import { tokenizeNormalized } from './tokenize.js';

/** A passage with the talk and meetup it belongs to; the index's documents. */
export interface IndexedPassage {
  readonly id: number;
  readonly meetup: Meetup;
  readonly talk: Talk;
  readonly passage: Passage;
}

export type SearchField = 'text' | 'section' | 'talk' | 'meetup';

export interface PassageIndex {
  readonly minisearch: MiniSearch<IndexedPassage>;
  readonly passages: readonly IndexedPassage[];
  /** Every term in the index, so the query side stretches only words the notes lack. */
  readonly vocabulary: ReadonlySet<string>;
}

const FIELDS: readonly SearchField[] = ['text', 'section', 'talk', 'meetup'];

/** Splits text the same way for the index and for the question (see tokenize.ts). */
export function indexTerms(text: string): string[] {
  return tokenizeNormalized(normalize(text)).map((t) => t.term);
}

/** Indexes every passage, with its talk title, section heading and meetup as fields of their own. */
export function buildIndex(meetups: readonly Meetup[]): PassageIndex {
  const passages: IndexedPassage[] = [];
  for (const meetup of meetups) {
    for (const talk of meetup.talks) {
      for (const passage of talk.passages) {
        passages.push({ id: passages.length, meetup, talk, passage });
      }
    }
  }
  const vocabulary = new Set<string>();
  const minisearch = new MiniSearch<IndexedPassage>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => {
      switch (field as SearchField | 'id') {
        case 'id':
          return String(doc.id);
        case 'text':
          return doc.passage.text;
        case 'section':
          return doc.passage.section ?? '';
        case 'talk':
          return doc.talk.title;
        case 'meetup':
          return doc.meetup.title;
      }
    },
    tokenize: (text) => {
      const terms = indexTerms(text);
      for (const term of terms) vocabulary.add(term);
      return terms;
    },
    // Terms come out of the tokenizer already normalized.
    processTerm: (term) => term,
  });
  minisearch.addAll(passages);
  return { minisearch, passages, vocabulary };
}

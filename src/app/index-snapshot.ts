import type { QueryService } from '../answer/answer.js';
import { createQueryService } from '../answer/query-service.js';
import { type ContentCounts, countContent } from '../content/count-content.js';
import type { LoadedContent } from '../content/load-content.js';
import type { SynonymDictionary } from '../search/synonym-dictionary.js';

/** How much the index holds and when it was built, for `/healthz` and the size gauges. */
export interface IndexStats extends ContentCounts {
  /** ISO 8601 time the index was built. */
  readonly builtAt: string;
}

/** One built index: the service that answers from it and its size. Never changes once built. */
export interface IndexSnapshot {
  readonly service: QueryService;
  readonly stats: IndexStats;
}

/** Builds the query service over loaded notes and counts what went into it. */
export function buildSnapshot(
  content: Pick<LoadedContent, 'meetups' | 'glossary'> & { readonly synonyms?: SynonymDictionary },
  now: () => Date = () => new Date(),
): IndexSnapshot {
  const service = createQueryService(content);
  return { service, stats: { ...countContent(content.meetups), builtAt: now().toISOString() } };
}

import type { QueryService } from '../answer/answer.js';
import {
  createQueryService,
  createQueryServiceBeforeReadings,
  createQueryServiceInSlices,
  type EarlyBuild,
} from '../answer/query-service.js';
import { type ContentCounts, countContent } from '../content/count-content.js';
import type { LoadedContent } from '../content/load-content.js';
import type { ReadingCache } from '../search/readings.js';
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
  /**
   * Resolves once all the index answers with is in: a first start's snapshot serves before its
   * kanji readings are read (see `createQueryServiceBeforeReadings`); others are complete.
   */
  readonly complete?: Promise<void>;
}

type SnapshotContent = Pick<LoadedContent, 'meetups' | 'glossary'> & {
  readonly synonyms?: SynonymDictionary;
  readonly readings?: ReadingCache;
  readonly early?: EarlyBuild;
};

/** Builds the query service over loaded notes and counts what went into it. */
export function buildSnapshot(
  content: SnapshotContent,
  now: () => Date = () => new Date(),
): IndexSnapshot {
  return snapshotOf(createQueryService(content), content, now);
}

/**
 * The same, built in slices that let the event loop run in between: a running bot rebuilds this
 * way, so chat traffic is answered from the old index while the new one is built. With
 * `beforeReadings`, the snapshot is ready as soon as its index is, its kanji readings perhaps still
 * being read (see `createQueryServiceBeforeReadings`): a bot's first start, with nothing serving yet.
 */
export async function buildSnapshotInSlices(
  content: SnapshotContent,
  {
    now = () => new Date(),
    beforeReadings = false,
  }: { now?: () => Date; beforeReadings?: boolean } = {},
): Promise<IndexSnapshot> {
  if (!beforeReadings) return snapshotOf(await createQueryServiceInSlices(content), content, now);
  const { service, complete } = await createQueryServiceBeforeReadings(content);
  return { ...snapshotOf(service, content, now), complete };
}

function snapshotOf(
  service: QueryService,
  content: SnapshotContent,
  now: () => Date,
): IndexSnapshot {
  return { service, stats: { ...countContent(content.meetups), builtAt: now().toISOString() } };
}

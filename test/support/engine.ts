import { beforeAll, beforeEach } from 'vitest';
import type { QueryService } from '../../src/answer/answer.js';
import { createQueryService, type QueryServiceOptions } from '../../src/answer/query-service.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';
import type { Meetup } from '../../src/content/meetup.js';
import { parseNotes } from '../../src/content/parse-notes.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../src/search/scoring/profile.js';

/**
 * The team's notes folders under `test/fixtures/`, each laid out as `content/` is. Engine tests
 * read these, never `content/`, so organizers can replace the shipped notes without breaking CI.
 */
export const FIXTURES = {
  /** One dated meetup with notes links, slides and video (`DevOps Meetup #9`). */
  content: 'test/fixtures/content',
  /** The shipped meetup's titles and facts in the team's own words, for tests that ask about it. */
  seedMeetup: 'test/fixtures/seed-meetup',
  /** Two Go meetups, one dated and one not, written to exercise ranking and the listing. */
  ranking: 'test/fixtures/ranking',
  /** Japanese notes asked about in English. */
  crossLingual: 'test/fixtures/cross-lingual',
  /** Notes that use everyday words EDICT links across the two languages. */
  everydayWords: 'test/fixtures/everyday-words',
} as const;

/** What an engine is built from: meetups and a glossary, as `loadContent` returns them. */
export type EngineNotes = Pick<LoadedContent, 'meetups' | 'glossary'>;

/** Everything else the engine takes: a dictionary, readings, a clock, a scoring profile. */
export type EngineExtras = Omit<QueryServiceOptions, 'meetups' | 'glossary'>;

/**
 * The notes of a folder (one of {@link FIXTURES}, or one a test wrote), read as the bot reads
 * them. Read afresh each time, never cached across test files: under Stryker a cached read would
 * outlive the mutant it was read under.
 */
export function readNotes(dir: string): Promise<LoadedContent> {
  return loadContent(dir);
}

/** Meetups read from Markdown written in the test, the way `content/` files are read. */
export function meetupsFrom(...notes: readonly string[]): Meetup[] {
  return notes.map((source, i) => {
    const { meetup } = parseNotes(`content/m${i}.md`, source);
    if (!meetup) throw new Error(`test notes ${i} have no meetup`);
    return meetup;
  });
}

/** Notes written in the test as Markdown, with no glossary. */
export function notesFrom(...notes: readonly string[]): EngineNotes {
  return { meetups: meetupsFrom(...notes), glossary: EMPTY_GLOSSARY };
}

/**
 * Extras under which each passage is a result of its own (the first result gathers none of its
 * section; see src/answer/gather-section.ts): for tests of the order of the results.
 */
export const EACH_PASSAGE_ALONE: EngineExtras = {
  profile: withOverrides(DEFAULT_SCORING_PROFILE, { answer: { gatherSection: false } }),
};

/**
 * The one way to build an engine in a test: the real query service (a real minisearch index)
 * over `notes`, from {@link readNotes} or {@link notesFrom}, with any `extras`.
 */
export function buildEngine(notes: EngineNotes, extras: EngineExtras = {}): QueryService {
  return createQueryService({ meetups: notes.meetups, glossary: notes.glossary, ...extras });
}

/**
 * Call at a file's top level: the engine over a fixture folder for every test in the file. Built
 * once for the file by default; `perTest` builds it anew in each test, so that a mutant in building
 * the index or the listing is active while that test runs (Stryker counts per test).
 */
export function useEngine(
  dir: string,
  { perTest = false, extras = {} }: { perTest?: boolean; extras?: EngineExtras } = {},
): () => QueryService {
  let notes: LoadedContent | undefined;
  let service: QueryService | undefined;
  beforeAll(async () => {
    notes = await readNotes(dir);
    if (!perTest) service = buildEngine(notes, extras);
  });
  if (perTest)
    beforeEach(() => {
      if (notes) service = buildEngine(notes, extras);
    });
  return () => {
    if (!service) throw new Error('useEngine: ask inside a test');
    return service;
  };
}

import type { QueryService } from '../../src/answer/answer.js';
import { createQueryService } from '../../src/answer/query-service.js';
import type { Meetup } from '../../src/content/meetup.js';
import { parseNotes } from '../../src/content/parse-notes.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';

/** Meetups read from Markdown written in the test, the way `content/` files are read. */
export function meetupsFrom(...notes: readonly string[]): Meetup[] {
  return notes.map((source, i) => {
    const { meetup } = parseNotes(`content/m${i}.md`, source);
    if (!meetup) throw new Error(`test notes ${i} have no meetup`);
    return meetup;
  });
}

/** The real engine over notes written in the test, with no glossary. */
export function serviceFrom(...notes: readonly string[]): QueryService {
  return createQueryService({ meetups: meetupsFrom(...notes), glossary: EMPTY_GLOSSARY });
}

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryService } from '../../src/answer/answer.js';
import { parseRequest } from '../../src/answer/parse-request.js';
import { createQueryService } from '../../src/answer/query-service.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';

let content: LoadedContent;
let service: QueryService;
beforeAll(async () => {
  // Three meetups: two dated ones and one whose notes give no date.
  content = await loadContent('test/fixtures/ranking');
});
// Built in each test, so a mutant in building the listing is active when it is built.
beforeEach(() => {
  service = createQueryService(content);
});

describe('the talk listing', () => {
  it('lists the newest meetup first and undated ones last', () => {
    expect(service.talks().map((m) => m.title)).toEqual([
      'Go Meetup Hakata',
      'Go 1.21 Release Party',
    ]);
  });

  it('keeps only the meetups a filter names, by title words or by details', () => {
    expect(service.talks('release party').map((m) => m.title)).toEqual(['Go 1.21 Release Party']);
    expect(service.talks('博多').map((m) => m.title)).toEqual(['Go Meetup Hakata']);
  });

  it('falls back to the talks a filter names when it names no meetup', () => {
    const listing = service.talks('athens');
    expect(listing.map((m) => [m.title, m.talks.map((t) => t.title)])).toEqual([
      ['Go 1.21 Release Party', ['Athensを社内で運用している話']],
    ]);
  });

  it('lists nothing for a filter that names nothing', () => {
    expect(service.talks('kotlin')).toEqual([]);
  });
});

describe('parseRequest for talks', () => {
  it('reads the words after "talks" as a filter', () => {
    expect(parseRequest('talks go')).toEqual({ kind: 'talks', filter: 'go' });
    expect(parseRequest('talks 第5回')).toEqual({ kind: 'talks', filter: '第5回' });
    expect(parseRequest('talks')).toEqual({ kind: 'talks' });
  });
});

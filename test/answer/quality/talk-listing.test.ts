import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/answer/parse-request.js';
import { FIXTURES, useEngine } from '../../support/engine.js';

// Three meetups: two dated ones and one whose notes give no date.
const service = useEngine(FIXTURES.ranking, { perTest: true });

describe('the talk listing', () => {
  it('lists the newest meetup first and undated ones last', () => {
    expect(
      service()
        .talks()
        .map((m) => m.title),
    ).toEqual(['Go Meetup Hakata', 'Go 1.21 Release Party']);
  });

  it('keeps only the meetups a filter names, by title words or by details', () => {
    expect(
      service()
        .talks('release party')
        .map((m) => m.title),
    ).toEqual(['Go 1.21 Release Party']);
    expect(
      service()
        .talks('博多')
        .map((m) => m.title),
    ).toEqual(['Go Meetup Hakata']);
  });

  it('falls back to the talks a filter names when it names no meetup', () => {
    const listing = service().talks('athens');
    expect(listing.map((m) => [m.title, m.talks.map((t) => t.title)])).toEqual([
      ['Go 1.21 Release Party', ['Athensを社内で運用している話']],
    ]);
  });

  it('lists nothing for a filter that names nothing', () => {
    expect(service().talks('kotlin')).toEqual([]);
  });
});

describe('parseRequest for talks', () => {
  it('reads the words after "talks" as a filter', () => {
    expect(parseRequest('talks go')).toEqual({ kind: 'talks', filter: 'go' });
    expect(parseRequest('talks 第5回')).toEqual({ kind: 'talks', filter: '第5回' });
    expect(parseRequest('talks')).toEqual({ kind: 'talks' });
  });
});

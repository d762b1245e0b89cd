import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/answer/parse-request.js';
import { buildEngine, FIXTURES, notesFrom, useEngine } from '../../support/engine.js';

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

describe('the talk listing of notes with numbers, dates and no links', () => {
  const engine = buildEngine(
    notesFrom(
      '# Edge Night #7\n\n## Caching at the edge\n\n- purge by tag\n',
      '---\ndate: 2024-03-08\n---\n# Edge Night #8\n\nHigo Hall\n\n## Workers\n\n- cold starts\n',
      '# Cloud Cafe\n\n## Queues\n\n- retries with backoff\n',
      '# Data Brunch\n\n## Lakes\n\n- parquet files\n',
    ),
  );

  it('finds a meetup by its number written another way than in its title', () => {
    expect(engine.talks('第7回').map((m) => m.title)).toEqual(['Edge Night #7']);
  });

  it('finds a meetup by its date and by its details', () => {
    expect(engine.talks('2024-03').map((m) => m.title)).toEqual(['Edge Night #8']);
    expect(engine.talks('higo').map((m) => m.title)).toEqual(['Edge Night #8']);
  });

  it('never matches a filter word across the end of one field and the start of the next', () => {
    // Title "... #8", then the date 2024-03-08, then the details: no word spans two of them.
    expect(engine.talks('#82024')).toEqual([]);
    expect(engine.talks('08higo')).toEqual([]);
  });

  it('keeps undated meetups in the order of their files', () => {
    expect(engine.talks().map((m) => m.title)).toEqual([
      'Edge Night #8',
      'Edge Night #7',
      'Cloud Cafe',
      'Data Brunch',
    ]);
  });

  it('gives only the fields the notes have', () => {
    expect(engine.talks('第7回')).toStrictEqual([
      { title: 'Edge Night #7', talks: [{ title: 'Caching at the edge', links: [] }] },
    ]);
  });
});

describe('parseRequest for talks', () => {
  it('reads the words after "talks" as a filter', () => {
    expect(parseRequest('talks go')).toEqual({ kind: 'talks', filter: 'go' });
    expect(parseRequest('talks 第5回')).toEqual({ kind: 'talks', filter: '第5回' });
    expect(parseRequest('talks')).toEqual({ kind: 'talks' });
  });
});

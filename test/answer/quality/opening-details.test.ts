import { describe, expect, it } from 'vitest';
import { found } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// A report's opening paragraph, before the first talk, long enough to be notes of its own; and a
// meetup whose details are only its date and venue.
const REPORT = `---
notes_url: https://notes.example.test/reading-circle-4
---
# Reading Circle #4

2031/09/25

This month the reading circle met at a small bistro instead of the usual meeting room, and over
dinner the group worked through the chapter on blocks and iterators of the Ruby book, getting as
far as section 2-1-3 before everyone switched to lightning talks.

## Websocket hijacking with Rack

- a socket taken over from the server, then served by a tiny app
`;

const SHORT = `# Reading Circle #5

2031/10/23
Harbor Hall

## Sinatra internals

- routes are compiled to regular expressions
`;

describe('a meetup’s opening paragraph', () => {
  const service = buildEngine(notesFrom(REPORT, SHORT));

  it('answers what only it says, named by the meetup’s title', () => {
    const [first] = found(service.ask('How far did the reading circle get in the Ruby book?'));
    expect(first?.talk).toBe('Reading Circle #4');
    expect(first?.meetup).toBe('Reading Circle #4');
    expect(first?.snippet).toContain('2-1-3');
    expect(first?.notesUrl).toBe('https://notes.example.test/reading-circle-4');
  });

  it('is no talk of the listing', () => {
    expect(
      service
        .talks()
        .flatMap((m) => m.talks.map((t) => t.title))
        .sort(),
    ).toEqual(['Sinatra internals', 'Websocket hijacking with Rack']);
  });

  it('leaves short details (a date, a venue) to the meetup’s facts, never an answer of their own', () => {
    const answer = service.ask('What happened at Harbor Hall?');
    const talks = answer.kind === 'found' ? answer.results.map((r) => r.talk) : [];
    expect(talks).not.toContain('Reading Circle #5');
  });
});

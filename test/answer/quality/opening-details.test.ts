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

// A short opening sentence in Japanese; and details of facts alone, however long.
const SHORT_REPORT = `# Reading Circle #6

2031/11/20

今回はRefinementsの節まで読み進めた。

## Rack middleware

- a logger written as middleware
`;

const FACTS = `# Reading Circle #7

- 日時: 2031/12/18 19:30-21:30
- 会場: Harbor Hall 3F (受付は1Fのロビー、入館証は当日配布)
- 持ち物: ノートPC、Rubyの本、電源タップ
- ハッシュタグ: #readingcircle
- 申し込み: https://events.example.test/reading-circle-7
- 懇親会: 会場近くのビストロ、会費3000円
- 運営: reading circle team (Slack: #reading-circle)

## Fibers

- a fiber scheduler in thirty lines
`;

describe('a meetup’s opening paragraph', () => {
  const service = buildEngine(notesFrom(REPORT, SHORT, SHORT_REPORT, FACTS));

  it('answers what only it says, named by the meetup’s title', () => {
    const [first] = found(service.ask('How far did the reading circle get in the Ruby book?'));
    expect(first?.talk).toBe('Reading Circle #4');
    expect(first?.meetup).toBe('Reading Circle #4');
    expect(first?.snippet).toContain('2-1-3');
    expect(first?.notesUrl).toBe('https://notes.example.test/reading-circle-4');
  });

  it('is searched when written in sentences, however short', () => {
    const [first] = found(service.ask('Refinementsの節まで読んだのはどの回?'));
    expect(first?.talk).toBe('Reading Circle #6');
  });

  it('is no talk of the listing', () => {
    expect(
      service
        .talks()
        .flatMap((m) => m.talks.map((t) => t.title))
        .sort(),
    ).toEqual(['Fibers', 'Rack middleware', 'Sinatra internals', 'Websocket hijacking with Rack']);
  });

  it('leaves short details (a date, a venue) to the meetup’s facts, never an answer of their own', () => {
    const answer = service.ask('What happened at Harbor Hall?');
    const talks = answer.kind === 'found' ? answer.results.map((r) => r.talk) : [];
    expect(talks).not.toContain('Reading Circle #5');
    // Facts alone, longer than a short report, are no paragraph of prose either.
    const facts = service.ask('ノートPCと電源タップを持っていく回は?');
    const factTalks = facts.kind === 'found' ? facts.results.map((r) => r.talk) : [];
    expect(factTalks).not.toContain('Reading Circle #7');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { QueryService } from '../../../src/answer/answer.js';
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

// A short opening sentence in Japanese; details of facts alone, their abbreviations stopped
// short as sentences are; and a report's opening bullets, written in no sentence but long.
const SHORT_REPORT = `# Reading Circle #6

2031/11/20

今回はRefinementsの節まで読み進めた

## Rack middleware

- a logger written as middleware
`;

const FACTS = `# Reading Circle #7

- Date: Jan. 15, 2032
- Venue: Example Inc.
- Bring: laptop, charger, etc.
- 参加費は無料です

## Fibers

- a fiber scheduler in thirty lines
`;

const LONG_BULLETS = `# Reading Circle #8

- 第3章のEnumerator::Lazyの節まで読み進めたところで時間切れ、残りは次回に持ち越し
- 次回は第4章の頭から、輪読の担当は今回と同じ順番で回していく予定で、資料は各自で用意
- 参加者は12名、うち初参加が4名で、業務でRubyを書いている人がおよそ半分という顔ぶれ
- 懇親会は近くの居酒屋で、本の感想戦が閉店間際まで続いて大いに盛り上がったとのこと
- 会場の予約は運営が毎月第2水曜までに済ませておくという段取りに決定

## Ractor

- actors without a global lock
`;

describe('a meetup’s opening paragraph', () => {
  // Built in each test, so a mutant in building the index is active when it is built.
  let service: QueryService;
  beforeEach(() => {
    service = buildEngine(notesFrom(REPORT, SHORT, SHORT_REPORT, FACTS, LONG_BULLETS));
  });

  it('answers what only it says, named by the meetup’s title', () => {
    const [first] = found(service.ask('How far did the reading circle get in the Ruby book?'));
    expect(first?.talk).toBe('Reading Circle #4');
    expect(first?.meetup).toBe('Reading Circle #4');
    expect(first?.snippet).toContain('2-1-3');
    expect(first?.notesUrl).toBe('https://notes.example.test/reading-circle-4');
  });

  it('is searched when written in sentences, however short, or long enough without them', () => {
    const [short] = found(service.ask('Refinementsの節まで読んだのはどの回?'));
    expect(short?.talk).toBe('Reading Circle #6');
    const [long] = found(service.ask('Enumerator::Lazyの節まで読んだのはどの回?'));
    expect(long?.talk).toBe('Reading Circle #8');
  });

  it('is no talk of the listing', () => {
    expect(
      service
        .talks()
        .flatMap((m) => m.talks.map((t) => t.title))
        .sort(),
    ).toEqual([
      'Fibers',
      'Rack middleware',
      'Ractor',
      'Sinatra internals',
      'Websocket hijacking with Rack',
    ]);
  });

  it('leaves short details (a date, a venue) to the meetup’s facts, never an answer of their own', () => {
    const answer = service.ask('What happened at Harbor Hall?');
    const talks = answer.kind === 'found' ? answer.results.map((r) => r.talk) : [];
    expect(talks).not.toContain('Reading Circle #5');
    // Facts alone (an abbreviation's full stop, a fact stated with です) are no report either.
    const facts = service.ask('Which reading circle asked to bring a laptop charger?');
    const factTalks = facts.kind === 'found' ? facts.results.map((r) => r.talk) : [];
    expect(factTalks).not.toContain('Reading Circle #7');
  });
});

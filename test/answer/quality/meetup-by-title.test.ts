import { describe, expect, it } from 'vitest';
import type { QueryService } from '../../../src/answer/answer.js';
import { DEFAULT_SCORING_PROFILE } from '../../../src/search/scoring/profile.js';
import { top } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Three editions of one conference abroad. The Lisbon report's keynote names the Porto edition
// in passing, in more of the question's words than the Porto keynote's own line has.
const NOTES = notesFrom(
  `# GopherCon Lisbon 2031 report

## Keynote

- the speaker had also opened GopherCon Porto, and spoke on generics in Go
- it ran long
`,
  `# GopherCon Porto 2031 report

## Keynote

- Maria spoke on the runtime
`,
  `# GopherCon Madrid 2031 report

## Closing

- thanks to the volunteers
`,
);

const withTitles = buildEngine(NOTES);
const withoutTitles = buildEngine(NOTES, {
  profile: {
    ...DEFAULT_SCORING_PROFILE,
    answer: { ...DEFAULT_SCORING_PROFILE.answer, meetupByTitle: false },
  },
});
const meetupOf = (engine: QueryService, question: string) => top(engine.ask(question)).meetup;

describe('a meetup named by most of its title’s words', () => {
  it("lifts that meetup's talks above another's that mention it", () => {
    const question = 'What was the keynote at GopherCon Porto 2031 about?';
    expect(meetupOf(withTitles, question)).toBe('GopherCon Porto 2031 report');
    // Switched off, the Lisbon keynote's words win.
    expect(meetupOf(withoutTitles, question)).toBe('GopherCon Lisbon 2031 report');
  });

  it('needs more than half of the title, one word of it in few titles', () => {
    // Half the title's words (two of four), or words every title has: no meetup is named, and
    // the answer is the one the words give alone.
    for (const question of [
      'What was the keynote at GopherCon Porto about?',
      'What was the keynote at GopherCon 2031 report about?',
    ])
      expect(meetupOf(withTitles, question), question).toBe(meetupOf(withoutTitles, question));
    expect(meetupOf(withoutTitles, 'What was the keynote at GopherCon Porto about?')).toBe(
      'GopherCon Lisbon 2031 report',
    );
  });
});

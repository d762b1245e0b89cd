import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.js';
import { EMPTY_GLOSSARY } from '../../../src/search/glossary.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

/** A talk whose heading is its slide link, and nothing under it. */
const NOTES = `# Ops Night #2

## [Tanzu Mission Control tour](https://speakerdeck.com/team/tmc-tour)

## Octant

* Octant shows a cluster in the browser
`;

describe('a talk with a title and a link but no notes under it', () => {
  it('is kept, with its title as its one passage', () => {
    const { meetup } = parseNotes('content/x.md', NOTES);
    const talk = meetup?.talks[0];
    expect(talk?.title).toBe('Tanzu Mission Control tour');
    expect(talk?.links).toEqual([{ kind: 'slides', url: 'https://speakerdeck.com/team/tmc-tour' }]);
    expect(talk?.passages).toEqual([{ text: 'Tanzu Mission Control tour', line: 3 }]);
  });

  it('can be found by its title, with its slides', () => {
    const answer = buildEngine(notesFrom(NOTES)).ask('Tanzu Mission Control slides');
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    expect(answer.results[0]).toMatchObject({
      talk: 'Tanzu Mission Control tour',
      snippet: 'Tanzu Mission Control tour',
      links: [{ kind: 'slides', url: 'https://speakerdeck.com/team/tmc-tour' }],
    });
  });

  it('stays a talk when it has neither notes nor links, found by its title and shown by it', () => {
    const { meetup } = parseNotes(
      'content/x.md',
      '# M\n\n## Harbor replication by @maki\n\n## Octant\n\n* a point about dashboards\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['Harbor replication by @maki', 'Octant']);
    const service = buildEngine({
      meetups: meetup ? [meetup] : [],
      glossary: EMPTY_GLOSSARY,
    });
    const answer = service.ask('harbor replication');
    expect(answer.kind === 'found' && answer.results[0]).toMatchObject({
      talk: 'Harbor replication by @maki',
      snippet: 'Harbor replication by @maki',
    });
    expect(service.ask('a point about dashboards').kind === 'found').toBe(true);
  });
});

describe('a question about a talk with no notes that asks more than its title says', () => {
  const NOTESLESS = `# Obs Night #4

## Tracing with OpenTelemetry by @rin

## Metrics at scale

* Prometheus keeps the metrics for fifteen days
* Thanos reads the older ones from object storage
`;
  const service = buildEngine(notesFrom(NOTESLESS));

  it('has no answer, and names the talk', () => {
    expect(service.ask('which metrics did the OpenTelemetry tracing talk collect?')).toEqual({
      kind: 'not-found',
      query: 'which metrics did the OpenTelemetry tracing talk collect?',
      suggestions: expect.arrayContaining(['Tracing with OpenTelemetry by @rin']),
    });
  });

  it('still finds the talk by its title, and says who gave it', () => {
    const byTitle = service.ask('OpenTelemetry tracing');
    expect(byTitle.kind === 'found' && byTitle.results[0]?.talk).toBe(
      'Tracing with OpenTelemetry by @rin',
    );
    const who = service.ask('who gave the OpenTelemetry tracing talk?');
    expect(who.kind === 'found' && who.results[0]?.talk).toBe('Tracing with OpenTelemetry by @rin');
  });
});

describe('a question about a talk with no notes that asks only what is there', () => {
  const NOTESLESS = `# Obs Night #5

2031/02/02 Sun

Shibuya Hall

## Tracing with OpenTelemetry by @rin

## Metrics at scale

* Prometheus keeps the metrics for fifteen days
`;
  const service = buildEngine(notesFrom(NOTESLESS));
  const talkOf = (question: string) => {
    const answer = service.ask(question);
    return answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;
  };

  it('answers with the talk when the other words name it as a talk, or are in the meetup details', () => {
    expect(talkOf('the OpenTelemetry tracing presentation')).toBe(
      'Tracing with OpenTelemetry by @rin',
    );
    expect(talkOf('OpenTelemetry tracing at Shibuya')).toBe('Tracing with OpenTelemetry by @rin');
  });

  it.each([
    'what was the OpenTelemetry tracing talk about?',
    'what did the OpenTelemetry tracing talk cover?',
    'OpenTelemetry tracingの発表って何の話だった?',
    'OpenTelemetry tracingはどんな内容?',
    "what's the OpenTelemetry tracing talk about?",
    'OpenTelemetry tracingの発表の内容を教えて',
  ])('has no answer to "%s": what a talk said is only in notes', (question) => {
    expect(talkOf(question)).toBe('not-found');
  });

  it.each(['What did @rin present?', 'rinさんは何の話をした?', "What was Rin-san's talk about?"])(
    'answers "%s" with the talk: what a speaker presented is its title',
    (question) => {
      expect(talkOf(question)).toBe('Tracing with OpenTelemetry by @rin');
    },
  );

  it('answers what a talk with notes was about', () => {
    expect(talkOf('what was the metrics at scale talk about?')).toBe('Metrics at scale');
  });

  it('answers who gave it, and names it when its slides are asked for, whatever else the question says', () => {
    expect(talkOf('who presented the OpenTelemetry tracing demo?')).toBe(
      'Tracing with OpenTelemetry by @rin',
    );
    // The notes link no slides for it: it is named, and what it lacks said.
    expect(service.ask('slides for the OpenTelemetry tracing demo')).toMatchObject({
      kind: 'not-found',
      suggestions: ['Tracing with OpenTelemetry by @rin'],
      missing: 'slides',
    });
  });
});

describe('a talk whose only note repeats its title', () => {
  const ECHO = `# Obs Night #6

## Sampling traces at the edge

* Sampling traces at the edge

## Metrics at scale

* Prometheus keeps the metrics for fifteen days
`;
  const service = buildEngine(notesFrom(ECHO));

  it('has no notes either: a question asking more gets no answer, naming the talk', () => {
    const question = 'which sampling rate did the edge traces talk recommend?';
    expect(service.ask(question)).toEqual({
      kind: 'not-found',
      query: question,
      suggestions: expect.arrayContaining(['Sampling traces at the edge']),
    });
  });
});

describe('a talk whose notes only introduce its speaker', () => {
  const INTRODUCED = `# Obs Night #6

## Tracing with OpenTelemetry

* 山田さん (@rin_obs)
* Twitter: https://twitter.com/rin_obs

## Metrics at scale

* Prometheus keeps the metrics for fifteen days
`;
  const service = buildEngine(notesFrom(INTRODUCED));
  const off = buildEngine(notesFrom(INTRODUCED), {
    profile: scoringProfileFrom({ answer: { notesless: false } }),
  });
  const question = 'which metrics did the OpenTelemetry tracing talk collect?';

  it('answers what its title says, and who gave it, as a talk with no notes does', () => {
    const answer = service.ask(question);
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found')
      expect(answer.suggestions).toContain('Tracing with OpenTelemetry');
    const who = service.ask('who gave the OpenTelemetry tracing talk?');
    expect(who.kind === 'found' && who.results[0]?.snippet).toContain('山田さん');
  });

  it('answers from the speaker lines when the rule is off', () => {
    const answer = off.ask(question);
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Tracing with OpenTelemetry');
  });
});

describe("a talk whose notes are only the note-taker's asides", () => {
  const ASIDES = `# Obs Night #7

## Tracing with OpenTelemetry

* (no notes taken for this one, I stepped out)

## Metrics at scale

* Prometheus keeps the metrics for 15 days
* (an aside: the room was full)
`;
  const service = buildEngine(notesFrom(ASIDES));
  const off = buildEngine(notesFrom(ASIDES), {
    profile: scoringProfileFrom({ answer: { notesless: false } }),
  });
  const question = 'what did the OpenTelemetry tracing demo show?';

  it('answers only what its title says, as a talk with no notes does', () => {
    const answer = service.ask(question);
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found')
      expect(answer.suggestions).toContain('Tracing with OpenTelemetry');
    const found = service.ask('OpenTelemetry tracing');
    expect(found.kind === 'found' && found.results[0]?.talk).toBe('Tracing with OpenTelemetry');
  });

  it('answers from the aside when the rule is off', () => {
    const answer = off.ask(question);
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Tracing with OpenTelemetry');
  });

  it('keeps a talk with an aside among real notes a talk with notes', () => {
    const answer = service.ask('how long does Prometheus keep the metrics?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('15 days');
  });
});

describe('a talk whose notes hold only a label for links to come, a placeholder or a link', () => {
  const PLACEHOLDERS = `# Obs Night #6

## Tracing with OpenTelemetry

* リンク
  * TBD

## Profiling in production

* Slides:
  * https://slides.example.test/profiling
* (no notes taken)
* 資料
  * 　未定
* Slides: TBD
* スライド: 後日公開予定
* Coming soon!

## Leases for secrets

* Links
  * the agent renews each lease every thirty minutes

## Metrics at scale

* Prometheus keeps the metrics for fifteen days
`;
  const service = buildEngine(notesFrom(PLACEHOLDERS));

  it.each([
    ['which metrics did the OpenTelemetry tracing talk collect?', 'Tracing with OpenTelemetry'],
    ['what sampling rate did the production profiling talk use?', 'Profiling in production'],
  ])('has no answer to "%s", and names %s', (question, talk) => {
    expect(service.ask(question)).toEqual({
      kind: 'not-found',
      query: question,
      suggestions: expect.arrayContaining([talk]),
    });
  });

  it('answers from a talk whose label is over a line of notes', () => {
    const answer = service.ask('how often does the agent renew each lease for secrets in staging?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('every thirty minutes');
  });

  it('still finds each by its title', () => {
    const byTitle = service.ask('OpenTelemetry tracing');
    expect(byTitle.kind === 'found' && byTitle.results[0]?.talk).toBe('Tracing with OpenTelemetry');
  });
});

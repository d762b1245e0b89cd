import { describe, expect, it } from 'vitest';
import { meetupDateLine } from '../../../src/answer/talk-date.js';
import { at } from '../../../src/at.js';
import { found } from '../../support/answers.js';
import { buildEngine, meetupsFrom, notesFrom } from '../../support/engine.js';

// A dated meetup whose talk's notes write another date (a release), and an undated one.
const DATED = `# Build Night #4

Harbor Hall

日時: 2031/05/10 (土)

## Packaging with Nimbus

- Nimbus 3.0 went GA on 2031/04/01
- the build farm packs every image with Nimbus

## Node 22 migration

- Node 22 becomes LTS on 2031/10/29

## Session timeout

- the session expires at 2031/02/28
`;

const UNDATED = `# Build Night Extra

Harbor Hall B

## Caching with Strata

- Strata 2.0 ships on 2031/09/01
- the cache keys are content hashes

## Strata 3.0 release plan

- the release is on 2031/11/15
`;

describe('a question asking when a talk was given', () => {
  const service = buildEngine(notesFrom(DATED, UNDATED));

  it.each([
    'When was the Nimbus talk?',
    'when was the packaging with nimbus session',
    'Nimbusの発表っていつ?',
    'Nimbusの発表はいつだった?',
  ])('answers "%s" with the meetup’s date line first, not a date the notes write', (question) => {
    const [first] = found(service.ask(question));
    expect(first?.talk).toBe('Packaging with Nimbus');
    expect(first?.snippet.split('\n')[0]).toBe('日時: 2031/05/10 (土)');
  });

  it('reads the speaker’s line as the talk’s own, as its title', () => {
    const spoken = buildEngine(
      notesFrom(`# Build Night #5

2031/06/14

## Packaging again

山田さん

- the farm now packs with Nimbus 4
`),
    );
    const [first] = found(spoken.ask('山田さんの発表っていつ?'));
    expect(first?.snippet.split('\n')[0]).toBe('2031/06/14');
  });

  it('has no answer when the meetup gives no date, and names the talk', () => {
    const answer = service.ask('When was the Strata caching talk?');
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found') expect(answer.suggestions[0]).toBe('Caching with Strata');
  });

  it('leaves the date of what a talk speaks of to the talk: LTS is no LT, a verb asks of another thing', () => {
    const [lts] = found(service.ask('Node 22の発表で、LTSはいつ?'));
    expect(lts?.snippet.split('\n')[0]).not.toBe('日時: 2031/05/10 (土)');
    expect(lts?.snippet).toContain('2031/10/29');
    const [expiry] = found(service.ask('Session timeoutの発表で、sessionはいつ切れる?'));
    expect(expiry?.snippet).toContain('2031/02/28');
    // The talk's title words again as the subject of いつ, in a meetup with no date.
    const [release] = found(service.ask('Strataのリリースの発表で、リリースはいつ?'));
    expect(release?.snippet).toContain('2031/11/15');
  });

  it('leaves a date the notes write to questions asking it', () => {
    // No talk word: the release's date is asked.
    const [ga] = found(service.ask('When did Nimbus 3.0 go GA?'));
    expect(ga?.snippet.split('\n')[0]).not.toBe('日時: 2031/05/10 (土)');
    expect(ga?.snippet).toContain('2031/04/01');
    // A word of its own beside the talk's: what the talk said, not when it was given.
    const [ships] = found(service.ask('When did the Strata talk say 2.0 ships?'));
    expect(ships?.snippet).toContain('2031/09/01');
  });
});

describe('meetupDateLine', () => {
  it('is the details line of the meetup’s date as the notes write it, else the date', () => {
    expect(meetupDateLine(at(meetupsFrom(DATED), 0))).toBe('日時: 2031/05/10 (土)');
    const front = at(meetupsFrom(`---\ndate: 2031-06-01\n---\n${UNDATED}`), 0);
    expect(meetupDateLine(front)).toBe('2031-06-01');
    expect(meetupDateLine(at(meetupsFrom(UNDATED), 0))).toBeUndefined();
    const bare = at(
      meetupsFrom('---\ndate: 2031-07-01\n---\n# Night #6\n\n## A talk\n\n- a line\n'),
      0,
    );
    expect(meetupDateLine(bare)).toBe('2031-07-01');
  });
});

import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// The question's words choose the first talk, which states no number; the second talk, close
// behind with the same words, states the count.
const PLATFORM_MEETUP = `# Platform Meetup #2

## How we work

- Culture
  - the platform team engineers pick their own tools
  - the platform team engineers share on-call
  - platform team engineers review each other

## Company overview

- Numbers
  - platform team: 12 engineers, sales: 30, support: 8, design: 5, marketing: 7, legal: 2, finance: 3, security: 6, research: 4, office: 1
`;

// The first talk shares a lone kanji of the question's verb; the second states the time.
const HACK_WEEKEND = `# Hack Weekend 2031

## Sensor board workshop

* Hack Weekend 1日目の基板ワークショップは、課題が終わった人から自由に試していた

## Schedule

* Hack Weekend 1日目は、最後にLTをやって18時30分で終了
`;

const ask = (question: string, numberPeerShare?: number) =>
  buildEngine(notesFrom(PLATFORM_MEETUP), {
    profile: scoringProfileFrom(
      numberPeerShare === undefined ? {} : { answer: { numberPeerShare } },
    ),
  }).ask(question);

describe("a number asked that the chosen talk does not state, from a close runner-up's", () => {
  it.each(['How many engineers are on the platform team?', 'platform teamのエンジニアって何人？'])(
    '"%s" is answered by the talk that states the count',
    (question) => {
      const answer = ask(question);
      expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Company overview');
      expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('12 engineers');
    },
  );

  it('has no answer when the rule is off', () => {
    expect(ask('How many engineers are on the platform team?', 0).kind).toBe('not-found');
  });

  it('has no answer when the runner-up ranks below the share of the best', () => {
    expect(ask('How many engineers are on the platform team?', 0.95).kind).toBe('not-found');
  });

  it('answers from the chosen talk when it states a number itself', () => {
    const notes = PLATFORM_MEETUP.replace(
      'the platform team engineers share on-call',
      'the platform team has 9 engineers on call',
    );
    const answer = buildEngine(notesFrom(notes)).ask(
      'How many engineers are on the platform team?',
    );
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('How we work');
  });

  it('takes no number from a talk ranked far below, matching less of the question', () => {
    const answer = ask('How many engineers on the platform team pick their own tools?');
    expect(answer.kind).toBe('not-found');
  });

  it('takes no number from another meetup when the question names one', () => {
    const [workTalk] = PLATFORM_MEETUP.split('## Company overview');
    const twoMeetups = notesFrom(
      `${workTalk?.replace('#2', '#1')}`,
      '# Platform Meetup #2\n\n## Company overview\n\n- Numbers\n  - platform team: 12 engineers, sales: 30, support: 8, design: 5\n',
    );
    const ask = (question: string) => buildEngine(twoMeetups).ask(question);
    // Named, the first meetup is the one asked about: the second meetup's count is no answer.
    expect(ask('How many engineers are on the platform team at Platform Meetup #1?').kind).toBe(
      'not-found',
    );
    const unnamed = ask('How many engineers are on the platform team?');
    expect(unnamed.kind === 'found' && unnamed.results[0]?.meetup).toBe('Platform Meetup #2');
  });

  it('takes no number from a talk that covers less of the question (the number of another thing)', () => {
    const notes = `# Storage Night #3

## Moving the storage cluster to the new array

* The storage cluster migration was planned to take the whole weekend

## Backup drills for the storage cluster

* The storage cluster migration checklist was reviewed in 3 hours
`;
    const answer = buildEngine(notesFrom(notes)).ask(
      'How long did the storage cluster migration take?',
    );
    expect(answer.kind).toBe('not-found');
  });

  it('takes the number from a runner-up that lacks only a minor word the best has', () => {
    // The first talk has the lone kanji of 終わった (a minor word of the question); the second
    // writes it in a compound (終了) and states the time.
    const answer = buildEngine(notesFrom(HACK_WEEKEND)).ask(
      'Hack Weekendの1日目って何時に終わった？',
    );
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Schedule');
  });

  it('takes no number from a runner-up that lacks a number the best has (another day)', () => {
    const notes = HACK_WEEKEND.replace('1日目の基板', '2日目の基板');
    // A low share: the time of another day is no answer however close it ranks.
    const lenient = scoringProfileFrom({ answer: { numberPeerShare: 0.3 } });
    const answer = buildEngine(notesFrom(notes), { profile: lenient }).ask(
      'Hack Weekendの2日目って何時に終わった？',
    );
    expect(answer.kind).toBe('not-found');
  });

  it('leaves a question that asks for no number to the best talk', () => {
    const answer = ask('What do the platform team engineers pick?');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('How we work');
  });
});

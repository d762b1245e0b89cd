import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

/** Product names written with a space in one talk and joined in another. */
const NOTES = `# Cloud Tools Night #4

## Stream Deck for on-call

* Stream Deck buttons restart the staging cluster
* Each button runs one runbook step

## Team rituals

* LabDay is a monthly event for trying new tools
* Results go to the wiki afterwards

## Lab hardware

* The lab has four racks
* Each morning starts with a power check

## Pager rota

* Weekly rota with two people on call
* Handover happens on Mondays
`;

const ask = (question: string, joined?: number) =>
  buildEngine(notesFrom(NOTES), {
    profile: scoringProfileFrom(joined === undefined ? {} : { equivalents: { joined } }),
  }).ask(question);

const firstOf = (answer: ReturnType<typeof ask>) =>
  answer.kind === 'found' ? answer.results[0] : undefined;

describe('a name written joined where the notes write it apart, and the other way round', () => {
  it.each([
    ['what can the StreamDeck restart?', 'Stream Deck for on-call', 'staging'],
    ['streamdeckのボタンで何を再起動する?', 'Stream Deck for on-call', 'staging'],
    ['what is Lab Day for?', 'Team rituals', 'monthly'],
  ])('answers "%s" from the talk that has the name', (question, talk, text) => {
    const first = firstOf(ask(question));
    expect(first?.talk).toBe(talk);
    expect(first?.snippet).toContain(text);
  });

  it('has no answer to the joined name with the mechanism switched off', () => {
    expect(ask('what can the StreamDeck restart?', 0).kind).toBe('not-found');
    expect(firstOf(ask('what is Lab Day for?', 0))?.talk).not.toBe('Team rituals');
  });
});

import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const DASHBOARD_NIGHT = `# Observability Night #2

## Dashboards with Grafonite

* Grafonite draws every cluster on one page
* Alerts go to the team channel

## Tracing the payment service

* Spans are kept for a week
* Grafonite is not used here
`;

// The same talk with a bullet that names the benefit in its own words.
const WITH_BENEFIT = DASHBOARD_NIGHT.replace(
  '* Alerts go to the team channel',
  '* Alerts go to the team channel\n* Grafoniteのメリットはクラスタをまたいで見られること',
);

const ask = (notes: string, question: string, aspectOptional?: boolean) =>
  buildEngine(notesFrom(notes), {
    profile: scoringProfileFrom(aspectOptional === undefined ? {} : { words: { aspectOptional } }),
  }).ask(question);

describe('a question asking for an aspect of a topic (benefit, aim, reason)', () => {
  it.each([
    'Grafoniteを使うメリットは?',
    'Grafoniteの利点は?',
    'Grafoniteを入れた目的は?',
    "what's the benefit of Grafonite?",
    'what are the advantages of Grafonite?',
  ])('answers "%s" from the topic when the notes never use the aspect word', (question) => {
    const answer = ask(DASHBOARD_NIGHT, question);
    expect(answer.kind).toBe('found');
    if (answer.kind === 'found') expect(answer.results[0]?.talk).toBe('Dashboards with Grafonite');
  });

  it('has no answer to the same question when aspect words are switched off', () => {
    expect(ask(DASHBOARD_NIGHT, 'Grafoniteを使うメリットは?', false).kind).toBe('not-found');
  });

  it('leads with the passage that uses the aspect word when the notes have it', () => {
    const answer = ask(WITH_BENEFIT, 'Grafoniteを使うメリットは?');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('メリット');
  });

  it('still has no answer when the topic is not in the notes either', () => {
    expect(ask(DASHBOARD_NIGHT, 'Kubelensを使うメリットは?').kind).toBe('not-found');
  });
});

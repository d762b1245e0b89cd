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

const TRAVEL_NIGHT = `# Conference Night #3

## Travel report

* KubeFest は分散システムのカンファレンス
* 来年も参加したい

## Community news

* イベントの告知は connpass で
* 手法の共有会を始めた
`;

describe('a question asking what kind of thing something is', () => {
  it.each([
    'KubeFestってどういうイベント?',
    'KubeFestはどんなイベントなの？',
    'what kind of event is KubeFest?',
  ])('answers "%s" from the passage on it, which need not say the kind word', (question) => {
    const answer = ask(TRAVEL_NIGHT, question);
    expect(answer.kind).toBe('found');
    if (answer.kind === 'found') expect(answer.results[0]?.snippet).toContain('カンファレンス');
  });

  it('has no answer to it when aspect words are switched off', () => {
    expect(ask(TRAVEL_NIGHT, 'KubeFestってどういうイベント?', false).kind).toBe('not-found');
  });

  it('still needs a kind word a verb follows: which method was used is asked of a method', () => {
    expect(ask(TRAVEL_NIGHT, 'KubeFestではどんな手法使ってた?').kind).toBe('not-found');
    expect(ask(TRAVEL_NIGHT, 'what kind of event did KubeFest host?').kind).toBe('not-found');
  });
});

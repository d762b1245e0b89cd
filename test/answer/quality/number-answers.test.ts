import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const STORAGE_NIGHT = `# Storage Night #2

## Moving the storage cluster to the new array

* The storage cluster migration was planned by the storage team for the whole cluster
* The migration finished after 14 hours of copying

## Backup drills for the storage cluster

* The storage cluster checklist was reviewed in 2019
`;

// Another night: the talk the question is about says no number; the other talk states a year.
const PLANNING_NIGHT = `# Storage Night #3

## Moving the storage cluster to the new array

* The storage cluster migration was planned to take the whole weekend

## Backup drills for the storage cluster

* The storage cluster migration checklist was reviewed in 2019
`;

const firstSnippets = (answer: Answer) =>
  answer.kind === 'found' ? answer.results.map((r) => `${r.talk}: ${r.snippet}`) : [answer.kind];

describe('a question asking for an amount or a date', () => {
  it('shows the passage of its talk that states one in the first result', () => {
    const service = buildEngine(notesFrom(STORAGE_NIGHT));
    expect(
      firstSnippets(service.ask('How long did the storage cluster migration take?'))[0],
    ).toContain('The migration finished after 14 hours of copying');
  });

  it('has no answer when the talk its words choose states no number, even if another talk does', () => {
    const answer = buildEngine(notesFrom(PLANNING_NIGHT)).ask(
      'How long did the storage cluster migration take?',
    );
    expect(answer.kind).toBe('not-found');
    if (answer.kind === 'not-found')
      expect(answer.suggestions[0]).toBe('Moving the storage cluster to the new array');
  });

  it('still answers the same question when its talk states the number', () => {
    const answer = buildEngine(notesFrom(STORAGE_NIGHT)).ask(
      'How long did the storage cluster migration take?',
    );
    expect(answer.kind).toBe('found');
  });

  it('takes a day glued to a word (2020/9/22GA) for the date it is', () => {
    const service = buildEngine(
      notesFrom(`# Release Night

## Shipping the collection

* The collection shipped to everyone on 2020/9/22GA as planned
* The collection was announced by the release team
`),
    );
    expect(firstSnippets(service.ask('When did the collection ship to everyone?'))[0]).toContain(
      '2020/9/22GA',
    );
  });
});

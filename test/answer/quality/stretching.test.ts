import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer, QueryService } from '../../../src/answer/answer.js';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, EACH_PASSAGE_ALONE, notesFrom } from '../../support/engine.js';

// Built in each test, so a mutant in building the index or the listing is active when it is built.
// Each passage is a result of its own, so the snippets show which passages a stretch matched.
let service: QueryService;
beforeEach(() => {
  service = buildEngine(
    notesFrom(`# Ops Night #5

## Harbor registry

* Harbor keeps container images close to the clusters
* The portal shows every image

## Port forwarding

* kubectl port-forward opens a port on your machine

## GPU sharing

* Bitfusion shares one gpu between many virtual machines
* Network policy decides which pods talk

## Boxes

* The demo ran on a small box under the desk
`),
    EACH_PASSAGE_ALONE,
  );
});

const snippets = (answer: Answer) =>
  answer.kind === 'found' ? answer.results.map((r) => r.snippet) : answer.kind;

describe('words the notes do not have, stretched to ones they do', () => {
  it('completes the start of a word of four letters or more', () => {
    expect(snippets(service.ask('harb'))[0]).toBe(
      'Harbor keeps container images close to the clusters',
    );
    expect(snippets(service.ask('imag'))).toEqual([
      'The portal shows every image',
      'Harbor keeps container images close to the clusters',
    ]);
  });

  it('does not complete a start of three letters', () => {
    expect(service.ask('har').kind).toBe('not-found');
  });

  it('forgives a typo in a word of five letters or more', () => {
    expect(snippets(service.ask('harbr'))[0]).toBe(
      'Harbor keeps container images close to the clusters',
    );
    expect(snippets(service.ask('bitfusoin'))).toEqual([
      'Bitfusion shares one gpu between many virtual machines',
    ]);
  });

  it('never stretches a word the notes have', () => {
    // "port" is in the notes, so "portal" is not an answer to it.
    expect(snippets(service.ask('port'))).toEqual([
      'kubectl port-forward opens a port on your machine',
    ]);
  });

  it('finds the singular the notes use for a plural: -s, -es and -ies', () => {
    expect(snippets(service.ask('gpus'))[0]).toBe(
      'Bitfusion shares one gpu between many virtual machines',
    );
    expect(snippets(service.ask('portals'))).toEqual(['The portal shows every image']);
    expect(snippets(service.ask('boxes'))).toEqual(['The demo ran on a small box under the desk']);
    expect(snippets(service.ask('policies'))).toEqual(['Network policy decides which pods talk']);
  });
});

describe('the most edits a typo is matched at (ranking.maxFuzzy)', () => {
  const notes = notesFrom(`# Ops Night #6

## Tracing at scale

* Observability dashboards for every namespace
`);
  // Three letters wrong in a word of thirteen: a quarter of its length would allow three edits.
  const question = 'obzervabelety dashboards';

  it('does not match a word three edits away', () => {
    expect(buildEngine(notes).ask(question).kind).toBe('not-found');
  });

  it('matches it when the profile allows three edits', () => {
    const answer = buildEngine(notes, {
      profile: scoringProfileFrom({ ranking: { maxFuzzy: 3 } }),
    }).ask(question);
    expect(snippets(answer)).toEqual(['Observability dashboards for every namespace']);
  });
});

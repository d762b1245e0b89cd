import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer, QueryService } from '../../../src/answer/answer.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const OPS_3 = `---
title: "Ops Night #3"
date: 2024-03-01
event_url: https://example.connpass.com/event/3/
notes_url: https://notes.example.com/ops-3
---
# Ops Night #3

Venue: Shibuya Hall

## Octant dashboards

* Octant is a dashboard for Kubernetes clusters

## Tanzu overview

* Tanzu covers many products, and a long list of things that include a small mention of octant somewhere in a long passage about many other topics such as networking storage security and observability
`;
const OPS_4 = `# Ops Night #4

## Octant again

* Octant is a dashboard for Kubernetes clusters

## Harbor

* Harbor keeps container images close to the clusters

## Velero

* Velero backs up the clusters
`;
// Built in each test, so a mutant in building the index or the listing is active when it is built.
let service: QueryService;
beforeEach(() => {
  service = buildEngine(notesFrom(OPS_3, OPS_4));
});

const talks = (answer: Answer) =>
  answer.kind === 'found' ? answer.results.map((r) => `${r.meetup} / ${r.talk}`) : answer.kind;

describe('what the query service makes of a question', () => {
  it('answers help for an empty question and for the words that ask for it', () => {
    for (const q of [
      '',
      '   ',
      'help',
      'HELP',
      'usage',
      '?',
      ' ? ',
      'ヘルプ',
      '使い方',
      'つかいかた',
    ]) {
      expect(service.ask(q), JSON.stringify(q)).toEqual({ kind: 'help' });
    }
  });

  it('searches a question that only starts or ends with a help word', () => {
    expect(service.ask('help octant').kind).not.toBe('help');
    expect(service.ask('octant usage').kind).not.toBe('help');
  });

  it('reads control characters as spaces and trims the question it echoes', () => {
    const answer = service.ask('\u0000 octant\u0007dashboard \u001f');
    expect(answer.kind === 'found' && answer.query).toBe('octant dashboard');
    expect(talks(answer)).toEqual(talks(service.ask('octant dashboard')));
  });

  it('refuses a question over 1,000 characters, counted after trimming', () => {
    const words = (n: number) => `octant ${'x'.repeat(n - 7)}`;
    expect(service.ask(words(1000)).kind).not.toBe('invalid');
    expect(service.ask(words(1001))).toMatchObject({ kind: 'invalid' });
    // Spaces around a question do not count against it…
    expect(service.ask(`   ${words(1000)}   `).kind).not.toBe('invalid');
    // …but anything over four times the limit is refused before it is even cleaned.
    expect(service.ask(`octant${' '.repeat(3994)}`).kind).not.toBe('invalid');
    expect(service.ask(`octant${' '.repeat(3995)}`)).toMatchObject({ kind: 'invalid' });
  });

  it('leaves out a passage that names the word in passing, far below the best answers', () => {
    expect(talks(service.ask('octant'))).toEqual([
      'Ops Night #3 / Octant dashboards',
      'Ops Night #4 / Octant again',
    ]);
  });

  it('ranks the talks of a meetup the question names by number first', () => {
    expect(talks(service.ask('#4 octant dashboard'))[0]).toBe('Ops Night #4 / Octant again');
    expect(talks(service.ask('#3 octant dashboard'))[0]).toBe('Ops Night #3 / Octant dashboards');
  });

  it('suggests at most three talks, each once, that share a real word with an unanswered question', () => {
    const answer = service.ask('clusters xylophone');
    expect(answer).toMatchObject({ kind: 'not-found', query: 'clusters xylophone' });
    const suggestions = answer.kind === 'not-found' ? answer.suggestions : [];
    expect(suggestions).toHaveLength(3);
    expect(new Set(suggestions).size).toBe(3);
    for (const title of suggestions)
      expect(['Octant dashboards', 'Octant again', 'Harbor', 'Velero']).toContain(title);
    expect(service.ask('xylophone')).toEqual({
      kind: 'not-found',
      query: 'xylophone',
      suggestions: [],
    });
  });

  it('lists each meetup with what its notes give, and nothing it does not', () => {
    expect(service.talks()).toEqual([
      {
        title: 'Ops Night #3',
        date: '2024-03-01',
        eventUrl: 'https://example.connpass.com/event/3/',
        notesUrl: 'https://notes.example.com/ops-3',
        details: ['Venue: Shibuya Hall'],
        talks: [
          {
            title: 'Octant dashboards',
            links: [],
            notesUrl: 'https://notes.example.com/ops-3#octant-dashboards',
          },
          {
            title: 'Tanzu overview',
            links: [],
            notesUrl: 'https://notes.example.com/ops-3#tanzu-overview',
          },
        ],
      },
      {
        title: 'Ops Night #4',
        talks: [
          { title: 'Octant again', links: [] },
          { title: 'Harbor', links: [] },
          { title: 'Velero', links: [] },
        ],
      },
    ]);
  });

  it('gives each result the talk’s section, links and notes link', () => {
    const answer = service.ask('octant dashboard');
    const top = answer.kind === 'found' ? answer.results[0] : undefined;
    expect(top).toMatchObject({
      meetup: 'Ops Night #3',
      talk: 'Octant dashboards',
      snippet: 'Octant is a dashboard for Kubernetes clusters',
      links: [],
      notesUrl: 'https://notes.example.com/ops-3#octant-dashboards',
    });
    expect(top && 'section' in top).toBe(false);
    const sectioned = buildEngine(
      notesFrom('# M\n\n## Harbor\n\n### Replication\n\n* Harbor replicates images\n'),
    );
    const replicated = sectioned.ask('harbor replicates images');
    expect(replicated.kind === 'found' && replicated.results[0]?.section).toBe('Replication');
  });
});

describe('the scores the query service gives', () => {
  it('come best first, rounded to thousandths', () => {
    const answer = service.ask('clusters', { limit: 10 });
    const scores = answer.kind === 'found' ? answer.results.map((r) => r.score) : [];
    expect(talks(answer)).toHaveLength(4);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBe(Math.round(score * 1000) / 1000);
    // The rank itself, to thousandths: a few units here, with a fraction.
    expect(scores.every((s) => s > 0 && s < 100)).toBe(true);
    expect(scores.some((s) => !Number.isInteger(s))).toBe(true);
  });
});

describe('links and listings from notes written here', () => {
  it('says the notes have no slides when the talk has only a recording, and shows the recording when asked', () => {
    const notes = buildEngine(
      notesFrom(
        '# Ops Night\n\n## Harbor replication\n\n* Harbor replicates images between sites\n* 動画 https://www.youtube.com/watch?v=harbor1\n',
      ),
    );
    // The recording is no answer to a question for the slides, nor a passage standing for them.
    expect(notes.ask('harbor replication slides')).toEqual({
      kind: 'not-found',
      query: 'harbor replication slides',
      suggestions: ['Harbor replication'],
      missing: 'slides',
    });
    const video = notes.ask('harbor replication video');
    const videoTop = video.kind === 'found' ? video.results[0] : undefined;
    expect(videoTop?.missing).toBeUndefined();
    expect(videoTop?.snippet).toContain('https://www.youtube.com/watch?v=harbor1');
  });

  it('lists the newest meetup first and undated ones last, in the order of their files', () => {
    const notes = buildEngine(
      notesFrom(
        '# Undated A\n\n## Talk\n\n* a\n',
        '---\ndate: 2023-01-01\n---\n# Older\n\n## Talk\n\n* b\n',
        '---\ndate: 2024-01-01\n---\n# Newer\n\n## Talk\n\n* c\n',
        '# Undated B\n\n## Talk\n\n* d\n',
      ),
    );
    expect(notes.talks().map((m) => m.title)).toEqual(['Newer', 'Older', 'Undated A', 'Undated B']);
  });

  it('keeps the meetups a filter names with all of its words', () => {
    const notes = buildEngine(
      notesFrom('# Ops Night Tokyo\n\n## Talk\n\n* a\n', '# Ops Night Osaka\n\n## Talk\n\n* b\n'),
    );
    expect(notes.talks('night tokyo').map((m) => m.title)).toEqual(['Ops Night Tokyo']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { createQueryService } from '../../src/answer/query-service.js';
import type { Meetup } from '../../src/content/meetup.js';
import { buildIndex } from '../../src/search/build-index.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { meetupsFrom, serviceFrom } from '../support/notes-service.js';

/** A made-up word per number, letters only. */
const word = (i: number) => {
  let w = '';
  let n = i;
  do {
    w += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `w${w}`;
};

/** 100 talks of 4 passages, each 170 shared words and one of its own: 68,400 term ids. */
function bigNotes(): Meetup[] {
  const shared = Array.from({ length: 170 }, (_, j) => word(j)).join(' ');
  const talks = Array.from({ length: 100 }, (_, t) => ({
    title: `Talk ${t}`,
    line: 1,
    links: [],
    passages: Array.from({ length: 4 }, (_, p) => ({
      text: `${shared} ${word(1000 + t * 4 + p)}`,
      line: 2 + p,
    })),
  }));
  return [{ title: 'Big meetup', file: 'big.md', talks }];
}

const talksOf = (answer: Answer) =>
  answer.kind === 'found' ? answer.results.map((r) => r.talk) : answer.kind;

describe('the index', () => {
  it('keeps every passage’s terms when the notes hold more term ids than its first buffer', () => {
    const meetups = bigNotes();
    expect(buildIndex(meetups).termIds.length).toBeGreaterThan(1 << 16);
    const service = createQueryService({ meetups, glossary: EMPTY_GLOSSARY });
    expect(talksOf(service.ask(word(1000)))).toEqual(['Talk 0']);
    expect(talksOf(service.ask(word(1000 + 399)))).toEqual(['Talk 99']);
    expect(talksOf(service.ask(word(1000 + 202)))).toEqual(['Talk 50']);
  });

  it('counts each term once per passage and knows every term of titles, sections and meetups', () => {
    const index = buildIndex(meetupsFrom(RANKING_NOTES));
    for (const term of ['velero', 'tools', 'backups', 'ops', 'shibuya']) {
      expect(index.vocabulary.has(term), term).toBe(true);
    }
    const id = index.vocabulary.get('velero') ?? -1;
    // In the text of two passages (once each, though one says it twice) and one section heading.
    expect(index.frequency.text[id]).toBe(2);
    expect(index.frequency.section[id]).toBe(1);
    expect(index.passages.map((p) => p.talk.title)).toEqual([
      'Backups',
      'Tools',
      'Disaster drills',
    ]);
    expect(index.talks.map((t) => [t.firstPassage, t.passageCount])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });
});

const RANKING_NOTES = `# Ops Night #6

Venue: Shibuya

## Backups

* Velero backs up clusters, velero restores them

## Tools

### Velero

* It restores namespaces after a disaster

## Disaster drills

* We restore namespaces with velero after a disaster, every quarter, in a long drill that takes all afternoon
`;

describe('ranking by where a word is', () => {
  it('ranks a word in a section heading above the same word in a bullet, and a short bullet above a long one', () => {
    expect(talksOf(serviceFrom(RANKING_NOTES).ask('velero', { limit: 5 }))).toEqual([
      'Tools',
      'Backups',
      'Disaster drills',
    ]);
  });
});

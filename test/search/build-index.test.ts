import { describe, expect, it } from 'vitest';
import { at } from '../../src/at.js';
import type { Meetup, Talk } from '../../src/content/meetup.js';
import {
  buildIndex,
  inTitles,
  type PassageIndex,
  passageAt,
} from '../../src/search/build-index.js';
import { EMPTY_GLOSSARY } from '../../src/search/glossary.js';
import { talksOf } from '../support/answers.js';
import { buildEngine, meetupsFrom, notesFrom } from '../support/engine.js';

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

describe('the index', () => {
  it("reads a talk's group heading as part of its meetup's name, before the meetup's details", () => {
    const [meetup] = meetupsFrom(
      [
        '# Sessions Night',
        '',
        'Venue: Shibuya hall',
        '',
        '## LT・Sessions',
        '',
        '### Harbor tips',
        '',
        '- registry',
      ].join('\n'),
    );
    const index = buildIndex(meetup ? [meetup] : []);
    const [talk] = index.talks;
    const termOf = new Map([...index.vocabulary].map(([term, id]) => [id, term]));
    const terms = [...(talk?.meetupTerms ?? [])].map((id) => termOf.get(id));
    const names = terms.slice(0, talk?.meetupTitleTerms);
    // A word of the group heading already in the meetup's title is there once.
    expect(names).toEqual(['sessions', 'night', 'lt']);
    expect(terms.slice(names.length)).toEqual(['venue', 'shibuya', 'hall']);
  });

  it("gives the talks of a meetup outside a group one list of the meetup's terms, and a grouped talk its own", () => {
    const [meetup] = meetupsFrom(
      [
        '# Sessions Night',
        '',
        '## Harbor tips',
        '',
        '- registry',
        '',
        '## Velero tips',
        '',
        '- backups',
        '',
        '## LT',
        '',
        '### Quick one',
        '',
        '- lightning',
      ].join('\n'),
    );
    const [harbor, velero, quick] = buildIndex(meetup ? [meetup] : []).talks;
    expect(quick?.talk.group).toBe('LT');
    expect(harbor?.meetupTerms).toBe(velero?.meetupTerms);
    expect(quick?.meetupTerms).not.toBe(harbor?.meetupTerms);
    expect(quick?.meetupTerms).toHaveLength((harbor?.meetupTerms.length ?? 0) + 1);
  });

  it('collects the katakana words of meetup and talk titles and passages, in notes order, for the loanword index', () => {
    const [meetup] = meetupsFrom(
      [
        '# クラウドナイト',
        '',
        '会場: ホールA',
        '',
        '## LT',
        '',
        '### データベース移行',
        '',
        '#### スケジュール',
        '',
        '- バックアップを取る',
        '- ﾌﾙｻｲｽﾞ化する',
      ].join('\n'),
    );
    const words = [...buildIndex(meetup ? [meetup] : []).katakanaWords];
    // Full-width and half-width spellings meet as one (the texts are normalized first); sections,
    // the meetup's details and group headings are not read for loanwords.
    expect(words).toEqual(['クラウドナイト', 'データベース', 'バックアップ', 'フルサイズ']);
  });

  it('keeps every passage’s terms when the notes hold more term ids than several storage chunks', () => {
    const meetups = bigNotes();
    expect(buildIndex(meetups).termIds.length).toBeGreaterThan(1 << 16);
    const service = buildEngine({ meetups, glossary: EMPTY_GLOSSARY });
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
    expect(index.talks.map((t) => t.talk.title)).toEqual(['Backups', 'Tools', 'Disaster drills']);
    expect(index.talks.map((t) => [t.firstPassage, t.passageCount])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it("keeps the notes' own passages, one reference each, and makes a passage's record when asked", () => {
    const meetups = meetupsFrom(RANKING_NOTES);
    const index = buildIndex(meetups);
    const notes = meetups.flatMap((m) => m.talks.flatMap((t) => t.passages));
    expect(index.passages).toHaveLength(notes.length);
    for (const [i, p] of index.passages.entries()) expect(p).toBe(notes[i]);
    const second = at(index.talks, 1);
    expect(passageAt(index, 1, second.firstPassage)).toEqual({
      id: second.firstPassage,
      meetup: second.meetup,
      talk: second.talk,
      passage: at(notes, second.firstPassage),
      talkId: 1,
    });
    expect(second.talk.title).toBe('Tools');
    expect(second.meetup).toBe(meetups.find((m) => m.talks.includes(second.talk)));
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
    expect(talksOf(buildEngine(notesFrom(RANKING_NOTES)).ask('velero', { limit: 5 }))).toEqual([
      'Tools',
      'Backups',
      'Disaster drills',
    ]);
  });
});

/** A talk whose passages are the given lines. */
const talk = (title: string, ...texts: string[]): Talk => ({
  title,
  line: 1,
  links: [],
  passages: texts.map((text, i) => ({ text, line: 2 + i })),
});

/** Two talks, three passages; "ops" is the first term of all and also in a passage. */
const OPS_NIGHT: Meetup = {
  title: 'Ops Night',
  file: 'ops.md',
  talks: [
    talk('Alpha Backups', 'velero backs up ops clusters', 'restic too'),
    talk('Bravo', 'bravo drills'),
  ],
};

const termsOf = (index: PassageIndex, ids: ArrayLike<number>) => {
  const byId = new Map([...index.vocabulary].map(([term, id]) => [id, term]));
  return Array.from(ids, (id) => byId.get(id));
};
const idOf = (index: PassageIndex, term: string) => index.vocabulary.get(term) ?? -1;
const talksWith = (index: PassageIndex, term: string, field: 'body' | 'title' | 'meetup') =>
  index.minisearch
    .search(term, { fields: [field], tokenize: (text) => [text] })
    .map((r) => r.id)
    .sort();

describe('the index of a small meetup', () => {
  it('keeps each passage’s distinct terms in order, and no more', () => {
    const index = buildIndex([OPS_NIGHT]);
    const passage = (p: number) =>
      termsOf(index, index.termIds.slice(index.textStart[p], index.sectionStart[p]));
    expect(passage(0)).toEqual(['velero', 'backs', 'up', 'ops', 'clusters']);
    expect(passage(1)).toEqual(['restic', 'too']);
    expect(passage(2)).toEqual(['bravo', 'drills']);
    expect(index.termIds.length).toBe(index.textStart[3]);
    expect(termsOf(index, index.talks[0]?.titleTerms ?? [])).toEqual(['alpha', 'backups']);
    expect(termsOf(index, index.talks[1]?.titleTerms ?? [])).toEqual(['bravo']);
  });

  it("reads a talk's speaker line (its first passage) as its title too", () => {
    const index = buildIndex([
      {
        ...OPS_NIGHT,
        talks: [talk('Alpha Backups', 'Dana Reyes さん (Alpha)', 'velero backs up ops clusters')],
      },
    ]);
    expect(termsOf(index, index.talks[0]?.titleTerms ?? [])).toEqual([
      'alpha',
      'backups',
      'dana',
      'reyes',
    ]);
    // A title word the line repeats is the title's once; the title's words weigh by the title's
    // own length, as they would without the line.
    expect(index.talks[0]?.titleLength).toBe(2);
    expect(index.frequency.title[index.vocabulary.get('alpha') ?? -1]).toBe(2);
  });

  it('counts a title or meetup term once for each passage it stands over', () => {
    const index = buildIndex([OPS_NIGHT]);
    for (const field of ['text', 'section', 'title', 'meetup'] as const) {
      expect(index.frequency[field].length, field).toBe(index.vocabulary.size);
    }
    expect(index.frequency.meetup[idOf(index, 'ops')]).toBe(3);
    expect(index.frequency.text[idOf(index, 'ops')]).toBe(1);
    expect(index.frequency.title[idOf(index, 'alpha')]).toBe(2);
    expect(index.frequency.title[idOf(index, 'bravo')]).toBe(1);
  });

  it("tells a term of a meetup's or a talk's title from one only in the notes' text", () => {
    const index = buildIndex([OPS_NIGHT]);
    expect(inTitles(index, 'ops')).toBe(true);
    expect(inTitles(index, 'alpha')).toBe(true);
    expect(inTitles(index, 'bravo')).toBe(true);
    expect(inTitles(index, 'velero')).toBe(false);
    expect(inTitles(index, 'restic')).toBe(false);
    expect(inTitles(index, 'nowhere')).toBe(false);
  });

  it('averages each field’s length over the passages, a title counting for each of its passages', () => {
    const { averageLength } = buildIndex([OPS_NIGHT]);
    expect(averageLength.text).toBeCloseTo((5 + 2 + 2) / 3);
    expect(averageLength.title).toBeCloseTo((2 * 2 + 1) / 3);
    expect(averageLength.meetup).toBeCloseTo((2 * 3) / 3);
    // No passage has a section: the mean is 1, not 0, so it can divide.
    expect(averageLength.section).toBe(1);
  });

  it('lets minisearch find a talk by the terms of its own passages, title and meetup only', () => {
    const index = buildIndex([OPS_NIGHT]);
    expect(talksWith(index, 'ops', 'body')).toEqual([0]);
    expect(talksWith(index, 'bravo', 'body')).toEqual([1]);
    expect(talksWith(index, 'drills', 'body')).toEqual([1]);
    expect(talksWith(index, 'alpha', 'title')).toEqual([0]);
    expect(talksWith(index, 'night', 'meetup')).toEqual([0, 1]);
    // Every term of the notes, and nothing else.
    expect(index.minisearch.termCount).toBe(index.vocabulary.size);
    expect(index.commonTermTalks.size).toBe(0);
  });

  it('gives the meetup’s details to every talk after its title terms, each term once', () => {
    const index = buildIndex([
      {
        ...OPS_NIGHT,
        details: [
          { text: 'Venue: Shibuya', line: 2 },
          { text: 'Night owls welcome', line: 3 },
        ],
      },
    ]);
    for (const t of index.talks) {
      expect(termsOf(index, t.meetupTerms)).toEqual([
        'ops',
        'night',
        'venue',
        'shibuya',
        'owls',
        'welcome',
      ]);
      expect(t.meetupTitleTerms).toBe(2);
    }
    expect(talksWith(index, 'shibuya', 'meetup')).toEqual([0, 1]);
    // "night" of both the title and the details is in the meetup field of 3 passages, not 6.
    expect(index.frequency.meetup[idOf(index, 'night')]).toBe(3);
    expect(index.frequency.meetup[idOf(index, 'shibuya')]).toBe(3);
    expect(index.averageLength.meetup).toBeCloseTo(6);
  });

  it("reads of a details item that is only links its hashtags alone, as the meetup's context", () => {
    const meetups = meetupsFrom(
      [
        '# Ops Night #5',
        'Venue: Shibuya',
        '',
        'We met again this month.',
        '',
        '- [Earlier report: Kernel Summit](https://example.com/kernel)',
        '- [#opsnight on the timeline](https://example.com/search?q=opsnight)',
        '- [Ops Night #12](https://example.com/ops/#weekly-digest)',
        '',
        '## Pager duty',
        'Rotations were shared.',
      ].join('\n'),
    );
    const index = buildIndex(meetups);
    const context = termsOf(index, at(index.talks, 0).meetupTerms);
    // The title's words, the venue's, the sentence's, and of the links the hashtag alone.
    expect(context).toEqual([
      'ops',
      'night',
      '5',
      'venue',
      'shibuya',
      'we',
      'met',
      'again',
      'this',
      'month',
      'opsnight',
    ]);
    expect(context).not.toContain('kernel');
    expect(context).not.toContain('timeline');
    // Neither another meetup's number nor a link's fragment is a hashtag.
    expect(context).not.toContain('12');
    expect(context).not.toContain('weekly');
  });
});

/** `count` talks of two passages each; the first `ten` talks say "tenfold", the first eleven "elevenfold". */
function commonNotes(count: number): Meetup[] {
  const talks = Array.from({ length: count }, (_, t) => {
    const common = `${t < 10 ? 'tenfold' : ''} ${t < 11 ? 'elevenfold' : ''}`;
    return talk(`Talk ${t}`, `${word(t)} ${common}`, `${word(t)} again ${common}`);
  });
  return [{ title: 'Common meetup', file: 'common.md', talks }];
}

describe('terms too common to tell talks apart', () => {
  it('are kept out of minisearch from 200 talks on, when more than 5% of the talks have them', () => {
    const index = buildIndex(commonNotes(200));
    const elevenfold = index.commonTermTalks.get(idOf(index, 'elevenfold'));
    expect([...(elevenfold ?? [])]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(index.commonTermTalks.has(idOf(index, 'tenfold'))).toBe(false);
    expect(talksWith(index, 'tenfold', 'body')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(talksWith(index, 'elevenfold', 'body')).toEqual([]);
    expect(talksWith(index, word(1), 'body')).toEqual([1]);
  });

  it('hold their talks as a bit per talk of the notes, not as a list of ids', () => {
    // 11 of 200 talks: a list of their ids would take 44 bytes, a bit per talk 7 words of 4.
    const index = buildIndex(commonNotes(200));
    const elevenfold = index.commonTermTalks.get(idOf(index, 'elevenfold'));
    expect(elevenfold?.words.byteLength).toBe(28);
    expect(elevenfold?.size()).toBe(11);
  });

  it('are all in minisearch below 200 talks', () => {
    const index = buildIndex(commonNotes(199));
    expect(index.commonTermTalks.size).toBe(0);
    expect(talksWith(index, 'elevenfold', 'body')).toHaveLength(11);
  });
});

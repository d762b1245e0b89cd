import { describe, expect, it } from 'vitest';
import type { Meetup, Talk } from '../../../src/content/meetup.js';
import { buildIndex } from '../../../src/search/build-index.js';
import { EMPTY_GLOSSARY } from '../../../src/search/glossary.js';
import { talksOf } from '../../support/answers.js';
import { buildEngine } from '../../support/engine.js';

/** A made-up word per talk, letters only, so each talk has one term of its own. */
const ownWord = (i: number) =>
  `zq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k);
/** 11 talks of 200: more than 5%, so a common term once there are 200 talks. */
const CLUSTER = new Set(range(10, 20));
/** Of those, the three that say "kubernetes cluster" side by side. */
const PHRASE = new Set([10, 11, 12]);
/** Exactly 10 talks of 200: 5%, not more, so still in minisearch. */
const VSPHERE = new Set(range(30, 39));
const UPGRADE = new Set([12, 50, 51]);

function talk(i: number): Talk {
  const words = [ownWord(i), 'notes'];
  if (PHRASE.has(i)) words.push('kubernetes cluster');
  else {
    words.push('about kubernetes');
    if (CLUSTER.has(i)) words.push('and a cluster');
  }
  if (VSPHERE.has(i)) words.push('on vsphere');
  if (UPGRADE.has(i)) words.push('before the upgrade');
  return {
    title: `Talk ${ownWord(i)}`,
    line: 1,
    links: [],
    passages: [{ text: words.join(' '), line: 2 }],
  };
}

/** `count` talks about kubernetes, and one more about something else. */
function corpus(count: number): Meetup[] {
  const talks = range(0, count - 2).map(talk);
  talks.push({
    title: 'After party',
    line: 1,
    links: [],
    passages: [{ text: 'ramen near the venue', line: 2 }],
  });
  return [{ title: 'Generated meetup', file: 'generated.md', talks }];
}

describe('terms too common to tell talks apart', () => {
  it('stay in minisearch below 200 talks', () => {
    expect(buildIndex(corpus(199)).commonTermTalks.size).toBe(0);
  });

  it('leave minisearch from 200 talks on when in more than 5% of them', () => {
    const index = buildIndex(corpus(200));
    const talksOf = (term: string) => [
      ...(index.commonTermTalks.get(index.vocabulary.get(term) ?? -1) ?? []),
    ];
    expect(talksOf('kubernetes')).toEqual(range(0, 198));
    expect(talksOf('cluster')).toEqual([...CLUSTER]);
    // 10 of 200 is 5%, not more; 3 is far from it.
    expect(index.commonTermTalks.has(index.vocabulary.get('vsphere') ?? -1)).toBe(false);
    expect(index.commonTermTalks.has(index.vocabulary.get('upgrade') ?? -1)).toBe(false);
    const names = new Map([...index.vocabulary].map(([t, id]) => [id, t]));
    expect([...index.commonTermTalks.keys()].map((id) => names.get(id)).sort()).toEqual([
      'about',
      'cluster',
      'kubernetes',
      'notes',
    ]);
  });

  it('still find the same answers as through minisearch', () => {
    const few = buildEngine({ meetups: corpus(199), glossary: EMPTY_GLOSSARY });
    const many = buildEngine({ meetups: corpus(200), glossary: EMPTY_GLOSSARY });
    const questions = [
      // Only common terms: minisearch is not asked at all.
      'kubernetes cluster',
      // A common term and a rare one.
      'cluster upgrade',
      'kubernetes vsphere upgrade',
      `${ownWord(15)} cluster`,
    ];
    for (const q of questions) {
      const expected = talksOf(few.ask(q, { limit: 3 }));
      expect(expected, q).not.toBe('not-found');
      const actual = talksOf(many.ask(q, { limit: 3 }));
      // Talks that tie may come in either order.
      expect([...actual].sort(), q).toEqual([...expected].sort());
    }
  });

  it('rank the talks that have more of the question first', () => {
    const many = buildEngine({ meetups: corpus(200), glossary: EMPTY_GLOSSARY });
    expect(talksOf(many.ask('kubernetes cluster', { limit: 3 }))).toEqual(
      expect.arrayContaining([...PHRASE].map((i) => `Talk ${ownWord(i)}`)),
    );
    expect(talksOf(many.ask('cluster upgrade', { limit: 1 }))).toEqual([`Talk ${ownWord(12)}`]);
    expect(talksOf(many.ask(`${ownWord(15)} cluster`, { limit: 1 }))).toEqual([
      `Talk ${ownWord(15)}`,
    ]);
  });
});

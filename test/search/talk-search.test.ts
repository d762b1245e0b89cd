import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { at } from '../../src/at.js';
import { runAtOnce } from '../../src/search/cooperative.js';
import { type TalkDocument, TalkSearch, type TalkTerms } from '../../src/search/talk-search.js';

// `kubernetes` then `kube` splits a node of the tree; `tanzu` is met in a title before a body.
const TERMS = ['kubernetes', 'velero', 'backup', 'kube', 'ops', 'night', 'tanzu', 'backups'];

/** Ids that are not short ids (minisearch numbers documents from 0 itself), fields of every size. */
const TALKS: TalkTerms[] = [
  { id: 5, body: [0, 1, 2], title: [6], meetup: [4, 5] },
  { id: 9, body: [2, 7, 3, 6], title: [], meetup: [4, 5] },
  { id: 2, body: [], title: [3, 0], meetup: [5] },
  { id: 40, body: [1], title: [6, 7], meetup: [] },
];

const spelt = (talk: TalkTerms): TalkDocument => {
  const terms = (ids: ArrayLike<number>) => Array.from(ids, (id) => at(TERMS, id));
  return {
    id: talk.id,
    body: terms(talk.body),
    title: terms(talk.title),
    meetup: terms(talk.meetup),
  };
};

/** What minisearch's own `add` makes of the same talks. */
function addedOneByOne(): MiniSearch<TalkDocument> {
  const search = new TalkSearch();
  for (const talk of TALKS) search.add(spelt(talk));
  return search;
}

function addedAsTalks(term: (id: number) => string = (id) => at(TERMS, id)): TalkSearch {
  const search = new TalkSearch();
  runAtOnce(search.addTalks(TALKS, term));
  return search;
}

/** A query's words as its terms (the index's own tokenize takes term lists). */
const WORDS = { tokenize: (text: string) => text.split(' ') };
const ids = (search: MiniSearch<TalkDocument>, query: string) =>
  search.search(query, WORDS).map((r) => r.id);

describe('talks added by term ids', () => {
  it('make the index minisearch makes of their terms, down to the order of the terms', () => {
    // The serialized index holds every posting, field length, average and document id, and the
    // terms in the tree's order.
    expect(JSON.stringify(addedAsTalks())).toBe(JSON.stringify(addedOneByOne()));
  });

  it('are found as the talks minisearch adds are, with prefix and typo matching', () => {
    const search = addedAsTalks();
    const expected = addedOneByOne();
    for (const query of ['kube', 'backup', 'tanzu night', 'veleró', 'ops']) {
      const options = { ...WORDS, prefix: true, fuzzy: 1, boost: { title: 3 } };
      expect(search.search(query, options)).toEqual(expected.search(query, options));
    }
    expect(ids(search, 'kube')).toEqual([2, 9]);
  });

  it('are found by searchTalks as search finds them: every talk with its score, the best in its order with their terms', () => {
    const search = addedAsTalks();
    // Ties (kube's talks score alike in body and title), typos, prefixes, boosts, and fewer
    // places than talks found.
    const queries = ['kube', 'backup', 'tanzu night', 'veleró', 'ops', 'kube backup ops tanzu'];
    for (const query of queries) {
      const options = { ...WORDS, prefix: true, fuzzy: 1, boost: { title: 3 } };
      const expected = search.search(query, options);
      for (const count of [0, 1, 2, 10]) {
        const all = new Map<number, number>();
        const best = search.searchTalks(query, options, count, (id, score) => all.set(id, score));
        expect(all).toEqual(new Map(expected.map((r) => [r.id, r.score])));
        expect(best).toEqual(
          expected.slice(0, count).map(({ id, score, terms }) => ({ id, score, terms })),
        );
      }
    }
  });

  it('are known by their own ids, and no others', () => {
    const search = addedAsTalks();
    expect(TALKS.map((t) => search.has(t.id))).toEqual([true, true, true, true]);
    expect(search.has(0)).toBe(false);
    expect(search.documentCount).toBe(4);
    search.discard(9);
    expect(ids(search, 'backups')).toEqual([40]);
    expect(ids(search, 'tanzu')).toEqual([5, 40]);
  });

  it('spell each term once, however many talks have it', () => {
    const asked: number[] = [];
    addedAsTalks((id) => {
      asked.push(id);
      return at(TERMS, id);
    });
    expect(asked).toEqual([0, 1, 2, 6, 4, 5, 7, 3]);
  });

  it('are added a step each', () => {
    const steps = new TalkSearch().addTalks(TALKS, (id) => at(TERMS, id));
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBe(TALKS.length);
  });
});

describe('typo search', () => {
  // Latin words, a Latin-less term sharing a first branch with a lettered one (2.10, 2020/9/22ga),
  // one with a branch of its own (3.10), and kanji and katakana terms.
  const MIXED = [
    'kubernetes',
    'kube',
    '2.10',
    '2020/9/22ga',
    '3.10',
    '分散',
    '分析',
    'ファイ',
    'ga',
  ];
  const MIXED_TALKS: TalkTerms[] = [
    { id: 1, body: [0, 2, 5], title: [7], meetup: [4] },
    { id: 2, body: [1, 3, 6], title: [8], meetup: [] },
    { id: 3, body: [4, 5, 7], title: [], meetup: [2] },
  ];
  const built = () => {
    const search = new TalkSearch();
    runAtOnce(search.addTalks(MIXED_TALKS, (id) => at(MIXED, id)));
    return search;
  };
  /** The same talks through minisearch's own `add`, which searches its whole tree. */
  const whole = () => {
    const search = new TalkSearch();
    for (const talk of MIXED_TALKS) {
      const terms = (ids: ArrayLike<number>) => Array.from(ids, (id) => at(MIXED, id));
      search.add({
        id: talk.id,
        body: terms(talk.body),
        title: terms(talk.title),
        meetup: terms(talk.meetup),
      });
    }
    return search;
  };
  /** Counts the visits of minisearch's walk to the first branch of `edge` (its node's keys read). */
  const countVisits = (search: TalkSearch, edge: string) => {
    const tree = (search as unknown as { _index: { _tree: Map<string, Map<string, unknown>> } })
      ._index._tree;
    const node = tree.get(edge);
    if (!node) throw new Error(`No branch ${edge}.`);
    const visits = { count: 0 };
    const keys = node.keys.bind(node);
    node.keys = () => {
      visits.count++;
      return keys();
    };
    return visits;
  };

  it('finds what the whole tree finds, in its order, at every distance', () => {
    const search = built();
    const expected = whole();
    // Typos and prefixes of Latin words; a word with a digit (x10 is two edits from 3.10); a
    // distance as long as the word, which any short term is within (abcd: 分散, ga); one shorter.
    for (const [query, fuzzy] of [
      ['kubernetis', 2],
      ['kub', 1],
      ['gaa', 1],
      ['x10', 2],
      ['abcd', 4],
      ['gaxx', 2],
    ] as const) {
      const options = { ...WORDS, prefix: true, fuzzy };
      const found = search.searchTalks(query, options, 10, () => {});
      expect(found, `${query} ${fuzzy}`).toEqual(
        expected.search(query, options).map(({ id, score, terms }) => ({ id, score, terms })),
      );
      expect(found.length, `${query} ${fuzzy}`).toBeGreaterThan(0);
    }
  });

  it('walks only the first branches with a Latin letter for a word of Latin letters longer than its distance', () => {
    const visits = (query: string) => {
      const search = built();
      const counts = ['分', 'ファイ', '3.10'].map((edge) => countVisits(search, edge));
      search.searchTalks(query, { ...WORDS, fuzzy: 2 }, 10, () => {});
      return counts.map((c) => c.count > 0);
    };
    expect(visits('kubernetis')).toEqual([false, false, false]);
    // Not letters only (x10 is two edits from 3.10), or a distance as long as the word: the
    // whole tree, each branch as deep as the distance lets minisearch go (ファイ is three edits
    // from x10 before its node).
    expect(visits('x10')).toEqual([true, false, true]);
    expect(visits('ab')).toEqual([true, false, false]);
  });
});

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

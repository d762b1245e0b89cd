import MiniSearch, { type SearchOptions } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { at } from '../at.js';
import type { Steps } from './cooperative.js';

/** minisearch documents are talks; their fields hold already-tokenized terms. */
export interface TalkDocument {
  readonly id: number;
  readonly body: readonly string[];
  readonly title: readonly string[];
  readonly meetup: readonly string[];
}

export type SearchField = 'body' | 'title' | 'meetup';

/** minisearch numbers the fields in the order its options give them: body 0, title 1, meetup 2. */
const FIELDS: readonly SearchField[] = ['body', 'title', 'meetup'];

/**
 * A talk as {@link TalkSearch.addTalks} takes it: the term ids of each field, each list holding an
 * id at most once (as the index's lists do: it counts a term once per text).
 */
export type TalkTerms = { readonly id: number } & Readonly<Record<SearchField, ArrayLike<number>>>;

/** A term's postings as minisearch keeps them: field id, then document short id, to frequency. */
type TermData = Map<number, Map<number, number>>;

/** A talk {@link TalkSearch.searchTalks} found among the best, with the index terms it matched. */
export interface TalkHit {
  readonly id: number;
  readonly score: number;
  /** The index's terms the talk matched (a typo's or a prefix's own spelling), as `search` lists them. */
  readonly terms: readonly string[];
}

/** A node of minisearch's radix tree: each edge's characters to the node below it, '' to a term's value. */
type TreeNode = ReadonlyMap<string, unknown>;

const LATIN_LETTER = /[a-z]/;
const LATIN_LETTERS = /^[a-z]+$/;

/** minisearch's query, before `search` makes its results: each document's score and matches. */
type RawResults = Map<number, { score: number; terms: string[]; match: Record<string, unknown> }>;

/**
 * minisearch over the talks, filled from term ids. Its `add` looks every term of a document up in
 * its radix tree, walking the children of each node on the way (1 to 2 µs a term: at 10,000 talks,
 * 250,000 postings took a quarter of the build); {@link addTalks} looks a term up there once, the
 * first time it is met, and keeps its postings by id after. What it builds is what `add` builds of
 * the same terms in the same order (terms enter the tree in the order `add` would meet them); it
 * writes the fields minisearch leaves `protected` for subclasses.
 */
export class TalkSearch extends MiniSearch<TalkDocument> {
  constructor() {
    super({
      // No storeFields: results are read by id only.
      fields: [...FIELDS],
      extractField: (doc, field) => doc[field as keyof TalkDocument] as never,
      // Fields arrive as term lists, already normalized and tokenized.
      stringifyField: (value) => value as never,
      tokenize: (terms) => terms as unknown as string[],
      processTerm: (term) => term,
    });
  }

  /** Adds each talk as `add` would with its terms spelt by `term`: a step per talk. */
  *addTalks(talks: Iterable<TalkTerms>, term: (id: number) => string): Steps<void> {
    // The postings of each term id met so far: the tree's own map, found there once.
    const termData: (TermData | undefined)[] = [];
    for (const talk of talks) {
      const shortId = this.addId(talk.id);
      const count = this._documentCount - 1;
      const lengths: number[] = [];
      this._fieldLength.set(shortId, lengths);
      FIELDS.forEach((field, fieldId) => {
        const ids = talk[field];
        lengths[fieldId] = ids.length;
        const average = this._avgFieldLength[fieldId] || 0;
        this._avgFieldLength[fieldId] = (average * count + ids.length) / (count + 1);
        for (let k = 0; k < ids.length; k++) {
          const id = at(ids, k);
          let data = termData[id];
          if (data === undefined) {
            data = this._index.fetch(term(id), () => new Map());
            termData[id] = data;
          }
          const docs = data.get(fieldId);
          if (docs) docs.set(shortId, 1);
          else data.set(fieldId, new Map([[shortId, 1]]));
        }
      });
      yield;
    }
    this.narrowTypoSearch();
  }

  /**
   * A term within an edit distance shorter than a word of Latin letters shares at least one of
   * its letters, so the word's typos are looked for only under the tree's first branches that
   * hold a term with a Latin letter. minisearch walks every branch two or three characters deep
   * before the distance rules it out: at 10,000 talks the branches of thousands of kanji and kana
   * (340 µs a word, and 54 KB of prefix strings a question on average, against 9 µs). The
   * branches kept are the tree's own, in its order, so what is found, and in what order, is what
   * the whole tree gives.
   */
  private narrowTypoSearch(): void {
    const index = this._index;
    const branches = [...(index._tree as TreeNode)].filter(([edge, node]) =>
      holdsLatinLetter(node, edge, false),
    );
    // The package's SearchableMap, of the same code as the one minisearch bundles (and types apart).
    const lettered = new SearchableMap(new Map(branches) as never);
    const whole = index.fuzzyGet.bind(index);
    index.fuzzyGet = (key, distance) =>
      distance < key.length && LATIN_LETTERS.test(key)
        ? (lettered.fuzzyGet(key, distance) as never)
        : whole(key, distance);
  }

  /**
   * What `search` finds, without its result objects: every talk found is handed to `each` with the
   * score `search` gives it, and the `count` best come back best first, equal scores in the order
   * `search` sorts them (a stable sort of minisearch's matches). `search` makes an object and a
   * list of terms for every talk found and sorts them all; a broad question at 10,000 talks finds
   * hundreds, and those were about a fifth of its garbage. It runs minisearch's own query
   * (`executeQuery`, the first step of `search`; the tests hold the two to the same results).
   */
  searchTalks(
    query: string,
    options: SearchOptions,
    count: number,
    each: (id: number, score: number) => void,
  ): TalkHit[] {
    const raw = (
      this as unknown as { executeQuery(q: string, o: SearchOptions): RawResults }
    ).executeQuery(query, options);
    const best: { id: number; score: number; match: Record<string, unknown> }[] = [];
    // forEach, not for-of: an entry pair per talk found was a twentieth of a question's garbage.
    raw.forEach(({ score: rawScore, terms, match }, shortId) => {
      // As `search` scores a talk: by how many of the query's terms it matched.
      const score = rawScore * (terms.length || 1);
      const id = this._documentIds.get(shortId) as number;
      each(id, score);
      if (best.length >= count) {
        if (count <= 0 || score <= at(best, count - 1).score) return;
        best.pop();
      }
      // After the talks scoring the same: the order a stable sort gives.
      let k = best.length;
      while (k > 0 && at(best, k - 1).score < score) k--;
      best.splice(k, 0, { id, score, match });
    });
    return best.map(({ id, score, match }) => ({ id, score, terms: Object.keys(match) }));
  }

  /** minisearch's short id for document `id`, given out as `add` gives it. */
  private addId(id: number): number {
    const shortId = this._nextId++;
    this._idToShortId.set(id, shortId);
    this._documentIds.set(shortId, id);
    this._documentCount++;
    return shortId;
  }
}

/**
 * Whether a term under the tree's edge `edge` (leading to `node`) has a Latin letter; `above`
 * says whether the edges above it have one.
 */
function holdsLatinLetter(node: unknown, edge: string, above: boolean): boolean {
  // The empty edge leads to a term's value: the term is the edges above it.
  if (edge === '') return above;
  const lettered = above || LATIN_LETTER.test(edge);
  for (const [below, child] of node as TreeNode)
    if (holdsLatinLetter(child, below, lettered)) return true;
  return false;
}

import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/answer/build-snippet.js';
import type { SnippetWords } from '../../src/answer/snippet-window.js';

/** Lines of a nested list, as notes write a long talk: one fact a line. */
const lines = (...items: string[]) => items.join('\n');
/** `n` filler lines that match nothing, each 20 characters long with its line break. */
const filler = (n: number, mark = 'あ') =>
  Array.from({ length: n }, (_, i) => `${mark.repeat(17)}${String(i).padStart(2, '0')}`);

/** Each term stands for its own word (index), every word weighing 1, under `title`. */
const ownWords = (terms: readonly string[], title = '', more: Partial<SnippetWords> = {}) => ({
  wordsOf: terms.map((_, i) => [i]),
  weights: terms.map(() => 1),
  title,
  ...more,
});

const snippetOf = (text: string, terms: string[], width: number, words?: SnippetWords) =>
  buildSnippet(text, terms, width, words).text;

describe('the snippet window of a long passage, placed by the question’s words', () => {
  // "postgres" on many lines at the top; the two other words together further down.
  const text = lines(
    'postgres operator',
    'postgres on every node',
    'postgres replicas x3',
    ...filler(10),
    'backups run nightly',
    'schedule set in the CR',
    'the answer line',
    ...filler(10, 'い'),
  );
  const terms = ['postgres', 'backups', 'schedule'];

  it('shows where the most different words are, not where one word recurs', () => {
    expect(snippetOf(text, terms, 100, ownWords(terms))).toContain('backups run nightly');
    expect(snippetOf(text, terms, 100, ownWords(terms))).toContain('schedule set');
  });

  it('places by matched characters without the words (the recurring word wins)', () => {
    expect(snippetOf(text, terms, 100)).toContain('postgres on every node');
    expect(snippetOf(text, terms, 100)).not.toContain('backups');
  });

  it('moves down so the lines after the words show too', () => {
    expect(snippetOf(text, terms, 100, ownWords(terms))).toContain('the answer line');
  });

  it('weighs words by their weight in the question', () => {
    const heavy = { ...ownWords(terms), weights: [3, 1, 1] };
    expect(snippetOf(text, terms, 100, heavy)).toContain('postgres');
    expect(snippetOf(text, terms, 100, heavy)).not.toContain('backups');
  });

  it('counts one word once, however many of its terms a window holds', () => {
    // Both postgres terms stand for one word: two top lines do not outweigh the two words below.
    const two = ['postgres', 'replicas', 'backups', 'schedule'];
    const oneWord = { ...ownWords(two), wordsOf: [[0], [0], [1], [2]] };
    expect(snippetOf(text, two, 100, oneWord)).toContain('backups run nightly');
    // As two words, the top holds as many as the bottom and comes first.
    expect(snippetOf(text, two, 100, ownWords(two))).toContain('postgres replicas');
  });
});

describe('words of the talk’s title', () => {
  // The title word and another at the top, far apart; two other words close together below.
  const text = lines(
    'etcd snapshots first',
    ...filler(3),
    'then etcd restore',
    ...filler(8),
    'restore drill weekly',
    'snapshots kept 7 days',
    ...filler(10, 'い'),
  );
  const terms = ['etcd', 'snapshots', 'restore'];

  it('do not count: they are written all over the talk', () => {
    const snippet = snippetOf(text, terms, 100, ownWords(terms, 'Backing up etcd'));
    expect(snippet).toContain('restore drill weekly');
    expect(snippet).toContain('snapshots kept 7 days');
  });

  it('count when the title does not have them', () => {
    const snippet = snippetOf(text, terms, 100, ownWords(terms, 'Cluster recovery'));
    expect(snippet).toContain('etcd snapshots first');
  });

  it('leave the window to the matched characters when the text has no other word', () => {
    const titleOnly = lines(...filler(12), 'etcd here', ...filler(12, 'い'));
    const words = ownWords(['etcd'], 'etcd');
    expect(snippetOf(titleOnly, ['etcd'], 100, words)).toBe(snippetOf(titleOnly, ['etcd'], 100));
  });
});

describe('between windows holding as much of the question', () => {
  // Each window can hold both words once; only the lower one holds them on adjacent lines.
  const text = lines(
    'quota per namespace',
    ...filler(3),
    'limits elsewhere',
    ...filler(8),
    'quota set to 20 cores',
    'limits set per pod',
    ...filler(10, 'い'),
  );
  const terms = ['quota', 'limits'];

  it('takes the one where the words stand closest together', () => {
    const snippet = snippetOf(text, terms, 100, ownWords(terms));
    expect(snippet).toContain('quota set to 20 cores');
    expect(snippet).toContain('limits set per pod');
  });
});

describe('a line stating what the question asks for', () => {
  // One word at the top, the same word below beside a line stating an amount.
  const text = lines(
    'rollout of the mesh',
    ...filler(12),
    'rollout finished',
    'took 3 weeks',
    ...filler(12, 'い'),
  );
  const terms = ['rollout'];
  const statesWeeks = (line: string) => /\d+ weeks/.test(line);

  it('counts as one more word of the question', () => {
    const words = ownWords(terms, '', { answers: statesWeeks });
    expect(snippetOf(text, terms, 100, words)).toContain('took 3 weeks');
  });

  it('counts for nothing when the question asks for no such thing', () => {
    expect(snippetOf(text, terms, 100, ownWords(terms))).toContain('rollout of the mesh');
  });
});

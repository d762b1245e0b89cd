import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/answer/build-snippet.js';
import {
  type SnippetWords,
  type TermRange,
  windowByWords,
} from '../../src/answer/snippet-window.js';

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

/** Where each term occurs in `text`, by the term's index (as buildSnippet finds them). */
const termsIn = (text: string, terms: readonly string[]): TermRange[] =>
  terms.flatMap((term, index) => {
    const found: TermRange[] = [];
    if (term === '') return found;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
      found.push({ term: index, range: { start: at, end: at + term.length } });
    return found;
  });
const windowOf = (text: string, terms: string[], width: number, words: SnippetWords) =>
  windowByWords(text, terms, termsIn(text, terms), width, words);
/** The character where line `n` (from 0) of `text` starts. */
const lineStart = (text: string, n: number) =>
  text
    .split('\n')
    .slice(0, n)
    .reduce((sum, line) => sum + line.length + 1, 0);

describe('a window placed by the words, in texts of few or long lines', () => {
  it('shows a word deep in a line longer than the window', () => {
    // One paragraph, no line break: one word at its start, both at its end, far past the first
    // window.
    const text = `The billing team ${'moved slowly and carefully through many other steps first. '.repeat(6)}Then the billing database moved to Aurora.`;
    const terms = ['billing', 'aurora'];
    const snippet = buildSnippet(text, terms, 100, ownWords(terms));
    expect(snippet.text).toContain('billing database moved to Aurora');
    expect(snippet.text).not.toContain('The billing team');
  });

  it('counts a line stating the number asked though the line is longer than the window', () => {
    const states = (line: string) => /\d+ weeks/.test(line);
    const long = `rollout took 3 weeks ${'and then some more words '.repeat(8)}`;
    const text = lines('rollout of the mesh', ...filler(12), long, ...filler(12, 'い'));
    const snippet = buildSnippet(
      text,
      ['rollout'],
      100,
      ownWords(['rollout'], '', { answers: states }),
    );
    expect(snippet.text).toContain('rollout took 3 weeks');
  });

  it('shows the number asked where it stands deep in a line of prose, not only the line’s start', () => {
    const states = (line: string) => /\d+ weeks/.test(line);
    // A paragraph on one line: the question's word at its start, and again beside the number far
    // past the window.
    const long = `The rollout ${'went on through many review meetings. '.repeat(4)}In the end the rollout took 3 weeks to finish and then some more.`;
    const text = lines('rollout of the mesh', ...filler(12), long, ...filler(12, 'い'));
    const words = ownWords(['rollout'], '', { answers: states });
    expect(snippetOf(text, ['rollout'], 120, words)).toContain('took 3 weeks');
    // Without the number asked, the word's first place is shown.
    expect(snippetOf(text, ['rollout'], 120, ownWords(['rollout']))).not.toContain('3 weeks');
  });

  it('shows the number that answers, past an earlier number that does not', () => {
    const states = (line: string) => /\d+ weeks/.test(line);
    const long = `In 2019 the rollout ${'went on through many review meetings. '.repeat(4)}In the end the rollout took 3 weeks to finish.`;
    const text = lines('rollout of the mesh', ...filler(12), long, ...filler(12, 'い'));
    const words = ownWords(['rollout'], '', { answers: states });
    expect(snippetOf(text, ['rollout'], 120, words)).toContain('took 3 weeks');
  });

  it('reads a number with a long unit after it, not the next number as the answer', () => {
    const states = (line: string) => /\d+ containers/.test(line);
    const long = `The cluster ${'grew slowly over the year. '.repeat(3)}We ran 4000 containers on the cluster at the peak, ${'which took a long series of rehearsals and dry runs, '.repeat(3)}across 12 clusters.`;
    const text = lines('cluster of the year', ...filler(12), long, ...filler(12, 'い'));
    const words = ownWords(['cluster'], '', { answers: states });
    expect(snippetOf(text, ['cluster'], 120, words)).toContain('4000 containers');
  });

  it('fills the snippet when the words are on the text’s last line', () => {
    const text = lines(...filler(30), 'etcd restore at the end');
    const snippet = buildSnippet(text, ['restore'], 280, ownWords(['restore']));
    expect(snippet.text).toContain('etcd restore at the end');
    // The window starts at a line, the first from which it reaches the end: at most a line short.
    expect(snippet.text.length).toBeGreaterThan(280 - 20);
  });

  it('fills the snippet when the words are at the end of one long line', () => {
    const text = `alpha ${'x '.repeat(60)}beta ${'y '.repeat(400)}alpha beta end.`;
    const terms = ['alpha', 'beta'];
    const snippet = buildSnippet(text, terms, 202, ownWords(terms));
    expect(snippet.text.endsWith('alpha beta end.')).toBe(true);
    expect(snippet.text).toHaveLength(201);
  });

  it('reads a title word as a whole word: the ai of a question is not in Rails', () => {
    const text = lines(
      'review bots on every pr',
      ...filler(12),
      'ai review of every pr',
      ...filler(12, 'い'),
    );
    const terms = ['ai', 'review'];
    const snippet = (title: string) => buildSnippet(text, terms, 100, ownWords(terms, title)).text;
    expect(snippet('Rails upgrade guide')).toContain('ai review of every pr');
    // Where the title has the word, it does not count, and the first review wins.
    expect(snippet('AI tooling')).toContain('review bots on every pr');
  });
});

describe('windowByWords', () => {
  it('starts windows at line starts only', () => {
    const text = lines(...filler(6), 'xx restore here', ...filler(6, 'い'));
    const start = windowOf(text, ['restore'], 40, ownWords(['restore']));
    expect(start).toBe(lineStart(text, 6) - 20);
    expect(text[(start ?? 0) - 1]).toBe('\n');
  });

  it('moves to a word that weighs little when it is the only one', () => {
    const text = lines(...filler(12), '鳥 alone', ...filler(12, 'い'));
    const light = { ...ownWords(['鳥']), weights: [0.25] };
    expect(windowOf(text, ['鳥'], 60, light)).toBeGreaterThan(0);
  });

  it('weighs windows holding the same words the same, whatever order they come in', () => {
    // The first window holds a, b and c far apart, in that order; the second holds them close
    // together, in the other order. Summed in the order met, 0.1 + 0.2 + 0.3 would outweigh
    // 0.3 + 0.2 + 0.1 by a rounding.
    const terms = ['aa', 'bb', 'cc'];
    const text = lines(
      'aa',
      ...filler(1),
      'bb',
      ...filler(1),
      'cc',
      ...filler(10),
      'cc bb aa',
      ...filler(10, 'い'),
    );
    const words = { ...ownWords(terms), weights: [0.1, 0.2, 0.3] };
    expect(windowOf(text, terms, 100, words)).toBeGreaterThanOrEqual(lineStart(text, 5));
  });

  it('reads nothing of the title from an empty term', () => {
    const text = lines(...filler(12), 'backups here', ...filler(12, 'い'));
    const words = { ...ownWords(['', 'backups'], 'Storage'), wordsOf: [[0], [0]] };
    expect(windowOf(text, ['', 'backups'], 60, words)).toBeGreaterThan(0);
  });

  it('tells the closest words apart when a word recurs before them', () => {
    // Both windows hold a and b; in the second an earlier a comes first, then a and b side by side.
    const terms = ['aa', 'bb'];
    const text = lines(
      'aa',
      ...filler(2),
      'bb',
      ...filler(10),
      'aa',
      ...filler(1),
      'aa bb',
      ...filler(10, 'い'),
    );
    expect(windowOf(text, terms, 100, ownWords(terms))).toBeGreaterThanOrEqual(lineStart(text, 5));
  });

  it('tells the closest words apart when the terms are found out of their order in the text', () => {
    // Terms listed b first: found b's places, then a's. The tight pair is in the second window.
    const terms = ['bb', 'aa'];
    const text = lines('aa', ...filler(2), 'bb', ...filler(10), 'bb aa', ...filler(10, 'い'));
    expect(windowOf(text, terms, 100, ownWords(terms))).toBeGreaterThanOrEqual(lineStart(text, 4));
  });

  it('centres the words it holds, and a word further on does not move it', () => {
    // Width 100: the words sit on one line; the window moves down to the last line start that
    // keeps them about in its middle. The later a (past the window) changes nothing.
    const terms = ['aa', 'bb'];
    const head = lines(...filler(8), 'aa bb', ...filler(8, 'い'));
    const start = windowOf(head, terms, 100, ownWords(terms));
    const pair = lineStart(head, 8);
    // The middle of the pair is 50 characters into the window, give or take a line.
    expect(pair - (start ?? 0)).toBeGreaterThanOrEqual(40);
    expect(pair - (start ?? 0)).toBeLessThanOrEqual(60);
    const longer = `${head}\n${lines(...filler(20, 'う'))}\naa`;
    expect(windowOf(longer, terms, 100, ownWords(terms))).toBe(start);
  });

  it('never starts past the first word it holds', () => {
    const terms = ['aa', 'bb'];
    const text = lines(...filler(8), 'aa', ...filler(3), 'bb', ...filler(8, 'い'));
    const start = windowOf(text, terms, 100, ownWords(terms)) ?? 0;
    expect(start).toBeLessThanOrEqual(lineStart(text, 8));
    expect(start + 100).toBeGreaterThanOrEqual(lineStart(text, 12) + 2);
  });

  it('counts a recurring word once when it measures how close the words stand', () => {
    // The top window holds a twice, then b two lines on; the lower one a and b on one line.
    // The top's closest a-and-b stretch is the second a to b (two lines), not the a-to-a stretch.
    const terms = ['aa', 'bb'];
    const text = lines('aa', 'aa', ...filler(1), 'bb', ...filler(10), 'aa bb', ...filler(10, 'い'));
    expect(windowOf(text, terms, 100, ownWords(terms))).toBeGreaterThanOrEqual(lineStart(text, 4));
  });

  it('measures from the nearest of a recurring word’s places', () => {
    // Top: a, a line of filler, a, then b on the next line: its closest stretch is the second a
    // to b. Below: a and b on adjacent lines, as close. As close, the top window comes first;
    // measured from the first a, the top would lose.
    const terms = ['aa', 'bb'];
    const text = lines(
      'aa',
      ...filler(1),
      'aa',
      'bb',
      ...filler(10),
      'aa',
      'bb',
      ...filler(10, 'い'),
    );
    // The first window already holds the top's closest stretch.
    expect(windowOf(text, terms, 100, ownWords(terms))).toBe(0);
  });

  it('keeps the window at the text’s start when its first word is the first thing in it', () => {
    const terms = ['aa', 'bb'];
    // b ends 65 characters in: without a, the two would be centred from a later line.
    const text = lines('aa', ...filler(3), 'bb', ...filler(10, 'い'));
    expect(windowOf(text, terms, 100, ownWords(terms))).toBe(0);
  });

  it('moves down to a line start exactly at the middle', () => {
    // One word at line 8's start (character 160), a window of 42: its middle falls on line 7's
    // start, 140, and the window starts there, not a line earlier.
    const text = lines(...filler(8), 'aa', ...filler(8, 'い'));
    expect(lineStart(text, 8)).toBe(160);
    expect(windowOf(text, ['aa'], 42, ownWords(['aa']))).toBe(140);
  });

  it('weighs the windows in the order of the text, past a hundred characters too', () => {
    // Line starts 0, 20, 40, 60, then 80 and more: read as strings, 100 would come before 20, and
    // the words at 60 would be passed by before their window was weighed.
    const terms = ['aa', 'bb'];
    const text = lines(...filler(3), 'aa bb', ...filler(3, 'い'));
    expect(windowOf(text, terms, 5, ownWords(terms))).toBe(lineStart(text, 3));
  });

  it('reads each line whole for what it states, the last one too', () => {
    const seen: string[] = [];
    const states = (line: string) => {
      seen.push(line);
      return false;
    };
    windowOf(
      lines('aa one', 'two', 'three'),
      ['aa'],
      100,
      ownWords(['aa'], '', { answers: states }),
    );
    expect(seen).toEqual(['aa one', 'two', 'three']);
  });

  it('is undefined when the text has no word of the question but the title’s', () => {
    expect(
      windowOf(lines('etcd', 'etcd'), ['etcd'], 10, ownWords(['etcd'], 'etcd')),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/answer/build-snippet.js';

/** The text each match range covers in the snippet. */
const marked = (s: { text: string; matches: readonly { start: number; end: number }[] }) =>
  s.matches.map((m) => s.text.slice(m.start, m.end));

/** `n` characters of filler with no Latin letters or digits, so nothing in it can match. */
const filler = (n: number) => 'あ'.repeat(n);

describe('buildSnippet', () => {
  it('returns a text within the limit whole, with every match', () => {
    const snippet = buildSnippet('Ansible 2.10 went GA in 2020', ['ansible', 'ga'], 28);
    expect(snippet.text).toBe('Ansible 2.10 went GA in 2020');
    expect(marked(snippet)).toEqual(['Ansible', 'GA']);
  });

  it('cuts a longer text to the limit, with an ellipsis on each side that was cut', () => {
    const text = `${filler(200)}ansible${filler(200)}`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    expect(snippet.text).toHaveLength(100);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['ansible']);
  });

  it('starts the window 20 characters before the match, so the match has some context', () => {
    const text = `${filler(200)}ansible${filler(200)}`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    // One character of ellipsis, then 20 of context.
    expect(snippet.matches).toEqual([{ start: 21, end: 28 }]);
    expect(snippet.text.slice(1, 21)).toBe(filler(20));
  });

  it('starts at the beginning, without an ellipsis, when the match is near it', () => {
    const text = `ansible ${filler(300)}`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    expect(snippet.text.startsWith('ansible ')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toHaveLength(99);
    expect(snippet.matches).toEqual([{ start: 0, end: 7 }]);
  });

  it('ends at the end, without an ellipsis, when the match is near it', () => {
    const text = `${filler(300)} ansible`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith(' ansible')).toBe(true);
    expect(snippet.text).toHaveLength(99);
    expect(marked(snippet)).toEqual(['ansible']);
  });

  it('centres on the place where most of the question matches, not the first match', () => {
    const text = `octant ${filler(200)} ansible tower awx ${filler(200)}`;
    const snippet = buildSnippet(text, ['octant', 'ansible', 'tower', 'awx'], 80);
    expect(marked(snippet)).toEqual(['ansible', 'tower', 'awx']);
    expect(snippet.text).not.toContain('octant');
  });

  it('keeps the first cluster when it matches more, though another match comes later', () => {
    const text = `ansible tower awx ${filler(200)} octant ${filler(200)}`;
    const snippet = buildSnippet(text, ['octant', 'ansible', 'tower', 'awx'], 80);
    expect(marked(snippet)).toEqual(['ansible', 'tower', 'awx']);
  });

  it('keeps the earlier of two windows that match as much', () => {
    // Different filler after each, so the two windows read differently.
    const text = `${filler(100)} ansible ${'い'.repeat(200)} ansible ${'う'.repeat(200)}`;
    const snippet = buildSnippet(text, ['ansible'], 60);
    expect(snippet.text).toBe(`…${text.slice(81, 139)}…`);
  });

  it('shows a one-character match deep in a long text', () => {
    const text = `${'い'.repeat(300)}鳥${'い'.repeat(300)}`;
    const snippet = buildSnippet(text, ['鳥'], 60);
    expect(marked(snippet)).toEqual(['鳥']);
  });

  it('goes back to a line start 59 characters before the window, not to one 60 before', () => {
    const at = (gap: number) => `${filler(100)}\nline${filler(gap + 15)} ansible ${filler(200)}`;
    // The window would start 20 characters before the match: `gap` after the line's start.
    expect(buildSnippet(at(59), ['ansible'], 100).text.startsWith('…line')).toBe(true);
    expect(buildSnippet(at(60), ['ansible'], 100).text).not.toContain('line');
  });

  it('does not go back to the line start when the first match would then end past the window', () => {
    const term = `ansible${'x'.repeat(60)}`;
    const text = `${filler(100)}\nline${filler(46)} ${term} ${filler(200)}`;
    const snippet = buildSnippet(text, [term], 100);
    expect(snippet.text).not.toContain('line');
    expect(marked(snippet)[0]).toBe(term);
  });

  it('starts at the beginning of the matching line when that is close enough to keep the match', () => {
    const text = `${filler(200)}\nline start ${filler(30)} ansible ${filler(200)}`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    expect(snippet.text.startsWith('…line start ')).toBe(true);
    expect(marked(snippet)).toEqual(['ansible']);
  });

  it('does not go back to a line start that is 60 or more characters before the window', () => {
    const text = `${filler(200)}\nline start ${filler(80)} ansible ${filler(200)}`;
    const snippet = buildSnippet(text, ['ansible'], 100);
    expect(snippet.text).not.toContain('line start');
    expect(snippet.matches).toEqual([{ start: 21, end: 28 }]);
  });

  it('keeps the part of a match inside the window and drops matches outside it', () => {
    const text = `ansible ${filler(300)} awx`;
    const snippet = buildSnippet(text, ['ansible', 'awx'], 50);
    expect(marked(snippet)).toEqual(['ansible']);
  });

  it('cuts a match that runs past the end of the window at the window', () => {
    const text = `${filler(10)} ansible${'x'.repeat(300)}`;
    // A term the length of the whole text cannot fit: the window keeps what it can of it.
    const term = `ansible${'x'.repeat(300)}`;
    const snippet = buildSnippet(text, [term], 60);
    expect(snippet.matches).toHaveLength(1);
    const [range] = snippet.matches;
    expect(range?.end).toBe(snippet.text.length - 1);
    expect(snippet.text.slice(range?.start, range?.end)).toMatch(/^ansiblex+$/);
  });

  it('matches Latin terms as whole words only, but after a number', () => {
    const snippet = buildSnippet('the gateway went GA; 22ga too; gala', ['ga'], 200);
    expect(snippet.matches).toEqual([
      { start: 17, end: 19 },
      { start: 23, end: 25 },
    ]);
  });

  it('does not match a version inside a longer version', () => {
    expect(buildSnippet('2.10 is out', ['2.1'], 200).matches).toEqual([]);
    expect(buildSnippet('12.1 is out', ['2.1'], 200).matches).toEqual([]);
    expect(marked(buildSnippet('v2.1 is out', ['2.1'], 200))).toEqual(['2.1']);
  });

  it('matches Japanese terms anywhere in a run of Japanese', () => {
    expect(marked(buildSnippet('分散ファイアウォールの話', ['ファイアウォール'], 200))).toEqual([
      'ファイアウォール',
    ]);
  });

  it('compares after folding width and case, with offsets into the original text', () => {
    // "ﬁ" is one character that folds to two, so folded offsets would be one off after it.
    const snippet = buildSnippet('ﬁrewall ＡＮＳＩＢＬＥ rules', ['ansible', 'firewall'], 200);
    expect(marked(snippet)).toEqual(['ﬁrewall', 'ＡＮＳＩＢＬＥ']);
  });

  it('folds runs of ASCII, wide letters, characters that fold to two, surrogate pairs and lone surrogates, with offsets into the original text', () => {
    const text = 'See Ｋ8s と 𠮷野家 ㍻ ab\ud800CD Kube\udc00ＡＰＩ\uffffend';
    const snippet = buildSnippet(text, ['k8s', '𠮷野', '平成', 'cd', 'kube', 'api', 'end'], 200);
    expect(marked(snippet)).toEqual(['Ｋ8s', '𠮷野', '㍻', 'CD', 'Kube', 'ＡＰＩ', 'end']);
    expect(snippet.matches.at(-1)).toEqual({ start: text.length - 3, end: text.length });
  });

  it('merges matches that overlap or touch into one', () => {
    const snippet = buildSnippet('ansible tower', ['ansible', 'ansible tower', 'tower'], 200);
    expect(snippet.matches).toEqual([{ start: 0, end: 13 }]);
  });

  it('finds every occurrence of a term, in order', () => {
    expect(marked(buildSnippet('awx, then awx again, awx', ['awx'], 200))).toEqual([
      'awx',
      'awx',
      'awx',
    ]);
  });

  it('ignores an empty term', () => {
    expect(buildSnippet('ansible', ['', 'ansible'], 200).matches).toEqual([{ start: 0, end: 7 }]);
  });
});

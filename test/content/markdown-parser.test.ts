import type { Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser } from '../../src/content/markdown-parser.js';

const md = createMarkdownParser();

/** One line's inline tokens: text as its content (empty text left out), the rest as its type. */
function inline(markdown: string): string[] {
  const tokens = md.parseInline(markdown, {})[0]?.children ?? [];
  return tokens
    .map((t) => (t.type === 'text' || t.type === 'text_special' ? t.content : t.type))
    .filter((t) => t !== '');
}

const blocks = (markdown: string): Token[] => md.parse(markdown, {});

describe('createMarkdownParser', () => {
  it('strikes through text between runs of one or two tildes of the same length', () => {
    expect(inline('~a~ ~~b~~')).toEqual(['s_open', 'a', 's_close', ' ', 's_open', 'b', 's_close']);
    expect(inline('10~12 and 13~15')).toEqual(['10', 's_open', '12 and 13', 's_close', '15']);
    expect(inline('~~~c~~~ ~a~~ a ~ b')).toEqual(['~~~c~~~ ~a~~ a ~ b']);
  });

  it('pairs a closing tilde run with the nearest open one, leaving the runs inside as text', () => {
    expect(inline('~a ~~b~ c~~')).toEqual(['s_open', 'a ~~b', 's_close', ' c~~']);
    expect(inline('~~a ~b~~')).toEqual(['s_open', 'a ~b', 's_close']);
  });

  it('reads an emoji next to emphasis marks as a letter, and "~" as opening or closing them', () => {
    expect(inline('**😀**y')).toEqual(['strong_open', '😀', 'strong_close', 'y']);
    expect(inline('x **😀**')).toEqual(['x ', 'strong_open', '😀', 'strong_close']);
    expect(inline('a*~b~*c')).toEqual(['a', 'em_open', 's_open', 'b', 's_close', 'em_close', 'c']);
    expect(inline('_a_b')).toEqual(['_a_b']);
  });

  it('keeps line breaks in code spans and trims one space off both ends', () => {
    const code = (m: string) => md.parseInline(m, {})[0]?.children?.[0]?.content;
    expect(code('`a\n  b`')).toBe('a\n  b');
    expect(code('`` `x` ``')).toBe('`x`');
    expect(code('`\nx `')).toBe('x');
    expect(code('` x`')).toBe(' x');
    expect(code('`  `')).toBe('  ');
  });

  it('drops white space with a tab before a line ending, and breaks hard only after spaces', () => {
    expect(inline('a \t\nb')).toEqual(['a', 'softbreak', 'b']);
    expect(inline('a\t  \nb')).toEqual(['a', 'softbreak', 'b']);
    expect(inline('a  \nb')).toEqual(['a', 'hardbreak', 'b']);
    expect(inline('a\t\\\nb')).toEqual(['a\t', 'hardbreak', 'b']);
  });

  it('escapes only ASCII punctuation: a URL after a backslash is still linked', () => {
    expect(inline('\\*x \\https://example.test')).toEqual([
      '*',
      'x \\',
      'link_open',
      'https://example.test',
      'link_close',
    ]);
  });

  it('links no literal after a "[" until its "]"', () => {
    expect(inline('[a https://x.test')).toEqual(['[a https://x.test']);
    expect(inline('[a] https://x.test')).toEqual([
      '[a] ',
      'link_open',
      'https://x.test',
      'link_close',
    ]);
    expect(inline('[a](https://x.test) www.y.test')).toEqual([
      'link_open',
      'a',
      'link_close',
      ' ',
      'link_open',
      'www.y.test',
      'link_close',
    ]);
    expect(inline('[www.y.test](u)')[1]).toBe('www.y.test');
  });

  it('gives each inline token its line inside the paragraph', () => {
    const tokens = md.parseInline('a\nb [x](u)\nc `d\ne` https://f.test', {})[0]?.children ?? [];
    const lines = tokens.filter((t) => t.type !== 'text').map((t) => `${t.type}@${t.map?.[0]}`);
    expect(lines).toEqual([
      'softbreak@0',
      'link_open@1',
      'link_close@1',
      'softbreak@1',
      'code_inline@2',
      'link_open@3',
      'link_close@3',
    ]);
  });

  it('gives each table row the cells it has, a row of one "|" one empty cell', () => {
    const tokens = blocks('| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |\n|\n');
    const cells: number[] = [];
    for (const t of tokens) {
      if (t.type === 'tr_open') cells.push(0);
      if (t.type === 'th_open' || t.type === 'td_open') cells.push((cells.pop() ?? 0) + 1);
    }
    expect(cells).toEqual([2, 1, 3, 1]);
    const extra = tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(extra).toEqual(['a', 'b', '1', '1', '2', '3', '']);
  });

  it('reads "---" under a row as a heading underline, and ":-" as a delimiter row', () => {
    expect(blocks('| a\n---\n')[0]?.type).toBe('heading_open');
    expect(blocks('| a\n:-\n')[0]?.type).toBe('table_open');
    expect(blocks('a | b\n-|-\n')[0]?.type).toBe('table_open');
  });

  it('calls a footnote by its label, any case, with no white space in it', () => {
    const calls = (m: string) =>
      blocks(m)
        .flatMap((t) => t.children ?? [])
        .filter((t) => t.type === 'footnote_ref');
    expect(
      calls('[^Note] [^note] [^a b]\n\n[^NOTE]: x\n\n[^a b]: y\n').map((t) => t.meta?.label),
    ).toEqual(['NOTE', 'NOTE']);
    expect(calls('[^\\]x]\n\n[^\\]x]: y\n')).toHaveLength(1);
    expect(calls('[^]\n\n[^]: y\n[^[]: z\n')).toHaveLength(0);
  });

  it('ends a quote or a table at a footnote definition, which takes its indented lines', () => {
    const types = (m: string) => blocks(m).map((t) => `${t.type}@${t.map?.[0] ?? ''}`);
    expect(types('> q\n[^1]: x\n    y\nz\n')).toEqual([
      'blockquote_open@0',
      'paragraph_open@0',
      'inline@0',
      'paragraph_close@',
      'blockquote_close@',
      'footnote_open@1',
      'paragraph_open@1',
      'inline@1',
      'paragraph_close@',
      'footnote_close@',
    ]);
    expect(types('    [^1]: code\n')[0]).toBe('code_block@0');
  });

  it('keeps reference definitions as blocks', () => {
    expect(blocks('[d]: https://example.test\n').map((t) => t.type)).toEqual([
      'reference_definition',
    ]);
  });
});

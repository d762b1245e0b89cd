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

  it('reads tildes by their neighbours, the start and end of the text as white space', () => {
    expect(inline('~(a)~')).toEqual(['s_open', '(a)', 's_close']);
    expect(inline('a~(b)~c')).toEqual(['a~(b)~c']);
    expect(inline('~a~b~')).toEqual(['s_open', 'a', 's_close', 'b~']);
    expect(inline('~ a~ a~(b)~ c ~b ~')).toEqual(['~ a~ a~(b)~ c ~b ~']);
    expect(inline('~~~`x`')).toEqual(['~~~', 'code_inline']);
    expect(inline('[~a~](u)')).toEqual(['link_open', 's_open', 'a', 's_close', 'link_close']);
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

  it('opens and closes emphasis by what is on either side, the start and end as white space', () => {
    expect(inline('*(a)*')).toEqual(['em_open', '(a)', 'em_close']);
    expect(inline('* a*')).toEqual(['* a*']);
    expect(inline('*a *')).toEqual(['*a *']);
    expect(inline('(_(a)_)')).toEqual(['(', 'em_open', '(a)', 'em_close', ')']);
    expect(inline('a_(b)_c')).toEqual(['a_(b)_c']);
    expect(inline('**a**b')).toEqual(['strong_open', 'a', 'strong_close', 'b']);
    expect(inline('a*(b)*')).toEqual(['a*(b)*']);
    expect(inline('*(b)*a')).toEqual(['*(b)*a']);
    expect(inline('a_b_c')).toEqual(['a_b_c']);
    expect(inline('_a_')).toEqual(['em_open', 'a', 'em_close']);
  });

  it('keeps line breaks in code spans and trims one space off both ends', () => {
    const code = (m: string) => md.parseInline(m, {})[0]?.children?.[0]?.content;
    expect(code('`a\n  b`')).toBe('a\n  b');
    expect(code('`` `x` ``')).toBe('`x`');
    expect(code('`\nx `')).toBe('x');
    expect(code('` x`')).toBe(' x');
    expect(code('`  `')).toBe('  ');
    expect(code('`a b `')).toBe('a b ');
    expect(code('` a b`')).toBe(' a b');
    expect(code('` a b `')).toBe('a b');
  });

  it('drops white space with a tab before a line ending, and breaks hard only after spaces', () => {
    expect(inline('a \t\nb')).toEqual(['a', 'softbreak', 'b']);
    expect(inline('a\t  \nb')).toEqual(['a', 'softbreak', 'b']);
    expect(inline('a  \nb')).toEqual(['a', 'hardbreak', 'b']);
    expect(inline('a\t\\\nb')).toEqual(['a\t', 'hardbreak', 'b']);
    expect(inline('a b\t\nc')).toEqual(['a b', 'softbreak', 'c']);
    expect(inline('a\tb  \nc')).toEqual(['a\tb', 'hardbreak', 'c']);
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
    expect(inline('a] [b https://x.test')).toEqual(['a] [b https://x.test']);
    expect(inline('see https:// x')).toEqual(['see https:// x']);
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

  it('reads the cells of a row as written: indented, with no outer pipes, with "\\|"', () => {
    const cells = (m: string) =>
      blocks(m)
        .filter((t) => t.type === 'inline')
        .map((t) => t.content);
    expect(
      cells('| a | b |\n| - | - |\n  | 1 |  \nx | y\n| c \\| d |\n| e | f | g \\| h |\n'),
    ).toEqual(['a', 'b', '1', 'x', 'y', 'c | d', 'e', 'f', 'g | h']);
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

  it('calls a footnote only with "[^", a label of at most 999 characters and its "]"', () => {
    const calls = (m: string) =>
      blocks(m)
        .flatMap((t) => t.children ?? [])
        .filter((t) => t.type === 'footnote_ref').length;
    expect(calls('see [ab] y^b] [^b\n\n[^b]: x\n')).toBe(0);
    expect(calls(`[^${'a'.repeat(999)}]\n\n[^${'a'.repeat(999)}]: x\n`)).toBe(1);
    expect(calls(`[^${'a'.repeat(1000)}]\n\n[^${'a'.repeat(1000)}]: x\n`)).toBe(0);
    expect(calls('[a [^1]](u) [^1]`x`\n\n[^1]: y\n')).toBe(2);
    expect(calls('!^b]\n\n[^b]: x\n')).toBe(0);
    expect(calls('[^a[b]: x\n\ny [^a[b]\n')).toBe(0);
    const after = blocks('[^1]`x`\n\n[^1]: y\n')[1]?.children?.map((t) => t.type);
    expect(after).toEqual(['footnote_ref', 'code_inline']);
  });

  it('reads a footnote definition indented up to three spaces, with blocks in its first line', () => {
    const types = (m: string) => blocks(m).map((t) => t.type);
    expect(types('   [^1]: - item\n')).toEqual([
      'footnote_open',
      'bullet_list_open',
      'list_item_open',
      'paragraph_open',
      'inline',
      'paragraph_close',
      'list_item_close',
      'bullet_list_close',
      'footnote_close',
    ]);
    expect(types('[^1]:\t- item\n')[1]).toBe('bullet_list_open');
    expect(types('[^1]: a\n\nb\n').slice(-4)).toEqual([
      'footnote_close',
      'paragraph_open',
      'inline',
      'paragraph_close',
    ]);
    expect(types('a\n    [^1]: x\n')).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    expect(types('[^a\\ b]: x\n')[0]).toBe('reference_definition');
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

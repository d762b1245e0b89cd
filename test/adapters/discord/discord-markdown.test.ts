import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  formatMarkdown,
  truncatePlain,
} from '../../../adapters/discord/discord-markdown.js';

describe('formatMarkdown', () => {
  it('bolds each matched range', () => {
    expect(
      formatMarkdown('Ansible 2.10 went GA', [
        { start: 0, end: 7 },
        { start: 18, end: 20 },
      ]),
    ).toBe('**Ansible** 2.10 went **GA**');
  });

  it('bolds a URL whole when a match touches it, and leaves it unescaped', () => {
    expect(formatMarkdown('see https://example.com/a_b now', [{ start: 10, end: 12 }])).toBe(
      'see **https://example.com/a_b** now',
    );
  });

  it('escapes line-start Markdown, quotes, mentions and @everyone', () => {
    expect(formatMarkdown('# not a heading\n> quote\n- item @everyone <@123>', [])).toBe(
      '\\# not a heading\n\\> quote\n\\- item @\u200beveryone \\<@123>',
    );
  });

  it('escapes Markdown in the text without escaping a list marker mid-line', () => {
    expect(formatMarkdown('**x** 2.10', [{ start: 6, end: 10 }])).toBe('\\*\\*x\\*\\* **2.10**');
  });

  it('keeps whitespace out of bold, widens to whole code points and clamps ranges', () => {
    expect(formatMarkdown('a  b', [{ start: 0, end: 4 }])).toBe('**a**  **b**');
    expect(formatMarkdown('😀abc', [{ start: 1, end: 3 }])).toBe('**😀a**bc');
    expect(formatMarkdown('abc', [{ start: -5, end: 99 }])).toBe('**abc**');
    expect(formatMarkdown('abc', [{ start: 2, end: 2 }])).toBe('abc');
  });

  it('cuts to the length with an ellipsis, never inside a URL', () => {
    expect(formatMarkdown('abcdefghij', [], 10)).toBe('abcdefghij');
    expect(formatMarkdown('abcdefghij', [], 6)).toBe('abcde…');
    expect(formatMarkdown('abc https://example.com/long/path def', [], 20)).toBe('abc …');
  });

  it('never leaves a lone backslash or half a surrogate pair at a cut', () => {
    expect(escapeMarkdown('a*b*c_d', 4)).toBe('a\\*…');
    expect(escapeMarkdown('ab😀cd', 4)).toBe('ab…');
  });
});

describe('truncatePlain', () => {
  it('keeps text within the limit as it is', () => {
    expect(truncatePlain('abc', 3)).toBe('abc');
  });

  it('cuts longer text to the limit with an ellipsis, between code points', () => {
    expect(truncatePlain('abcdef', 4)).toBe('abc…');
    expect(truncatePlain('😀😀😀', 4)).toBe('😀…');
  });
});

describe('formatMarkdown edges', () => {
  it('escapes an indented quote marker', () => {
    expect(formatMarkdown('  > quoted', [])).toBe('  \\> quoted');
  });

  it('clamps a range that starts before the text to its start', () => {
    expect(formatMarkdown('abcd', [{ start: -2, end: 2 }])).toBe('**ab**cd');
  });

  it('leaves leading and trailing matched white space unbolded, with no empty bold', () => {
    expect(formatMarkdown('x a y', [{ start: 1, end: 4 }])).toBe('x **a** y');
  });

  it('treats text right after a bolded line break as the start of a line', () => {
    expect(formatMarkdown('ab\n- c', [{ start: 0, end: 3 }])).toBe('**ab**\n\\- c');
  });

  it('widens a range only to a URL it overlaps, not to one it touches', () => {
    expect(formatMarkdown('see https://x.io now', [{ start: 0, end: 4 }])).toBe(
      '**see** https://x.io now',
    );
    expect(formatMarkdown('https://x.io now', [{ start: 12, end: 16 }])).toBe(
      'https://x.io **now**',
    );
  });

  it('ignores empty ranges, even inside a URL or a surrogate pair', () => {
    expect(formatMarkdown('😀a', [{ start: 1, end: 1 }])).toBe('😀a');
    expect(formatMarkdown('https://x.io', [{ start: 5, end: 5 }])).toBe('https://x.io');
  });

  it('bolds a lone low surrogate at the very start as it is', () => {
    expect(formatMarkdown('\uDC00ab', [{ start: 0, end: 1 }])).toBe('**\uDC00**ab');
  });

  it('widens a range that ends inside a surrogate pair to the whole character', () => {
    expect(formatMarkdown('😀abc', [{ start: 0, end: 1 }])).toBe('**😀**abc');
  });

  it('knows the first and last low surrogates, and nothing above them', () => {
    expect(formatMarkdown('a\u{10000}b', [{ start: 2, end: 3 }])).toBe('a**\u{10000}**b');
    expect(formatMarkdown('a\u{10FFFF}b', [{ start: 2, end: 3 }])).toBe('a**\u{10FFFF}**b');
    expect(formatMarkdown('ｱｲ', [{ start: 1, end: 2 }])).toBe('ｱ**ｲ**');
  });

  it('cuts right after a URL, but never inside one', () => {
    expect(formatMarkdown('https://x.io abc', [], 13)).toBe('https://x.io…');
  });

  it('drops a bold run that has no room for even one character, rather than leave empty bold', () => {
    expect(formatMarkdown('abcdef', [{ start: 0, end: 6 }], 4)).toBe('…');
    expect(formatMarkdown('abcdef', [{ start: 0, end: 6 }], 5)).toBe('…');
    expect(formatMarkdown('abc de', [{ start: 4, end: 6 }], 7)).toBe('abc …');
  });

  it('keeps room for the ellipsis after every run but the last', () => {
    expect(formatMarkdown('abc de', [{ start: 4, end: 6 }], 4)).toBe('abc…');
    expect(formatMarkdown('abc de', [{ start: 4, end: 6 }], 10)).toBe('abc **de**');
  });

  it('shows nothing, not even the ellipsis, with no room at all', () => {
    expect(escapeMarkdown('abc', 0)).toBe('');
  });
});

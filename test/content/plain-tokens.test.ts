import markdownit, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { PlainBlockState, PlainInlineState } from '../../src/content/plain-tokens.js';

// Team-written notes with every kind of nesting the states keep count of: headings, nested
// lists, quotes, a table, links and emphasis inside one another, code, and a reference.
const NOTES = [
  '# Meetup 9',
  '',
  '## Talk one (@speaker)',
  '',
  '- a *first **point** with* [a `link`](https://example.test/a "title")',
  '  - nested ~~struck~~ text and <span>html</span>',
  '    1. ordered **_deep_** item',
  '- [ref][r] and ![image](https://example.test/i.png)',
  '',
  '> quoted *text with [inner **link**](https://example.test/q)*',
  '',
  '| col | other |',
  '| --- | :---: |',
  '| *a* | `b` |',
  '',
  '```ts',
  'const x = 1;',
  '```',
  '',
  'Plain paragraph with a hard  ',
  'break, an unclosed *star and a _stray_ one.',
  '',
  '[r]: https://example.test/r',
].join('\n');

function parsed(plain: boolean): Token[] {
  const md = markdownit({ html: true });
  if (plain) {
    md.block.State = PlainBlockState;
    md.inline.State = PlainInlineState;
  }
  return md.parse(NOTES, {});
}

/** Every token of a stream, inline children included, depth first. */
const all = (tokens: readonly Token[]): Token[] =>
  tokens.flatMap((t) => [t, ...all(t.children ?? [])]);

describe('plain-token states', () => {
  it('make the same tokens as markdown-it, field for field and level for level', () => {
    const plain = parsed(true);
    expect(plain).toEqual(parsed(false));
    // The sample reaches the depths the level counting has to get right.
    expect(Math.max(...all(plain).map((t) => t.level))).toBeGreaterThanOrEqual(4);
  });

  it("make markdown-it's own Token objects, with the same fields in the same order", () => {
    const plain = all(parsed(true));
    const stock = all(parsed(false));
    expect(plain.length).toBe(stock.length);
    for (const [i, token] of plain.entries()) {
      expect(token).toBeInstanceOf(markdownit.Token);
      expect(Object.keys(token)).toEqual(Object.keys(stock[i] as Token));
    }
  });

  it('keep the state as markdown-it does, push by push', () => {
    // The levels a parse ends with are recounted by markdown-it's last inline rules, so the
    // state itself is compared: each push on a plain state and on markdown-it's own.
    const md = markdownit();
    const run = (state: InstanceType<typeof markdownit.StateInline>) => {
      const seen: unknown[] = [];
      const step = (pending: string, type: string, nesting: Token['nesting']) => {
        state.pending = pending;
        state.delimiters.push({
          marker: 42,
          length: 1,
          token: 0,
          end: -1,
          open: true,
          close: false,
        });
        state.push(type, '', nesting);
        seen.push([state.level, state.pendingLevel, state.delimiters.length, state.pending]);
      };
      step('a', 'link_open', 1);
      step('b', 'em_open', 1);
      step('', 'text', 0);
      step('c', 'em_close', -1);
      step('d', 'link_close', -1);
      state.pending = 'e';
      state.pushPending();
      return { seen, tokens: state.tokens, meta: state.tokens_meta };
    };
    const plain = run(new PlainInlineState('', md, {}, []));
    expect(plain).toEqual(run(new markdownit.StateInline('', md, {}, [])));
    expect(plain.tokens.map((t) => t.level)).toEqual([0, 0, 1, 1, 2, 2, 1, 1, 0, 0]);
  });

  it("start with markdown-it's inline state fields, in the same order, and its methods", () => {
    const md = markdownit();
    const made = (State: typeof markdownit.StateInline) => new State('a *b* c', md, { x: 1 }, []);
    const plain = made(PlainInlineState);
    const stock = made(markdownit.StateInline);
    expect(Object.keys(plain)).toEqual(Object.keys(stock));
    expect(plain).toEqual(stock);
    expect(plain.Token).toBe(markdownit.Token);
    expect(plain).toBeInstanceOf(markdownit.StateInline);
    expect(plain.scanDelims(2, true)).toEqual(stock.scanDelims(2, true));
  });

  it('push block tokens as markdown-it does', () => {
    const md = markdownit();
    const run = (state: InstanceType<typeof markdownit.StateBlock>) => {
      for (const nesting of [1, 1, 0, -1, 0, -1] as const) state.push('x', 'p', nesting);
      return { tokens: state.tokens, level: state.level };
    };
    const plain = run(new PlainBlockState('', md, {}, []));
    expect(plain).toEqual(run(new markdownit.StateBlock('', md, {}, [])));
    expect(plain.tokens.map((t) => [t.level, t.block])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [1, true],
      [1, true],
      [0, true],
    ]);
  });

  it('keep emphasis delimiters per link level, as markdown-it does', () => {
    const md = markdownit();
    md.inline.State = PlainInlineState;
    const inline = md.parseInline('*a [b *c* d](https://example.test) e*', {})[0]?.children;
    expect(inline?.map((t) => t.type)).toEqual([
      'em_open',
      'text',
      'link_open',
      'text',
      'em_open',
      'text',
      'em_close',
      'text',
      'link_close',
      'text',
      'em_close',
    ]);
    // An emphasis opened outside a link never closes inside it.
    const across = md.parseInline('*a [b* c](https://example.test) d', {})[0]?.children;
    expect(across?.map((t) => t.type)).toEqual(['text', 'link_open', 'text', 'link_close', 'text']);
  });
});

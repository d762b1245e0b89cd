import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { linkTextLiterals, literalAt, literalStarts } from '../../src/content/gfm-autolink.js';

/** The literal at the start of `text`, as the text it takes. */
function literal(text: string): string | undefined {
  const found = literalAt(text, 0, text.length);
  return found && `${found.kind} ${text.slice(0, found.end)}`;
}

describe('literalStarts', () => {
  it('finds schemes, www hosts and local parts only after a character that lets them start', () => {
    const text =
      'a https://x.test xhttps://y.test 1https://z.test (www.a.test) 1www.b.test c@d.test /e@f.test';
    const starts = literalStarts(text).map((i) => text.slice(i, i + 5));
    expect(starts).toEqual(['https', 'https', 'www.a', 'c@d.t']);
  });

  it('lets www start after white space, brackets and emphasis marks', () => {
    expect(literalStarts('www.a.test\twww.b.test *www.c.test ~www.d.test').length).toBe(4);
  });
});

describe('literalAt', () => {
  it('reads a URL up to white space, trailing punctuation left out', () => {
    expect(literal('https://example.test/a.b?q=1. next')).toBe('http https://example.test/a.b?q=1');
    expect(literal('HTTP://example.test/x!?')).toBe('http HTTP://example.test/x');
    expect(literal('https://example.test/日本語。続き')).toBe(
      'http https://example.test/日本語。続き',
    );
  });

  it('keeps a ")" that closes a "(" in the path, and an entity-like "&" that is not one', () => {
    expect(literal('https://example.test/a_(b))')).toBe('http https://example.test/a_(b)');
    expect(literal('https://example.test/a)')).toBe('http https://example.test/a');
    expect(literal('https://example.test/a&b')).toBe('http https://example.test/a&b');
    expect(literal('https://example.test/a&amp;')).toBe('http https://example.test/a');
    expect(literal('https://example.test/a&amp')).toBe('http https://example.test/a&amp');
  });

  it('keeps a "]" unless white space, a bracket or the end follows it', () => {
    expect(literal('https://example.test/a]b')).toBe('http https://example.test/a]b');
    expect(literal('https://example.test/a] b')).toBe('http https://example.test/a');
    expect(literal('https://example.test/a](x)')).toBe('http https://example.test/a');
    expect(literal('https://example.test/a]!')).toBe('http https://example.test/a');
  });

  it('needs a host after the scheme, with no underscore in its last two labels', () => {
    expect(literal('https://')).toBeUndefined();
    expect(literal('https:///x')).toBeUndefined();
    expect(literal('httpx://example.test')).toBeUndefined();
    expect(literal('https://a_b.test')).toBeUndefined();
    expect(literal('https://a.b_c')).toBeUndefined();
    expect(literal('https://a_b.c.test/x')).toBe('http https://a_b.c.test/x');
    expect(literal('https://x-y.test.')).toBe('http https://x-y.test');
  });

  it('reads a www host with its path, and an email address that ends in a letter', () => {
    expect(literal('WWW.example.test/p,')).toBe('www WWW.example.test/p');
    expect(literal('www.')).toBeUndefined();
    expect(literal('www.x')).toBe('www www.x');
    expect(literal('ops+x@example.test.')).toBe('email ops+x@example.test');
    expect(literal('ops@example.t1')).toBeUndefined();
    expect(literal('ops@example')).toBeUndefined();
    expect(literal('ops@')).toBeUndefined();
  });

  it('reads no email where a slash or a local-part character comes before', () => {
    expect(literalAt('/ops@example.test', 1, 17)).toBeUndefined();
    expect(literalAt('_www.a@b.test', 1, 13)).toEqual({ kind: 'www', end: 13 });
  });
});

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [text(value)],
});

describe('linkTextLiterals', () => {
  it('links URLs after white space or punctuation, trailing punctuation left as text', () => {
    const nodes = [text('see 「https://example.test/a_(b)).」 and ahttps://no.test')];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      text('see 「'),
      link('https://example.test/a_(b)).」', 'https://example.test/a_(b)).」'),
      text(' and ahttps://no.test'),
    ]);
  });

  it('splits trailing punctuation off, keeping the ")" that closes a "("', () => {
    const nodes = [text('(https://example.test/a_(b)).')];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      text('('),
      link('https://example.test/a_(b)', 'https://example.test/a_(b)'),
      text(').'),
    ]);
  });

  it('links www hosts, emails, mailto and xmpp addresses', () => {
    const nodes = [
      text('www.example.test ops@example.test mailto:a@example.test xmpp:b@example.test/desk'),
    ];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      link('http://www.example.test', 'www.example.test'),
      text(' '),
      link('mailto:ops@example.test', 'ops@example.test'),
      text(' '),
      link('mailto:a@example.test', 'mailto:a@example.test'),
      text(' '),
      link('xmpp:b@example.test/desk', 'xmpp:b@example.test/desk'),
    ]);
  });

  it('leaves hosts GFM does not link: one label, underscores, a digit at the end of an email', () => {
    const nodes = [text('https://localhost www.a_b.test a@b.c1 mailto:a@b.c- xmpp:a@b.test/x.')];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      text('https://localhost www.a_b.test a@b.c1 mailto:a@b.c- '),
      link('xmpp:a@b.test/x', 'xmpp:a@b.test/x'),
      text('.'),
    ]);
  });

  it('looks inside emphasis but never inside a link', () => {
    const nodes: PhrasingContent[] = [
      { type: 'strong', children: [text('x https://a.test')] },
      link('https://b.test', 'see https://c.test'),
    ];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      { type: 'strong', children: [text('x '), link('https://a.test', 'https://a.test')] },
      link('https://b.test', 'see https://c.test'),
    ]);
  });
});

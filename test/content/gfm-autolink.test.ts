import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { linkTextLiterals, literalAt, literalStarts } from '../../src/content/gfm-autolink.js';

/** The literal at the start of `text`, as the text it takes. */
function literal(text: string): string | undefined {
  const found = literalAt(text, 0);
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
    expect(
      literalStarts('www.a.test\twww.b.test *www.c.test ~www.d.test\rwww.e\nwww.f').length,
    ).toBe(6);
  });

  it('finds each kind alone, an upper-case WWW too, and nothing in text with none of their marks', () => {
    expect(literalStarts('see WWW.example.test')).toEqual([4]);
    expect(literalStarts('mail ops@example.test')).toEqual([5]);
    expect(literalStarts('read https://example.test')).toEqual([5]);
    expect(literalStarts('a plain line: no link, www or address in it')).toEqual([]);
  });

  it('lists the starts in the order of the text, http ones too', () => {
    expect(literalStarts('a@b.test http://c.test www.d.test')).toEqual([0, 9, 23]);
    expect(literalStarts('Zhttps://x.test @https://y.test [https://z.test')).toEqual([17, 33]);
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

  it('reads a local part and a domain of letters, digits, "-", "_", "+" and "."', () => {
    expect(literal('a-b_c.d+0@x-y_z.test')).toBe('email a-b_c.d+0@x-y_z.test');
    expect(literal('a9@0x.b9c.AZ')).toBe('email a9@0x.b9c.AZ');
    expect(literal('a@b.z')).toBe('email a@b.z');
    expect(literal('a@b.Z')).toBe('email a@b.Z');
    expect(literal('a@b.c{')).toBe('email a@b.c');
    expect(literal('a@b.c`')).toBe('email a@b.c');
    expect(literal('@b.test')).toBeUndefined();
    expect(literal('ops.example.test')).toBeUndefined();
    expect(literal('ab:c.test')).toBeUndefined();
    expect(literal('a@b.c@')).toBe('email a@b.c');
  });

  it('needs "www." with more after it, and a scheme of http or https', () => {
    expect(literal('wwx.test')).toBeUndefined();
    expect(literal('wwwx.test')).toBeUndefined();
    expect(literal('ww.test')).toBeUndefined();
    expect(literal('x.test')).toBeUndefined();
    expect(literal('xhttp://a.test')).toBeUndefined();
    expect(literal('http://x.test')).toBe('http http://x.test');
    expect(literal('https:// x')).toBeUndefined();
    expect(literal('https://\u0001x')).toBeUndefined();
    expect(literal('https://\u007fx')).toBeUndefined();
    expect(literal('https://-x.test')).toBeUndefined();
    expect(literal('https://日本.test/x')).toBe('http https://日本.test/x');
  });

  it('takes a host with no dot, and ends a host at punctuation other than "-"', () => {
    expect(literal('https://localhost/x')).toBe('http https://localhost/x');
    expect(literal('https://a-b_c.test')).toBeUndefined();
    expect(literal('https://a_b.test:80/x')).toBeUndefined();
    expect(literal('https://a.b_c:80/x')).toBeUndefined();
    expect(literal('www.a_b.c.test')).toBe('www www.a_b.c.test');
  });

  it('counts a ")" with no "(" before it, so a later "(…)" is not balanced by it', () => {
    expect(literal('https://x.test/a)b(c)')).toBe('http https://x.test/a)b(c');
    expect(literal('https://x.test/(a)(b)')).toBe('http https://x.test/(a)(b)');
  });

  it('ends a path before "<" and before entities at its end, but not one in its middle', () => {
    expect(literal('https://x.test/a.<b')).toBe('http https://x.test/a');
    expect(literal('https://x.test/a<b')).toBe('http https://x.test/a');
    expect(literal('https://x.test/a&b&amp;')).toBe('http https://x.test/a&b');
    expect(literal('https://x.test/a&amp;b')).toBe('http https://x.test/a&amp;b');
    expect(literal('https://x.test/a][x')).toBe('http https://x.test/a');
    expect(literal('https://x.test/a.]')).toBe('http https://x.test/a');
  });

  it('reads no email where a slash or a local-part character comes before', () => {
    expect(literalAt('/ops@example.test', 1)).toBeUndefined();
    expect(literalAt('_www.a@b.test', 1)).toEqual({ kind: 'www', end: 13 });
  });
});

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [text(value)],
});

/** `value` as one text node, after linkTextLiterals. */
function linked(value: string): PhrasingContent[] {
  const nodes = [text(value)];
  linkTextLiterals(nodes);
  return nodes;
}

describe('linkTextLiterals', () => {
  it('links URLs after white space or punctuation, trailing punctuation left as text', () => {
    expect(linked('see 「https://example.test/a_(b)).」 and ahttps://no.test')).toEqual([
      text('see 「'),
      link('https://example.test/a_(b)).」', 'https://example.test/a_(b)).」'),
      text(' and ahttps://no.test'),
    ]);
  });

  it('splits trailing punctuation off, keeping the ")" that closes a "("', () => {
    expect(linked('(https://example.test/a_(b)).')).toEqual([
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
    expect(linked('https://localhost www.a_b.test a@b.c1 mailto:a@b.c- xmpp:a@b.test/x.')).toEqual([
      text('https://localhost www.a_b.test a@b.c1 mailto:a@b.c- '),
      link('xmpp:a@b.test/x', 'xmpp:a@b.test/x'),
      text('.'),
    ]);
  });

  it('links an email, an upper-case WWW host and a URL each alone in a text', () => {
    expect(linked('ops@example.test')).toEqual([
      link('mailto:ops@example.test', 'ops@example.test'),
    ]);
    expect(linked('WWW.example.test')).toEqual([
      link('http://WWW.example.test', 'WWW.example.test'),
    ]);
    expect(linked('x https://example.test')).toEqual([
      text('x '),
      link('https://example.test', 'https://example.test'),
    ]);
  });

  it('keeps a text with no link as a text node of its own, drops an empty one, and looks inside emphasis', () => {
    const nodes: PhrasingContent[] = [
      {
        type: 'text',
        value: 'no links here',
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 14 } },
      },
      text(''),
      { type: 'emphasis', children: [text('ops@example.test')] },
    ];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      text('no links here'),
      { type: 'emphasis', children: [link('mailto:ops@example.test', 'ops@example.test')] },
    ]);
  });

  it('links no URL after a letter that is neither white space nor punctuation', () => {
    expect(linked('資料https://example.test/a')).toEqual([text('資料https://example.test/a')]);
  });

  it('keeps the text after trailing punctuation with it, and a ")" after a "(" inside', () => {
    expect(linked('https://a.test/x). more (https://b.test/a_(b.)')).toEqual([
      link('https://a.test/x', 'https://a.test/x'),
      text('). more ('),
      link('https://b.test/a_(b.)', 'https://b.test/a_(b.)'),
    ]);
  });

  it('links no host whose last two labels lack a letter or digit or have an underscore', () => {
    expect(linked('www.x.-- www.a.b_c www.a_b.c www.a_b.c.d a@b1.test mailto:c@d1.test')).toEqual([
      text('www.x.-- www.a.b_c www.a_b.c '),
      link('http://www.a_b.c.d', 'www.a_b.c.d'),
      text(' '),
      link('mailto:a@b1.test', 'a@b1.test'),
      text(' '),
      link('mailto:c@d1.test', 'mailto:c@d1.test'),
    ]);
  });

  it('links an xmpp address only when its resource ends in a letter and no "@" follows', () => {
    expect(linked('xmpp:a@b.test/x1 xmpp:a@b.test/r@ xmpp:a@b1.test/r')).toEqual([
      text('xmpp:a@b.test/x1 xmpp:a@b.test/r@ '),
      link('xmpp:a@b1.test/r', 'xmpp:a@b1.test/r'),
    ]);
  });

  it('takes a trailing dot off a host, and each ")" that closes a "(" in turn', () => {
    expect(linked('www.x. www.y.test/((a).).')).toEqual([
      link('http://www.x', 'www.x'),
      text('. '),
      link('http://www.y.test/((a).)', 'www.y.test/((a).)'),
      text('.'),
    ]);
  });

  it('goes on to the nodes after one it replaced', () => {
    const nodes: PhrasingContent[] = [
      text('https://x.test b'),
      { type: 'emphasis', children: [text('https://y.test')] },
    ];
    linkTextLiterals(nodes);
    expect(nodes[2]).toEqual({
      type: 'emphasis',
      children: [link('https://y.test', 'https://y.test')],
    });
  });

  it('looks inside emphasis but never inside a link', () => {
    const nodes: PhrasingContent[] = [
      { type: 'strong', children: [text('x https://a.test')] },
      link('https://b.test', 'see https://c.test'),
      {
        type: 'linkReference',
        identifier: 'r',
        referenceType: 'full',
        children: [text('https://d.test')],
      },
    ];
    linkTextLiterals(nodes);
    expect(nodes).toEqual([
      { type: 'strong', children: [text('x '), link('https://a.test', 'https://a.test')] },
      link('https://b.test', 'see https://c.test'),
      {
        type: 'linkReference',
        identifier: 'r',
        referenceType: 'full',
        children: [text('https://d.test')],
      },
    ]);
  });
});

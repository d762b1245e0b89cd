import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownTree } from '../../src/content/markdown-tree.js';

/** A node as the notes parser reads it: type, line, and the one value that matters. */
type Shape = {
  t: string;
  l?: number;
  v?: string;
  u?: string;
  id?: string;
  d?: number;
  c?: Shape[];
};

function shape(node: Nodes): Shape {
  const out: Shape = { t: node.type };
  if (node.position && node.type !== 'text') out.l = node.position.start.line;
  if ('value' in node) out.v = node.value;
  if (node.type === 'link' || node.type === 'image') out.u = node.url;
  if ('identifier' in node) out.id = node.identifier;
  if (node.type === 'image' || node.type === 'imageReference') out.v = node.alt ?? '';
  if (node.type === 'heading') out.d = node.depth;
  if ('children' in node) out.c = node.children.map(shape);
  return out;
}

const tree = (markdown: string) => (shape(markdownTree(markdown)) as { c: Shape[] }).c;
/** The phrasing nodes of a one-paragraph text. */
const inline = (markdown: string) => tree(markdown)[0]?.c;
const text = (v: string): Shape => ({ t: 'text', v });
const link = (u: string, l: number, v = u): Shape => ({ t: 'link', l, u, c: [text(v)] });

describe('markdownTree', () => {
  it('reads headings with their depth and line, and paragraphs, rules and quotes', () => {
    expect(tree('# Ops Night\n\n## Registry\nHarbor keeps images.\n\n---\n\n> quoted\n')).toEqual([
      { t: 'heading', l: 1, d: 1, c: [text('Ops Night')] },
      { t: 'heading', l: 3, d: 2, c: [text('Registry')] },
      { t: 'paragraph', l: 4, c: [text('Harbor keeps images.')] },
      { t: 'thematicBreak', l: 6 },
      { t: 'blockquote', l: 8, c: [{ t: 'paragraph', l: 8, c: [text('quoted')] }] },
    ]);
  });

  it('reads a setext heading on the line its text starts', () => {
    expect(tree('\nRegistry\n===\n')).toEqual([
      { t: 'heading', l: 2, d: 1, c: [text('Registry')] },
    ]);
  });

  it('nests lists, each bullet on its own line, ordered or not', () => {
    const [list] = tree('* harbor\n    * notary\n    * trivy\n1. first\n') as Shape[];
    expect(list).toEqual({
      t: 'list',
      l: 1,
      c: [
        {
          t: 'listItem',
          l: 1,
          c: [
            { t: 'paragraph', l: 1, c: [text('harbor')] },
            {
              t: 'list',
              l: 2,
              c: [
                { t: 'listItem', l: 2, c: [{ t: 'paragraph', l: 2, c: [text('notary')] }] },
                { t: 'listItem', l: 3, c: [{ t: 'paragraph', l: 3, c: [text('trivy')] }] },
              ],
            },
          ],
        },
      ],
    });
    const ordered = markdownTree('- a\n\n1. b\n').children.map(
      (n) => n.type === 'list' && n.ordered,
    );
    expect(ordered).toEqual([false, true]);
  });

  it('keeps a fenced block as its text, unparsed, and reads indented code the same way', () => {
    expect(tree('```yaml\n# not a heading\n- not a bullet\n```\n\n    *still* code\n')).toEqual([
      { t: 'code', l: 1, v: '# not a heading\n- not a bullet' },
      { t: 'code', l: 6, v: '*still* code' },
    ]);
  });

  it('reads emphasis, strong, struck text, code, breaks, images and inline HTML', () => {
    expect(inline('*em* **strong** ~~gone~~ `kubectl get`  \n![logo](l.png) <b>x</b>')).toEqual([
      { t: 'emphasis', c: [text('em')] },
      text(' '),
      { t: 'strong', c: [text('strong')] },
      text(' '),
      { t: 'delete', c: [text('gone')] },
      text(' '),
      { t: 'inlineCode', v: 'kubectl get' },
      { t: 'break' },
      { t: 'image', v: 'logo', u: 'l.png' },
      text(' '),
      { t: 'html', v: '<b>' },
      text('x'),
      { t: 'html', v: '</b>' },
    ]);
  });

  it('keeps the line breaks of a paragraph in its text', () => {
    expect(inline('first line\nsecond line')).toEqual([text('first line\nsecond line')]);
  });

  it('gives each link the line it starts on, as written, escapes and entities decoded', () => {
    expect(
      inline('intro\n[deck](https://example.test/a?x=1&amp;y=2) and\n<https://example.test/b>'),
    ).toEqual([
      text('intro\n'),
      link('https://example.test/a?x=1&y=2', 2, 'deck'),
      text(' and\n'),
      link('https://example.test/b', 3),
    ]);
    expect(inline('[日本](https://example.test/日本)')).toEqual([
      link('https://example.test/日本', 1, '日本'),
    ]);
  });

  it('links bare URLs, www hosts and email addresses as GFM does', () => {
    expect(
      inline('slides: https://example.test/deck, www.example.test and ops@example.test'),
    ).toEqual([
      text('slides: '),
      link('https://example.test/deck', 1),
      text(', '),
      link('http://www.example.test', 1, 'www.example.test'),
      text(' and '),
      link('mailto:ops@example.test', 1, 'ops@example.test'),
    ]);
  });

  it('ends a bare URL at white space, not at Japanese text or brackets written after it', () => {
    expect(inline('資料https://example.test/deckを参照（https://example.test/v）')).toEqual([
      text('資料'),
      link('https://example.test/deckを参照（https://example.test/v）', 1),
    ]);
  });

  it('links a URL after an unclosed "[" only afterwards, with no line of its own', () => {
    expect(inline('a\n[draft https://example.test/d')).toEqual([
      text('a\n[draft '),
      { t: 'link', u: 'https://example.test/d', c: [text('https://example.test/d')] },
    ]);
  });

  it('reads a link to a definition as a link to its URL, and the definition as a block', () => {
    expect(tree('[deck][D]\n\n [d]: https://example.test/d "Deck"\n')).toEqual([
      {
        t: 'paragraph',
        l: 1,
        c: [{ t: 'link', l: 1, u: 'https://example.test/d', c: [text('deck')] }],
      },
      { t: 'definition', l: 3, id: 'd' },
    ]);
  });

  it('reads a reference to no definition as the text it is', () => {
    expect(tree('[deck][nowhere]\n')).toEqual([
      { t: 'paragraph', l: 1, c: [text('[deck][nowhere]')] },
    ]);
  });

  it('reads a table row by row, each with the cells it has', () => {
    expect(tree('| tool | use |\n| --- | --- |\n| harbor | registry | oci |\n| trivy |\n')).toEqual(
      [
        {
          t: 'table',
          l: 1,
          c: [
            { t: 'tableRow', l: 1, c: [cell('tool', 1), cell('use', 1)] },
            { t: 'tableRow', l: 3, c: [cell('harbor', 3), cell('registry', 3), cell('oci', 3)] },
            { t: 'tableRow', l: 4, c: [cell('trivy', 4)] },
          ],
        },
      ],
    );
  });

  it('reads YAML front matter as a yaml node on line 1, and the rest on its own lines', () => {
    expect(tree('---\ntitle: "Ops Night #2"\n---\n# Ops Night\n')).toEqual([
      { t: 'yaml', l: 1, v: 'title: "Ops Night #2"' },
      { t: 'heading', l: 4, d: 1, c: [text('Ops Night')] },
    ]);
    // No closing fence: no front matter.
    expect(tree('---\ntitle: x\n')[0]).toEqual({ t: 'thematicBreak', l: 1 });
  });

  it('reads TOML front matter between +++ lines as a toml node, closed only by +++', () => {
    expect(tree('+++\ntitle = "Ops Night"\n+++\n## Registry\n')).toEqual([
      { t: 'toml', l: 1, v: 'title = "Ops Night"' },
      { t: 'heading', l: 4, d: 2, c: [text('Registry')] },
    ]);
    // A --- line does not close TOML, nor a +++ line YAML: the other fence is text of the matter.
    expect(tree('+++\na = 1\n---\nb = 2\n+++\n')).toEqual([
      { t: 'toml', l: 1, v: 'a = 1\n---\nb = 2' },
    ]);
    expect(tree('---\na: 1\n+++\n---\n')).toEqual([{ t: 'yaml', l: 1, v: 'a: 1\n+++' }]);
    // No closing fence: no front matter.
    expect(tree('+++\ntitle = "x"\n')[0]?.t).toBe('paragraph');
  });

  it('takes a task list check box off the bullet text', () => {
    const items = tree('- [ ] write notes\n- [x] upload slides\n- \\[ ] escaped\n')[0]?.c;
    expect(items?.map((item) => item.c?.[0]?.c?.[0])).toEqual([
      text('write notes'),
      text('upload slides'),
      text('[ ] escaped'),
    ]);
  });

  it('keeps CRLF line endings in text and code, as the notes have them', () => {
    expect(tree('# M\r\n\r\none\r\ntwo\r\n\r\n```\r\na\r\nb\r\n```\r\n')).toEqual([
      { t: 'heading', l: 1, d: 1, c: [text('M')] },
      { t: 'paragraph', l: 3, c: [text('one\r\ntwo')] },
      { t: 'code', l: 6, v: 'a\r\nb' },
    ]);
  });

  it('reads a footnote call, and its definition as a block with the lines indented under it', () => {
    expect(tree('a [^1] b [^2]\n\n[^1]: note\n    more\n\nafter\n')).toEqual([
      {
        t: 'paragraph',
        l: 1,
        c: [text('a '), { t: 'footnoteReference', id: '1' }, text(' b [^2]')],
      },
      {
        t: 'footnoteDefinition',
        l: 3,
        id: '1',
        c: [{ t: 'paragraph', l: 3, c: [text('note\nmore')] }],
      },
      { t: 'paragraph', l: 6, c: [text('after')] },
    ]);
  });

  it('reads an image alt as plain text, a reference image, HTML blocks and an empty root', () => {
    expect(inline('![a ![b](c) *d* `e`](f) ![g][r]\n\n[r]: /h')).toEqual([
      { t: 'image', v: 'a b d e', u: 'f' },
      text(' '),
      { t: 'imageReference', v: 'g', id: 'r' },
    ]);
    expect(tree('<div>\n*x*\n</div>\n')).toEqual([{ t: 'html', l: 1, v: '<div>\n*x*\n</div>' }]);
    expect(markdownTree('')).toEqual({ type: 'root', children: [] });
  });

  it('leaves out the empty text an emphasis run can leave behind', () => {
    expect(inline('**😀**y')).toEqual([{ t: 'strong', c: [text('😀')] }, text('y')]);
    expect(inline('[**😀**y](u)')).toEqual([
      { t: 'link', l: 1, u: 'u', c: [{ t: 'strong', c: [text('😀')] }, text('y')] },
    ]);
  });

  it('reads a hard break in an image description as nothing', () => {
    expect(inline('![a\\\nb](c)')).toEqual([{ t: 'image', v: 'ab', u: 'c' }]);
  });

  it('takes a check box off only the first paragraph of a bullet, before a space or a line', () => {
    const first = (m: string) => tree(m)[0]?.c?.[0]?.c;
    expect(first('- [ ]\n  next\n')).toEqual([{ t: 'paragraph', l: 1, c: [text('next')] }]);
    expect(first('- [x] [deck](u)\n')?.[0]?.c).toEqual([link('u', 1, 'deck')]);
    expect(first('- [x]  \n  next\n')?.[0]?.c).toEqual([{ t: 'break' }, text('next')]);
    expect(first('- [ ]\n')?.[0]?.c).toEqual([text('[ ]')]);
    expect(first('- [ ]x\n')?.[0]?.c).toEqual([text('[ ]x')]);
    expect(first('- [ ]  \n')?.[0]?.c).toEqual([text('[ ]')]);
    expect(first('- a\n\n  [ ] b\n')?.[1]?.c).toEqual([text('[ ] b')]);
    expect(first('- > [ ] q\n')?.[0]?.c?.[0]?.c).toEqual([text('[ ] q')]);
    expect(tree('[ ] plain\n')[0]?.c).toEqual([text('[ ] plain')]);
    expect(first('- a [ ] b\n')?.[0]?.c).toEqual([text('a [ ] b')]);
    expect(first('- [ ]a\n  b\n')?.[0]?.c).toEqual([text('[ ]a\nb')]);
    expect(first('- [x][deck](u)\n')?.[0]?.c).toEqual([text('[x]'), link('u', 1, 'deck')]);
    expect(first('- # [ ] x\n')?.[0]?.c).toEqual([text('[ ] x')]);
  });

  it('keeps each line ending where it is, in text, fenced and indented code', () => {
    expect(tree('a\r\nb\nc\r\n\n```\rd\ne\r\nf\n```\n\n    g\r    h\r\n    i\n')).toEqual([
      { t: 'paragraph', l: 1, c: [text('a\r\nb\nc')] },
      { t: 'code', l: 5, v: 'd\ne\r\nf' },
      { t: 'code', l: 11, v: 'g\rh\r\ni' },
    ]);
    expect(inline('`a\r\nb`')).toEqual([{ t: 'inlineCode', v: 'a\r\nb' }]);
    expect(tree('---\r\ntitle: x\r\ndate: y\r\n---\r\n')).toEqual([
      { t: 'yaml', l: 1, v: 'title: x\r\ndate: y' },
    ]);
  });

  it('reads an empty front matter', () => {
    expect(tree('---\n---\n# M\n')).toEqual([
      { t: 'yaml', l: 1, v: '' },
      { t: 'heading', l: 3, d: 1, c: [text('M')] },
    ]);
  });

  it('drops a byte order mark before the front matter', () => {
    expect(markdownTree('\uFEFF---\ntitle: x\n---\n').children[0]?.type).toBe('yaml');
  });
});

function cell(value: string, line: number): Shape {
  return { t: 'tableCell', l: line, c: [text(value)] };
}

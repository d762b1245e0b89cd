import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  blockText,
  cleanTitle,
  firstLine,
  htmlText,
  inlineText,
  lineOf,
  linksIn,
} from '../../src/content/markdown-text.js';
import { markdownTree } from '../../src/content/markdown-tree.js';
import { parseNotes } from '../../src/content/parse-notes.js';

/** The blocks of a Markdown text, as the notes' parser gives them. */
const blocks = (source: string) => markdownTree(source).children;
const first = (source: string) => {
  const [block] = blocks(source);
  if (!block) throw new Error('no block');
  return block;
};

describe('blockText', () => {
  it.each([
    ['a paragraph', 'plain **bold** `code` text', 'plain bold code text'],
    ['a heading', '## Talk *title*', 'Talk title'],
    ['a code block', '```\nkubectl get pods\n```', 'kubectl get pods'],
    ['a list, a line per bullet', '* one\n* two\n  * nested', 'one\ntwo\nnested'],
    ['a quote', '> quoted line', 'quoted line'],
    ['a table, a line per row', '| a | b |\n|---|---|\n| 1 | 2 |', 'a | b\n1 | 2'],
  ])('reads %s', (_kind, source, text) => {
    expect(blockText(first(source))).toBe(text);
  });

  it('leaves out empty bullets and blocks with no text (a rule)', () => {
    expect(blockText(first('* one\n*\n* two'))).toBe('one\ntwo');
    expect(blockText(first('---'))).toBe('');
  });

  it('trims the cells of a table', () => {
    const cell = { type: 'tableCell', children: [{ type: 'text', value: '  x  ' }] };
    const table = { type: 'table', children: [{ type: 'tableRow', children: [cell, cell] }] };
    expect(blockText(table as Nodes)).toBe('x | x');
  });
});

describe('htmlText', () => {
  it('reads the text an HTML block shows, a line per paragraph or break, entities decoded', () => {
    const embedded = [
      '<blockquote class="post"><p lang="ja">登録は671名<br>ありがとうございました &amp; また来年',
      '<a href="https://example.com/h">#opsnight</a></p>&mdash; Ops Night (@opsnight) <a href="https://example.com/s/1">May 20, 2022</a></blockquote>',
      '<script async src="https://example.com/widgets.js" charset="utf-8"></script>',
    ].join('\n');
    expect(htmlText(embedded)).toBe(
      '登録は671名\nありがとうございました & また来年 #opsnight\n— Ops Night (@opsnight) May 20, 2022',
    );
  });

  it('drops what a browser does not show, closed or running to the end, and keeps a < b', () => {
    for (const html of [
      '<!-- TODO: the wifi password is written here',
      '<div>\n<!-- draft: a sponsor pays 50万円',
      '<noscript>Please enable JavaScript</noscript>',
      '<template><p>hidden</p></template>',
      '<nav><a href="#a">Kubernetes入門</a></nav>',
      '<script>const x = "text";',
    ])
      expect(htmlText(html), html).toBe('');
    expect(htmlText('<p>if a < b and c > d</p>')).toBe('if a < b and c > d');
    expect(htmlText('<p>one   two\n\nthree</p>')).toBe('one two three');
    expect(htmlText('<details><summary>回答</summary><p>答えは42</p></details>')).toBe(
      '回答\n答えは42',
    );
    expect(
      htmlText('<figure><img src="a.png"><figcaption>会場の様子</figcaption></figure>ok'),
    ).toBe('会場の様子\nok');
  });

  it('reads a table\'s row as one line, its cells between " | ", as a Markdown table\'s', () => {
    const table = [
      '<table><thead><tr><th nowrap>Time</th><th>Speaker</th><th>Title</th></tr></thead>',
      '<tbody><tr>',
      '  <td>13:45</td><td><img src="a.png"></td>',
      '  <td>Acme Inc.<br>CTO<br><a href="https://example.com/u">Jo Doe</a></td>',
      '  <td><p>Build farms</p></td>',
      '</tr>',
      '<tr><td>14:30</td><td colspan="2">coffee break',
      '<tr><td>15:00</td><td>Al Roe</td><td>Closing &amp; thanks</td></tr>',
      '<tr>lunch, written with no cell</tr></tbody></table>',
      '<p>after the table</p>',
    ].join('\n');
    expect(htmlText(table)).toBe(
      [
        'Time | Speaker | Title',
        '13:45 |  | Acme Inc. CTO Jo Doe | Build farms',
        '14:30 | coffee break',
        '15:00 | Al Roe | Closing & thanks',
        'lunch, written with no cell',
        'after the table',
      ].join('\n'),
    );
  });

  it('has no text for an iframe, an image, a comment, a script or a style alone', () => {
    for (const html of [
      '<iframe src="https://example.com/embed/1" width="560"></iframe>',
      '<img src="a.png" alt="">',
      '<!-- a note to the writer: 会場は未定 -->',
      '<script>const x = "text";</script>',
      '<style>p { color: red; }</style>',
      '<div>\n  <br>\n</div>',
    ])
      expect(htmlText(html), html).toBe('');
  });

  it('is the text of an HTML block in blockText, and an embedded post is a passage of its talk', () => {
    const [html] = markdownTree('<div><p>Harbor &lt;3</p></div>\n').children;
    expect(html && blockText(html)).toBe('Harbor <3');
    const { meetup } = parseNotes(
      'content/x.md',
      '# M\n\n## Registry\n\n<blockquote><p>Harbor keeps 671 images</p></blockquote>\n\n<iframe src="https://example.com/v"></iframe>\n',
    );
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['Harbor keeps 671 images']);
    // Before the first talk it is among the meetup's details.
    const before = parseNotes(
      'content/x.md',
      '# M\n\n<p>Hosted by Acme</p>\n\n## Registry\n\n* pods\n',
    );
    expect(before.meetup?.details?.map((d) => d.text)).toEqual(['Hosted by Acme']);
    // After `---` an HTML block (a page's footer) starts no talk.
    const footer = parseNotes(
      'content/x.md',
      '# M\n\n## Registry\n\n* pods\n\n---\n\n<div class="share">Share: Twitter Facebook</div>\n',
    );
    expect(footer.meetup?.talks.map((t) => t.title)).toEqual(['Registry']);
  });
});

describe('inlineText', () => {
  it('keeps an image’s alt text, a link’s text, and an autolink’s URL', () => {
    expect(
      blockText(first('see ![the diagram](d.png) and [slides](https://s.example.test/a)')),
    ).toBe('see the diagram and slides');
    expect(blockText(first('<https://s.example.test/a>'))).toBe('https://s.example.test/a');
  });

  it('drops raw HTML and reads a line break as a new line', () => {
    expect(blockText(first('one <b>two</b>  \nthree'))).toBe('one two\nthree');
  });

  it('reads the children of other inline nodes, and nothing of a footnote or image reference', () => {
    const nodes = [
      { type: 'delete', children: [{ type: 'text', value: 'struck' }] },
      { type: 'footnoteReference', identifier: '1' },
      { type: 'imageReference', identifier: 'x', alt: 'ref alt', referenceType: 'full' },
      { type: 'html', value: '<i>' },
      { type: 'image', url: 'x.png' },
    ];
    expect(inlineText(nodes as Parameters<typeof inlineText>[0])).toBe('struck');
  });
});

describe('linksIn', () => {
  it('gives each http(s) link with its text, the line around it without bare URLs, and its line', () => {
    const [link] = linksIn(
      first('\n\nslides: [deck](https://s.example.test/a) https://x.example.test/b'),
    );
    expect(link).toEqual({
      url: 'https://s.example.test/a',
      text: 'deck',
      label: 'slides: deck',
      line: 3,
    });
  });

  it('takes http links too, and no other scheme', () => {
    const links = linksIn(
      first('[a](http://a.example.test) [m](mailto:x@example.test) [f](ftp://f)'),
    );
    expect(links.map((l) => l.url)).toEqual(['http://a.example.test']);
  });

  it('finds links in headings and inside lists', () => {
    expect(linksIn(first('## [Talk](https://t.example.test)')).map((l) => l.url)).toEqual([
      'https://t.example.test',
    ]);
    expect(linksIn(first('* a\n  * [b](https://b.example.test)')).map((l) => l.line)).toEqual([2]);
  });
});

describe('cleanTitle, firstLine and lineOf', () => {
  it('reads a heading with tabs and runs of spaces as single spaces', () => {
    expect(cleanTitle('  Talk\ttitle   here \t')).toBe('Talk title here');
  });

  it('takes the first line with text, trimmed', () => {
    expect(firstLine('\n   \n  second line  \nthird')).toBe('second line');
    expect(firstLine('')).toBe('');
  });

  it('gives a node’s line, and 1 for a node with no position', () => {
    expect(lineOf(first('\n\npara'))).toBe(3);
    expect(lineOf({ type: 'text', value: 'x' })).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../src/content/prepare-source.js';

describe('prepareSource', () => {
  it('puts the space into "#title" on the first line and into bullets written without it', () => {
    expect(prepareSource('#Meetup\n\n-foo\n- bar\n*baz\n')).toEqual({
      text: '# Meetup\n\n- foo\n- bar\n* baz\n',
      bulletLines: [3, 5],
      titleLine: 1,
    });
  });

  it('leaves emphasis, negative numbers, arrows, rules and table rows as they are', () => {
    const source = '# M\n*em* x\n-1 degrees\n-->\n---\n->y\n|-|\n-:x\n';
    expect(prepareSource(source)).toEqual({ text: source, bulletLines: [] });
  });

  it('keeps the indentation of a nested bullet', () => {
    expect(prepareSource('# M\n  -nested\n').text).toBe('# M\n  - nested\n');
  });

  it('skips front matter, and reads the first line after it as the first line', () => {
    expect(prepareSource('---\ntitle: x\n-a: b\n---\n#Meetup\n-foo\n')).toEqual({
      text: '---\ntitle: x\n-a: b\n---\n# Meetup\n- foo\n',
      bulletLines: [6],
      titleLine: 5,
    });
    // An opening --- without a closing one is no front matter.
    expect(prepareSource('---\nno end\n-foo\n').bulletLines).toEqual([3]);
  });

  it('reads "#word" as a hashtag when a real "# " heading follows, or when text comes first', () => {
    expect(prepareSource('#vmware_meetup\n# Real title\n-foo\n')).toEqual({
      text: '#vmware_meetup\n# Real title\n- foo\n',
      bulletLines: [3],
    });
    expect(prepareSource('text first\n#notitle\n')).toEqual({
      text: 'text first\n#notitle\n',
      bulletLines: [],
    });
  });

  it('keeps an HTML table one block across its blank lines, to its end tag', () => {
    const source = [
      '# Programme',
      '<table>',
      '  <tr><td>10:00</td></tr>',
      '',
      '  <tr><td>-x</td></tr>',
      '  </table>',
      '',
      '-after',
      '<TABLE class="t"><tr><td>one line</td></tr></TABLE>',
      '',
      '    code',
    ].join('\n');
    expect(prepareSource(source)).toEqual({
      text: source.replace('</tr>\n\n', '</tr>\n<!-- -->\n').replace('-after', '- after'),
      bulletLines: [8],
    });
    // A table never closed, or not before a heading or a fence, is left as CommonMark reads it:
    // the notes after it stay notes.
    expect(prepareSource('<table>\n\n<tr>\n\n-b').text).toBe('<table>\n\n<tr>\n\n- b');
    expect(prepareSource('<table>\n\n## B\n\n</table>').text).toBe('<table>\n\n## B\n\n</table>');
    // A heading written without its space ends it too (and gets its space).
    expect(prepareSource('<table>\n\n##B\n\n</table>').text).toBe('<table>\n\n## B\n\n</table>');
    expect(prepareSource('<table>\n\n```\n</table>\n```').text).toBe(
      '<table>\n\n```\n</table>\n```',
    );
    expect(prepareSource('<table>\n\n<table>\n\n</table>\n\n-b').text).toBe(
      '<table>\n<!-- -->\n<table>\n<!-- -->\n</table>\n\n- b',
    );
    // A line of spaces is as blank; a hashtag after a table is no title.
    expect(prepareSource('<table>\n   \n<tr></tr></table>').text).toBe(
      '<table>\n<!-- -->\n<tr></tr></table>',
    );
    expect(prepareSource('<table><tr><td>a</td></tr></table>\n#tag\n').text).toBe(
      '<table><tr><td>a</td></tr></table>\n#tag\n',
    );
    // A `<table` inside a line opens none.
    expect(prepareSource('a <table>\n\n-b').text).toBe('a <table>\n\n- b');
    expect(prepareSource('<tables>\n\n-b').text).toBe('<tables>\n\n- b');
  });

  it('puts the space into "##heading" and deeper, never into a one-# hashtag past the first line', () => {
    expect(prepareSource('# Meetup\n##Members\n   ###Reading io\n#tag\n######x\n')).toEqual({
      text: '# Meetup\n## Members\n   ### Reading io\n#tag\n###### x\n',
      bulletLines: [],
      headingLines: [2, 3, 5],
    });
    // A full-width space after the marks is no space to CommonMark: one is put before it.
    expect(prepareSource('# M\n##\u3000参加者\n').text).toBe('# M\n## \u3000参加者\n');
    // Seven marks make no heading, a space already there changes nothing, code keeps its lines.
    const left = '# M\n#######x\n## ok\n    ##indented code\n```\n##x\n```\n## \n';
    expect(prepareSource(left)).toEqual({ text: left, bulletLines: [] });
  });

  it('blanks the lines of template tags only in a post, which a site generator replaces with markup', () => {
    const lines = [
      '# M',
      '{{< image src="/a.jpg" alt="Build farm" >}}',
      '  {{% table %}} ',
      '{% include note.html %}',
      '{{< tweet 1 >}}{{< /tweet >}}',
      'text {{< ref "x" >}}',
      '{{ site.url }}',
      '{{< unclosed',
      '    {% for host in hosts %}',
      '```',
      '{{% in code %}}',
      '```',
      '{% raw %}',
      '{% for x in xs %}',
      '{% endraw %}',
      '{% include after.html %}',
    ];
    const body = lines.join('\n');
    // The lines of tags only are blanked: not text around a tag, an output tag, an unclosed tag,
    // indented code, a fence's lines, nor what stands between raw and endraw.
    const blanked = new Set([1, 2, 3, 4, 12, 14, 15]);
    expect(prepareSource(`---\ntitle: T\n---\n${body}`).text.split('\n').slice(3)).toEqual(
      lines.map((line, i) => (blanked.has(i) ? '' : line)),
    );
    // Notes without front matter keep such lines: a template language in notes is shown as written.
    expect(prepareSource(body).text).toBe(body);
    // A tag line under the front matter is no text before the title.
    expect(prepareSource('---\nlayout: post\n---\n{% include JB/setup %}\n#Title\n').text).toBe(
      '---\nlayout: post\n---\n\n# Title\n',
    );
    // A tag with a brace inside is no template line (each tag is read without backtracking).
    expect(prepareSource('---\nx: 1\n---\n{{< a "}" >}}\n').text).toBe(
      '---\nx: 1\n---\n{{< a "}" >}}\n',
    );
  });

  it("writes a site generator's highlight block as a fence, so its comment lines are no headings", () => {
    const source = [
      '---',
      'title: T',
      '---',
      '## Talk',
      '{% highlight ruby linenos %}',
      '# => comment',
      '```',
      '{% endhighlight %}',
      '-after',
      '{%- highlight c++ -%}',
      '#include <x>',
      '{%- endhighlight -%}',
      '{{< highlight bash "linenos=table" >}}',
      '##config',
      '{{< /highlight >}}',
      '{{% highlight go %}}',
      '# x',
      '{{% /highlight %}}',
    ].join('\n');
    expect(prepareSource(source).text.split('\n').slice(3)).toEqual([
      '## Talk',
      '~~~~~ruby',
      '# => comment',
      '```',
      '~~~~~',
      '- after',
      '~~~~~c++',
      '#include <x>',
      '~~~~~',
      '~~~~~bash',
      '##config',
      '~~~~~',
      '~~~~~go',
      '# x',
      '~~~~~',
    ]);
    // Notes with no front matter are no generator's post: the tags stay as written.
    const plain = '{% highlight go %}\n##x\n{% endhighlight %}\n';
    expect(prepareSource(plain).text).toBe('{% highlight go %}\n## x\n{% endhighlight %}\n');
    // One never closed is no code: the lines after it stay notes (its tag line is blanked).
    expect(prepareSource('---\nx: 1\n---\n## T\n{% highlight go %}\n-x\n').text).toBe(
      '---\nx: 1\n---\n## T\n\n- x\n',
    );
    // A close before the open closes nothing.
    expect(
      prepareSource('---\nx: 1\n---\n{% endhighlight %}\n{% highlight go %}\n##x\n').text,
    ).toBe('---\nx: 1\n---\n\n\n## x\n');
  });

  it('skips TOML front matter as it skips YAML', () => {
    expect(prepareSource('+++\nx = "<table>"\n+++\n-first\n').text).toBe(
      '+++\nx = "<table>"\n+++\n- first\n',
    );
    expect(prepareSource('+++\n-x\n+++\n-first\n').text).toBe('+++\n-x\n+++\n- first\n');
    expect(prepareSource('---\n-x\n---  \n-first\n').text).toBe('---\n-x\n---  \n- first\n');
    // A first line that only starts or ends like a fence opens no front matter.
    for (const first of ['---x', '+++ more', 'a ---'])
      expect(prepareSource(`${first}\n-x\n---\n`).text, first).toBe(`${first}\n- x\n---\n`);
  });

  it('changes nothing inside fenced code, which only a fence of the same kind and length closes', () => {
    const source = '\n\n#Title\n```\n-code\n````\n-after\n```\n-in\n~~~\n-in\n```\n-out\n~~~\n-x\n';
    expect(prepareSource(source)).toEqual({
      text: '\n\n# Title\n```\n-code\n````\n- after\n```\n-in\n~~~\n-in\n```\n- out\n~~~\n-x\n',
      bulletLines: [7, 13],
      titleLine: 3,
    });
  });
});

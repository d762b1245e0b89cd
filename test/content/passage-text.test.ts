import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../src/content/parse-notes.js';

/** The passages' text of one talk whose notes are `body`. */
const passages = (body: string) =>
  parseNotes('content/x.md', `# M\n\n## T\n\n${body}`).meetup?.talks[0]?.passages.map(
    (p) => p.text,
  );

describe('the plain text of a passage', () => {
  it('reads a table as one line per row, cells between bars, without markup', () => {
    expect(passages('| a | b |\n|---|---|\n| **x** | `y` |\n')).toEqual(['a | b\nx | y']);
  });

  it('keeps the text of code blocks and block quotes, a line each', () => {
    expect(passages('```\ncode line\n```\n')).toEqual(['code line']);
    expect(passages('> quoted\n> more\n')).toEqual(['quoted\nmore']);
  });

  it('keeps line breaks, image descriptions, link texts and the URL of an autolink, not HTML', () => {
    expect(
      passages(
        'line one  \nline two ![diagram](x.png) <span>h</span> [text](https://e.com) <https://auto.example.com>\n',
      ),
    ).toEqual(['line one\nline two diagram h text https://auto.example.com']);
  });

  it('drops footnote marks and keeps sub-bullets on lines of their own', () => {
    expect(passages('* parent [^1]\n    * child\n\n[^1]: note\n')).toEqual(['parent \nchild']);
  });

  it('reads a heading with tabs and runs of spaces as one spaced title', () => {
    const { meetup } = parseNotes('content/x.md', '# M\n\n## Talk   with\ttabs\n\n* a\n');
    expect(meetup?.talks[0]?.title).toBe('Talk with tabs');
  });
});

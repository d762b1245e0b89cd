import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../src/content/parse-notes.js';

const notes = (body: string) => parseNotes('content/x.md', body);

describe('parseNotes', () => {
  it('reads the meetup from the "#" heading and talks from "##" headings', () => {
    const { meetup, problems } = notes(
      '# Meetup A\n\n## Talk one\n\n* first point\n\n## Talk two\n\nA paragraph.\n',
    );
    expect(problems).toEqual([]);
    expect(meetup?.title).toBe('Meetup A');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['Talk one', 'Talk two']);
    expect(meetup?.talks[1]?.passages[0]).toMatchObject({ text: 'A paragraph.', line: 9 });
  });

  it('keeps a bullet and its sub-bullets together as one passage under its section', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n### Section S\n\n* parent\n    * child one\n    * child two\n* sibling\n',
    );
    const passages = meetup?.talks[0]?.passages ?? [];
    expect(passages).toHaveLength(2);
    expect(passages[0]).toEqual({
      text: 'parent\nchild one\nchild two',
      section: 'Section S',
      line: 7,
    });
    expect(passages[1]?.text).toBe('sibling');
  });

  it('takes slide and video links from the bullets that name them', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n* 資料 <https://speakerdeck.com/a/b>\n* video: https://example.test/v\n* 参考 <https://example.test/other>\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/a/b' },
      { kind: 'video', url: 'https://example.test/v' },
    ]);
  });

  it('starts a talk after "---" when no "##" heading follows, titled by its first line', () => {
    const { meetup } = notes('# M\n\n## First\n\n* a\n\n---\n\nSecond talk title\n\n* b\n');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['First', 'Second talk title']);
    expect(meetup?.talks[1]?.passages.map((p) => p.text)).toEqual(['Second talk title', 'b']);
  });

  it('drops an empty talk heading and gives a talk with only a title a passage of its title', () => {
    const { meetup } = notes(
      '# M\n\n## 概要\n\n---\n\n## Only links\n\n* slides <https://example.test/s>\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['Only links']);
  });

  it('lets front matter name the meetup and links each talk to its heading in the notes', () => {
    const { meetup, problems } = notes(
      '---\ntitle: "Meetup #5"\ndate: 2020-10-01\nnotes_url: https://notes.example.test/m5\n---\n## Talk Title\n\n* x\n',
    );
    expect(problems).toEqual([]);
    expect(meetup).toMatchObject({
      title: 'Meetup #5',
      date: '2020-10-01',
      notesUrl: 'https://notes.example.test/m5',
    });
    expect(meetup?.talks[0]?.notesUrl).toBe('https://notes.example.test/m5#talk-title');
  });

  it('reports front matter that is not YAML with its line, and still reads the notes', () => {
    const { meetup, problems } = notes('---\ntitle: [unclosed\n---\n# Meetup\n\n## T\n\n* x\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/x.md',
      message: 'front matter is not valid YAML',
    });
    // The line of the YAML that does not parse, counted in the whole file.
    expect(problems[0]?.line).toBe(2);
    expect(meetup?.talks).toHaveLength(1);
  });

  it('reports unknown or malformed front matter fields by name', () => {
    expect(notes('---\ntitle: M\nspeaker: x\n---\n## T\n\n* x\n').problems[0]?.message).toContain(
      'speaker',
    );
    expect(
      notes('---\ntitle: M\nnotes_url: not a url\n---\n## T\n\n* x\n').problems[0]?.message,
    ).toContain('notes_url');
  });

  it('reports a talk heading that comes before any meetup, with its line', () => {
    const { meetup, problems } = notes('## Orphan talk\n\n* x\n');
    expect(problems).toEqual([
      { file: 'content/x.md', line: 1, message: expect.stringContaining('before the meetup') },
    ]);
    expect(meetup?.talks[0]?.title).toBe('Orphan talk');
  });

  it('reports a file with no meetup at all', () => {
    const { meetup, problems } = notes('just some text\n');
    expect(meetup).toBeUndefined();
    expect(problems[0]?.message).toContain('no "#" meetup heading');
  });
});

describe('parseNotes front matter pitfalls', () => {
  it('reports an unquoted title with " #", which YAML would silently cut at the comment', () => {
    const { problems } = parseNotes(
      'content/y.md',
      '---\ndate: 2024-01-01\ntitle: Meetup #9\n---\n## T\n\n* x\n',
    );
    expect(problems).toEqual([
      { file: 'content/y.md', line: 3, message: expect.stringContaining('quotes') },
    ]);
  });
});

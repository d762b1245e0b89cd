import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../src/content/parse-notes.js';

/** Whether a passage or a talk gives an address (its `addresses` are set). */
const linked = (x?: { readonly addresses?: unknown }) =>
  x?.addresses === undefined ? undefined : true;

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

  it('marks the passages that link elsewhere than slides, a recording or a profile', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n### Part\n\n* code: [tool](https://example.test/tool)\n* by [someone](https://twitter.com/someone)\n* [deck](https://speakerdeck.com/a/b)\n* plain words\n* bare https://example.test/page\n',
    );
    const passages = meetup?.talks[0]?.passages ?? [];
    expect(passages.map((p) => linked(p))).toEqual([true, undefined, undefined, undefined, true]);
    expect(passages[0]).toEqual({
      text: 'code: tool',
      line: 7,
      section: 'Part',
      addresses: [{ url: 'https://example.test/tool', label: 'tool' }],
    });
    // A bare URL is its own label.
    expect(passages[4]?.addresses).toEqual([{ url: 'https://example.test/page' }]);
    const unsectioned = notes('# M\n\n## T\n\n* [tool](https://example.test/tool)\n').meetup;
    expect(unsectioned?.talks[0]?.passages).toStrictEqual([
      {
        text: 'tool',
        line: 5,
        addresses: [{ url: 'https://example.test/tool', label: 'tool' }],
      },
    ]);
  });

  it('marks an address given in a heading, a sub-heading, a code block or emphasis', () => {
    const { meetup } = notes(
      '# M\n\n## [tool](https://example.test/tool) by @carol\n\n* a\n\n#### [tools](https://example.test/tools)\n\n```\ngit clone https://example.test/x\n```\n\n* **[docs](https://example.test/docs)**\n\n```\nno address\n```\n\n## [Deck](https://speakerdeck.com/a/b) by @dan\n\n### [dan](https://twitter.com/dan)\n\n* b\n\n## Plain\n\n### [repo](https://example.test/repo)\n\n* c\n',
    );
    const [tool, deck, plain] = meetup?.talks ?? [];
    expect(linked(tool)).toBe(true);
    expect(tool?.passages.map((p) => [p.text, linked(p)])).toEqual([
      ['a', undefined],
      ['tools', true],
      ['git clone https://example.test/x', true],
      ['docs', true],
      ['no address', undefined],
    ]);
    // Slides in the heading and a profile in a section's heading are no address of another kind.
    expect(linked(deck)).toBeUndefined();
    expect(deck?.links).toEqual([{ kind: 'slides', url: 'https://speakerdeck.com/a/b' }]);
    expect(deck?.passages.map((p) => linked(p))).toEqual([undefined]);
    // A code block under a bullet gives one; this machine's address (localhost) does not.
    const code = notes(
      '# M\n\n## T\n\n```\ncurl http://localhost:8080/healthz\n```\n\n- Try it:\n  ```\n  git clone https://git.example/x\n  ```\n\n```\nopen http://127.0.0.1:3000 or http://[::1]:80\n```\n',
    ).meetup?.talks[0];
    expect(code?.passages.map((p) => linked(p))).toEqual([undefined, true, undefined]);
    // A label over a list is one passage with it: the list's code block gives its address.
    const labelled = notes(
      '# M\n\n## T\n\nSteps:\n- clone it\n  ```\n  git clone https://git.example/y\n  ```\n- build\n',
    ).meetup?.talks[0];
    expect(labelled?.passages.map((p) => [p.text.split('\n')[0], linked(p)])).toEqual([
      ['Steps:', true],
    ]);
    // A section's heading with slides beside a repository gives the address too.
    const both = notes(
      '# M\n\n## T\n\n### [repo](https://example.test/r) and [deck](https://speakerdeck.com/a/b)\n\n* c\n',
    ).meetup?.talks[0];
    expect(linked(both)).toBe(true);
    // A section's heading linking a repository gives its talk the address.
    expect(linked(plain)).toBe(true);
    expect(plain?.passages).toEqual([{ text: 'c', line: 29, section: 'repo' }]);
  });

  it('follows a link written as a reference to a definition at the end of the notes', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n> [The deck][1]\n\n* code: [tool][2]\n\n## U\n\n* done\n\n [1]: https://www.slideshare.net/a/b "The deck"\n [2]: https://example.test/tool\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://www.slideshare.net/a/b' },
    ]);
    expect(meetup?.talks[0]?.passages.map((p) => [p.text, linked(p)])).toEqual([
      ['The deck', undefined],
      ['code: tool', true],
    ]);
    expect(meetup?.talks[1]?.passages.map((p) => p.text)).toEqual(['done']);
  });

  it('starts a talk after "---" when no "##" heading follows, titled by its first line', () => {
    const { meetup } = notes('# M\n\n## First\n\n* a\n\n---\n\nSecond talk title\n\n* b\n');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['First', 'Second talk title']);
    expect(meetup?.talks[1]?.passages.map((p) => p.text)).toEqual(['Second talk title', 'b']);
  });

  it.each([
    ['I found the demo convincing.', 'a full stop'],
    ['Would it scale past one region?', 'a question mark'],
    ['デモが分かりやすかった。次回も聞きたい', 'a full stop inside'],
    ['正直ついていけなかった！', 'an exclamation mark'],
    ['The speaker said it "works on my machine."', 'a full stop before a quote'],
  ])('keeps a remark after "---" with the talk before it: "%s" (%s)', (remark) => {
    const { meetup, problems } = notes(
      `# M\n\n## First\n\n* a\n\n---\n\n${remark}\n\n* b\n\n## Second\n\n* c\n`,
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['First', 'Second']);
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['a', remark, 'b']);
    expect(problems).toEqual([
      {
        file: 'content/x.md',
        line: 9,
        message: 'the remark after "---" reads as a sentence; kept with the talk "First"',
        level: 'info',
      },
    ]);
  });

  it('starts a talk from a sentence after "---" when no talk came before the rule', () => {
    const { meetup } = notes('# M\n\n---\n\nA talk about sentences.\n\n* b\n');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['A talk about sentences.']);
  });

  it('starts a talk after a second "---" that follows a remark', () => {
    const { meetup } = notes(
      '# M\n\n## First\n\n* a\n\n---\n\nA remark on it.\n\n---\n\nSecond talk title\n\n* b\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['First', 'Second talk title']);
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['a', 'A remark on it.']);
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
      message:
        'front matter is not valid YAML: a "[" is never closed by "]"; quote the value if the "[" is part of it',
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

const infoAt = (problems: readonly { line: number; level?: string; message: string }[]) =>
  problems.filter((p) => p.level === 'info').map((p) => [p.line, p.message]);

describe('parseNotes titles when the notes give none', () => {
  it('titles the meetup by its file name when its "#" heading is empty', () => {
    const { meetup, problems } = parseNotes('content/2024/spring-night.MD', '#\n\n## T\n\n* x\n');
    expect(meetup?.title).toBe('spring-night');
    expect(problems).toEqual([]);
  });

  it('titles the meetup by its file name when a talk comes first, and says so at the talk', () => {
    const { meetup, problems } = parseNotes('content/sub/orphan-notes.MD', '\n## T\n\n* x\n');
    expect(meetup?.title).toBe('orphan-notes');
    expect(problems).toEqual([
      {
        file: 'content/sub/orphan-notes.MD',
        line: 2,
        message: 'a talk comes before the meetup\'s "#" heading (or a title in front matter)',
      },
    ]);
  });

  it('titles a talk after an empty heading by the first 80 characters of its first line', () => {
    const first = `${'L'.repeat(90)} more`;
    const { meetup, problems } = notes(`# M\n\n##\n\n${first}\n\n* y\n`);
    expect(meetup?.talks.map((t) => [t.title, t.line])).toEqual([['L'.repeat(80), 5]]);
    expect(meetup?.talks[0]?.passages).toEqual([
      { text: first, line: 5 },
      { text: 'y', line: 7 },
    ]);
    expect(problems).toEqual([
      {
        file: 'content/x.md',
        line: 3,
        level: 'warning',
        message:
          'a "##" talk heading has no text; skipped (its notes, if any, are read as a talk titled by their first line)',
      },
    ]);
  });
});

describe('parseNotes info on how the notes were read', () => {
  it('names the bullets written without a space, one, two or a run of them', () => {
    const message = (body: string) => infoAt(notes(`# M\n\n## T\n\n${body}`).problems);
    expect(message('-a\n')).toEqual([
      [5, 'line 5 starts with "-" or "*" and no space; read as bullets'],
    ]);
    expect(message('-a\n-b\n')).toEqual([
      [5, 'lines 5 and 6 start with "-" or "*" and no space; read as bullets'],
    ]);
    expect(message('-a\n-b\n*c\n')).toEqual([
      [5, 'lines 5–7 start with "-" or "*" and no space; read as bullets'],
    ]);
  });

  it('names the headings written without a space after "##", read as the talks they head', () => {
    const { meetup, problems } = notes('# M\n\n##First talk\n\n- a\n\n##Second talk\n\n- b\n');
    expect(meetup?.talks.map((t) => t.title)).toEqual(['First talk', 'Second talk']);
    expect(infoAt(problems)).toEqual([
      [3, 'lines 3 and 7 start with "##" and no space; read as headings'],
    ]);
    expect(infoAt(notes('# M\n\n##Only\n\n- a\n').problems)).toEqual([
      [3, 'line 3 starts with "##" and no space; read as headings'],
    ]);
  });

  it('warns about text above the meetup heading, which belongs to no meetup and is not read', () => {
    const { meetup, problems } = notes(
      'draft, to be checked\n\nand a second line\n\n# M\n\n## T\n\n- x\n',
    );
    expect(problems.filter((p) => p.level === 'warning')).toEqual([
      {
        file: 'content/x.md',
        line: 1,
        message:
          'lines 1 and 3 come before the meetup\'s "#" heading and are not read; move them below the heading',
        level: 'warning',
      },
    ]);
    expect(meetup?.details).toBeUndefined();
    expect(meetup?.talks.map((t) => t.passages.map((p) => p.text))).toEqual([['x']]);
    // One line says it in the singular; a file without a "#" heading gets its own message instead.
    expect(notes('draft\n\n# M\n\n## T\n\n- x\n').problems[0]?.message).toBe(
      'line 1 comes before the meetup\'s "#" heading and is not read; move it below the heading',
    );
    expect(notes('## T\n\n- x\n').problems.map((p) => p.level ?? 'error')).not.toContain('warning');
  });

  it('says which lines before the first talk became details, and where the event page came from', () => {
    const { meetup, problems } = notes(
      '# M\n\nVenue A\n\nhttps://example.test/e and https://night.connpass.com/event/1/\n\nhttps://other.doorkeeper.jp/events/2\n\n## T\n\n- x\n',
    );
    expect(meetup?.eventUrl).toBe('https://night.connpass.com/event/1/');
    expect(infoAt(problems)).toEqual([
      [3, "lines 3–7 before the first talk read as the meetup's details, not a talk"],
      [5, 'event page https://night.connpass.com/event/1/ taken from line 5'],
    ]);
  });

  it("takes no event page from a link to a host that is not an event site, or from front matter's own", () => {
    expect(
      notes('# M\n\nhttps://connpass.com.example.test/e\n\n## T\n\n- x\n').meetup?.eventUrl,
    ).toBeUndefined();
    const { meetup, problems } = notes(
      '---\nevent_url: https://example.test/events/1\n---\n# M\n\nhttps://night.connpass.com/event/1/\n\n## T\n\n- x\n',
    );
    expect(meetup?.eventUrl).toBe('https://example.test/events/1');
    expect(problems.map((p) => p.message).join('\n')).not.toContain('event page');
  });

  it('takes the date from the line of a paragraph that states it, and says which line', () => {
    const { meetup, problems } = notes(
      '# M\n\n会場: 本社\n開催日 なし\n2024/3/9 (土)\n\n## T\n\n- x\n',
    );
    expect(meetup?.date).toBe('2024-03-09');
    expect(infoAt(problems)).toContainEqual([5, 'meetup date 2024-03-09 taken from line 5']);
  });

  it('takes the date from a title that is one, when nothing else states it, and says so', () => {
    for (const title of ['20240309', '2024-03-09 輪読会', '2024/3/9']) {
      const { meetup, problems } = notes(`# ${title}\n\n## T\n\n- x\n`);
      expect(meetup?.date, title).toBe('2024-03-09');
      expect(infoAt(problems), title).toContainEqual([
        1,
        'meetup date 2024-03-09 taken from the title',
      ]);
    }
    for (const title of ['202403091', '20241309', 'Night 20240309'])
      expect(notes(`# ${title}\n\n## T\n\n- x\n`).meetup?.date, title).toBeUndefined();
    expect(notes('# 20240309\n\n2024/3/10 (日)\n\n## T\n\n- x\n').meetup?.date).toBe('2024-03-10');
  });

  it('keeps a talk with no notes, with an empty passage, and says so', () => {
    const kept = notes('# M\n\n## Empty talk\n\n## Kept\n\n- z\n');
    expect(kept.meetup?.talks.map((t) => t.title)).toEqual(['Empty talk', 'Kept']);
    expect(kept.meetup?.talks[0]?.passages).toEqual([{ text: '', line: 3 }]);
    expect(infoAt(kept.problems)).toEqual([
      [3, 'the talk "Empty talk" has no notes; only its title is searched'],
    ]);
  });

  it('reports notes with no talks at the meetup heading', () => {
    const none = notes('\n\n# M\n\nonly details here\n');
    expect(none.meetup?.talks).toEqual([]);
    expect(none.problems).toContainEqual({
      file: 'content/x.md',
      line: 3,
      message: 'the notes have no talks ("##" headings with notes under them)',
    });
  });

  it('lists its problems in line order', () => {
    const { problems } = notes('---\ntitle: M\nvenue: x\n---\n-a\n\n## T\n\n## U\n\n- b\n');
    // The bullet note is found before the front matter is read, and still comes after it.
    expect(problems.map((p) => [p.line, p.level ?? 'warning'])).toEqual([
      [3, 'warning'],
      [5, 'info'],
      [5, 'info'],
      [7, 'info'],
    ]);
  });
});

describe('parseNotes talks and their parts', () => {
  it("takes a talk's slides from a link in its heading, and titles it by the heading's text", () => {
    const { meetup } = notes('# M\n\n## [Talk A](https://speakerdeck.com/u/a) by @me\n\n* x\n');
    expect(meetup?.talks[0]).toMatchObject({
      title: 'Talk A by @me',
      links: [{ kind: 'slides', url: 'https://speakerdeck.com/u/a' }],
    });
  });

  it('links a talk after "---" to the notes page itself, having no heading anchor of its own', () => {
    const { meetup } = notes(
      '---\nnotes_url: https://notes.example.test/m\n---\n# M\n\n## Headed\n\n- x\n\n---\n\nLoose talk\n\n- y\n',
    );
    expect(meetup?.talks.map((t) => [t.title, t.notesUrl])).toEqual([
      ['Headed', 'https://notes.example.test/m#headed'],
      ['Loose talk', 'https://notes.example.test/m'],
    ]);
    expect(meetup?.notesUrl).toBe('https://notes.example.test/m');
  });

  it('gives a meetup without details, links, date or pages none of those fields', () => {
    const { meetup } = notes('# M\n\n## T\n\n- x\n');
    expect(meetup && Object.keys(meetup).sort()).toEqual(['file', 'talks', 'title']);
    expect(meetup?.talks[0] && Object.keys(meetup.talks[0]).sort()).toEqual([
      'line',
      'links',
      'passages',
      'title',
    ]);
  });

  it('keeps a talk that has only links, with its title as its one passage', () => {
    const { meetup } = notes('# M\n\n## [Only slides](https://speakerdeck.com/u/deck)\n');
    expect(meetup?.talks[0]).toEqual({
      title: 'Only slides',
      line: 3,
      links: [{ kind: 'slides', url: 'https://speakerdeck.com/u/deck' }],
      passages: [{ text: 'Only slides', line: 3 }],
    });
  });

  it('takes every link under a "### 資料" section as slides, and only there', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n- https://example.test/a\n\n### 資料\n\n- https://example.test/b\n- https://example.test/b\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([{ kind: 'slides', url: 'https://example.test/b' }]);
  });

  it("takes the links listed under a bullet that says only 資料 as slides, and no other bullet's", () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n- 資料\n  - [Part one](https://example.test/p/1)\n  - https://example.test/p/2\n  - 参考: https://example.test/docs\n  - 後日公開 [予定表](https://example.test/plan)\n- 参考\n  - [A reference](https://example.test/r)\n- 資料の作り方\n  - [A guide](https://example.test/g)\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://example.test/p/1' },
      { kind: 'slides', url: 'https://example.test/p/2' },
    ]);
  });

  it('reads a heading deeper than a section as a passage of the section', () => {
    const { meetup } = notes('# M\n\n## T\n\n### Part\n\n#### Detail heading\n\n- x\n\n####\n');
    expect(meetup?.talks[0]?.passages).toEqual([
      { text: 'Detail heading', line: 7, section: 'Part' },
      { text: 'x', line: 9, section: 'Part' },
    ]);
  });

  it('skips HTML comments and link definitions', () => {
    const { meetup } = notes(
      '# M\n\n## T\n\n<!-- draft -->\n\n[ref]: https://example.test/r\n\n- x\n',
    );
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['x']);
  });

  it('ends a group at "---", so the next block is a talk of its own', () => {
    const { meetup } = notes(
      '# M\n\n## LT\n\n### Short one\n\n- a\n\n---\n\nAfter the break\n\n- b\n',
    );
    expect(meetup?.talks.map((t) => [t.group, t.title])).toEqual([
      ['LT', 'Short one'],
      [undefined, 'After the break'],
    ]);
  });

  it('reads an empty "###" under a group as an empty talk heading, the talk after it still in the group', () => {
    const { meetup, problems } = notes('# M\n\n## LT\n\n### Named\n\n- a\n\n###\n\nUntitled LT\n');
    expect(meetup?.talks.map((t) => [t.group, t.title])).toEqual([
      ['LT', 'Named'],
      ['LT', 'Untitled LT'],
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 9,
        level: 'warning',
        message: expect.stringContaining('"###" talk heading has no text'),
      }),
    );
  });

  it('keeps a preamble sub-heading as the section of the details under it', () => {
    const { meetup } = notes('# M\n\n### 会場\n\n本社ビル\n\n## T\n\n- x\n');
    expect(meetup?.details).toEqual([{ text: '本社ビル', line: 5, section: '会場' }]);
  });
});

describe('parseNotes label lines over short lists', () => {
  const passages = (body: string) =>
    notes(`# M\n\n## T\n\n${body}`).meetup?.talks[0]?.passages.map((p) => p.text);

  it('joins a short label to a list of up to three bullets', () => {
    expect(passages('対策\n\n- a\n- b\n- c\n')).toEqual(['対策\na\nb\nc']);
  });

  it('keeps a label apart when it is a sentence, a speaker, a mention, a link or a picture', () => {
    for (const label of [
      '終わりに一言。',
      'Closing words.',
      'みおさん',
      '田中氏',
      '@mio',
      '<https://example.test/x>',
      '![図](https://example.test/a.png)',
    ]) {
      expect(passages(`${label}\n\n- a\n`)).toHaveLength(2);
    }
  });

  it('keeps a label apart when it has two lines or more than 50 characters', () => {
    expect(passages('上の行\n下の行\n\n- a\n')).toEqual(['上の行\n下の行', 'a']);
    expect(passages(`${'x'.repeat(51)}\n\n- a\n`)).toHaveLength(2);
    expect(passages(`${'x'.repeat(50)}\n\n- a\n`)).toEqual([`${'x'.repeat(50)}\na`]);
  });

  it('keeps the bullets apart when the list is long or the whole would pass 280 characters', () => {
    expect(passages('対策\n\n- a\n- b\n- c\n- d\n')).toHaveLength(5);
    const label = 'L'.repeat(10);
    const fits = `- ${'y'.repeat(280 - label.length - 1)}\n`;
    expect(passages(`${label}\n\n${fits}`)).toHaveLength(1);
    const over = `- ${'y'.repeat(281 - label.length - 1)}\n`;
    expect(passages(`${label}\n\n${over}`)).toHaveLength(2);
  });

  it('does not join a label to a list in the preamble of a talk after "---"', () => {
    const { meetup } = notes('# M\n\n## A\n\n- a\n\n---\n\nB の話\n\n- b\n');
    expect(meetup?.talks[1]?.passages.map((p) => p.text)).toEqual(['B の話', 'b']);
  });

  it('joins a label to its list among the meetup details', () => {
    const { meetup } = notes('# M\n\n会場\n\n- 本社ビル\n\n## T\n\n- x\n');
    expect(meetup?.details).toEqual([{ text: '会場\n本社ビル', line: 3 }]);
  });
});

describe('parseNotes slide lists under "## 資料"', () => {
  it('adds no slides talk for an HTML block or a link definition alone under the heading', () => {
    for (const block of ['<!-- decks to come -->', '[deck]: https://example.test/deck']) {
      const { meetup } = notes(`# M\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n\n## 資料\n\n${block}\n`);
      expect(meetup?.talks.map((t) => t.title)).toEqual(['Alpha', 'Beta']);
    }
  });

  it("keeps the sub-heading over an entry as its section, in the talk and in the list's own talk", () => {
    const { meetup, problems } = notes(
      '# M\n\n## 資料\n\n### Day 1\n\n- Alpha: https://speakerdeck.com/u/alpha\n\n## Alpha talk\n\n- a\n\n## Beta talk\n\n- b\n',
    );
    const entry = { text: 'Alpha: https://speakerdeck.com/u/alpha', line: 7, section: 'Day 1' };
    expect(meetup?.talks.map((t) => [t.title, t.line, t.passages.at(-1)])).toEqual([
      ['Alpha talk', 9, entry],
      ['Beta talk', 13, { text: 'b', line: 15 }],
      ['資料', 7, entry],
    ]);
    expect(infoAt(problems)).toEqual([[7, 'the link under "資料" goes to the talk "Alpha talk"']]);
  });

  it('keeps an entry that names no talk on the meetup, as a link and a detail under the heading', () => {
    const { meetup, problems } = notes(
      '# M\n\n## スライド\n\n- 全体 https://example.test/all\n- 録画 https://example.test/rec\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n',
    );
    expect(meetup?.links).toEqual([
      { kind: 'slides', url: 'https://example.test/all' },
      { kind: 'video', url: 'https://example.test/rec' },
    ]);
    expect(meetup?.details).toEqual([
      { text: '全体 https://example.test/all', line: 5, section: 'スライド' },
      { text: '録画 https://example.test/rec', line: 6, section: 'スライド' },
    ]);
    expect(infoAt(problems)).toEqual([
      [5, 'the link under "スライド" names no talk; kept on the meetup'],
      [6, 'the link under "スライド" names no talk; kept on the meetup'],
    ]);
    const list = meetup?.talks.find((t) => t.title === 'スライド');
    expect(list?.passages).toEqual([
      { text: '全体 https://example.test/all', line: 5 },
      { text: '録画 https://example.test/rec', line: 6 },
    ]);
  });

  it('marks an entry of only links or pictures, kept on the meetup, as such a details item', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n- [blog](https://example.test/b)\n- ![shot](https://example.test/s.png)\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n',
    );
    expect(meetup?.details).toEqual([
      { text: 'blog', line: 5, section: '資料', media: 'links' },
      { text: 'shot', line: 6, section: '資料', media: 'pictures' },
    ]);
  });

  it('gives one talk a link named twice only once', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n- Alpha https://speakerdeck.com/u/a\n- Alpha again https://speakerdeck.com/u/a\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/u/a' },
    ]);
    expect(meetup?.talks.find((t) => t.title === '資料')?.links).toHaveLength(1);
  });
});

describe('parseNotes talk headings that are only a link', () => {
  it('titles the talk by the first line of its notes that is not itself a link', () => {
    const { meetup, problems } = notes(
      '# M\n\n## <https://example.test/talks/x>\n\nhttps://example.test/other\n\n**vSAN** の性能\n\n- a\n',
    );
    expect(meetup?.talks[0]?.title).toBe('vSAN の性能');
    expect(meetup?.talks[0]?.links).toEqual([]);
    expect(infoAt(problems)).toEqual([[3, 'a talk heading is only a link; titled "vSAN の性能"']]);
  });

  it('titles it by the host when the link has no path', () => {
    const { meetup } = notes('# M\n\n## https://talk.example.test/\n\n- a\n');
    expect(meetup?.talks[0]?.title).toBe('a');
    const bare = notes('# M\n\n## https://speakerdeck.com/\n');
    expect(bare.meetup?.talks.map((t) => t.title)).toEqual(['speakerdeck.com']);
  });

  it('reads underscores and runs of dashes in the path as spaces', () => {
    const { meetup } = notes('# M\n\n## https://speakerdeck.com/u/nsx__t--intro_2024\n');
    expect(meetup?.talks[0]?.title).toBe('nsx t intro 2024');
  });
});

describe('parseNotes corners of the reading', () => {
  it('says when it read "#title" on the first line as the meetup heading', () => {
    expect(infoAt(notes('#Night\n\n## T\n\n- a\n').problems)).toEqual([
      [1, 'the first line has no space after "#"; read as the meetup\'s heading'],
    ]);
  });

  it('reads a "##" before the meetup heading as a talk, whatever its words', () => {
    const { problems } = notes('## 概要\n\n# M\n\n## T\n\n- a\n');
    expect(problems).toContainEqual({
      file: 'content/x.md',
      line: 1,
      message: 'a talk comes before the meetup\'s "#" heading (or a title in front matter)',
    });
  });

  it('says a heading about the meetup was read as its details, and counts none of them as preamble', () => {
    const { problems } = notes(
      '# M\n\n## 開催概要\n\n- 会場 本社\n\n## LT\n\n5分×3本\n\n### A by @a\n\n- a\n\n### B by @b\n\n- b\n',
    );
    const info = infoAt(problems);
    expect(info).toContainEqual([
      3,
      '"開催概要" is about the meetup; read as its details, not a talk',
    ]);
    expect(info.some(([, m]) => String(m).includes('before the first talk'))).toBe(false);
  });

  it('drops what comes before the meetup heading, and blocks with no text', () => {
    const { meetup } = notes(
      'Draft, do not publish\n\n# M\n\n![](https://example.test/logo.png)\n\n## T\n\n![](https://example.test/photo.png)\n\n- a\n',
    );
    expect(meetup?.details).toBeUndefined();
    expect(meetup?.talks[0]?.passages).toStrictEqual([{ text: 'a', line: 11 }]);
  });

  it('does not start a talk after "---" from a block with no text', () => {
    const { meetup } = notes(
      '# M\n\n## A\n\n- a\n\n---\n\n![](https://example.test/photo.png)\n\nThe next talk\n\n- b\n',
    );
    expect(meetup?.talks.map((t) => t.title)).toEqual(['A', 'The next talk']);
  });

  it("numbers a repeated heading's anchor as the published page does, counting every heading before it", () => {
    const { meetup } = notes(
      '---\nnotes_url: https://notes.example.test/m\n---\n# Demo\n\n## Intro\n\n### Demo\n\n- a\n\n## Demo\n\n- b\n\n## Intro\n\n- c\n\n## !!!\n\n- d\n',
    );
    expect(meetup?.talks.map((t) => [t.title, t.notesUrl])).toEqual([
      ['Intro', 'https://notes.example.test/m#intro'],
      ['Demo', 'https://notes.example.test/m#demo-2'],
      ['Intro', 'https://notes.example.test/m#intro-1'],
      ['!!!', 'https://notes.example.test/m'],
    ]);
  });

  it('starts a talk after "---" at a deeper heading too, with its anchor', () => {
    const { meetup } = notes(
      '---\nnotes_url: https://notes.example.test/m\n---\n# M\n\n## A\n\n- a\n\n---\n\n### Lightning talk\n\n- b\n',
    );
    expect(meetup?.talks.map((t) => [t.title, t.notesUrl])).toEqual([
      ['A', 'https://notes.example.test/m#a'],
      ['Lightning talk', 'https://notes.example.test/m#lightning-talk'],
    ]);
  });

  it('leaves HTML comments out of titles, anchors and passages', () => {
    const { meetup } = notes(
      '---\nnotes_url: https://n.example.test/m\n---\n# M\n\n## Talk <!-- draft -->\n\n- point <!-- check -->\n',
    );
    expect(meetup?.talks[0]).toMatchObject({
      title: 'Talk',
      notesUrl: 'https://n.example.test/m#talk',
      passages: [{ text: 'point', line: 8 }],
    });
  });

  it('takes neither a passage nor a link from a footnote', () => {
    const { meetup } = notes('# M\n\n## T\n\n- a [^1]\n\n[^1]: 資料 https://speakerdeck.com/u/x\n');
    expect(meetup?.talks[0]?.links).toEqual([]);
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual(['a']);
  });

  it("keeps the preamble's slide and video links as the meetup's own", () => {
    const { meetup } = notes('# M\n\n録画: https://www.youtube.com/watch?v=abc\n\n## T\n\n- a\n');
    expect(meetup?.links).toEqual([{ kind: 'video', url: 'https://www.youtube.com/watch?v=abc' }]);
  });

  it('marks notes with no meetup at all as lost', () => {
    expect(notes('just text\n').problems).toEqual([
      {
        file: 'content/x.md',
        line: 1,
        message: 'the notes have no "#" meetup heading and no title in front matter',
        lost: true,
      },
    ]);
  });

  it('strips only the ".md" suffix from the file name it titles a meetup by', () => {
    expect(parseNotes('content/vmug.md-night.md', '## T\n\n- a\n').meetup?.title).toBe(
      'vmug.md-night',
    );
  });

  it('takes the links of a label line and its list together', () => {
    const { meetup } = notes('# M\n\n## T\n\n当日の資料\n\n- https://speakerdeck.com/u/x\n');
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://speakerdeck.com/u/x' },
    ]);
    expect(meetup?.talks[0]?.passages.map((p) => p.text)).toEqual([
      '当日の資料\nhttps://speakerdeck.com/u/x',
    ]);
  });
});

describe('parseNotes label lines, more', () => {
  const passages = (body: string) =>
    notes(`# M\n\n## T\n\n${body}`).meetup?.talks[0]?.passages.map((p) => p.text);

  it('joins a label that only contains a dot, "さん", "氏" or "@" inside it', () => {
    for (const label of ['v1.2 の変更', 'みなさんへ', '氏名の扱い', 'ask @team']) {
      expect(passages(`${label}\n\n- a\n`)).toEqual([`${label}\na`]);
    }
  });

  it('joins a label that mixes a link with words, not one of links and pictures alone', () => {
    expect(passages('see [docs](https://example.test/d)\n\n- a\n')).toEqual(['see docs\na']);
    expect(
      passages('[docs](https://example.test/d) ![図](https://example.test/b.png)\n\n- a\n'),
    ).toEqual(['docs 図', 'a']);
  });

  it('trims what HTML comments leave at the end of the label and the list', () => {
    expect(passages('対策 <!-- x -->\n\n- a <!-- y -->\n')).toEqual(['対策\na']);
  });

  it('reads a code block or a quote over a list as blocks of their own', () => {
    expect(passages('```\ncode\n```\n- a\n')).toEqual(['code', 'a']);
    expect(passages('> quoted\n\n- a\n')).toEqual(['quoted', 'a']);
  });

  it('reads writing kept in a fence with no language a passage per group of lines', () => {
    const written = [
      '```',
      '質問：キャッシュはどこに置く？',
      '　- 手前のプロキシに置いている。',
      '',
      '',
      '質問：期限は？',
      '　- 五分にしている。',
      '※あとで資料を共有する予定です。',
      '```',
    ].join('\n');
    const read = notes(`# M\n\n## T\n\n${written}\n`).meetup?.talks[0]?.passages;
    expect(read?.map((p) => [p.text, p.line])).toEqual([
      ['質問：キャッシュはどこに置く？\n　- 手前のプロキシに置いている。', 6],
      ['質問：期限は？\n　- 五分にしている。\n※あとで資料を共有する予定です。', 10],
    ]);
    // Code, a fence that names a language of code, or fewer than three lines stay one passage.
    const code =
      '```\n// 設定を読む\nconst a = 1;\n\n// 次の値を使う\nrun(a);\n// これで終わり\n```';
    expect(passages(code)).toHaveLength(1);
    expect(passages(written.replace('```\n', '```js\n'))).toHaveLength(1);
    expect(passages(written.replace('```\n', '```Text\n'))).toHaveLength(2);
    expect(passages('```\nこれはメモです\n\nこれもメモです\n```')).toHaveLength(1);
    // Code with comments in Japanese is code: comments, settings, commands, calls.
    for (const code of [
      '# データを読み込む\ndf = pd.read_csv("a.csv")\n\n# 集計する\nprint(df)',
      '// ノードを確認する\nkubectl get nodes\n\n// 削除する\nkubectl delete pod x',
      '接続先を書く\nhost: db\n\nポートを書く\nport: 5432',
      'まず実行する\n$ make build\n\n次に確認する\nthen check',
      'まず呼ぶ\nrun(a)\n\n次も呼ぶ\nそして終わる',
    ])
      expect(passages(`\`\`\`\n${code}\n\`\`\``), code).toHaveLength(1);
    // A fence named as text with a file name or words after it (txt:memo.txt, text title="x")
    // is writing too; a line of spaces parts its paragraphs as an empty one does.
    expect(passages(written.replace('```\n', '```txt:memo.txt\n'))).toHaveLength(2);
    expect(passages(written.replace('```\n', '```text title="memo"\n'))).toHaveLength(2);
    expect(passages(written.replace('\n\n\n', '\n   \n'))).toHaveLength(2);
    // An indented block is left whole; a link is given by the group it is in.
    expect(passages('    これはメモです\n\n    これもメモです\n\n    まだメモです\n')).toHaveLength(
      1,
    );
    const linked = notes(
      '# M\n\n## T\n\n```\n資料はこちらです https://example.test/deck\n\n質問はありますか\n\nまた来週です\n```\n',
    ).meetup?.talks[0]?.passages;
    expect(linked?.map((p) => p.addresses?.map((a) => a.url))).toEqual([
      ['https://example.test/deck'],
      undefined,
      undefined,
    ]);
    // Half its lines with kana are enough, fewer are not.
    expect(passages('```\nこれはメモです\n\nrun it\n\nこれもメモ\n\nok\n```')).toHaveLength(4);
    expect(passages('```\nこれはメモです\n\nrun it\n\nok\n```')).toHaveLength(1);
  });
});

describe('parseNotes slide lists, more', () => {
  it('matches an entry to a talk by the sub-heading it sits under', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n### Alpha\n\n- https://example.test/deck1\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n',
    );
    expect(meetup?.talks[0]?.links).toEqual([
      { kind: 'slides', url: 'https://example.test/deck1' },
    ]);
  });

  it("counts a link of no known kind as slides in the list's own talk", () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n- https://example.test/all\n\n## A\n\n- a\n\n## B\n\n- b\n',
    );
    expect(meetup?.talks.find((t) => t.title === '資料')?.links).toEqual([
      { kind: 'slides', url: 'https://example.test/all' },
    ]);
  });

  it('keeps an entry with no text out of the passages and details', () => {
    const { meetup } = notes(
      '# M\n\n## 資料\n\n![](https://example.test/i.png)\n\n- Alpha: https://example.test/a\n\n## Alpha\n\n- a\n\n## Beta\n\n- b\n',
    );
    expect(meetup?.details).toBeUndefined();
    expect(meetup?.talks.find((t) => t.title === '資料')?.passages).toStrictEqual([
      { text: 'Alpha: https://example.test/a', line: 7 },
    ]);
  });
});

describe('parseNotes talk headings that are only a link, more', () => {
  it('cuts a title taken from the notes at 80 characters', () => {
    const long = 'T'.repeat(100);
    const { meetup } = notes(`# M\n\n## https://example.test/talks/x\n\n${long}\n`);
    expect(meetup?.talks[0]?.title).toBe('T'.repeat(80));
  });

  it('uses the last part of a path that ends in "/", and a link that is no URL as it is', () => {
    expect(notes('# M\n\n## https://speakerdeck.com/u/deck-name/\n').meetup?.talks[0]?.title).toBe(
      'deck name',
    );
    const { meetup } = notes('# M\n\n## http://[oops\n\n<https://speakerdeck.com/u/d>\n');
    expect(meetup?.talks[0]?.title).toBe('http://[oops');
  });
});

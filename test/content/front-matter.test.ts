import { describe, expect, it } from 'vitest';
import { parseFrontMatter, readDate } from '../../src/content/front-matter.js';
import { parseNotes } from '../../src/content/parse-notes.js';

/** Front matter starting on file line 2, right after the opening `---`. */
const front = (...lines: string[]) => parseFrontMatter(lines.join('\n'), 2);
const UNCLOSED_BRACKET =
  'front matter is not valid YAML: a "[" is never closed by "]"; quote the value if the "[" is part of it';

describe('front matter comments', () => {
  it('accepts a quoted value with " #" inside and a comment after it', () => {
    expect(
      front('title: "VMware DevOps Meetup #6"   # quote it: YAML reads " #6" as a comment'),
    ).toEqual({
      value: { title: 'VMware DevOps Meetup #6' },
      problems: [],
    });
  });

  it('accepts a comment after a plain date', () => {
    expect(front('date: 2021-01-20                   # optional')).toEqual({
      value: { date: '2021-01-20' },
      problems: [],
    });
  });

  it('serves an unquoted title that YAML cuts at " #9" whole, and reports it at its line', () => {
    const { value, problems } = front('date: 2024-01-01', 'title: Meetup #9 Tokyo');
    expect(value.title).toBe('Meetup #9 Tokyo');
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'front matter field "title" is read as "Meetup #9 Tokyo", but YAML takes " #9 Tokyo" for a comment; put the value in quotes',
      },
    ]);
  });
  it("puts back only the glued text on the value's own line, up to a comment of its own", () => {
    expect(front('title: Go Night #9 # 第9回').value.title).toBe('Go Night #9');
    expect(front('title: Go Night #9  # TODO: rename').value.title).toBe('Go Night #9');
    expect(front('title: Go Night #9 #10').value.title).toBe('Go Night #9 #10');
    // A comment on a line of its own is no part of the value.
    expect(front('title: Go Night', '  #todo: rename')).toEqual({
      value: { title: 'Go Night' },
      problems: [],
    });
    expect(front('title: Go Night\t#9').value.title).toBe('Go Night #9');
    expect(front('title: Go Night  #9').value.title).toBe('Go Night #9');
    expect(front('title: Go Night #9   ').value.title).toBe('Go Night #9');
    expect(front('title: Go Night #9 #').value.title).toBe('Go Night #9');
    // After a quoted value, the rest is a comment YAML reads as one: nothing is put back.
    expect(front('title: "Go Night" #9')).toEqual({ value: { title: 'Go Night' }, problems: [] });
  });

  it('says that a title cut at " #" replaces the notes\' heading, and how to keep the heading', () => {
    const { value, problems } = parseFrontMatter('title: Meetup #9', 2, 'Go Meetup #9');
    expect(value.title).toBe('Meetup #9');
    expect(problems).toEqual([
      {
        line: 2,
        message:
          'front matter field "title" is read as "Meetup #9", but YAML takes " #9" for a comment, and this title replaces the heading "Go Meetup #9"; put the value in quotes, or leave the title out to use the heading',
      },
    ]);
    // A title that is the heading's own text replaces nothing, and a cut date has no heading.
    expect(parseFrontMatter('title: Meetup #9', 2, 'Meetup #9').problems[0]?.message).toBe(
      'front matter field "title" is read as "Meetup #9", but YAML takes " #9" for a comment; put the value in quotes',
    );
    const date = parseFrontMatter('date: 2024-01-01 #9', 2, 'Go');
    expect(date.problems[0]?.message).toBe(
      'front matter field "date" reads as "2024-01-01": YAML takes " #9" for a comment; put the value in quotes',
    );
    expect(date.value.date).toBe('2024-01-01');
  });

  it("says so in the notes when the heading is replaced, at the title's line", () => {
    const { meetup, problems } = parseNotes(
      'content/x.md',
      '---\ntitle: Meetup #9\n---\n# Go Meetup #9\n\n## T\n\n* x\n',
    );
    expect(meetup?.title).toBe('Meetup #9');
    expect(problems).toEqual([
      {
        file: 'content/x.md',
        line: 2,
        message: expect.stringContaining('this title replaces the heading "Go Meetup #9"'),
      },
    ]);
  });
});

describe('front matter field names', () => {
  it('reads a field in any case, as some generators write them, and names an unknown one as written', () => {
    expect(front('Title: Civic Lab', 'DATE: 2024-03-13 19:00:00', 'Venue: Hall A')).toEqual({
      value: { title: 'Civic Lab', date: '2024-03-13' },
      problems: [
        {
          line: 4,
          message:
            'front matter field "Venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored',
        },
      ],
    });
  });

  it('ignores the fields blog generators give every post, in any case, without a warning', () => {
    expect(
      front(
        'title: Civic Lab',
        'Tags: [minutes]',
        'categories: [civic]',
        'Summary: notes',
        'slug: "201812"',
        'lang: ja',
        'Save_as: history/201812.html',
        'Template: page',
      ),
    ).toEqual({ value: { title: 'Civic Lab' }, problems: [] });
    // A likely misspelling of event_url, and a draft that is served, still say so.
    // A post that is out (draft: false, published: true) says nothing.
    expect(front('draft: false', 'published: true', 'Draft: "False"').problems).toEqual([]);
    const { problems } = front('url: https://example.com/e/1', 'draft: true', 'Published: false');
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[0]?.message).toContain('not one the bot reads');
    for (const { message } of problems.slice(1)) {
      expect(message).toMatch(
        /^front matter field "(?:draft|Published)" is not read: the bot answers from this file all the same/,
      );
    }
  });
});

describe('front matter problems', () => {
  it('lists every problem in one run, each at the line of its field, and keeps the good fields', () => {
    const { value, problems } = front(
      'title: "Meetup #1"',
      'venue: Tokyo',
      'notes_url: not a url',
      'date: 2021-13-45',
      'event_url: https://example.com/events/1',
    );
    expect(value).toEqual({ title: 'Meetup #1', eventUrl: 'https://example.com/events/1' });
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored',
      },
      {
        line: 4,
        message:
          'front matter field "notes_url" must be an http(s) URL such as https://example.com/; it is ignored',
      },
      {
        line: 5,
        message: 'front matter field "date" is not a date ("2021-13-45"); write it like 2021-01-20',
      },
    ]);
  });

  it('passes every problem of a file to the notes, at file lines', () => {
    const { meetup, problems } = parseNotes(
      'content/x.md',
      '---\nspeaker: x\ndate: next tuesday\n---\n# M\n\n## T\n\n* x\n',
    );
    expect(meetup?.title).toBe('M');
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(problems[0]?.message).toContain('"speaker"');
    expect(problems[1]?.message).toContain('"date"');
  });

  it('reads nothing from front matter that is not YAML, and says where', () => {
    expect(front('title: [unclosed')).toEqual({
      value: {},
      problems: [{ line: 2, message: UNCLOSED_BRACKET, lost: true }],
    });
    // The line of the entry that breaks it, not the first line of the front matter, even when
    // the parser only notices at the next entry (an unclosed bracket).
    expect(front('title: M\ndate: 2020-01-01\nevent_url: [x\n').problems).toEqual([
      { line: 4, message: UNCLOSED_BRACKET, lost: true },
    ]);
    expect(front('title: M', 'event_url: [x', 'date: 2020-01-01').problems).toEqual([
      { line: 3, message: UNCLOSED_BRACKET, lost: true },
    ]);
  });
});

describe('front matter that is not YAML', () => {
  const reason = (...lines: string[]) => {
    const [problem, ...more] = front(...lines).problems;
    expect(more).toEqual([]);
    expect(problem?.lost).toBe(true);
    return problem?.message.replace('front matter is not valid YAML: ', '');
  };

  it('says why, in the terms of the mistake, at its line', () => {
    expect(reason('title: "Meetup', 'date: 2024-01-01')).toBe(
      'a quoted value has no closing quote',
    );
    expect(reason('title: Go: the next ten years')).toBe(
      'a value has ": " in it, or a line is indented under a field; put such a value in quotes',
    );
    expect(reason('title: M', 'event_url: {x')).toBe(
      'a "{" is never closed by "}"; quote the value if the "{" is part of it',
    );
    expect(reason('title: @alice night')).toBe(
      'a value starts with "@", which YAML reserves; put the value in quotes',
    );
    expect(reason('title: M', '\tdate: 2024-01-01')).toBe(
      'a line is indented with a tab; indent with spaces',
    );
    expect(reason('title: M', 'title: N')).toBe('a field is written twice; keep one');
    expect(reason("title: 'Alice's night'")).toBe(
      'a value goes on after its closing quote or bracket; put the whole value in quotes (the other kind if it holds one)',
    );
    expect(reason('title M', 'date: 2024-01-01')).toBe('a line is not written as "field: value"');
    expect(reason('title: M', '"date"')).toBe('a line is not written as "field: value"');
    expect(front('title: M', 'title: N').problems[0]?.line).toBe(3);
  });

  it("gives YAML's own reason for a mistake it has no words for", () => {
    expect(reason('title: M', ']')).toBe(
      'YAML says "Unexpected flow-seq-end token in YAML stream: "]""',
    );
  });
});

describe('dates', () => {
  it('accepts the ways people and YAML write a date, as YYYY-MM-DD', () => {
    expect(readDate('2021-01-20')).toBe('2021-01-20');
    expect(readDate('2021/01/20')).toBe('2021-01-20');
    expect(readDate('2020/9/22')).toBe('2020-09-22');
    expect(readDate(20210120)).toBe('2021-01-20');
    expect(readDate(new Date(Date.UTC(2021, 0, 20)))).toBe('2021-01-20');
    expect(front('date: 20210120').value.date).toBe('2021-01-20');
    expect(front('date: 2021/01/20').value.date).toBe('2021-01-20');
    // A blog's post date: the day as written, whatever the time and its offset.
    expect(readDate('2019-10-20T20:25:00+09:00')).toBe('2019-10-20');
    expect(readDate('2019-10-20 08:25:00.5 -0500')).toBe('2019-10-20');
    expect(readDate('2019-10-20T23:59Z')).toBe('2019-10-20');
    expect(front('date: 2019-10-20T20:25:00+09:00').value.date).toBe('2019-10-20');
  });

  it('rejects impossible dates and words', () => {
    for (const bad of [
      '2021-13-45',
      '2021-02-30',
      'next tuesday',
      '2021',
      20211345,
      '',
      '2021-01-20T',
      '2021-01-20 at 7pm',
      '2021-01-20T19:00 JST',
    ]) {
      expect(readDate(bad), String(bad)).toBeUndefined();
    }
    expect(front('date: next tuesday').problems).toEqual([
      {
        line: 2,
        message:
          'front matter field "date" is not a date ("next tuesday"); write it like 2021-01-20',
      },
    ]);
  });
});

describe('TOML front matter (Hugo)', () => {
  const toml = (...lines: string[]) => parseFrontMatter(lines.join('\n'), 2, undefined, 'toml');

  it('reads the same fields as YAML, a date with its time as the day written in its offset', () => {
    expect(
      toml(
        'title = "Ops Night #3"',
        'date = 2016-04-27T08:09:38+09:00',
        'event_url = "https://example.com/e/3"',
        'notes_url = "https://example.com/n/3"',
      ),
    ).toEqual({
      value: {
        title: 'Ops Night #3',
        date: '2016-04-27',
        eventUrl: 'https://example.com/e/3',
        notesUrl: 'https://example.com/n/3',
      },
      problems: [],
    });
    expect(toml('date = "2016-04-27T23:50:00-05:00"').value.date).toBe('2016-04-27');
    expect(toml('date = 2016-04-27').value.date).toBe('2016-04-27');
  });

  it('names each field it does not read, or cannot, at its key line, quoted keys and tables too', () => {
    expect(
      toml('title = "Ops Night"', 'venue = ["k8s"]', '"date" = 07:30:00', '', '[params]', 'x = 1')
        .problems,
    ).toEqual([
      {
        line: 3,
        message:
          'front matter field "venue" is not one the bot reads (title, date, event_url, notes_url); it is ignored',
      },
      {
        line: 4,
        message:
          'front matter field "date" is not a date ("07:30:00.000"); write it like 2021-01-20',
      },
      {
        line: 6,
        message:
          'front matter field "params" is not one the bot reads (title, date, event_url, notes_url); it is ignored',
      },
    ]);
  });

  it('finds a key at its own line, not inside a multi-line string, array or table before it', () => {
    const dateLine = (...lines: string[]) =>
      toml(...lines).problems.find((p) => p.message.includes('"date"'))?.line;
    // The file line is the TOML's line + 1 (the TOML starts at file line 2).
    expect(dateLine('summary = """', 'date: TBD', '"""', 'date = "TBD"')).toBe(5);
    expect(dateLine("note = '''", 'date = 1', "'''", 'date = "TBD"')).toBe(5);
    expect(dateLine('tags = [', '  "date",', ']', 'date = "TBD"')).toBe(5);
    expect(dateLine('x = [[1, 2],', '  [3]]', "'date' = 'TBD'")).toBe(4);
    // A key of a table is the table's: the table is found at its header, quoted or not, and
    // an array of tables at its first.
    const tabled = toml('title = "x"', '', '[params]', 'date = "TBD"');
    expect(tabled.value).toEqual({ title: 'x' });
    expect(tabled.problems.map((p) => p.line)).toEqual([4]);
    expect(toml('["my params"]', 'a = 1').problems.map((p) => p.line)).toEqual([2]);
    expect(toml("['p']", 'a = 1').problems.map((p) => p.line)).toEqual([2]);
    expect(toml('[[items]]', 'a = 1', '[[items]]', 'a = 2').problems.map((p) => p.line)).toEqual([
      2,
    ]);
    // A string on one line between triple quotes opens nothing; brackets in strings or a
    // comment open no array.
    expect(dateLine('a = """one line"""', 'date = "TBD"')).toBe(3);
    expect(dateLine('a = "[not an array"', 'date = "TBD"')).toBe(3);
    expect(dateLine('a = "say \\"[\\" twice"', 'date = "TBD"')).toBe(3);
    expect(dateLine("b = '[x'", 'date = "TBD"')).toBe(3);
    expect(dateLine('c = 1 # [note', 'date = "TBD"')).toBe(3);
    // A key inside a table written over lines (TOML 1.1) is the table's.
    expect(dateLine('a = {', '  date = 2', '}', 'date = "TBD"')).toBe(5);
  });

  it('reads nothing from TOML it cannot parse, and says where and why', () => {
    const result = toml('title = "Ops Night"', 'date =', 'x = 1');
    expect(result.value).toEqual({});
    // smol-toml's reason, without its own prefix and its excerpt of the text.
    expect(result.problems).toEqual([
      { line: 3, message: 'front matter is not valid TOML: invalid value', lost: true },
    ]);
  });

  it('titles and dates the notes from it, as from YAML', () => {
    const parsed = parseNotes(
      'ops-3.md',
      '+++\ntitle = "Ops Night #3"\ndate = "2016-04-27T10:09:38+09:00"\n+++\n\n## Registry\nHarbor keeps images.\n',
    );
    expect(parsed.meetup?.title).toBe('Ops Night #3');
    expect(parsed.meetup?.date).toBe('2016-04-27');
    expect(parsed.meetup?.talks.map((t) => t.title)).toEqual(['Registry']);
  });
});

describe('front matter shapes', () => {
  it('reads empty front matter as no fields and no problems', () => {
    expect(front('')).toEqual({ value: {}, problems: [] });
    expect(front('# only a comment')).toEqual({ value: {}, problems: [] });
  });

  it('reads nothing from front matter that is a list or a word instead of fields', () => {
    const notMapping = {
      value: {},
      problems: [
        {
          line: 2,
          message: 'front matter must be a mapping of fields (title, date, event_url, notes_url)',
          lost: true,
        },
      ],
    };
    expect(front('- title', '- date')).toEqual(notMapping);
    expect(front('Meetup')).toEqual(notMapping);
  });

  it('reads nothing from front matter whose aliases would expand without end', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    expect(parseFrontMatter(bomb.join('\n'), 4)).toEqual({
      value: {},
      problems: [{ line: 4, message: 'front matter could not be read as YAML', lost: true }],
    });
  });
});

describe('front matter fields', () => {
  it('reads each field into its own property, trimming the title', () => {
    expect(
      front(
        'title: "  Night  "',
        'date: 2021.1.5',
        'event_url: https://example.test/e',
        'notes_url: https://example.test/n',
      ).value,
    ).toEqual({
      title: 'Night',
      date: '2021-01-05',
      eventUrl: 'https://example.test/e',
      notesUrl: 'https://example.test/n',
    });
  });

  it('takes a number as a title, and rejects an empty or non-text one', () => {
    expect(front('title: 2024').value).toEqual({ title: '2024' });
    const empty = 'front matter field "title" must be text that is not empty; it is ignored';
    expect(front('title: "  "')).toEqual({ value: {}, problems: [{ line: 2, message: empty }] });
    expect(front('date: 2021-01-20', 'title: [a, b]')).toEqual({
      value: { date: '2021-01-20' },
      problems: [{ line: 3, message: empty }],
    });
  });

  it('rejects an event page that is not http(s), by its own name', () => {
    expect(front('event_url: ftp://example.test/e')).toEqual({
      value: {},
      problems: [
        {
          line: 2,
          message:
            'front matter field "event_url" must be an http(s) URL such as https://example.com/; it is ignored',
        },
      ],
    });
  });

  it('names a key that is not text as it reads', () => {
    expect(front('? [a, b]', ': x').problems).toEqual([
      {
        line: 2,
        message:
          'front matter field "["a","b"]" is not one the bot reads (title, date, event_url, notes_url); it is ignored',
      },
    ]);
  });

  it('takes only a "#" glued to text for part of the value, not a comment on the next line', () => {
    expect(front('title: Night', '#comment line').problems).toEqual([]);
    expect(front("title: 'Night #3'").problems).toEqual([]);
    expect(front('title: Night #3 #4').problems[0]?.message).toBe(
      'front matter field "title" is read as "Night #3 #4", but YAML takes " #3 #4" for a comment; put the value in quotes',
    );
    expect(front('title: Night #3 #4').value.title).toBe('Night #3 #4');
  });

  it('reports a date that is not text or a number by its YAML value', () => {
    expect(front('date: [2021, 1, 20]').problems).toEqual([
      {
        line: 2,
        message: 'front matter field "date" is not a date ([2021,1,20]); write it like 2021-01-20',
      },
    ]);
  });
});

describe('readDate edge cases', () => {
  it('trims the text, and rejects an invalid Date and dates glued to other text', () => {
    expect(readDate(' 2021-01-20 ')).toBe('2021-01-20');
    expect(readDate(new Date(Number.NaN))).toBeUndefined();
    expect(readDate('x2021-01-20')).toBeUndefined();
    expect(readDate('2021-01-20x')).toBeUndefined();
    expect(readDate('20210120x')).toBeUndefined();
    expect(readDate('x20210120')).toBeUndefined();
    expect(readDate('20210230')).toBeUndefined();
    expect(readDate('2021-02-29')).toBeUndefined();
    expect(readDate('2024-02-29')).toBe('2024-02-29');
    expect(readDate('2021-00-10')).toBeUndefined();
    expect(readDate(true)).toBeUndefined();
  });
});

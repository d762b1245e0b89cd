import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  organizersButton,
  parseOrganizersButton,
  parseVoteButton,
  voteButtons,
} from '../../../adapters/discord/answer-buttons.js';
import {
  DISCORD_LIMITS,
  type DiscordMessagePayload,
  embedLength,
  renderAnswer,
  renderSharedAnswer,
  renderTalks,
  SHARE_BUTTON_ID,
  shareButtonLanguage,
} from '../../../adapters/discord/render-embeds.js';
import {
  type AnswerResult,
  DEFAULT_RESULT_LIMIT,
  type MeetupListing,
} from '../../../src/answer/answer.js';
import { messagesFor } from '../../../src/messages/catalog.js';

const result = (overrides: Partial<AnswerResult> = {}): AnswerResult => ({
  meetup: 'VMware DevOps Meetup #5',
  talk: 'Ansible VMware modules',
  section: 'Collections',
  snippet: 'Ansible 2.10 was GA on 2020/9/22',
  matches: [{ start: 0, end: 7 }],
  links: [{ kind: 'slides', url: 'https://example.com/slides' }],
  notesUrl: 'https://example.com/notes#ansible',
  score: 1,
  ...overrides,
});

function expectWithinLimits(payload: DiscordMessagePayload) {
  expect(payload.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.contentChars);
  expect(payload.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  const total = payload.embeds.reduce((n, e) => n + embedLength(e), 0);
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotalChars);
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitleChars);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(
      DISCORD_LIMITS.embedDescriptionChars,
    );
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.authorNameChars);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldNameChars);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValueChars);
      expect(field.value.length).toBeGreaterThan(0);
    }
  }
}

describe('renderAnswer', () => {
  it('says plainly when the notes have no recording for the talk asked about', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'video?',
      results: [result({ links: [], missing: 'video' })],
    });
    expect(payload.embeds[0]?.fields).toContainEqual({
      name: 'Links',
      value: 'The notes have no video or recording for this talk.',
    });
  });

  it('renders one embed per result, at most three, with the talk linked to the notes', () => {
    const answer = {
      kind: 'found',
      query: 'ansible',
      results: Array.from({ length: 5 }, () => result()),
    } as const;
    const payload = renderAnswer(answer);
    expect(payload.embeds).toHaveLength(DEFAULT_RESULT_LIMIT);
    expect(payload.embeds[0]).toMatchObject({
      title: 'Ansible VMware modules',
      url: 'https://example.com/notes#ansible',
      author: { name: 'VMware DevOps Meetup #5' },
    });
    expect(payload.embeds[0]?.fields).toEqual([
      { name: 'Section', value: 'Collections' },
      { name: 'Links', value: '[Slides](https://example.com/slides)' },
    ]);
  });

  it('bolds the matched ranges of the snippet', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'ansible 2.10',
      results: [
        result({
          matches: [
            { start: 8, end: 12 },
            { start: 0, end: 7 },
          ],
        }),
      ],
    });
    expect(payload.embeds[0]?.description).toBe('**Ansible** **2.10** was GA on 2020/9/22');
  });

  it('merges overlapping ranges and ignores ranges outside the snippet', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'x',
      results: [
        result({
          snippet: 'abcdef',
          matches: [
            { start: 1, end: 3 },
            { start: 2, end: 4 },
            { start: 50, end: 60 },
            { start: 5, end: 5 },
          ],
        }),
      ],
    });
    expect(payload.embeds[0]?.description).toBe('a**bcd**ef');
  });

  it('escapes Markdown and defuses mentions in notes text, but keeps URLs intact', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [
        result({
          talk: '*Not bold* _nor italic_ [fake](https://evil.example)',
          snippet:
            'See https://example.com/a_b_c and `code` <@123456789012345678> @everyone\n# not a heading',
          matches: [],
        }),
      ],
    });
    const [embed] = payload.embeds;
    expect(embed?.title).toBe('\\*Not bold\\* \\_nor italic\\_ \\[fake](https://evil.example)');
    expect(embed?.description).toBe(
      'See https://example.com/a_b_c and \\`code\\` \\<@123456789012345678> @\u200beveryone\n\\# not a heading',
    );
  });

  it('adds the Share button only when asked to', () => {
    const answer = { kind: 'found', query: 'q', results: [result()] } as const;
    expect(renderAnswer(answer).components).toEqual([]);
    const [row] = renderAnswer(answer, { share: true }).components;
    expect(row?.components[0]).toMatchObject({
      label: 'Share in channel',
      custom_id: `${SHARE_BUTTON_ID}:en`,
    });
  });

  it('drops links that are not http(s), which Discord would reject', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [
        result({ notesUrl: 'javascript:alert(1)', links: [{ kind: 'video', url: 'notaurl' }] }),
      ],
    });
    expect(payload.embeds[0]?.url).toBeUndefined();
    expect(payload.embeds[0]?.fields?.map((f) => f.name)).toEqual(['Section']);
  });

  it('truncates huge titles, snippets and queries to the limits instead of failing', () => {
    const long = result({
      meetup: 'M'.repeat(5000),
      talk: 'T'.repeat(5000),
      section: 'S'.repeat(5000),
      // One unbroken bold run, so the cut has to land inside it.
      snippet: 'x'.repeat(25_000),
      matches: [{ start: 0, end: 25_000 }],
      links: Array.from({ length: 100 }, (_, i) => ({
        kind: 'slides' as const,
        url: `https://example.com/${i}/${'p'.repeat(50)}`,
      })),
    });
    const payload = renderAnswer({
      kind: 'found',
      query: 'q'.repeat(5000),
      results: [long, long, long],
    });
    expectWithinLimits(payload);
    expect(payload.embeds).toHaveLength(3);
    const description = payload.embeds[0]?.description ?? '';
    expect(description.endsWith('**…')).toBe(true);
    // Bold markers stay paired when the cut lands inside a bold run.
    expect((description.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(payload.embeds[0]?.title?.endsWith('…')).toBe(true);
  });

  it('never leaves a lone backslash or half a URL where it cuts escaped text', () => {
    const url = `https://example.com/${'a_b'.repeat(40)}`;
    const payload = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [result({ talk: 'a_'.repeat(1000), section: `${'x'.repeat(200)} ${url}` })],
    });
    const title = payload.embeds[0]?.title ?? '';
    // Every underscore escaped, the last one included: the cut text is escaped afresh.
    expect(title).toMatch(/^(a\\_)+a?…$/);
    expect(title.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitleChars);
    const section = payload.embeds[0]?.fields?.[0]?.value ?? '';
    expect(section).toBe(`${'x'.repeat(200)} …`);
  });

  it('never cuts a surrogate pair in half', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: '😀'.repeat(3000),
      results: [result({ talk: '😀'.repeat(300) })],
    });
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(payload.content).not.toMatch(lone);
    expect(payload.embeds[0]?.title).not.toMatch(lone);
  });

  it('says plainly that nothing was found and points at /vmware talks', () => {
    const payload = renderAnswer({
      kind: 'not-found',
      query: 'sourdough',
      suggestions: ['Ansible'],
    });
    expect(payload.content).toContain('The notes have no answer to "sourdough".');
    expect(payload.content).toContain('“Ansible”');
    expect(payload.content).toContain('`/vmware talks`');
    expect(payload.embeds).toEqual([]);
  });

  it('says which link a talk lacks when that is why the notes have no answer', () => {
    const payload = renderAnswer({
      kind: 'not-found',
      query: 'NSX slides?',
      suggestions: ['NSX dive'],
      missing: 'video',
    });
    expect(payload.content).toBe(
      'The notes have no video or recording for “NSX dive”. Try other words, or see every talk with `/vmware talks`.',
    );
    const marked = renderAnswer({
      kind: 'not-found',
      query: 'q',
      suggestions: ['*bold* talk'],
      missing: 'slides',
    });
    expect(marked.content).toContain('no slides for “\\*bold\\* talk”');
  });

  it('says which offered names a talk does not mention when that is why it has no answer', () => {
    const payload = renderAnswer({
      kind: 'not-found',
      query: 'which CI? Buildkite?',
      suggestions: ['*Fast* builds', 'Other talk'],
      unmentioned: ['Build*kite*'],
    });
    expect(payload.content).toBe(
      'The notes on “\\*Fast\\* builds” do not mention “Build\\*kite\\*”. Try other words, or see every talk with `/vmware talks`.',
    );
  });

  it('shows the reason for an invalid question, escaped', () => {
    const payload = renderAnswer({ kind: 'invalid', reason: 'Too *long*.' });
    expect(payload.content).toBe('Too \\*long\\*.');
  });

  it('renders help as an embed naming the commands', () => {
    const payload = renderAnswer({ kind: 'help' });
    expect(payload.embeds[0]?.description).toContain('/vmware ask');
  });

  describe('the addresses an answer carries', () => {
    const linksField = (r: AnswerResult) =>
      renderAnswer({ kind: 'found', query: 'tinywafのリポジトリどこ?', results: [r] }).embeds[0]
        ?.fields;

    it('links each in the links field after the slides, labelled by its text', () => {
      expect(
        linksField(
          result({
            addresses: [
              { url: 'https://git.example/mika/tinywaf', label: 'tinywaf' },
              { url: 'https://docs.example/tinywaf' },
            ],
          }),
        ),
      ).toEqual([
        { name: 'Section', value: 'Collections' },
        {
          name: 'Links',
          value:
            '[Slides](https://example.com/slides) · [tinywaf](https://git.example/mika/tinywaf) · https://docs.example/tinywaf',
        },
      ]);
    });

    it('escapes labels, keeps links whole and keeps three http(s) ones', () => {
      const value = linksField(
        result({
          links: [],
          addresses: [
            { url: 'javascript:alert(1)', label: 'no' },
            { url: 'https://a.example/wiki/A_(b) c', label: 'a  [b](evil)\n**c**' },
            { url: 'https://b.example', label: 'https://elsewhere.example' },
            { url: 'https://c.example', label: ' \n ' },
            { url: 'https://d.example', label: 'four' },
          ],
        }),
      )?.find((f) => f.name === 'Links')?.value;
      expect(value).toBe(
        '[a ［b］(evil) \\*\\*c\\*\\*](https://a.example/wiki/A_%28b%29%20c) · https://b.example · https://c.example',
      );
    });

    it('shortens a long label, and adds no field to a result that carries none', () => {
      const value = linksField(
        result({ links: [], addresses: [{ url: 'https://a.example', label: 'x'.repeat(300) }] }),
      )?.find((f) => f.name === 'Links')?.value;
      expect(value).toBe(`[${'x'.repeat(79)}…](https://a.example)`);
      expect(linksField(result({ links: [], addresses: [] }))).toEqual([
        { name: 'Section', value: 'Collections' },
      ]);
    });
  });

  it('keeps any answer within every Discord limit', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6000 });
    const range = fc.record({ start: fc.nat(7000), end: fc.nat(7000) });
    const arbitraryResult = fc.record({
      meetup: text,
      talk: text,
      section: fc.option(text, { nil: undefined }),
      snippet: text,
      matches: fc.array(range, { maxLength: 10 }),
      links: fc.array(
        fc.record({ kind: fc.constantFrom('slides' as const, 'video' as const), url: fc.webUrl() }),
        { maxLength: 30 },
      ),
      notesUrl: fc.option(fc.webUrl(), { nil: undefined }),
      addresses: fc.array(
        fc.record({ url: fc.oneof(fc.webUrl(), text), label: text }, { requiredKeys: ['url'] }),
        { maxLength: 5 },
      ),
      score: fc.double(),
    });
    fc.assert(
      fc.property(text, fc.array(arbitraryResult, { maxLength: 6 }), (query, results) => {
        const clean = results.map(({ section, notesUrl, ...r }) => ({
          ...r,
          ...(section !== undefined && { section }),
          ...(notesUrl !== undefined && { notesUrl }),
        }));
        expectWithinLimits(renderAnswer({ kind: 'found', query, results: clean }, { share: true }));
        expectWithinLimits(renderAnswer({ kind: 'not-found', query, suggestions: [query, query] }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderTalks', () => {
  const meetup = (i: number, talks = 3): MeetupListing => ({
    title: `Meetup #${i}`,
    date: '2020-10-01',
    eventUrl: `https://example.com/events/${i}`,
    talks: Array.from({ length: talks }, (_, t) => ({
      title: `Talk ${t} ${'long title '.repeat(10)}`,
      notesUrl: `https://example.com/notes/${i}#${t}`,
      links: [{ kind: 'slides' as const, url: `https://example.com/slides/${i}/${t}` }],
    })),
  });

  it('lists each meetup with its talks, notes and slide links', () => {
    const payload = renderTalks([meetup(1, 2)]);
    expect(payload.embeds[0]).toMatchObject({
      title: 'Meetup #1',
      url: 'https://example.com/events/1',
    });
    expect(payload.embeds[0]?.description).toContain('[Slides](https://example.com/slides/1/1)');
    expect(payload.embeds[0]?.description).toContain('](https://example.com/notes/1#0)');
  });

  it('fits many meetups into the limits and says how many are shown', () => {
    const payload = renderTalks(Array.from({ length: 30 }, (_, i) => meetup(i, 40)));
    expectWithinLimits(payload);
    expect(payload.content).toContain(`of 30 shown`);
    expect(payload.content).toContain('more meetups. Add a word to narrow the list');
    expect(payload.embeds[0]?.description).toMatch(/… and \d+ more$/);
  });

  it('says so when there are no notes', () => {
    expect(renderTalks([]).content).toMatch(/no talks in the notes/i);
  });
});

describe('renderSharedAnswer', () => {
  it('attributes the copy to the user and keeps the embeds, without a button', () => {
    const original = renderAnswer(
      { kind: 'found', query: 'q', results: [result()] },
      { share: true },
    );
    const shared = renderSharedAnswer({
      say: messagesFor('en'),
      userId: '42',
      content: original.content,
      embeds: original.embeds,
    });
    expect(shared.content.startsWith('<@42> shared this answer.')).toBe(true);
    expect(shared.embeds).toEqual(original.embeds);
    expect(shared.components).toEqual([]);
  });
});

describe('the language a button carries back', () => {
  it('reads the Share button’s language, an untagged one as unknown, anything else as no Share', () => {
    expect(shareButtonLanguage(`${SHARE_BUTTON_ID}:ja`)).toBe('ja');
    expect(shareButtonLanguage(`${SHARE_BUTTON_ID}:en`)).toBe('en');
    expect(shareButtonLanguage(SHARE_BUTTON_ID)).toBeUndefined();
    expect(shareButtonLanguage(`${SHARE_BUTTON_ID}:fr`)).toBe(false);
    expect(shareButtonLanguage(`${SHARE_BUTTON_ID}x`)).toBe(false);
    expect(shareButtonLanguage('vmware:vote:helpful:ja:1')).toBe(false);
  });

  it('tags vote and organizers buttons with the answer’s language and reads it back', () => {
    const [helpful] = voteButtons('a-1', 'ja');
    const customId = helpful && 'custom_id' in helpful ? helpful.custom_id : '';
    expect(customId).toBe('vmware:vote:helpful:ja:a-1');
    expect(helpful).toMatchObject({ label: '役に立った', emoji: { name: '👍' } });
    expect(parseVoteButton(customId)).toEqual({ vote: 'helpful', answerId: 'a-1', language: 'ja' });
    // A button made before buttons carried a language still votes, in no particular language.
    expect(parseVoteButton('vmware:vote:not-helpful:a-2')).toEqual({
      vote: 'not-helpful',
      answerId: 'a-2',
    });
    const ask = organizersButton('a-3', 'en');
    const askId = 'custom_id' in ask ? ask.custom_id : '';
    expect(ask).toMatchObject({ label: 'Ask the organizers' });
    expect(parseOrganizersButton(askId)).toEqual({ answerId: 'a-3', language: 'en' });
    expect(parseOrganizersButton('vmware:organizers:a-4')).toEqual({ answerId: 'a-4' });
    expect(parseOrganizersButton('vmware:share:en')).toBeUndefined();
  });
});

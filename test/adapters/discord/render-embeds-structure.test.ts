import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  type DiscordMessagePayload,
  embedLength,
  renderAnswer,
  renderNotice,
  renderReply,
  renderSharedAnswer,
  renderTalks,
} from '../../../adapters/discord/render-embeds.js';
import type { AnswerResult, MeetupListing } from '../../../src/answer/answer.js';
import { messagesFor } from '../../../src/messages/catalog.js';
import type { Reply } from '../../../src/requests/request-pipeline.js';
import { answerResult } from '../../support/answer-result.js';

const result = answerResult;

/** The custom ids of every button, row by row. */
const customIds = (payload: DiscordMessagePayload) =>
  payload.components.map((row) =>
    row.components.map((button) => ('custom_id' in button ? button.custom_id : undefined)),
  );

/** A link whose rendered `[Slides](url)` is exactly `length` characters long. */
const slidesOfLength = (length: number) => ({
  kind: 'slides' as const,
  url: `https://example.com/${'p'.repeat(length - '[Slides](https://example.com/)'.length)}`,
});

describe('renderAnswer (Discord) structure', () => {
  it('introduces a found answer with the query, whitespace folded', () => {
    const payload = renderAnswer({ kind: 'found', query: '  nsx \n\t t ', results: [result()] });
    expect(payload.content).toBe('Here is what the meetup notes say about “nsx t”:');
    expect(payload.embeds).toEqual([
      {
        author: { name: 'Ops Night #2' },
        title: 'Terraform in practice',
        color: 0x1d428a,
        fields: [],
        description: 'plan before apply',
      },
    ]);
    expect(payload.components).toEqual([]);
  });

  it('answers a found answer without results as not found, with no buttons', () => {
    const payload = renderAnswer(
      { kind: 'found', query: 'q', results: [] },
      { share: true, answerId: 'a-1' },
    );
    expect(payload).toEqual(renderAnswer({ kind: 'not-found', query: 'q', suggestions: [] }));
    expect(payload.components).toEqual([]);
  });

  it('says not found without suggestions, and with at most five of them', () => {
    expect(renderAnswer({ kind: 'not-found', query: 'x', suggestions: [] })).toEqual({
      content:
        'The notes have no answer to "x". Try other words, or see every talk with `/vmware talks`.',
      embeds: [],
      components: [],
    });
    const many = renderAnswer({
      kind: 'not-found',
      query: 'x',
      suggestions: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect(many.content).toBe(
      'The notes have no answer to "x". Related talks: “a”, “b”, “c”, “d”, “e” Try other words, or see every talk with `/vmware talks`.',
    );
  });

  it('offers "Ask the organizers" only on a recorded not-found answer with a channel set', () => {
    const answer = { kind: 'not-found', query: 'x', suggestions: [] } as const;
    expect(customIds(renderAnswer(answer, { organizers: true, answerId: 'a-2' }))).toEqual([
      ['vmware:organizers:en:a-2'],
    ]);
    expect(renderAnswer(answer, { organizers: true }).components).toEqual([]);
    expect(renderAnswer(answer, { answerId: 'a-2' }).components).toEqual([]);
  });

  it('puts Share before the vote buttons in one row', () => {
    const payload = renderAnswer(
      { kind: 'found', query: 'q', results: [result()] },
      { share: true, answerId: 'a-3' },
    );
    expect(customIds(payload)).toEqual([
      ['vmware:share:en', 'vmware:vote:helpful:en:a-3', 'vmware:vote:not-helpful:en:a-3'],
    ]);
  });

  it('renders help as its fixed intro and one embed listing the commands', () => {
    expect(renderAnswer({ kind: 'help' })).toEqual({
      content: 'Here is how to ask me about the meetup talks.',
      embeds: [
        {
          title:
            'VMware Meetup Bot answers questions about the meetup talks from the organizers’ notes.',
          color: 0x1d428a,
          description: expect.any(String),
        },
      ],
      components: [],
    });
    // One line each: asking, listing, mentions and DMs, and an example when there is one.
    const help = renderReply({ kind: 'help', language: 'en', example: 'What is Octant?' });
    const lines = help.embeds[0]?.description?.split('\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^`\/vmware ask question:<your question>` .*\*\*Share in channel\*\*/);
    expect(lines[1]).toMatch(/^`\/vmware talks` lists/);
    expect(lines[2]).toMatch(/mention me .* DM\.$/);
    expect(lines[3]).toBe('Example: `/vmware ask question:What is Octant?`');
    expect(renderAnswer({ kind: 'help' }).embeds[0]?.description?.split('\n')).toHaveLength(3);
  });

  it('renders help in Japanese with the configured command and name', () => {
    const identity = { command: 'meetup', displayName: 'Go Bot' };
    const help = renderReply({ kind: 'help', language: 'ja', example: 'Goって何?' }, { identity });
    expect(help.content).toBe('ミートアップのトークについての質問のしかたです。');
    expect(help.embeds[0]?.title).toBe(
      'Go Botは、ミートアップのトークについて運営のノートから質問に答えます。',
    );
    const lines = help.embeds[0]?.description?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^`\/meetup ask question:<質問>` /);
    expect(lines[3]).toBe('例: `/meetup ask question:Goって何?`');
    expect(JSON.stringify(help)).not.toContain('vmware');
  });

  it('throws, naming the kind, for an answer kind it does not know', () => {
    expect(() => renderAnswer({ kind: 'maybe' } as never)).toThrow(
      'Unknown answer kind: {"kind":"maybe"}.',
    );
  });

  it('labels slide and video links and joins them with a dot', () => {
    const payload = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [
        result({
          links: [
            { kind: 'video', url: 'https://example.com/v' },
            { kind: 'slides', url: 'https://example.com/s' },
          ],
        }),
      ],
    });
    expect(payload.embeds[0]?.fields).toEqual([
      { name: 'Links', value: '[Video](https://example.com/v) · [Slides](https://example.com/s)' },
    ]);
  });

  it('keeps a link that just fits the field and drops one a character longer', () => {
    const fits = slidesOfLength(DISCORD_LIMITS.fieldValueChars - 3);
    const fitting = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [result({ links: [fits] })],
    });
    expect(fitting.embeds[0]?.fields?.[0]?.value).toHaveLength(DISCORD_LIMITS.fieldValueChars - 3);
    const over = slidesOfLength(DISCORD_LIMITS.fieldValueChars - 2);
    const dropped = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [result({ links: [over] })],
    });
    expect(dropped.embeds[0]?.fields).toEqual([]);
  });

  it('counts each kept link and its separator against the field limit', () => {
    const first = slidesOfLength(500);
    const secondFits = slidesOfLength(DISCORD_LIMITS.fieldValueChars - 503 - 3);
    const secondOver = slidesOfLength(DISCORD_LIMITS.fieldValueChars - 503 - 2);
    const value = (links: AnswerResult['links']) =>
      renderAnswer({ kind: 'found', query: 'q', results: [result({ links })] }).embeds[0]
        ?.fields?.[0]?.value ?? '';
    expect(value([first, secondFits]).split(' · ')).toHaveLength(2);
    expect(value([first, secondOver]).split(' · ')).toHaveLength(1);
  });

  it('keeps an http URL of exactly 2,048 characters and drops a longer or non-http one', () => {
    const base = 'http://example.com/';
    const atLimit = `${base}${'u'.repeat(DISCORD_LIMITS.urlChars - base.length)}`;
    const url = (notesUrl: string) =>
      renderAnswer({ kind: 'found', query: 'q', results: [result({ notesUrl })] }).embeds[0]?.url;
    expect(url(atLimit)).toBe(atLimit);
    expect(url(`${atLimit}u`)).toBeUndefined();
    expect(url('xhttp://example.com/')).toBeUndefined();
    expect(url('ftp://example.com/')).toBeUndefined();
  });
});

describe('renderReply (Discord)', () => {
  const answer: Reply = {
    kind: 'answer',
    language: 'en',
    question: 'q',
    answer: { kind: 'found', query: 'q', results: [result()] },
    answerId: 'a-4',
  };

  it('passes a recorded answer’s id on to the vote buttons', () => {
    expect(customIds(renderReply(answer))).toEqual([
      ['vmware:vote:helpful:en:a-4', 'vmware:vote:not-helpful:en:a-4'],
    ]);
    const { answerId: _id, ...unrecorded } = answer;
    expect(renderReply(unrecorded as Reply).components).toEqual([]);
  });

  it('says no talk matches a filter, and lists the talks otherwise', () => {
    expect(
      renderReply({ kind: 'talks', language: 'en', meetups: [], filter: 'kafka' }).content,
    ).toBe('No meetup or talk in the notes matches "kafka". Try "talks" alone to see them all.');
    expect(renderReply({ kind: 'talks', language: 'en', meetups: [] }).content).toBe(
      'There are no talks in the notes yet.',
    );
    const listing = renderReply({
      kind: 'talks',
      language: 'en',
      meetups: [{ title: 'M', talks: [] }],
    });
    expect(listing.embeds.map((e) => e.title)).toEqual(['M']);
    const narrowed = renderReply({
      kind: 'talks',
      language: 'en',
      meetups: [{ title: 'M', talks: [] }],
      filter: 'm',
    });
    expect(narrowed).toEqual(listing);
  });

  it('adds the privacy line to help as the embed’s footer', () => {
    expect(renderReply({ kind: 'help', language: 'en' }).embeds[0]?.footer).toBeUndefined();
    const help = renderReply({ kind: 'help', language: 'en', privacy: 'Kept 90 days.' });
    expect(help.content).toBe('Here is how to ask me about the meetup talks.');
    expect(help.embeds[0]?.footer).toEqual({ text: 'Kept 90 days.' });
    expect(help.embeds[0]?.title).toBe(
      'VMware Meetup Bot answers questions about the meetup talks from the organizers’ notes.',
    );
  });

  it('shows refusals, slow-downs and apologies as escaped text alone', () => {
    const replies: Reply[] = [
      { kind: 'refused', language: 'en', reason: 'too-long', message: 'Too *long*.' },
      { kind: 'slow-down', language: 'en', message: 'Slow _down_.' },
      { kind: 'apology', language: 'en', message: 'Sorry <3' },
    ];
    expect(replies.map((r) => renderReply(r))).toEqual([
      { content: 'Too \\*long\\*.', embeds: [], components: [] },
      { content: 'Slow \\_down\\_.', embeds: [], components: [] },
      { content: 'Sorry \\<3', embeds: [], components: [] },
    ]);
  });

  it('throws, naming the kind, for a reply kind it does not know', () => {
    expect(() => renderReply({ kind: 'poll' } as never)).toThrow(
      'Unknown reply kind: {"kind":"poll"}.',
    );
  });

  it('cuts a notice at exactly 2,000 characters', () => {
    const fits = 'x'.repeat(DISCORD_LIMITS.contentChars);
    expect(renderNotice(fits).content).toBe(fits);
    expect(renderNotice(`${fits}x`).content).toBe(
      `${'x'.repeat(DISCORD_LIMITS.contentChars - 1)}…`,
    );
  });
});

describe('renderTalks (Discord) structure', () => {
  const bare = (i: number): MeetupListing => ({ title: `M${i}`, talks: [] });

  it('lists a meetup’s date, its talks with links, and says when it has none', () => {
    const payload = renderTalks([
      {
        title: 'Ops Night',
        date: '2024-05-01',
        notesUrl: 'https://example.com/notes',
        talks: [
          { title: 'Plain', links: [] },
          {
            title: 'Linked',
            notesUrl: 'https://example.com/n#l',
            links: [{ kind: 'video', url: 'https://example.com/v' }],
          },
        ],
      },
      bare(2),
    ]);
    expect(payload).toEqual({
      content: 'Meetups and talks in the notes:',
      embeds: [
        {
          title: 'Ops Night',
          url: 'https://example.com/notes',
          color: 0x1d428a,
          description:
            '_2024-05-01_\n• Plain\n• [Linked](https://example.com/n#l) — [Video](https://example.com/v)',
        },
        { title: 'M2', color: 0x1d428a, description: 'No talks in the notes yet.' },
      ],
      components: [],
    });
  });

  it('shows at most ten meetups and counts the rest', () => {
    const payload = renderTalks(Array.from({ length: 11 }, (_, i) => bare(i)));
    expect(payload.embeds.map((e) => e.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `M${i}`),
    );
    expect(payload.content).toBe(
      'Meetups and talks in the notes (10 of 11 shown):\n…and 1 more meetup. Add a word to narrow the list, like "talks go" or "talks 第5回".',
    );
  });

  /** A talk whose line ("• " and the title, no links) is `length` characters long. */
  const talkOfLine = (length: number, c = 'a') => ({ title: c.repeat(length - 2), links: [] });
  /** Talks whose lines, each counted with the newline before it, add up to `total`. */
  const talksFilling = (total: number) => {
    const full = Math.floor(total / 203);
    const last = total - full * 203;
    return [
      ...Array.from({ length: full }, () => talkOfLine(202)),
      ...(last > 0 ? [talkOfLine(last - 1, 'z')] : []),
    ];
  };
  const descriptionLines = (payload: DiscordMessagePayload, i = 0) =>
    payload.embeds[i]?.description?.split('\n') ?? [];

  it('shows the last talk when its line fills the 4,096-character description exactly', () => {
    const payload = renderTalks([
      { title: 'M', talks: talksFilling(DISCORD_LIMITS.embedDescriptionChars) },
    ]);
    expect(payload.embeds[0]?.description).toHaveLength(DISCORD_LIMITS.embedDescriptionChars - 1);
    expect(descriptionLines(payload).at(-1)).toBe(`• ${'z'.repeat(33)}`);
  });

  it('counts the last talk as one more when its line is a character too long', () => {
    const talks = talksFilling(DISCORD_LIMITS.embedDescriptionChars + 1);
    const payload = renderTalks([{ title: 'M', talks }]);
    const lines = descriptionLines(payload);
    expect(lines).toHaveLength(talks.length);
    expect(lines.at(-1)).toBe('… and 1 more');
  });

  it('keeps room for the "and more" line while more talks follow', () => {
    // 20 full lines, then one that fits only without room for "… and 2 more" (12 + newline).
    const room = DISCORD_LIMITS.embedDescriptionChars;
    const cut = [
      ...talksFilling(20 * 203),
      talkOfLine(room - 20 * 203 - 1 - 13 + 1),
      talkOfLine(20),
    ];
    expect(descriptionLines(renderTalks([{ title: 'M', talks: cut }])).at(-1)).toBe('… and 2 more');
    const kept = [...talksFilling(20 * 203), talkOfLine(room - 20 * 203 - 1 - 13), talkOfLine(20)];
    const lines = descriptionLines(renderTalks([{ title: 'M', talks: kept }]));
    expect(lines.at(-1)).toBe('… and 1 more');
    expect(lines).toHaveLength(22);
  });

  it('gives later meetups what is left of the 6,000 characters, titles included', () => {
    const total = DISCORD_LIMITS.embedTotalChars;
    // The first meetup takes 4,096 with its title, leaving 6,000 - 4,096 - 1 = 1,903 for the next.
    const first = { title: 'A', talks: talksFilling(DISCORD_LIMITS.embedDescriptionChars) };
    const left = total - DISCORD_LIMITS.embedDescriptionChars - 1;
    const tooLong = renderTalks([first, { title: 'B', talks: talksFilling(left + 1) }]);
    expect(descriptionLines(tooLong, 1).at(-1)).toBe('… and 1 more');
    const exact = renderTalks([first, { title: 'B', talks: talksFilling(left) }]);
    expect(descriptionLines(exact, 1).at(-1)).toBe(`• ${'z'.repeat((left % 203) - 3)}`);
  });

  it('still shows a meetup with exactly 100 characters left, and none with fewer', () => {
    const first = { title: 'A', talks: talksFilling(DISCORD_LIMITS.embedDescriptionChars) };
    const last = { title: 'C', talks: [talkOfLine(3)] };
    // After A (4,096) and B (1 + 1,802), C's title leaves it 6,000 - 5,899 - 1 = 100.
    const shown = renderTalks([first, { title: 'B', talks: talksFilling(1803) }, last]);
    expect(shown.embeds.map((e) => e.title)).toEqual(['A', 'B', 'C']);
    expect(shown.embeds[2]?.description).toBe('• a');
    const hidden = renderTalks([first, { title: 'B', talks: talksFilling(1804) }, last]);
    expect(hidden.embeds.map((e) => e.title)).toEqual(['A', 'B']);
    expect(hidden.content).toContain('(2 of 3 shown)');
  });
});

describe('renderSharedAnswer', () => {
  it('keeps at most ten embeds and the vote buttons of the recorded answer', () => {
    const embeds: APIEmbed[] = Array.from({ length: 11 }, (_, i) => ({ title: `E${i}` }));
    const shared = renderSharedAnswer({
      say: messagesFor('en'),
      userId: '7',
      content: 'c',
      embeds,
      answerId: 'a-5',
    });
    expect(shared.content).toBe('<@7> shared this answer. c');
    expect(shared.embeds).toEqual(embeds.slice(0, 10));
    expect(customIds(shared)).toEqual([
      ['vmware:vote:helpful:en:a-5', 'vmware:vote:not-helpful:en:a-5'],
    ]);
  });
});

describe('embedLength', () => {
  it('counts title, description, author, footer and every field’s name and value', () => {
    expect(
      embedLength({
        title: 'ab',
        description: 'cde',
        author: { name: 'f' },
        footer: { text: 'gh' },
        fields: [
          { name: 'ij', value: 'klm' },
          { name: 'n', value: 'op' },
        ],
      }),
    ).toBe(16);
    expect(embedLength({ description: 'cde' })).toBe(3);
    expect(embedLength({})).toBe(0);
  });
});

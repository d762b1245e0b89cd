import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boldRanges, truncateMrkdwn } from '../../../adapters/slack/mrkdwn.js';
import {
  renderAnswer,
  renderHelp,
  renderTalks,
  SLACK_LIMITS,
  type SlackMessage,
} from '../../../adapters/slack/render-blocks.js';
import { withAttribution, withShareButton } from '../../../adapters/slack/share-button.js';
import type { Answer, AnswerResult, MeetupListing } from '../../../src/answer/answer.js';
import { messagesFor } from '../../../src/messages/catalog.js';
import { wordingFor } from '../../../src/messages/wording.js';
import { sectionTexts } from '../../support/slack-payload.js';

const EN = messagesFor('en');

const result = (over: Partial<AnswerResult> = {}): AnswerResult => ({
  meetup: 'VMware DevOps Meetup #5',
  talk: 'Ansible VMwareモジュールの今までとこれから',
  section: 'AnsibleとCollectionsについて',
  snippet: 'Ansible 2.10は2020/9/22GAです',
  matches: [{ start: 0, end: 7 }],
  links: [{ kind: 'slides', url: 'https://speakerdeck.com/x/ansible' }],
  score: 1,
  ...over,
});

/** Every mrkdwn / plain text string in a message, so limits can be checked everywhere. */
function texts(message: SlackMessage): string[] {
  const out: string[] = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section' && block.text) out.push(block.text.text);
    if (block.type === 'context') {
      for (const el of block.elements) if ('text' in el) out.push(el.text);
    }
  }
  return out;
}

describe('renderAnswer', () => {
  it('shows the talk, meetup › section, the snippet with matched terms in bold, and slide links', () => {
    const m = renderAnswer({ kind: 'found', query: 'Ansible GA', results: [result()] });
    const all = texts(m).join('\n');
    expect(all).toContain('*Ansible VMwareモジュールの今までとこれから*');
    expect(all).toContain('_VMware DevOps Meetup #5 › AnsibleとCollectionsについて_');
    expect(all).toContain('\u200B*Ansible*\u200B 2.10は2020/9/22GAです');
    expect(all).toContain('<https://speakerdeck.com/x/ansible|📑 Slides>');
    expect(m.text).toContain('Ansible VMwareモジュールの今までとこれから');
  });

  describe('the addresses an answer carries', () => {
    const contexts = (m: SlackMessage) =>
      m.blocks.flatMap((b) =>
        b.type === 'context' ? b.elements.flatMap((el) => ('text' in el ? [el.text] : [])) : [],
      );
    const found = (...results: AnswerResult[]): Answer => ({
      kind: 'found',
      query: 'tinywafのリポジトリどこ?',
      results,
    });

    it('links each beside the slides, labelled by its text or its URL', () => {
      const m = renderAnswer(
        found(
          result({
            addresses: [
              { url: 'https://git.example/mika/tinywaf', label: 'tinywaf' },
              { url: 'https://docs.example/tinywaf' },
            ],
          }),
        ),
      );
      expect(contexts(m)).toEqual([
        '<https://speakerdeck.com/x/ansible|📑 Slides>  ·  <https://git.example/mika/tinywaf|🔗 tinywaf>  ·  <https://docs.example/tinywaf|🔗 https://docs.example/tinywaf>',
      ]);
    });

    it('escapes labels and URLs, keeps three http(s) ones and shortens a long label', () => {
      const m = renderAnswer(
        found(
          result({
            links: [],
            addresses: [
              { url: 'javascript:alert("https://x.example")', label: 'no' },
              { url: 'http://a.example/x>y|z', label: '<!channel> & *co*|x' },
              { url: 'https://b.example', label: `${'long '.repeat(30)}end` },
              { url: 'HTTPS://c.example', label: '  two \n\n lines  ' },
              { url: 'https://d.example', label: 'four' },
            ],
          }),
        ),
      );
      expect(contexts(m)).toEqual([
        `<http://a.example/x%3Ey%7Cz|🔗 &lt;!channel&gt; &amp; *co*¦x>  ·  <https://b.example|🔗 ${'long '.repeat(15).trim()} long…>  ·  <HTTPS://c.example|🔗 two lines>`,
      ]);
    });

    it('shows a label of the longest length whole', () => {
      const label = 'x'.repeat(SLACK_LIMITS.addressLabel);
      expect(
        contexts(
          renderAnswer(
            found(result({ links: [], addresses: [{ url: 'https://a.example', label }] })),
          ),
        ),
      ).toEqual([`<https://a.example|🔗 ${label}>`]);
    });

    it('adds nothing to a result that carries none', () => {
      expect(contexts(renderAnswer(found(result({ addresses: [] }))))).toEqual([
        '<https://speakerdeck.com/x/ansible|📑 Slides>',
      ]);
      expect(contexts(renderAnswer(found(result({ links: [] }))))).toEqual([]);
    });
  });

  it('links the talk title to the notes when the answer has a notes URL', () => {
    const m = renderAnswer({
      kind: 'found',
      query: 'q',
      results: [result({ notesUrl: 'https://notes.example/m5#ansible' })],
    });
    expect(sectionTexts(m).join()).toContain(
      '*<https://notes.example/m5#ansible|Ansible VMwareモジュールの今までとこれから>*',
    );
  });

  it('says plainly when the notes have no slides for the talk asked about', () => {
    const m = renderAnswer({
      kind: 'found',
      query: 'slides?',
      results: [result({ links: [], missing: 'slides' })],
    });
    expect(texts(m).join('\n')).toContain('The notes have no slides for this talk.');
    const plain = renderAnswer({ kind: 'found', query: 'q', results: [result({ links: [] })] });
    expect(texts(plain).join('\n')).not.toContain('no slides');
  });

  it('shows at most three results', () => {
    const results = [1, 2, 3, 4, 5].map((i) => result({ talk: `Talk number ${i}` }));
    const all = texts(renderAnswer({ kind: 'found', query: 'q', results })).join('\n');
    expect(all).toContain('Talk number 3');
    expect(all).not.toContain('Talk number 4');
  });

  it('says plainly that nothing was found, offers suggestions and points to /vmware talks', () => {
    const m = renderAnswer({ kind: 'not-found', query: 'sourdough', suggestions: ['Ansible'] });
    const all = texts(m).join('\n');
    expect(all).toContain('The notes have no answer to "sourdough".');
    expect(all).toContain('Related talks: “Ansible”');
    expect(all).toContain('`/vmware talks`');
  });

  it('says which link a talk lacks when that is why the notes have no answer', () => {
    const m = renderAnswer({
      kind: 'not-found',
      query: 'NSX slides?',
      suggestions: ['NSX <deep> dive'],
      missing: 'slides',
    });
    const all = texts(m).join('\n');
    expect(all).toContain('The notes have no slides for “NSX &lt;deep&gt; dive”.\n');
    expect(all).toContain('`/vmware talks`');
    expect(all).not.toContain('Related talks');
    expect(all).not.toContain('no answer');
    const video = renderAnswer({
      kind: 'not-found',
      query: 'q',
      suggestions: ['A'],
      missing: 'video',
    });
    expect(texts(video).join('\n')).toContain('The notes have no video or recording for “A”.');
  });

  it('says which offered names a talk does not mention, escaped, with no list of talks', () => {
    const all = texts(
      renderAnswer({
        kind: 'not-found',
        query: 'which CI? Buildkite?',
        suggestions: ['Fast <builds>', 'Other talk'],
        unmentioned: ['Build<kite>', 'Jenkins'],
      }),
    ).join('\n');
    expect(all).toContain(
      'The notes on “Fast &lt;builds&gt;” do not mention “Build&lt;kite&gt;” or “Jenkins”.',
    );
    expect(all).toContain('`/vmware talks`');
    expect(all).not.toContain('Related talks');
    expect(all).not.toContain('Other talk');
  });

  it('words a Japanese answer in Japanese, with the configured command', () => {
    const ja = wordingFor('ja', { command: 'meetup', displayName: 'Go Bot' });
    const none = texts(renderAnswer({ kind: 'not-found', query: 'ピザ', suggestions: ['Go'] }, ja));
    expect(none.join('\n')).toContain('「ピザ」への答えはノートにありません。');
    expect(none.join('\n')).toContain('関連するトーク: “Go”');
    expect(none.join('\n')).toContain('`/meetup talks` ですべてのトーク');
    expect(none.join('\n')).not.toContain('/vmware');
    const found = texts(
      renderAnswer(
        { kind: 'found', query: 'スライド', results: [result({ missing: 'slides' })] },
        ja,
      ),
    ).join('\n');
    expect(found).toContain('「スライド」について、ミートアップのノートにはこう書かれています:');
    expect(found).toContain('📑 スライド');
    expect(found).toContain('このトークのスライドはノートにありません。');
    expect(found).not.toMatch(/Here is|Slides/);
  });

  it('explains usage for a help answer', () => {
    const all = texts(renderAnswer({ kind: 'help' })).join('\n');
    expect(all).toContain('/vmware ask');
    expect(all).toContain('/vmware talks');
    expect(all).toEqual(texts(renderHelp()).join('\n'));
  });

  it('shows the reason of an invalid answer, escaped', () => {
    const m = renderAnswer({ kind: 'invalid', reason: 'Too long <1,000> & more' });
    expect(m.text).toBe('Too long &lt;1,000&gt; &amp; more');
  });

  it('escapes broadcasts and mentions in the query, titles and snippets', () => {
    const m = renderAnswer({
      kind: 'found',
      query: '<!channel> hi',
      results: [
        result({ talk: '<!everyone>', meetup: '<@U123>', snippet: 'a <!here> & b', matches: [] }),
      ],
    });
    const all = texts(m).join('\n');
    expect(all).not.toMatch(/<!|<@/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&lt;!everyone&gt;');
    expect(all).toContain('&lt;@U123&gt;');
    expect(all).toContain('a &lt;!here&gt; &amp; b');
  });

  it('truncates over-long text to Slack limits instead of failing', () => {
    const m = renderAnswer({
      kind: 'found',
      query: 'x'.repeat(5000),
      results: [result({ talk: '&'.repeat(4000), snippet: '<'.repeat(4000), matches: [] })],
    });
    for (const t of sectionTexts(m)) {
      expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      // No half-cut entity such as `&am…` at the end.
      expect(t).toMatch(/(&amp;|&lt;|[^&;])…$|[^…]$/);
    }
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('keeps any answer within Slack limits and free of raw mentions (property)', () => {
    const range = fc.record({
      start: fc.integer({ min: -5, max: 400 }),
      end: fc.integer({ min: -5, max: 400 }),
    });
    const arbResult: fc.Arbitrary<AnswerResult> = fc.record(
      {
        meetup: fc.string({ maxLength: 200 }),
        talk: fc.string({ maxLength: 4000 }),
        section: fc.string({ maxLength: 200 }),
        snippet: fc.string({ maxLength: 400 }),
        matches: fc.array(range, { maxLength: 6 }),
        links: fc.array(
          fc.record({
            kind: fc.constantFrom('slides' as const, 'video' as const),
            url: fc.webUrl(),
          }),
          { maxLength: 3 },
        ),
        addresses: fc.array(
          fc.record(
            { url: fc.oneof(fc.webUrl(), fc.string()), label: fc.string({ maxLength: 3000 }) },
            { requiredKeys: ['url'] },
          ),
          { maxLength: 5 },
        ),
        notesUrl: fc.webUrl(),
        score: fc.double({ noNaN: true }),
      },
      // Optional fields are absent, not undefined, as exactOptionalPropertyTypes requires.
      { requiredKeys: ['meetup', 'talk', 'snippet', 'matches', 'links', 'score'] },
    );
    const arbAnswer: fc.Arbitrary<Answer> = fc.oneof(
      fc.record({
        kind: fc.constant('found' as const),
        query: fc.string({ maxLength: 1000 }),
        results: fc.array(arbResult, { maxLength: 6 }),
      }),
      fc.record({
        kind: fc.constant('not-found' as const),
        query: fc.string({ maxLength: 1000 }),
        suggestions: fc.array(fc.string(), { maxLength: 5 }),
      }),
      fc.constant({ kind: 'help' as const }),
      fc.record({ kind: fc.constant('invalid' as const), reason: fc.string() }),
    );
    fc.assert(
      fc.property(arbAnswer, (answer) => {
        const m = renderAnswer(answer);
        expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
        for (const t of texts(m)) {
          expect(t.length).toBeLessThanOrEqual(
            SLACK_LIMITS.sectionText + SLACK_LIMITS.fallbackText,
          );
          // The only `<…>` the renderer writes itself are links.
          expect(t).not.toMatch(/<(?!https?:\/\/)/);
        }
        for (const t of sectionTexts(m))
          expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderTalks', () => {
  const meetup = (i: number): MeetupListing => ({
    title: `Meetup ${i}`,
    date: '2020-10-01',
    eventUrl: 'https://vmware.connpass.com/event/1/',
    talks: [
      {
        title: 'Ansible <& friends>',
        links: [{ kind: 'slides', url: 'https://speakerdeck.com/a' }],
      },
      { title: 'Octant', links: [{ kind: 'video', url: 'https://youtu.be/x' }] },
    ],
  });

  it('lists each meetup with its date, talks and slide and video links', () => {
    const all = texts(renderTalks([meetup(5)])).join('\n');
    expect(all).toContain('*<https://vmware.connpass.com/event/1/|Meetup 5>* (2020-10-01)');
    expect(all).toContain('• Ansible &lt;&amp; friends&gt;  <https://speakerdeck.com/a|📑 Slides>');
    expect(all).toContain('<https://youtu.be/x|🎬 Video>');
  });

  it('stays within 50 blocks and says how many meetups did not fit', () => {
    const m = renderTalks(Array.from({ length: 120 }, (_, i) => meetup(i)));
    expect(m.blocks.length).toBe(SLACK_LIMITS.blocksPerMessage);
    expect(texts(m).join('\n')).toContain('…and 72 more meetups. Add a word to narrow the list');
  });

  it('says so when there are no talks yet', () => {
    expect(renderTalks([]).text).toContain('no talks');
  });
});

describe('share button and attribution', () => {
  const found = renderAnswer({ kind: 'found', query: 'q', results: [result()] });

  it('adds a button carrying the question', () => {
    const m = withShareButton(found, 'When did Ansible 2.10 become GA?', EN);
    const last = m.blocks.at(-1);
    expect(last?.type).toBe('actions');
    expect(JSON.stringify(last)).toContain('"value":"When did Ansible 2.10 become GA?"');
  });

  it('attributes a shared answer to the asker with a real mention, escaping the question', () => {
    const m = withAttribution(found, 'U0ASKER', '<!channel> ansible', EN);
    expect(texts(m).join('\n')).toContain('<@U0ASKER> asked: &lt;!channel&gt; ansible');
  });

  it('never turns a malformed user ID into markup', () => {
    const m = withAttribution(found, '!channel', 'q', EN);
    expect(texts(m).join('\n')).not.toContain('<@!channel>');
    expect(texts(m).join('\n')).toContain('Someone asked: q');
  });
});

describe('mrkdwn helpers', () => {
  it('bolds overlapping and out-of-range matches without breaking the text', () => {
    expect(
      boldRanges('abc def', [
        { start: 4, end: 99 },
        { start: 5, end: 6 },
        { start: -3, end: 0 },
      ]),
    ).toBe('abc \u200B*def*\u200B');
  });

  it('never cuts inside an entity or a link when truncating', () => {
    expect(truncateMrkdwn('ab&amp;cd', 5)).toBe('ab…');
    expect(truncateMrkdwn('ab<https://x.y|z>cd', 8)).toBe('ab…');
  });
});

describe('renderAnswer structure', () => {
  it('renders two results as intro, result, links, divider, result, missing-link note', () => {
    const m = renderAnswer({
      kind: 'found',
      query: 'nsx <t>',
      results: [
        result({
          talk: 'NSX-T intro',
          meetup: 'Ops Night #1',
          section: 'Firewall',
          snippet: 'line one\nline two',
          matches: [],
          links: [
            { kind: 'slides', url: 'https://example.com/s' },
            { kind: 'video', url: 'https://example.com/v' },
          ],
        }),
        result({ talk: 'Tanzu', meetup: 'Ops Night #2', links: [], missing: 'video' }),
      ],
    });
    const intro = 'Here is what the meetup notes say about “nsx &lt;t&gt;”:';
    expect(m.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: intro } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*NSX-T intro*\n_Ops Night #1 › Firewall_\n>line one\n>line two',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: '<https://example.com/s|📑 Slides>  ·  <https://example.com/v|🎬 Video>',
          },
        ],
      },
      { type: 'divider' },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Tanzu*\n_Ops Night #2 › AnsibleとCollectionsについて_\n>\u200B*Ansible*\u200B 2.10は2020/9/22GAです',
        },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: 'The notes have no video or recording for this talk.' }],
      },
    ]);
    expect(m.text).toBe(`${intro} NSX-T intro (Ops Night #1); Tanzu (Ops Night #2)`);
  });

  it('shows a result without a section with the meetup alone', () => {
    const { section: _section, ...noSection } = result({ meetup: 'Ops Night #3', links: [] });
    const m = renderAnswer({ kind: 'found', query: 'q', results: [noSection] });
    expect(m.blocks.map((b) => b.type)).toEqual(['section', 'section']);
    expect(m.blocks[1]).toMatchObject({
      text: { text: expect.stringContaining('\n_Ops Night #3_\n') },
    });
  });

  it('answers a found answer with no results as not found', () => {
    const m = renderAnswer({ kind: 'found', query: 'q', results: [] });
    expect(m).toEqual(renderAnswer({ kind: 'not-found', query: 'q', suggestions: [] }));
  });

  it('says not found in three lines with suggestions and two without, fallback on one line', () => {
    const lines = [
      'The notes have no answer to "a&amp;b".',
      'Related talks: “NSX”, “k8s &lt;1.20&gt;”',
      'Try other words, or see every talk with `/vmware talks`.',
    ];
    expect(
      renderAnswer({ kind: 'not-found', query: 'a&b', suggestions: ['NSX', 'k8s <1.20>'] }),
    ).toEqual({
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }],
      text: lines.join(' '),
    });
    const bare = renderAnswer({ kind: 'not-found', query: 'a&b', suggestions: [] });
    expect(bare.text).toBe(`${lines[0]} ${lines[2]}`);
  });

  it('throws, naming the kind, for an answer kind it does not know', () => {
    const unknown = { kind: 'maybe' } as unknown as Answer;
    expect(() => renderAnswer(unknown)).toThrow('Unknown answer kind: {"kind":"maybe"}');
  });

  it('cuts a section at exactly 3,000 characters and leaves one of 3,000 whole', () => {
    const fits = renderAnswer({ kind: 'invalid', reason: 'x'.repeat(SLACK_LIMITS.sectionText) });
    expect(sectionTexts(fits)[0]).toBe('x'.repeat(SLACK_LIMITS.sectionText));
    const over = renderAnswer({
      kind: 'invalid',
      reason: 'x'.repeat(SLACK_LIMITS.sectionText + 1),
    });
    expect(sectionTexts(over)[0]).toBe(`${'x'.repeat(SLACK_LIMITS.sectionText - 1)}…`);
    expect(over.text).toBe('x'.repeat(SLACK_LIMITS.sectionText + 1));
  });
});

describe('renderHelp', () => {
  it('lists each way to ask, one per line, with a one-line fallback', () => {
    const m = renderHelp({ example: 'When did Ansible 2.10 become GA?' });
    expect(m.blocks).toHaveLength(1);
    expect(sectionTexts(m)[0]?.split('\n')).toEqual([
      '*VMware Meetup Bot answers questions about the meetup talks from the organizers’ notes.*',
      '• `/vmware ask &lt;question&gt;` (or just `/vmware &lt;question&gt;`): only you see the answer, with a button to share it in the channel.',
      '• `/vmware talks`: every meetup and talk, with slide links.',
      '• `/vmware help`: this message.',
      '• Mention me with a question in a channel and I answer in a thread, or send me a direct message.',
      'Example: _When did Ansible 2.10 become GA?_',
    ]);
    expect(m.text).toBe(
      'VMware Meetup Bot answers questions about the meetup talks from the organizers’ notes. /vmware talks, /vmware help',
    );
  });

  it('shows no example without one, and the configured command in Japanese', () => {
    expect(sectionTexts(renderHelp())[0]).not.toContain('Example');
    const ja = renderHelp({}, wordingFor('ja', { command: 'meetup', displayName: 'Go Bot' }));
    const lines = sectionTexts(ja)[0]?.split('\n') ?? [];
    expect(lines[0]).toBe(
      '*Go Botは、ミートアップのトークについて運営のノートから質問に答えます。*',
    );
    expect(lines[1]).toContain('`/meetup ask &lt;質問&gt;`');
    expect(lines.join('\n')).not.toContain('/vmware');
    expect(ja.text).toContain('/meetup talks');
  });
});

describe('renderTalks structure', () => {
  const plain = (i: number): MeetupListing => ({ title: `M${i}`, talks: [] });

  it('renders a meetup without links or date as its bare title and plain talk names', () => {
    const m = renderTalks([
      {
        title: 'Ops <Night>',
        talks: [
          { title: 'Plain talk', links: [] },
          { title: 'Noted talk', links: [], notesUrl: 'https://example.com/n#t' },
        ],
      },
      { title: 'Second', date: '2024-05-01', notesUrl: 'https://example.com/2', talks: [] },
    ]);
    expect(m.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Meetups and talks in the notes:*' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Ops &lt;Night&gt;*\n• Plain talk\n• <https://example.com/n#t|Noted talk>',
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*<https://example.com/2|Second>* (2024-05-01)' },
      },
    ]);
    // The text a notification shows tells two meetups of one title apart by their dates.
    expect(m.text).toBe('Meetups and talks in the notes: Ops &lt;Night&gt;; Second (2024-05-01)');
  });

  it('shows 49 meetups whole: with the intro they fill the 50 blocks exactly', () => {
    const m = renderTalks(Array.from({ length: 49 }, (_, i) => plain(i)));
    expect(m.blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(m.blocks.every((b) => b.type === 'section')).toBe(true);
    expect(sectionTexts(m).at(-1)).toBe('*M48*');
  });

  it('shows 48 of 50 meetups and says one block how many more there are', () => {
    const m = renderTalks(Array.from({ length: 50 }, (_, i) => plain(i)));
    expect(m.blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(sectionTexts(m).at(-1)).toBe('*M47*');
    expect(m.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '…and 2 more meetups. Add a word to narrow the list, like "talks go" or "talks 第5回".',
        },
      ],
    });
    // The fallback still names every meetup.
    expect(m.text.endsWith('; M48; M49')).toBe(true);
  });
});

describe('share button edges', () => {
  const plainMessage = (blocks: number): SlackMessage => ({
    text: 'fallback',
    blocks: Array.from({ length: blocks }, (_, i) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: `b${i}` },
    })),
  });

  it('adds exactly one Share button carrying the question', () => {
    expect(withShareButton(plainMessage(1), 'why?', EN)).toEqual({
      text: 'fallback',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'b0' } },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'share_answer',
              text: { type: 'plain_text', text: 'Share in channel' },
              value: 'why?',
            },
          ],
        },
      ],
    });
  });

  it('carries a question of exactly 2,000 characters and leaves a longer one without a button', () => {
    const atLimit = 'q'.repeat(SLACK_LIMITS.buttonValue);
    expect(withShareButton(plainMessage(1), atLimit, EN).blocks).toHaveLength(2);
    const message = plainMessage(1);
    expect(withShareButton(message, `${atLimit}q`, EN)).toBe(message);
  });

  it('drops the last block of a full message to make room for the button', () => {
    const m = withShareButton(plainMessage(SLACK_LIMITS.blocksPerMessage), 'q', EN);
    expect(m.blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(m.blocks.at(-2)).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'b48' } });
    expect(m.blocks.at(-1)?.type).toBe('actions');
  });

  it('puts the attribution first, in the blocks and the fallback, within 50 blocks', () => {
    const m = withAttribution(plainMessage(SLACK_LIMITS.blocksPerMessage), 'U0ASKER', 'q?', EN);
    expect(m.text).toBe('<@U0ASKER> asked: q?\nfallback');
    expect(m.blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(m.blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '<@U0ASKER> asked: q?' }],
    });
    expect(m.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'b0' } });
    expect(m.blocks.at(-1)).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'b48' } });
  });
});

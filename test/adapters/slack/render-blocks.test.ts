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

const sectionTexts = (m: SlackMessage) =>
  m.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));

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
    expect(all).toContain('I couldn’t find anything about “sourdough”');
    expect(all).toContain('Did you mean: “Ansible”?');
    expect(all).toContain('`/vmware talks`');
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
    const m = withShareButton(found, 'When did Ansible 2.10 become GA?');
    const last = m.blocks.at(-1);
    expect(last?.type).toBe('actions');
    expect(JSON.stringify(last)).toContain('"value":"When did Ansible 2.10 become GA?"');
  });

  it('attributes a shared answer to the asker with a real mention, escaping the question', () => {
    const m = withAttribution(found, 'U0ASKER', '<!channel> ansible');
    expect(texts(m).join('\n')).toContain('<@U0ASKER> asked: &lt;!channel&gt; ansible');
  });

  it('never turns a malformed user ID into markup', () => {
    const m = withAttribution(found, '!channel', 'q');
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

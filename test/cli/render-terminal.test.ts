import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/answer/answer.js';
import { renderAnswerText, renderTalksText, terminalHelp } from '../../src/cli/render-terminal.js';
import { DEFAULT_BOT } from '../../src/messages/bot-identity.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { answerResult } from '../support/answer-result.js';

/** One found result whose snippet is `snippet`, with `words` marked wherever they occur. */
function answerWith(snippet: string, words: string[]): Answer {
  const matches = words
    .flatMap((w) => [...snippet.matchAll(new RegExp(w, 'g'))].map((m) => m.index))
    .sort((a, b) => a - b)
    .map((start) => {
      const word = words.find((w) => snippet.startsWith(w, start)) ?? '';
      return { start, end: start + word.length };
    });
  return {
    kind: 'found',
    query: words.join(' '),
    results: [{ meetup: 'M', talk: 'T', snippet, matches, links: [], score: 1 }],
  };
}

describe('answers at a terminal', () => {
  it('never marks a match inside a link, and marks the same word outside it', () => {
    const snippet = '資料 https://speakerdeck.com/sky_joker/ansible-vmware (ansible)';
    const text = renderAnswerText(answerWith(snippet, ['資料', 'ansible']), { color: false });
    expect(text).toContain(
      '   【資料】 https://speakerdeck.com/sky_joker/ansible-vmware (【ansible】)',
    );
  });

  it('leaves a link whole in colour too', () => {
    const snippet = 'slides: https://slides.example.test/terraform';
    const text = renderAnswerText(answerWith(snippet, ['slides', 'terraform']), { color: true });
    expect(text).toContain('\u001b[1mslides\u001b[0m: https://slides.example.test/terraform');
  });
});

const say = messagesFor('en');
const plain = { color: false };

describe('a result at a terminal', () => {
  it('shows the number, talk, where it is, the snippet and every link, line by line', () => {
    const answer: Answer = {
      kind: 'found',
      query: 'harbor',
      results: [
        {
          meetup: 'Ops Night',
          talk: 'Harbor',
          section: 'Registry',
          snippet: 'harbor line one\nline two',
          matches: [{ start: 0, end: 6 }],
          links: [
            { kind: 'slides', url: 'https://s.example.test/1' },
            { kind: 'video', url: 'https://v.example.test/1' },
          ],
          missing: 'video',
          notesUrl: 'https://n.example.test/1',
          score: 2,
        },
        { meetup: 'Ops Night', talk: 'Quay', snippet: 'quay', matches: [], links: [], score: 1 },
      ],
    };
    expect(renderAnswerText(answer, plain, say)).toBe(
      [
        '1. 【Harbor】',
        '   Ops Night › Registry',
        '   【harbor】 line one',
        '   line two',
        `   ${say.linkLabel('slides')}: https://s.example.test/1`,
        `   ${say.linkLabel('video')}: https://v.example.test/1`,
        `   ${say.missingLink('video')}`,
        `   ${say.notesLabel}: https://n.example.test/1`,
        '',
        '2. 【Quay】',
        '   Ops Night',
        '   quay',
      ].join('\n'),
    );
  });

  it('dims where the result is in colour', () => {
    const text = renderAnswerText(answerWith('a point', []), { color: true });
    expect(text.split('\n')[1]).toBe('   \u001b[2mM\u001b[0m');
  });

  it('marks a match that ends where a link starts, and one that starts where it ends', () => {
    const snippet = 'see https://x.example.test/a b';
    const url = 'https://x.example.test/a';
    const at = snippet.indexOf(url);
    const answer: Answer = {
      kind: 'found',
      query: 'q',
      results: [
        {
          meetup: 'M',
          talk: 'T',
          snippet,
          matches: [
            { start: 0, end: at },
            { start: at + url.length, end: snippet.length },
          ],
          links: [],
          score: 1,
        },
      ],
    };
    expect(renderAnswerText(answer, plain)).toContain(`   【see 】${url}【 b】`);
  });
});

describe('other answers at a terminal', () => {
  it('says the notes have no answer, lists the related talks, and how to see every talk', () => {
    const answer: Answer = { kind: 'not-found', query: 'quokka', suggestions: ['A', 'B'] };
    expect(renderAnswerText(answer, plain, say)).toBe(
      [say.notFound('quokka'), say.related, '  - A', '  - B', say.seeAllTalks('"talks"')].join(
        '\n',
      ),
    );
    const lacking: Answer = { ...answer, suggestions: ['A'], missing: 'slides' };
    expect(renderAnswerText(lacking, plain, say)).toBe(
      [say.missingLinkOf('slides', 'A'), say.seeAllTalks('"talks"')].join('\n'),
    );
    const unmentioned: Answer = { ...answer, suggestions: ['A'], unmentioned: ['Buildkite'] };
    expect(renderAnswerText(unmentioned, plain, say)).toBe(
      [say.unmentionedOf(['Buildkite'], 'A'), say.seeAllTalks('"talks"')].join('\n'),
    );
    const none: Answer = { kind: 'not-found', query: 'quokka', suggestions: [] };
    expect(renderAnswerText(none, plain, say)).toBe(
      [say.notFound('quokka'), say.seeAllTalks('"talks"')].join('\n'),
    );
  });

  it('gives the reason of an invalid question, and the help for help', () => {
    expect(renderAnswerText({ kind: 'invalid', reason: 'Too long.' }, plain)).toBe('Too long.');
    expect(renderAnswerText({ kind: 'help' }, plain, say)).toBe(terminalHelp(say));
  });

  it('puts the example question after the first line of the help', () => {
    const [first, ...rest] = say.helpConsole(DEFAULT_BOT);
    expect(terminalHelp(say, 'What is Octant?')).toBe(
      [first, `  ${say.example('What is Octant?')}`, ...rest].join('\n'),
    );
    expect(terminalHelp(say)).toBe([first, ...rest].join('\n'));
  });

  it('lists each meetup with its date, its talks and their links', () => {
    const text = renderTalksText(
      [
        {
          title: 'Ops Night',
          date: '2024-03-05',
          talks: [
            { title: 'Harbor', links: [{ kind: 'slides', url: 'https://s.example.test/1' }] },
            { title: 'Quay', links: [] },
          ],
        },
        { title: 'Undated', talks: [{ title: 'Zot', links: [] }] },
      ],
      plain,
      say,
    );
    expect(text).toBe(
      [
        '【Ops Night (2024-03-05)】',
        '  - Harbor',
        `    ${say.linkLabel('slides')}: https://s.example.test/1`,
        '  - Quay',
        '',
        '【Undated】',
        '  - Zot',
      ].join('\n'),
    );
    expect(renderTalksText([], plain, say)).toBe(say.noTalksYet);
  });
});

describe('the addresses an answer carries, at a terminal', () => {
  const withAddresses = (addresses: NonNullable<AnswerResult['addresses']>): Answer => ({
    kind: 'found',
    query: 'tinywafのリポジトリどこ?',
    results: [
      answerResult({ links: [{ kind: 'slides', url: 'https://deck.example/tinywaf' }], addresses }),
    ],
  });

  it('lists each after the slides, its label beside it, on lines of their own', () => {
    const text = renderAnswerText(
      withAddresses([
        { url: 'https://git.example/mika/tinywaf', label: 'tinywaf' },
        { url: 'https://docs.example/tinywaf' },
      ]),
      plain,
    );
    expect(text.split('\n').slice(-3)).toEqual([
      '   Slides: https://deck.example/tinywaf',
      '   Link: tinywaf <https://git.example/mika/tinywaf>',
      '   Link: https://docs.example/tinywaf',
    ]);
    const ja = renderAnswerText(
      withAddresses([{ url: 'https://docs.example/tinywaf' }]),
      plain,
      messagesFor('ja'),
    );
    expect(ja.split('\n').at(-1)).toBe('   リンク: https://docs.example/tinywaf');
  });

  it('shows three openable ones at most, with nothing a terminal would act on', () => {
    const text = renderAnswerText(
      withAddresses([
        { url: 'javascript:alert(1)', label: 'no' },
        { url: 'javascript:https://evil.example', label: 'no' },
        { url: 'https://a.example/\u001b[2J', label: 'no' },
        { url: 'https://a.example', label: 'a \u001b[31mred\u001b[0m\nb' },
        { url: 'https://b.example', label: ' \u0007 ' },
        { url: 'https://c.example' },
        { url: 'https://d.example' },
      ]),
      plain,
    );
    expect(text.split('\n').filter((l) => l.startsWith('   Link: '))).toEqual([
      '   Link: a  [31mred [0m b <https://a.example>',
      '   Link: https://b.example',
      '   Link: https://c.example',
    ]);
    expect(text).not.toMatch(/\p{Cc}(?<!\n)/u);
  });

  it('adds no line to a result that carries none', () => {
    const text = renderAnswerText(withAddresses([]), plain);
    expect(text).not.toContain('Link:');
    const { addresses: _, ...bare } = (withAddresses([]) as Extract<Answer, { kind: 'found' }>)
      .results[0] as AnswerResult;
    expect(renderAnswerText({ kind: 'found', query: 'q', results: [bare] }, plain)).toBe(text);
  });
});

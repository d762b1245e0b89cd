import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, QueryService } from '../../src/answer/answer.js';
import { AdapterError } from '../../src/app/adapter-error.js';
import type { Metrics } from '../../src/app/metrics.js';
import { renderReplyText } from '../../src/app/render-reply-text.js';
import { withMetrics } from '../../src/app/with-metrics.js';
import { terminalHelp } from '../../src/cli/render-terminal.js';
import type { Reply } from '../../src/requests/request-pipeline.js';
import { answerResult } from '../support/answer-result.js';

describe('AdapterError', () => {
  it('keeps the code, the message, the cause and the subclass’s name', () => {
    class ExampleAdapterError extends AdapterError<'example_failed'> {}
    const cause = new Error('socket hang up');
    const error = new ExampleAdapterError('example_failed', 'Could not reach Example.', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('example_failed');
    expect(error.message).toBe('Could not reach Example.');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('ExampleAdapterError');
  });
});

describe('withMetrics', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('records each answer’s kind and how long it took, in seconds', () => {
    const answer: Answer = { kind: 'help' };
    const service: QueryService = {
      ask: () => answer,
      talks: (filter) => [{ title: filter ?? '', talks: [] }],
    };
    const recorded: unknown[][] = [];
    const metrics = {
      recordAnswer: (...args: unknown[]) => recorded.push(args),
    } as unknown as Metrics;
    // 1.5 s after the first reading of the clock.
    vi.spyOn(process.hrtime, 'bigint')
      .mockReturnValueOnce(10_000_000_000n)
      .mockReturnValueOnce(11_500_000_000n);
    const counted = withMetrics(service, metrics, 'discord');
    expect(counted.ask('q')).toBe(answer);
    expect(recorded).toEqual([['discord', 'help', 1.5]]);
    expect(counted.talks('go')).toEqual([{ title: 'go', talks: [] }]);
  });
});

describe('renderReplyText', () => {
  const listing: Reply = {
    kind: 'talks',
    language: 'en',
    meetups: [{ title: 'Ops Night', date: '2024-05-01', talks: [] }],
  };

  it('shows the address an answer carries in the reply’s language', () => {
    const answer: Reply = {
      kind: 'answer',
      language: 'ja',
      question: 'tinywafのリポジトリどこ?',
      answer: {
        kind: 'found',
        query: 'tinywafのリポジトリどこ?',
        results: [
          answerResult({
            addresses: [{ url: 'https://git.example/mika/tinywaf', label: 'tinywaf' }],
          }),
        ],
      },
    };
    expect(renderReplyText(answer, { color: false }).split('\n').at(-1)).toBe(
      '   リンク: tinywaf <https://git.example/mika/tinywaf>',
    );
  });

  it('emphasises the talk listing only when asked for colour', () => {
    const plain = renderReplyText(listing, { color: false });
    expect(plain).toContain('Ops Night (2024-05-01)');
    expect(plain).not.toContain('\u001b[');
    expect(renderReplyText(listing, { color: true })).toContain('\u001b[');
    expect(renderReplyText({ ...listing, filter: 'ops' }, { color: false })).toBe(plain);
  });

  it('says that no talk matches a filter, and that no notes are loaded without one', () => {
    expect(
      renderReplyText(
        { kind: 'talks', language: 'en', meetups: [], filter: 'kafka' },
        { color: false },
      ),
    ).toBe('No meetup or talk in the notes matches "kafka". Try "talks" alone to see them all.');
    expect(renderReplyText({ kind: 'talks', language: 'en', meetups: [] }, { color: false })).toBe(
      'There are no talks in the notes yet.',
    );
  });

  it('shows the help, with the example, the privacy line and the footer under it when there are', () => {
    expect(renderReplyText({ kind: 'help', language: 'en' }, { color: false })).toBe(
      terminalHelp(),
    );
    expect(terminalHelp()).toContain('"talks" lists the meetups and talks');
    const full = renderReplyText(
      { kind: 'help', language: 'en', example: 'What is Octant?', privacy: 'Kept.' },
      { color: false, helpFooter: 'Bye.' },
    );
    expect(full).toBe(
      [
        'Ask a question about the meetup talks, in Japanese or English.',
        '  Example: What is Octant?',
        '"talks" lists the meetups and talks; "help" shows this text.',
        'In Slack and Discord the same words follow /vmware, a mention of the bot, or go in a DM.',
        'Kept.',
        'Bye.',
      ].join('\n'),
    );
  });

  it('words the help and the listing in the reply’s language', () => {
    const help = renderReplyText(
      { kind: 'help', language: 'ja', example: 'Octantって何?' },
      { color: false },
    );
    expect(help).toContain('日本語か英語で質問してください');
    expect(help).toContain('例: Octantって何?');
    const named = renderReplyText(
      { kind: 'help', language: 'en' },
      { color: false, identity: { command: 'meetup', displayName: 'Go Bot' } },
    );
    expect(named).toContain('follow /meetup,');
    expect(named).not.toContain('/vmware');
    expect(
      renderReplyText(
        { kind: 'talks', language: 'ja', meetups: [], filter: 'kafka' },
        { color: false },
      ),
    ).toBe(
      '「kafka」に当たるミートアップやトークはノートにありません。「talks」だけで全部を表示できます。',
    );
  });

  it('shows refusals, slow-downs and apologies as their message alone', () => {
    const replies: Reply[] = [
      { kind: 'refused', language: 'en', reason: 'too-long', message: 'Too long.' },
      { kind: 'slow-down', language: 'en', message: 'Slow down.' },
      { kind: 'apology', language: 'en', message: 'Sorry.' },
    ];
    expect(replies.map((r) => renderReplyText(r, { color: false }))).toEqual([
      'Too long.',
      'Slow down.',
      'Sorry.',
    ]);
  });

  it('throws, naming the kind, for a reply kind it does not know', () => {
    expect(() => renderReplyText({ kind: 'poll' } as never, { color: false })).toThrow(
      'Unknown reply kind: {"kind":"poll"}',
    );
  });
});

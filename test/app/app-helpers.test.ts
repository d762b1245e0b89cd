import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, QueryService } from '../../src/answer/answer.js';
import { AdapterError } from '../../src/app/adapter-error.js';
import type { Metrics } from '../../src/app/metrics.js';
import { renderReplyText } from '../../src/app/render-reply-text.js';
import { withMetrics } from '../../src/app/with-metrics.js';
import { TERMINAL_HELP } from '../../src/cli/render-terminal.js';
import type { Reply } from '../../src/requests/request-pipeline.js';

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
    meetups: [{ title: 'Ops Night', date: '2024-05-01', talks: [] }],
  };

  it('emphasises the talk listing only when asked for colour', () => {
    const plain = renderReplyText(listing, { color: false });
    expect(plain).toContain('Ops Night (2024-05-01)');
    expect(plain).not.toContain('\u001b[');
    expect(renderReplyText(listing, { color: true })).toContain('\u001b[');
    expect(renderReplyText({ ...listing, filter: 'ops' }, { color: false })).toBe(plain);
  });

  it('says that no talk matches a filter, and that no notes are loaded without one', () => {
    expect(renderReplyText({ kind: 'talks', meetups: [], filter: 'kafka' }, { color: false })).toBe(
      'No meetup or talk in the notes matches "kafka". Try "talks" alone to see them all.',
    );
    expect(renderReplyText({ kind: 'talks', meetups: [] }, { color: false })).toBe(
      'No notes are loaded yet.',
    );
  });

  it('shows the help, with the footer under it when there is one', () => {
    expect(renderReplyText({ kind: 'help' }, { color: false })).toBe(TERMINAL_HELP);
    expect(renderReplyText({ kind: 'help' }, { color: false, helpFooter: 'Bye.' })).toBe(
      `${TERMINAL_HELP}\nBye.`,
    );
  });

  it('shows refusals, slow-downs and apologies as their message alone', () => {
    const replies: Reply[] = [
      { kind: 'refused', reason: 'too-long', message: 'Too long.' },
      { kind: 'slow-down', message: 'Slow down.' },
      { kind: 'apology', message: 'Sorry.' },
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

import { describe, expect, it } from 'vitest';
import type { Answer, QueryService } from '../../src/answer/answer.js';
import { createMetrics } from '../../src/app/metrics.js';
import { withMetrics } from '../../src/app/with-metrics.js';

/** Checks the value of each named series in the Prometheus text. */
async function expectSeries(
  metrics: ReturnType<typeof createMetrics>,
  expected: Record<string, number>,
): Promise<void> {
  const lines = (await metrics.registry.metrics()).split('\n');
  for (const [series, value] of Object.entries(expected)) {
    expect(lines.find((l) => l.startsWith(`${series} `))).toBe(`${series} ${value}`);
  }
}

describe('the metrics', () => {
  it('start with zero reloads and zero failed reloads, not missing series', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    await expectSeries(metrics, {
      meetup_bot_content_reloads_total: 0,
      meetup_bot_content_reload_failures_total: 0,
    });
  });

  it('count successful and failed reloads apart, and the latest number of problems', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.recordReload('success');
    metrics.recordReload('success');
    metrics.recordReload('failure');
    metrics.recordContentProblems(4);
    metrics.recordContentProblems(2);
    await expectSeries(metrics, {
      meetup_bot_content_reloads_total: 2,
      meetup_bot_content_reload_failures_total: 1,
      meetup_bot_content_problems: 2,
    });
  });

  it('show the size of the serving index and when it was built, in Unix seconds', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.recordIndex({
      meetups: 2,
      talks: 7,
      passages: 31,
      builtAt: '2024-03-01T00:00:10.000Z',
    });
    await expectSeries(metrics, {
      meetup_bot_index_meetups: 2,
      meetup_bot_index_talks: 7,
      meetup_bot_index_passages: 31,
      meetup_bot_index_built_timestamp_seconds: 1709251210,
    });
  });

  it('include the process metrics, prefixed, unless turned off', async () => {
    expect(await createMetrics().registry.metrics()).toContain('meetup_bot_process_cpu');
    expect(await createMetrics({ defaultMetrics: false }).registry.metrics()).not.toContain(
      'process_cpu',
    );
  });

  it('count each answer by platform and kind, and time it, through the service wrapper', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const answers: Answer[] = [
      { kind: 'help' },
      { kind: 'not-found', query: 'q', suggestions: [] },
    ];
    const service: QueryService = {
      ask: () => answers.shift() ?? { kind: 'help' },
      talks: () => [],
    };
    const counted = withMetrics(service, metrics, 'slack');
    // A service without pendingFor: through the wrapper, no question waits for anything.
    expect(counted.pendingFor?.('help')).toBeUndefined();
    expect(counted.ask('help')).toEqual({ kind: 'help' });
    expect(counted.ask('q').kind).toBe('not-found');
    expect(counted.talks()).toEqual([]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('meetup_bot_questions_total{platform="slack",kind="help"} 1');
    expect(text).toContain('meetup_bot_questions_total{platform="slack",kind="not-found"} 1');
    expect(text).toContain('meetup_bot_answer_duration_seconds_count{platform="slack"} 2');
  });

  it('times an answer made while checking what it waits for as that answer, once', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    /** Busy for about `ms`: the answer's own work, wherever it is done. */
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const service: QueryService = {
      ask: () => ({ kind: 'help' }),
      talks: () => [],
      // The work of the answer is done here; the ask after only hands it back.
      pendingFor: (question) => {
        busy(40);
        return question === 'later' ? Promise.resolve() : undefined;
      },
    };
    const counted = withMetrics(service, metrics, 'slack');
    const sum = async () =>
      Number(
        /meetup_bot_answer_duration_seconds_sum\{platform="slack"\} ([\d.e-]+)/.exec(
          await metrics.registry.metrics(),
        )?.[1],
      );
    expect(counted.pendingFor?.('now')).toBeUndefined();
    counted.ask('now');
    expect(await sum()).toBeGreaterThanOrEqual(0.035);
    // Counted once: the next ask of the same words made its answer itself.
    counted.ask('now');
    expect(await sum()).toBeLessThan(0.07);
    // Checked for one question, asked another: the check's time is not the other's.
    expect(counted.pendingFor?.('now')).toBeUndefined();
    counted.ask('other');
    expect(await sum()).toBeLessThan(0.07);
    // A question that must wait is timed by the ask after the wait.
    expect(counted.pendingFor?.('later')).toBeInstanceOf(Promise);
    counted.ask('later');
    expect(await sum()).toBeLessThan(0.07);
  });
});

describe('the question-log metrics', () => {
  it('exposes store errors from zero, votes by platform and vote, and questions sent to the organizers', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    expect(await metrics.registry.metrics()).toMatch(/^meetup_bot_store_errors_total 0$/m);
    metrics.recordStoreError();
    metrics.recordFeedback('slack', 'helpful');
    metrics.recordFeedback('slack', 'helpful');
    metrics.recordFeedback('discord', 'not-helpful');
    metrics.recordForwarded('discord');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^meetup_bot_store_errors_total 1$/m);
    expect(text).toMatch(/^meetup_bot_feedback_total\{platform="slack",vote="helpful"\} 2$/m);
    expect(text).toMatch(/^meetup_bot_feedback_total\{platform="discord",vote="not-helpful"\} 1$/m);
    expect(text).toMatch(/^meetup_bot_forwarded_total\{platform="discord"\} 1$/m);
  });

  it('counts lost records apart from outages, from zero', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    expect(await metrics.registry.metrics()).toMatch(/^meetup_bot_store_lost_records_total 0$/m);
    metrics.recordStoreError();
    for (let i = 0; i < 3; i += 1) metrics.recordLostRecord();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^meetup_bot_store_lost_records_total 3$/m);
    expect(text).toMatch(/^meetup_bot_store_errors_total 1$/m);
  });
});

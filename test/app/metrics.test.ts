import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/app/metrics.js';

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
});

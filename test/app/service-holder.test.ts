import { describe, expect, it, vi } from 'vitest';
import { createServiceHolder } from '../../src/app/service-holder.js';

describe('how long the service has gone without a question', () => {
  it('is forever before the first question, and counts from each one asked', () => {
    vi.useFakeTimers();
    try {
      const holder = createServiceHolder();
      expect(holder.idleFor()).toBe(Number.POSITIVE_INFINITY);
      // Asked before any index is built: still a question someone is waiting on.
      expect(holder.service.ask('anything').kind).toBe('invalid');
      expect(holder.idleFor()).toBe(0);
      vi.advanceTimersByTime(1_500);
      expect(holder.idleFor()).toBe(1_500);
      holder.stopTakingQuestions();
      holder.service.ask('one more');
      expect(holder.idleFor()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('what a question waits for', () => {
  it("is the current index's, nothing before the first or once questions are no longer taken", () => {
    const holder = createServiceHolder();
    expect(holder.service.pendingFor?.('fukuoka')).toBeUndefined();
    const readings = Promise.resolve();
    holder.swap({
      service: {
        ask: () => ({ kind: 'help' }),
        talks: () => [],
        pendingFor: (question) => (question === 'fukuoka' ? readings : undefined),
      },
      stats: {} as never,
    });
    expect(holder.service.pendingFor?.('fukuoka')).toBe(readings);
    expect(holder.service.pendingFor?.('ansible')).toBeUndefined();
    // A bot shutting down answers at once that it is restarting.
    holder.stopTakingQuestions();
    expect(holder.service.pendingFor?.('fukuoka')).toBeUndefined();
  });
});

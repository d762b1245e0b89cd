import { describe, expect, it } from 'vitest';
import { measureChatLatency } from '../../scripts/bench-chat.js';
import { buildEngine, FIXTURES, readNotes } from '../support/engine.js';

/** The team's notes, not the shipped ones the bench reads by default. */
const seedEngine = async () => buildEngine(await readNotes(FIXTURES.seedMeetup));

describe('the end-to-end chat benchmark', () => {
  it('times real answers through Slack HTTP, Slack Socket Mode and Discord', async () => {
    const results = await measureChatLatency({
      questions: 5,
      warmup: 1,
      service: await seedEngine(),
    });
    expect(results.map((r) => r.name)).toEqual(['slack-http', 'slack-socket', 'discord']);
    for (const r of results) {
      // Five timed answers each (the warm-up is not counted), summarized as ordered quantiles.
      expect(r.n).toBe(5);
      expect(Number.isFinite(r.p50Ms) && Number.isFinite(r.p99Ms)).toBe(true);
      expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms);
    }
  });

  it('times the same replies with every question recorded in a libSQL file', async () => {
    const results = await measureChatLatency({
      questions: 3,
      warmup: 1,
      questionLog: true,
      service: await seedEngine(),
    });
    expect(results.map((r) => r.name)).toEqual([
      'slack-http+log',
      'slack-socket+log',
      'discord+log',
    ]);
    for (const r of results) expect(r.p50Ms).toBeGreaterThan(0);
  });
});

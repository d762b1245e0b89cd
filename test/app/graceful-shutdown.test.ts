import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGracefulShutdown } from '../../src/app/graceful-shutdown.js';

function capture() {
  const lines: { msg: string; step?: string; reason?: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, messages: () => lines.map((l) => l.msg), lines };
}

describe('graceful shutdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs every step once, in order, however often it is called', async () => {
    const { logger, messages, lines } = capture();
    const ran: string[] = [];
    const shutdown = createGracefulShutdown({
      logger,
      steps: ['slack', 'discord', 'health'].map((name) => ({
        name,
        run: () => void ran.push(name),
      })),
      deadlineMs: 60_000,
      onDeadline: () => ran.push('deadline'),
    });
    const first = shutdown('SIGTERM');
    const second = shutdown('SIGINT');
    expect(second).toBe(first);
    await first;
    expect(ran).toEqual(['slack', 'discord', 'health']);
    expect(messages()).toEqual(['Shutting down.', 'Shutdown complete.']);
    expect(lines[0]?.reason).toBe('SIGTERM');
  });

  it('logs a step that fails and still runs the ones after it', async () => {
    const { logger, messages, lines } = capture();
    const ran: string[] = [];
    await createGracefulShutdown({
      logger,
      steps: [
        {
          name: 'slack',
          run: async () => {
            throw new Error('socket already closed');
          },
        },
        { name: 'discord', run: () => void ran.push('discord') },
      ],
      deadlineMs: 60_000,
      onDeadline: () => ran.push('deadline'),
    })('SIGTERM');
    expect(ran).toEqual(['discord']);
    expect(messages()).toEqual([
      'Shutting down.',
      'A shutdown step failed; continuing.',
      'Shutdown complete.',
    ]);
    expect(lines[1]?.step).toBe('slack');
  });

  it('ends the process at the deadline when a step hangs, and not before', async () => {
    vi.useFakeTimers();
    const { logger, messages } = capture();
    let deadlines = 0;
    void createGracefulShutdown({
      logger,
      steps: [{ name: 'stuck', run: () => new Promise<void>(() => {}) }],
      deadlineMs: 5_000,
      onDeadline: () => deadlines++,
    })('SIGTERM');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(deadlines).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(deadlines).toBe(1);
    expect(messages()).toEqual(['Shutting down.', 'Shutdown took too long; exiting anyway.']);
  });

  it('does not call the deadline once every step has finished', async () => {
    vi.useFakeTimers();
    const { logger } = capture();
    let deadlines = 0;
    await createGracefulShutdown({
      logger,
      steps: [{ name: 'quick', run: () => undefined }],
      deadlineMs: 5_000,
      onDeadline: () => deadlines++,
    })('SIGTERM');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(deadlines).toBe(0);
  });
});

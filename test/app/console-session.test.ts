import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../src/app/start-console.js';
import { REPLY_TEXTS } from '../../src/requests/reply-texts.js';
import type { IncomingRequest, RequestPipeline } from '../../src/requests/request-pipeline.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * The console over a pipeline that answers "A:" and the text, recording each request, so what the
 * console writes can be checked to the character.
 */
function session({
  interactive,
  fail = false,
  slow = false,
}: {
  interactive: boolean;
  fail?: boolean;
  /** Answer only after the input has had time to end. */
  slow?: boolean;
}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const requests: IncomingRequest[] = [];
  const logs: Record<string, unknown>[] = [];
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString('utf8');
  });
  const pipeline = {
    reply: async (request: IncomingRequest) => {
      requests.push(request);
      if (slow) await settle();
      if (fail) throw new Error('renderer exploded');
      return { kind: 'slow-down', message: `A:${request.text}` };
    },
  } as unknown as RequestPipeline;
  const controller = new AbortController();
  const done = startConsole({
    pipeline,
    logger: pino({ level: 'error' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    input,
    output,
    interactive,
    color: false,
    signal: controller.signal,
  });
  return { input, requests, logs, done, abort: () => controller.abort(), written: () => written };
}

const PROMPT = 'question> ';

describe('the console, line by line', () => {
  it('answers piped lines trimmed, skips blank ones and separates answers by one blank line', async () => {
    const s = session({ interactive: false });
    s.input.end('  q1  \n\n   \nq2\n');
    await s.done;
    expect(s.written()).toBe('A:q1\n\nA:q2\n');
    expect(s.requests).toEqual([
      { platform: 'console', userKey: 'console', text: 'q1', source: 'console' },
      { platform: 'console', userKey: 'console', text: 'q2', source: 'console' },
    ]);
  });

  it('apologises and logs the fault when answering throws', async () => {
    const s = session({ interactive: false, fail: true });
    s.input.end('q1\n');
    await s.done;
    expect(s.written()).toBe(`${REPLY_TEXTS.apology}\n`);
    expect(s.logs).toEqual([
      expect.objectContaining({
        msg: 'Answering a console question failed.',
        err: expect.objectContaining({ message: 'renderer exploded' }),
      }),
    ]);
  });

  it('at a terminal, prompts again after a blank line and after each answer, and ends on a new line', async () => {
    const s = session({ interactive: true });
    s.input.write('\nq1\n');
    await settle();
    s.input.write('exit\n');
    await s.done;
    const out = s.written();
    expect(s.requests.map((r) => r.text)).toEqual(['q1']);
    // The first prompt, one after the blank line, one after the answer.
    expect(out.split(PROMPT)).toHaveLength(4);
    expect(out).toContain('A:q1\n\n');
    expect(out.endsWith('exit\r\n\n')).toBe(true);
  });

  it('at a terminal, writes no prompt after an answer that comes once the input has ended', async () => {
    const s = session({ interactive: true, slow: true });
    s.input.end('q1\n');
    await s.done;
    expect(s.written().endsWith('A:q1\n\n\n')).toBe(true);
    expect(s.written().split(PROMPT)).toHaveLength(2);
  });

  it('ends when its signal aborts, with the input still open', async () => {
    const s = session({ interactive: false });
    s.input.write('q1\n');
    await settle();
    s.abort();
    await s.done;
    expect(s.written()).toBe('A:q1\n');
  });

  it('ends on Ctrl+C at a terminal', async () => {
    const s = session({ interactive: true });
    s.input.write('\u0003');
    await s.done;
    expect(s.requests).toEqual([]);
    expect(s.written().endsWith('\n')).toBe(true);
  });
});

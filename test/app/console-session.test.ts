import { PassThrough, Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PROMPT, startConsole } from '../../src/app/start-console.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { textLanguage } from '../../src/messages/language.js';
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
  // Each write the console makes, as it made it (corked writes arrive together, in one writev).
  const writes: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString('utf8')).join(''));
      done();
    },
  });
  const requests: IncomingRequest[] = [];
  const logs: Record<string, unknown>[] = [];
  const pipeline = {
    reply: async (request: IncomingRequest) => {
      requests.push(request);
      if (slow) await settle();
      if (fail) throw new Error('renderer exploded');
      return { kind: 'slow-down', language: 'en', message: `A:${request.text}` };
    },
    languageOf: textLanguage,
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
  return {
    input,
    requests,
    logs,
    done,
    abort: () => controller.abort(),
    written: () => writes.join(''),
    writes,
  };
}

describe('the console, line by line', () => {
  it('answers piped lines trimmed, each under its question, skips blank ones and separates answers by one blank line', async () => {
    const s = session({ interactive: false });
    s.input.end('  q1  \n\n   \nq2\n');
    await s.done;
    expect(s.written()).toBe(`${PROMPT}q1\nA:q1\n\n${PROMPT}q2\nA:q2\n`);
    expect(s.requests).toEqual([
      { platform: 'console', userKey: 'console', text: 'q1', source: 'console' },
      { platform: 'console', userKey: 'console', text: 'q2', source: 'console' },
    ]);
  });

  it('apologises in the question’s language and logs the fault when answering throws', async () => {
    const s = session({ interactive: false, fail: true });
    s.input.end('q1\nしつもん\n');
    await s.done;
    expect(s.written()).toBe(
      `${PROMPT}q1\n${messagesFor('en').apology}\n\n${PROMPT}しつもん\n${messagesFor('ja').apology}\n`,
    );
    expect(messagesFor('ja').apology).not.toBe(messagesFor('en').apology);
    const fault = expect.objectContaining({
      msg: 'Answering a console question failed.',
      err: expect.objectContaining({ message: 'renderer exploded' }),
    });
    expect(s.logs).toEqual([fault, fault]);
  });

  it('at a terminal, prompts again after a blank line and after each answer, and ends on a new line', async () => {
    const s = session({ interactive: true });
    s.input.write('\nq1\n');
    await settle();
    s.input.write('exit\n');
    await s.done;
    const out = s.written();
    // The help first, as the banner, then the question.
    expect(s.requests.map((r) => r.text)).toEqual(['help', 'q1']);
    expect(out).toContain('A:help\n\n');
    // The first prompt, one after the blank line, one after the answer.
    expect(out.split(PROMPT)).toHaveLength(4);
    expect(out).toContain('A:q1\n\n');
    expect(out.endsWith('exit\r\n\n')).toBe(true);
  });

  it('at a terminal, echoes a line that comes in one piece in one write, and writes its answer and the next prompt in one', async () => {
    const s = session({ interactive: true });
    await settle();
    s.input.write('what is octant\n');
    await settle();
    s.input.write('exit\n');
    await s.done;
    expect(s.requests.map((r) => r.text)).toEqual(['help', 'what is octant']);
    // readline echoes a character at a time: each was a write of its own (a system call at a
    // terminal), 14 here.
    expect(s.writes.filter((w) => w.startsWith('what is octant'))).toHaveLength(1);
    const answer = s.writes.filter((w) => w.startsWith('A:what is octant\n\n'));
    expect(answer).toHaveLength(1);
    expect(answer[0]).toContain(PROMPT);
  });

  it('at a terminal, writes no prompt after an answer that comes once the input has ended', async () => {
    const s = session({ interactive: true, slow: true });
    s.input.end('q1\n');
    await s.done;
    expect(s.written().endsWith('A:q1\n\n\n')).toBe(true);
    // The input ended before the banner was written: no prompt at all.
    expect(s.written()).not.toContain(PROMPT);
  });

  it('ends when its signal aborts, with the input still open', async () => {
    const s = session({ interactive: false });
    s.input.write('q1\n');
    await settle();
    s.abort();
    await s.done;
    expect(s.written()).toBe(`${PROMPT}q1\nA:q1\n`);
  });

  it('ends on Ctrl+C at a terminal', async () => {
    const s = session({ interactive: true });
    s.input.write('\u0003');
    await s.done;
    // Only the banner's help was asked for.
    expect(s.requests.map((r) => r.text)).toEqual(['help']);
    expect(s.written().endsWith('\n')).toBe(true);
  });
});

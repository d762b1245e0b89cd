import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../src/app/start-console.js';
import { createTestService } from '../support/test-service.js';
import { runMain } from './run-main.js';

const OFF_TOPIC = 'How do I bake sourdough bread?';

describe('npm start without chat credentials', () => {
  it('answers each piped question once, says when the notes have no answer, and exits 0', async () => {
    const main = runMain({
      viaNpm: true,
      stdin: `Octantって何?\nWhen did Ansible 2.10 become GA?\n\n${OFF_TOPIC}\n`,
    });
    expect(await main.exited).toBe(0);
    const out = main.stdout();
    const octant = out.indexOf('Octant');
    const ga = out.indexOf('2020/9/22');
    const none = out.indexOf(`The notes have no answer to "${OFF_TOPIC}".`);
    expect(octant).toBeGreaterThanOrEqual(0);
    expect(ga).toBeGreaterThan(octant);
    expect(none).toBeGreaterThan(ga);
    // Three questions, three answers: the blank line asked nothing, and nothing was answered twice.
    expect(out.match(/^1\. /gm)).toHaveLength(2);
    expect(out.match(/The notes have no answer/g)).toHaveLength(1);
    // A pipe is not a terminal: no ANSI escapes, and the logs stay off standard output.
    expect(out).not.toContain('\u001b[');
    expect(out).not.toContain('{"level"');
    expect(main.stderr()).toBe('');
  });

  it('lists the talks when asked for "talks"', async () => {
    const main = runMain({ stdin: 'talks\n' });
    expect(await main.exited).toBe(0);
    expect(main.stdout()).toContain('VMware DevOps Meetup #5');
    expect(main.stdout()).toContain('Octant で k8s を手軽に可視化してみる');
  });
});

describe('the interactive console', () => {
  it('shows the help and a prompt, answers each line, and ends on "exit"', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => {
      written += chunk.toString('utf8');
    });
    const done = startConsole({
      service: await createTestService(),
      input,
      output,
      interactive: true,
      color: true,
    });
    input.write('When did Ansible 2.10 become GA?\n');
    input.write('exit\n');
    await done;
    expect(written).toContain('Ask a question about the meetup talks');
    expect(written).toContain('question> ');
    // In a terminal the matched terms are bold rather than bracketed.
    expect(written).toContain('\u001b[1m');
    expect(written).toContain('2020/9/22');
  });
});

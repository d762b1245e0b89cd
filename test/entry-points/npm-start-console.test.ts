import { describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';

const OFF_TOPIC = 'How do I bake sourdough bread?';

/**
 * One real `npm start` without chat credentials, for what only a process shows: npm's own
 * output kept off the answers, the exit code, and a pipe that is not a terminal. The console's
 * answers are tested in-process, in test/app/console-mode.test.ts.
 */
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
});

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';
import { runInProcess } from '../support/run-tool.js';
import { tempContent } from '../support/temp-content.js';

const temp = tempContent('eval-');
afterEach(() => temp.removeAll());

// No kanji: kanji would start the readings child in each run.
const NOTES =
  '# Zebra meetup\n\n## Zebra talk\n\n* stripes on the savanna\n\n## Okapi talk\n\n* stripes in the forest\n';
const QUESTIONS = [
  { id: 'q1', q: 'savanna', talk: 'zebra', text: 'SAVANNA' },
  { id: 'q2', q: 'forest', talk: 'Zebra' },
  { id: 'q3', q: 'quokka', none: true },
  { id: 'r1', q: 'もり', none: true },
];

/** `npm run eval -- FILE ARGS` over the notes above, with the questions written to FILE. */
async function evaluate(args: string[], files: Record<string, string> = {}) {
  const dir = await temp.make({
    'notes/n.md': NOTES,
    'q.jsonl': `${QUESTIONS.map((q) => JSON.stringify(q)).join('\n')}\n`,
    ...files,
  });
  const at = (name: string) => path.join(dir, name);
  return runInProcess(runEval, [
    at('q.jsonl'),
    '--content',
    at('notes'),
    ...args.map((a) => a.replace('DIR/', `${dir}/`)),
  ]);
}

describe('npm run eval', () => {
  it('prints the figures, each language’s, and every miss with what was answered', async () => {
    const run = await evaluate([]);
    expect(run.stdout.split('\n')).toEqual([
      'questions  4',
      'hit@1      0.500',
      'hit@3      0.500',
      'mrr        0.500',
      'answer@1   1.000',
      'none       1.000',
      'en (3)     hit@1 0.500  answer@1 1.000',
      'ja (1)     hit@1 1.000  answer@1 1.000',
      '  miss q2: forest',
      '       got: Okapi talk | stripes in the forest',
      '',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reports each --fold apart, without its misses', async () => {
    const run = await evaluate(['--fold', 'q=q2-q3', '--fold', 'r=r1-r1']);
    const folds = run.stdout.slice(run.stdout.indexOf('\nfold q\n'));
    expect(folds.split('\n')).toEqual([
      '',
      'fold q',
      'questions  2',
      'hit@1      0.000',
      'hit@3      0.000',
      'mrr        0.000',
      'answer@1   1.000',
      'none       1.000',
      'en (2)     hit@1 0.000  answer@1 1.000',
      'ja (0)     hit@1 1.000  answer@1 1.000',
      '',
      'fold r',
      'questions  1',
      'hit@1      1.000',
      'hit@3      1.000',
      'mrr        1.000',
      'answer@1   1.000',
      'none       1.000',
      'en (0)     hit@1 1.000  answer@1 1.000',
      'ja (1)     hit@1 1.000  answer@1 1.000',
      '',
    ]);
  });

  it('prints the report as one line of JSON with --json, with the folds when there are any', async () => {
    const plain = await evaluate(['--json']);
    expect(plain.stdout.split('\n')).toHaveLength(2);
    const report = JSON.parse(plain.stdout);
    expect(report).toMatchObject({ n: 4, 'hit@1': 0.5, failures: [{ id: 'q2' }] });
    expect(report).not.toHaveProperty('folds');
    const folded = JSON.parse((await evaluate(['--json', '--fold', 'q=q1-q2'])).stdout);
    expect(folded.folds).toEqual([
      { name: 'q', report: expect.objectContaining({ n: 2, 'hit@1': 0.5 }) },
    ]);
  });

  it('scores with the values of --profile over the defaults', async () => {
    // A question may keep no terms at all: nothing is asked, so nothing is answered.
    const noTerms = JSON.stringify({ words: { maxTerms: 0 } });
    const run = await evaluate(['--json', '--profile', 'DIR/p.json'], { 'p.json': noTerms });
    expect(JSON.parse(run.stdout)).toMatchObject({ 'hit@1': 0, 'answer@1': 0, none: 1 });
  });

  it('says in a sentence what is wrong with a profile, and exits 1', async () => {
    const run = await evaluate(['--profile', 'DIR/p.json'], { 'p.json': '{"answer":{"nope":1}}' });
    expect(run.stderr).toMatch(/^Scoring profile: .+\.\n$/);
    expect(run.code).toBe(1);
  });

  it('shows the usage and exits 2 without a question file', async () => {
    const run = await runInProcess(runEval, []);
    expect(run.stderr).toMatch(/^Usage: npm run eval -- FILE\.jsonl/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('prints the notes’ problems on standard error', async () => {
    const run = await evaluate([], { 'notes/bad.md': '---\ntitle: [\n---\n# B\n' });
    expect(run.stderr).toMatch(/bad\.md:2: /);
    expect(run.stdout).toMatch(/^questions {2}4\n/);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createQueryService } from '../../src/answer/query-service.js';
import { loadContent } from '../../src/content/load-content.js';
import { evaluate, parseEvalFile } from '../../src/eval/evaluate.js';

describe('evaluation question set', () => {
  it('holds hit@1 >= 0.95, answer@1 >= 0.85 and answers nothing for every off-topic question', async () => {
    const items = parseEvalFile(await readFile('test/eval/questions.jsonl', 'utf8'), 'questions.jsonl');
    expect(items.length).toBeGreaterThanOrEqual(30);
    const report = evaluate(createQueryService(await loadContent('content')), items);
    expect(report['hit@1'], JSON.stringify(report.failures)).toBeGreaterThanOrEqual(0.95);
    expect(report['answer@1'], JSON.stringify(report.failures)).toBeGreaterThanOrEqual(0.85);
    expect(report.none).toBe(1);
  });

  it('scores a service that always answers the same talk as poor', async () => {
    const items = parseEvalFile(await readFile('test/eval/questions.jsonl', 'utf8'), 'questions.jsonl');
    const real = createQueryService(await loadContent('content'));
    const fixed = { talks: real.talks, ask: () => real.ask('Octant') };
    const report = evaluate(fixed, items);
    expect(report['hit@1']).toBeLessThan(0.3);
    expect(report.none).toBe(0);
    expect(report.failures.length).toBeGreaterThan(20);
  });

  it('names the line of a question file that is not JSON', () => {
    expect(() => parseEvalFile('{"q":"a"}\nnot json\n', 'q.jsonl')).toThrow('q.jsonl:2');
  });
});

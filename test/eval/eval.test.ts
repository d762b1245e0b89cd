import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildEngine, FIXTURES, readNotes } from '../support/engine.js';
import { evaluate, parseEvalFile, parseFold } from '../../src/eval/evaluate.js';
import { textLanguage as questionLanguage } from '../../src/messages/language.js';

describe('evaluation question set', () => {
  // How the evaluation set scores on the shipped notes: test/answer/quality/shipped-notes.test.ts.
  it('scores a service that always answers the same talk as poor', async () => {
    const items = parseEvalFile(await readFile('test/eval/questions.jsonl', 'utf8'), 'questions.jsonl');
    const real = buildEngine(await readNotes(FIXTURES.seedMeetup));
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

describe('per-language figures', () => {
  it('counts a question with any kana or kanji as Japanese and every other one as English', () => {
    expect(questionLanguage('Octantって何?')).toBe('ja');
    expect(questionLanguage('NSX-Tの分散FW')).toBe('ja');
    expect(questionLanguage('What is Octant?')).toBe('en');
    expect(questionLanguage('vSphere 7.0 GA?')).toBe('en');
  });

  it('reports hit@1 and answer@1 for English and Japanese questions apart', () => {
    const answerOctant = {
      talks: () => [],
      ask: (q: string) =>
        q.startsWith('en')
          ? ({
              kind: 'found',
              query: q,
              results: [
                { meetup: 'm', talk: 'Octant入門', snippet: 'Octantは可視化ツール', matches: [], links: [], score: 1 },
              ],
            } as const)
          : ({ kind: 'not-found', query: q, suggestions: [] } as const),
    };
    const report = evaluate(answerOctant, [
      { id: '1', q: 'en one', talk: 'Octant', text: '可視化' },
      { id: '2', q: 'en two', talk: 'Ansible', text: 'GA' },
      { id: '3', q: 'に三', talk: 'Octant', text: '可視化' },
    ]);
    expect(report.languages.en).toEqual({ n: 2, 'hit@1': 0.5, 'answer@1': 0.5 });
    expect(report.languages.ja).toEqual({ n: 1, 'hit@1': 0, 'answer@1': 0 });
  });
});

describe('parseFold', () => {
  const item = (id: string) => ({ id, q: 'q' });

  it('takes the ids from the first to the last of one prefix, by number', () => {
    const fold = parseFold('a=d01-d50');
    expect(fold.name).toBe('a');
    expect(['d01', 'd7', 'd50'].map((id) => fold.has(item(id)))).toEqual([true, true, true]);
    expect(['d00', 'd51', 'x10', 'd'].map((id) => fold.has(item(id)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses a fold that is not NAME=FIRST-LAST', () => {
    for (const spec of ['d01-d50', 'a=d01', 'a=d01-x50', '=d01-d50'])
      expect(() => parseFold(spec)).toThrow('NAME=FIRST-LAST');
  });
});

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

describe('scoring by rank', () => {
  /** A service whose answer to every question is the talks named in it, in order. */
  const ranked = {
    talks: () => [],
    ask: (q: string, options?: { limit?: number }) => {
      const talks = q.split(' ').slice(0, options?.limit ?? 3);
      return {
        kind: 'found',
        query: q,
        results: talks.map((talk) => ({
          meetup: 'm',
          talk,
          snippet: `${talk} snippet ${'x'.repeat(100)}`,
          matches: [],
          links: [{ kind: 'slides' as const, url: `https://s.example.test/${talk}` }],
          addresses: [{ url: `https://repo.example.test/${talk}-tools`, label: 'repo' }],
          score: 1,
        })),
      } as const;
    },
  };

  it('counts hit@3 within the first three and the reciprocal rank within the first five', () => {
    const at = (rank: number) => `${['a', 'b', 'c', 'd', 'e', 'f'].slice(0, rank - 1).join(' ')} W`.trim();
    const report = evaluate(
      ranked,
      [1, 3, 4, 5, 6].map((rank) => ({ id: String(rank), q: at(rank), talk: 'W' })),
    );
    expect(report['hit@1']).toBe(0.2);
    expect(report['hit@3']).toBe(0.4);
    // 1 + 1/3 + 1/4 + 1/5 over five questions; the sixth rank is past the five asked for.
    expect(report.mrr).toBe(Math.round(((1 + 1 / 3 + 1 / 4 + 1 / 5) / 5) * 1000) / 1000);
  });

  it('finds the expected text in the top snippet, its links or the addresses it shows, and says what was answered on a miss', () => {
    const report = evaluate(ranked, [
      { id: 'url', q: 'a', text: 'S.EXAMPLE.TEST/A' },
      { id: 'address', q: 'd', text: 'repo.example.test/d-tools' },
      { id: 'miss', q: 'b', text: 'nowhere' },
      { id: 'none', q: 'c', none: true },
    ]);
    expect(report['answer@1']).toBe(Math.round((2 / 3) * 1000) / 1000);
    expect(report.none).toBe(0);
    expect(report.failures).toEqual([
      { id: 'miss', q: 'b', got: `b | b snippet ${'x'.repeat(70)}` },
      { id: 'none', q: 'c', got: `c | c snippet ${'x'.repeat(70)}` },
    ]);
  });

  it('cuts what was answered at 80 characters without halving one (an emoji is two UTF-16 units)', () => {
    const snippet = `${'a'.repeat(79)}😀b`;
    const report = evaluate(
      {
        talks: () => [],
        ask: (q: string) =>
          ({
            kind: 'found',
            query: q,
            results: [{ meetup: 'm', talk: 't', snippet, matches: [], links: [], score: 1 }],
          }) as const,
      },
      [{ id: '1', q: 'x', text: 'nowhere' }],
    );
    expect(report.failures[0]?.got).toBe(`t | ${'a'.repeat(79)}😀`);
  });

  it('says the kind of answer when there is no result', () => {
    const report = evaluate({ talks: () => [], ask: () => ({ kind: 'help' }) as const }, [
      { id: '1', q: 'x', text: 'y' },
    ]);
    expect(report.failures).toEqual([{ id: '1', q: 'x', got: 'help' }]);
  });
});

describe('parseEvalFile', () => {
  it('reads each line trimmed, skips blank ones and numbers the ids by line when none is given', () => {
    expect(parseEvalFile('  {"q":"a"}  \n\n{"id":"x","q":"b","none":true}\n', 'q.jsonl')).toEqual([
      { id: '1', q: 'a' },
      { id: 'x', q: 'b', none: true },
    ]);
  });

  it('names the line whose "q" is not a string, or that is not an object', () => {
    expect(() => parseEvalFile('{"q":"a"}\n{"q":1}\n', 'q.jsonl')).toThrow(
      'Evaluation error in q.jsonl:2: "q" must be a string.',
    );
    expect(() => parseEvalFile('null\n', 'q.jsonl')).toThrow('q.jsonl:1: "q" must be a string.');
    expect(() => parseEvalFile('{"q":"a"}\nnot json\n', 'q.jsonl')).toThrow(
      'Evaluation error in q.jsonl:2: the line is not valid JSON.',
    );
  });
});

describe('parseFold at its edges', () => {
  it('keeps the whole name and the whole last id', () => {
    const fold = parseFold('real=d01-d10');
    expect(fold.name).toBe('real');
    expect(fold.has({ id: 'd10', q: 'q' })).toBe(true);
    for (const spec of ['a=d01-d10 ', '=a=d01-d10', 'a=d01-d1x'])
      expect(() => parseFold(spec)).toThrow(`--fold "${spec}" is not NAME=FIRST-LAST`);
  });
});

import { stemmer } from 'stemmer';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as wanakana from 'wanakana';
import type { QueryService } from '../../src/answer/answer.js';
import { createQueryService, createQueryServiceInSlices } from '../../src/answer/query-service.js';
import { type LoadedContent, loadContent } from '../../src/content/load-content.js';

// The word-level work an index needs (romaji for loanwords, Porter stems), counted per call.
vi.mock('wanakana', async (original) => {
  const real = await original<typeof import('wanakana')>();
  return { ...real, toRomaji: vi.fn(real.toRomaji), toHiragana: vi.fn(real.toHiragana) };
});
vi.mock('stemmer', async (original) => {
  const real = await original<typeof import('stemmer')>();
  return { stemmer: vi.fn(real.stemmer) };
});
const counted = [
  vi.mocked(wanakana.toRomaji),
  vi.mocked(wanakana.toHiragana),
  vi.mocked(stemmer),
] as const;
const calls = () => counted.reduce((sum, f) => sum + f.mock.calls.length, 0);

/** Questions that reach every lookup: English words and their forms, katakana, compounds. */
const QUESTIONS = [
  'When did they start hiring engineers?',
  'リリースサイクルはどのくらい?',
  'What is the release cycle?',
  'outbound traffic policy',
  'クレジットカードの移行',
];

let content: LoadedContent;
beforeAll(async () => {
  content = await loadContent('test/fixtures/cross-lingual');
});

/** The work of asking `question` now, in counted calls. */
function work(service: QueryService, question: string): number {
  for (const f of counted) f.mockClear();
  service.ask(question);
  return calls();
}

/** For each question, the work of its first ask after the build and of the same ask again. */
function firstAndAgain(service: QueryService) {
  return QUESTIONS.map((q) => ({ q, first: work(service, q), again: work(service, q) }));
}

describe('the first question after a build', () => {
  it('does no work the build should have done', () => {
    const rows = firstAndAgain(createQueryService(content));
    // Lazily built indexes showed up here as hundreds of conversions on the first question.
    for (const row of rows) expect(row.first, row.q).toBe(row.again);
    expect(rows.some((row) => row.again > 0)).toBe(true);
  });

  it('does no work a rebuild in slices should have done, as after a reload', async () => {
    const rows = firstAndAgain(await createQueryServiceInSlices(content));
    for (const row of rows) expect(row.first, row.q).toBe(row.again);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryService } from '../../../src/answer/answer.js';
import { createQueryServiceInSlices } from '../../../src/answer/query-service.js';
import type { LoadedContent } from '../../../src/content/load-content.js';
import { buildEngine, FIXTURES, readNotes } from '../../support/engine.js';

/**
 * Work an index build does and a question should not: reading every title and passage of the
 * notes (the loanword index did, lazily), or walking a vocabulary's keys (the stem map did).
 */
let work = 0;
const countRead = <T>(value: T): T => {
  work++;
  return value;
};
function countedContent({ meetups, glossary }: LoadedContent) {
  return {
    glossary,

    meetups: meetups.map((m) => ({
      ...m,
      get title() {
        return countRead(m.title);
      },
      talks: m.talks.map((t) => ({
        ...t,
        get title() {
          return countRead(t.title);
        },
        passages: t.passages.map((p) => ({
          ...p,
          get text() {
            return countRead(p.text);
          },
        })),
      })),
    })),
  };
}

/** Questions that reach every lookup: English words and their forms, katakana, compounds. */
const QUESTIONS = [
  'When did they start hiring engineers?',
  'リリースサイクルはどのくらい?',
  'What is the release cycle?',
  'outbound traffic policy',
  'クレジットカードの移行',
];

let content: ReturnType<typeof countedContent>;
beforeAll(async () => {
  content = countedContent(await readNotes(FIXTURES.crossLingual));
});

/** The work of asking `question` now. */
function workOf(service: QueryService, question: string): number {
  const keys = Map.prototype.keys;
  work = 0;
  Map.prototype.keys = function countedKeys(this: Map<unknown, unknown>) {
    work++;
    return keys.call(this);
  };
  try {
    service.ask(question);
  } finally {
    Map.prototype.keys = keys;
  }
  return work;
}

/** For each question, the work of its first ask after the build and of the same ask again. */
function firstAndAgain(service: QueryService) {
  return QUESTIONS.map((q) => ({ q, first: workOf(service, q), again: workOf(service, q) }));
}

describe('the first question after a build', () => {
  it('does no work the build should have done', () => {
    const rows = firstAndAgain(buildEngine(content));
    // Lazily built indexes showed up here as every passage read on the first question.
    for (const row of rows) expect(row.first, row.q).toBe(row.again);
    expect(rows.some((row) => row.again > 0)).toBe(true);
  });

  it('does no work a rebuild in slices should have done, as after a reload', async () => {
    const rows = firstAndAgain(await createQueryServiceInSlices(content));
    for (const row of rows) expect(row.first, row.q).toBe(row.again);
  });
});

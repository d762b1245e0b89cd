import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import type { LoadedContent } from '../../../src/content/load-content.js';
import { loadEdictDictionary } from '../../../src/search/edict-dictionary.js';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, FIXTURES, readNotes } from '../../support/engine.js';

let content: LoadedContent;
let edict: SynonymDictionary;
const now = () => new Date('2024-06-01T00:00:00Z');
beforeAll(async () => {
  content = await readNotes(FIXTURES.everydayWords);
  edict = await loadEdictDictionary();
});

/** The top result's section and the words it shows in bold (the question's words it matched). */
function firstMatch(answer: Answer) {
  const first = answer.kind === 'found' ? answer.results[0] : undefined;
  return {
    section: first?.section,
    matched: (first?.matches ?? []).map((m) => first?.snippet.slice(m.start, m.end)),
  };
}

// Every section of the fixture says DB, the one word the asker shares with the notes; the section
// that answers comes after one that says no more, so only the everyday word can put it first.
describe('English questions with everyday words, through EDICT (the committed table)', () => {
  it.each([
    ['What is the fee for the managed DB?', '費用', '料金'],
    ['What was the reason for moving to the managed DB?', 'きっかけ', '理由'],
  ])(
    'answers "%s" with the passage under %s that says %s, which it misses without EDICT',
    (question, section, word) => {
      const withEdict = buildEngine(content, { synonyms: edict, now });
      expect(firstMatch(withEdict.ask(question))).toEqual({
        section,
        matched: expect.arrayContaining([word]),
      });
      const without = buildEngine(content, { now });
      const missed = firstMatch(without.ask(question));
      expect(missed.section).not.toBe(section);
      expect(missed.matched).not.toContain(word);
    },
  );
});

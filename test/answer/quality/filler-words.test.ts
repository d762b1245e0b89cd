import { describe, expect, it } from 'vitest';
import type { SynonymDictionary } from '../../../src/search/synonym-dictionary.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// 話 wraps a Japanese question as "talk" and "said" wrap an English one (…って話でしたっけ?, …の話で):
// it says nothing of what is asked, and many titles end in it.
const NOTES = `# Harbor Night #6

## Helmの話

* チャートを社内で共有する
* 使い方の説明はWikiにある
* チャートはGitで管理する

## スポンサー制度

* Helmのプラチナは年間900万円
`;

// A dictionary that lists 話 with a word of the notes makes it a whole word of the question, as
// the shipped one does.
const DICTIONARY: SynonymDictionary = {
  groups: [{ terms: ['話', '説明'], triggers: [true, true] }],
};
const engine = () => buildEngine(notesFrom(NOTES), { synonyms: DICTIONARY });

describe('話 in a question is a word of its wrapping, not of its topic', () => {
  it('does not take a talk for the 話 of its title', () => {
    const answer = engine().ask('Helmのプラチナメンバーって年会費いくらって話でしたっけ？');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('スポンサー制度');
    expect(answer.kind === 'found' && answer.results[0]?.snippet).toContain('900万円');
  });

  it('still finds a talk whose other words the question has', () => {
    const answer = engine().ask('Helmのチャートを共有する話');
    expect(answer.kind === 'found' && answer.results[0]?.talk).toBe('Helmの話');
  });
});

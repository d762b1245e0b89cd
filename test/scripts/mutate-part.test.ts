import { describe, expect, it } from 'vitest';
import { mergeIncremental } from '../../scripts/mutate-part.js';

// The committed results: two files of source, two test files. The part's run mutated src/b.ts
// only; its test numbering differs, and test/two.test.ts was edited before it.
const committed = {
  schemaVersion: '2',
  files: {
    'src/a.ts': {
      source: 'a',
      mutants: [
        { id: '1', status: 'Killed', coveredBy: ['10', '11'], killedBy: ['10'] },
        { id: '2', status: 'Survived', coveredBy: ['12'] },
        { id: '3', status: 'Killed', coveredBy: ['10'], killedBy: ['13'] },
        { id: '4', status: 'NoCoverage', coveredBy: [] },
        { id: '5', status: 'Ignored' },
      ],
    },
    'src/b.ts': { source: 'old b', mutants: [{ id: '6', status: 'Survived', coveredBy: ['10'] }] },
  },
  testFiles: {
    'test/one.test.ts': {
      source: 'one',
      tests: [
        { id: '10', name: 'finds a' },
        { id: '11', name: 'finds a again' },
        { id: '13', name: 'a test the part no longer has' },
      ],
    },
    'test/two.test.ts': { source: 'two', tests: [{ id: '12', name: 'checks a' }] },
  },
};
const part = {
  schemaVersion: '2',
  files: {
    'src/b.ts': { source: 'new b', mutants: [{ id: '0', status: 'Killed', killedBy: ['1'] }] },
  },
  testFiles: {
    'test/one.test.ts': {
      source: 'one',
      tests: [
        { id: '0', name: 'finds a again' },
        { id: '1', name: 'finds a' },
      ],
    },
    'test/two.test.ts': { source: 'two, edited', tests: [{ id: '2', name: 'checks a' }] },
  },
};

describe('the results of a part joined to the committed ones', () => {
  const merged = mergeIncremental(committed, part);

  it("take the part's files and test files as the part's run wrote them", () => {
    expect(merged.files['src/b.ts']).toEqual(part.files['src/b.ts']);
    expect(merged.testFiles).toEqual(part.testFiles);
  });

  it("keep another file's mutants whose tests the part has unchanged, in the part's numbering", () => {
    const kept = merged.files['src/a.ts']?.mutants;
    expect(kept).toEqual([
      { id: '1', status: 'Killed', coveredBy: ['1', '0'], killedBy: ['1'] },
      { id: '4', status: 'NoCoverage', coveredBy: [] },
      { id: '5', status: 'Ignored' },
    ]);
  });

  it('leave out a mutant covered by an edited test file, or killed by a test the part lacks', () => {
    const ids = merged.files['src/a.ts']?.mutants.map((m) => m.id);
    expect(ids).not.toContain('2');
    expect(ids).not.toContain('3');
  });

  it('carry the rest of the report over', () => {
    expect(merged.schemaVersion).toBe('2');
  });
});

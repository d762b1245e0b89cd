import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblemLine, problemLevel } from '../../src/content/problems.js';

describe('problems', () => {
  it('labels a problem by its level: given, else error when content was lost, else warning', () => {
    const base = { file: 'content/x.md', line: 4, message: 'something' };
    expect(problemLevel({ ...base, level: 'info' })).toBe('info');
    expect(problemLevel({ ...base, lost: true })).toBe('error');
    expect(problemLevel(base)).toBe('warning');
  });

  it('formats warnings and errors as sentences for logs, and info as a labelled line', () => {
    const base = { file: 'content/x.md', line: 4, message: 'something' };
    expect(formatProblem(base)).toBe('Content warning in content/x.md:4: something.');
    expect(formatProblem({ ...base, lost: true })).toBe(
      'Content error in content/x.md:4: something.',
    );
    expect(formatProblem({ ...base, level: 'info' })).toBe('info: content/x.md:4: something.');
    expect(formatProblemLine({ ...base, line: 0, lost: true })).toBe(
      'error: content/x.md: something.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_PROFILE, withOverrides } from '../../../src/search/scoring/profile.js';
import { fuzzyDistance } from '../../../src/search/scoring/stretch.js';

const ranking = DEFAULT_SCORING_PROFILE.ranking;

describe('fuzzyDistance', () => {
  it('matches a long word at the profile’s share of its length, a short one not at all', () => {
    expect(fuzzyDistance('ansibel', ranking)).toBe(ranking.fuzzy);
    expect(fuzzyDistance('abcd', ranking)).toBe(0);
  });

  it('matches a word of the language at one edit only', () => {
    expect(fuzzyDistance('flutter', ranking, true)).toBe(1);
    expect(fuzzyDistance('abcd', ranking, true)).toBe(0);
  });

  it('matches nothing as a typo when the profile turns typos off', () => {
    const off = withOverrides(DEFAULT_SCORING_PROFILE, { ranking: { fuzzy: 0 } }).ranking;
    expect(fuzzyDistance('flutter', off, true)).toBe(0);
    expect(fuzzyDistance('ansibel', off)).toBe(0);
  });
});

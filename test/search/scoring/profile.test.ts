import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING_PROFILE,
  type ScoringProfile,
  scoringProfileFrom,
  withOverrides,
} from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

const NOTES = `# Platform Night #4

## Storage tiers for build caches

* Build caches moved to object storage, which cut the monthly bill by a third
* The cache warms up within ten minutes after a deploy

## Team rituals

* Retrospectives every second Friday keep the backlog honest
`;

const serviceWith = (profile?: ScoringProfile) =>
  buildEngine(notesFrom(NOTES), profile && { profile });

describe('scoringProfileFrom', () => {
  it('keeps every default a profile file does not name', () => {
    expect(scoringProfileFrom({})).toEqual(DEFAULT_SCORING_PROFILE);
  });

  it('changes only the values the file names, at any depth', () => {
    const profile = scoringProfileFrom({
      ranking: { fields: { title: 3 } },
      answer: { minWords: 1 },
    });
    expect(profile.ranking.fields).toEqual({ ...DEFAULT_SCORING_PROFILE.ranking.fields, title: 3 });
    expect(profile.answer.minWords).toBe(1);
    expect(profile.answer.lackedShare).toBe(DEFAULT_SCORING_PROFILE.answer.lackedShare);
    expect(profile.words).toEqual(DEFAULT_SCORING_PROFILE.words);
  });

  it('refuses an unknown value by its path, so a typo never passes silently', () => {
    expect(() => scoringProfileFrom({ ranking: { fuzzyy: 0.3 } })).toThrow(
      'Scoring profile: ranking',
    );
    expect(() => scoringProfileFrom({ weights: {} })).toThrow('Scoring profile');
  });

  it('refuses a value out of its range', () => {
    expect(() => scoringProfileFrom({ answer: { lackedShare: 1.5 } })).toThrow(
      'Scoring profile: answer.lackedShare',
    );
    expect(() => scoringProfileFrom({ words: { word: -1 } })).toThrow('words.word');
    expect(() => scoringProfileFrom('not an object')).toThrow('Scoring profile');
  });
});

describe('a profile given to the query service', () => {
  it('is what decides whether a passage is an answer', () => {
    const question = 'does the build cache warm up quickly after a deploy on fridays?';
    expect(serviceWith().ask(question).kind).toBe('found');
    const strict = scoringProfileFrom({ answer: { minWords: 99 } });
    expect(serviceWith(strict).ask(question).kind).toBe('not-found');
  });

  it('reaches the ranking: a title boost of zero lets a passage outrank its title', () => {
    const question = 'retrospectives team rituals';
    const first = (profile?: ScoringProfile) => {
      const answer = serviceWith(profile).ask(question);
      return answer.kind === 'found' ? answer.results[0]?.score : undefined;
    };
    const noTitles = scoringProfileFrom({ ranking: { fields: { title: 0 } } });
    expect(first(noTitles)).toBeLessThan(first() ?? 0);
  });
});

describe('withOverrides', () => {
  it('lays a profile file over another profile, not over the defaults', () => {
    const base = scoringProfileFrom({ answer: { minWords: 1 } });
    const both = withOverrides(base, { ranking: { k1: 2 } });
    expect(both.answer.minWords).toBe(1);
    expect(both.ranking.k1).toBe(2);
    expect(() => withOverrides(base, { ranking: { k2: 1 } })).toThrow('Scoring profile');
  });
});

import { describe, expect, it } from 'vitest';
import { alternativesAsked } from '../../src/search/either-asked.js';
import { normalize } from '../../src/search/normalize.js';

const asked = (question: string) => alternativesAsked(normalize(question));

describe('alternativesAsked', () => {
  it('reads the two things an English question asks to choose between', () => {
    expect(asked('Is the hosted plan free or paid?')).toEqual(['free', 'paid']);
    expect(asked('Did they keep Postgres or a managed database?')).toEqual(['postgres', 'managed']);
    expect(asked('Was it written in C++ or Rust?')).toEqual(['c++', 'rust']);
  });

  it('reads them in Japanese, in any script', () => {
    expect(asked('GitHub ActionsとJenkins、どっちを使ってる?')).toEqual(['actions', 'jenkins']);
    expect(asked('オンプレかクラウドか、どちらで動かしてる?')).toEqual(['オンプレ', 'クラウド']);
    expect(asked('東京と大阪どっちが速い?')).toEqual(['東京', '大阪']);
  });

  it('finds no choice in words that join none, or in a question without one', () => {
    expect(asked('Is it more or less the same as last year?')).toBeUndefined();
    expect(asked('Did it work, whether or not the cache was warm?')).toBeUndefined();
    expect(asked('Did they use a or b?')).toBeUndefined();
    expect(asked('Which database did they pick?')).toBeUndefined();
    expect(asked('どっちが速い?')).toBeUndefined();
  });

  it('takes the word after an article as the second choice', () => {
    expect(asked('Do they run one cluster or a fleet?')).toEqual(['cluster', 'fleet']);
  });
});

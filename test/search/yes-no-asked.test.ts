import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksWhether, isAskedName } from '../../src/search/yes-no-asked.js';

const whether = (question: string) => asksWhether(normalize(question));

describe('asksWhether', () => {
  it('reads a Japanese question without a question word as asking whether something is so', () => {
    expect(whether('ビルドはBuildkiteで回してる？')).toBe(true);
    expect(whether('OSSとして公開されてる?')).toBe(true);
    expect(whether('iOSとAndroidの両方で使えるの？ ')).toBe(true);
  });

  it('reads a question with a question word, one in English, or no question mark as something else', () => {
    expect(whether('ビルドは何で回してる？')).toBe(false);
    expect(whether('ビルドはどこで回してる？')).toBe(false);
    expect(whether('Buildkiteのビルド時間はいくら？')).toBe(false);
    expect(whether('いつからBuildkiteで回してる？')).toBe(false);
    expect(whether('Buildkiteで回してる、what else?')).toBe(false);
    expect(whether('Do they run the build on Buildkite?')).toBe(false);
    expect(whether('ビルドはBuildkiteで回してる')).toBe(false);
  });
});

describe('isAskedName', () => {
  it('takes a Latin word of the least letters or more as a name', () => {
    expect(isAskedName('buildkite', 2)).toBe(true);
    expect(isAskedName('ec2', 2)).toBe(true);
    expect(isAskedName('node.js', 2)).toBe(true);
    expect(isAskedName('c++', 2)).toBe(true);
    expect(isAskedName('os', 2)).toBe(true);
    expect(isAskedName('os', 3)).toBe(false);
  });

  it('takes no kana or kanji, number, common word, or word asking for a link as a name', () => {
    expect(isAskedName('公開', 2)).toBe(false);
    expect(isAskedName('2019', 2)).toBe(false);
    expect(isAskedName('the', 2)).toBe(false);
    expect(isAskedName('url', 2)).toBe(false);
    expect(isAskedName('links', 2)).toBe(false);
  });
});

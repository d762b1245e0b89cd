import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/normalize.js';
import { asksWhether, isAskedName } from '../../src/search/yes-no-asked.js';

const whether = (question: string) => asksWhether(normalize(question));

describe('asksWhether', () => {
  it('reads a Japanese question without a question word as asking whether something is so', () => {
    expect(whether('ビルドはBuildkiteで回してる？')).toBe(true);
    expect(whether('そのCLIってLinuxとWindowsの両方で動くの？ ')).toBe(true);
    // Words that only hold a question word's letters: などの, いつも, 誰か, 何か, なんです.
    expect(whether('AWSなどのクラウドでも動く?')).toBe(true);
    expect(whether('いつもBuildkite使ってる?')).toBe(true);
    expect(whether('誰かNomad使ってた?')).toBe(true);
    expect(whether('何かRustで書いた?')).toBe(true);
    expect(whether('ビルドはBazelなんですか?')).toBe(true);
  });

  it('reads a question word, a choice, "Xって?", English, or no question mark as something else', () => {
    for (const question of [
      'ビルドは何で回してる？',
      'ビルドはどこで回してる？',
      'Buildkiteのビルド時間はいくら？',
      'いつからBuildkiteで回してる？',
      'なぜBuildkiteで回してるの?',
      'どなたがBuildkiteを入れたの?',
      'Buildkiteのジョブは幾つ?',
      'Buildkiteはいかが?',
      'Buildkiteで回してる、what else?',
      'ビルドはBuildkiteかJenkins?',
      'ビルドはBuildkite?それともJenkins?',
      'Buildkiteって?',
      'Do they run the build on Buildkite?',
      'ビルドはBuildkiteで回してる',
    ])
      expect(whether(question), question).toBe(false);
  });
});

describe('isAskedName', () => {
  it('takes a Latin word of the least letters or more as a name', () => {
    expect(isAskedName('buildkite', 2)).toBe(true);
    expect(isAskedName('ec2', 2)).toBe(true);
    expect(isAskedName('node.js', 2)).toBe(true);
    expect(isAskedName('nsx-t', 2)).toBe(true);
    expect(isAskedName('os', 2)).toBe(true);
    expect(isAskedName('os', 3)).toBe(false);
  });

  it('takes no kana or kanji, number, common word, kind of talk, chat word or link word', () => {
    for (const word of ['公開', '2019', 'the', 'lt', 'keynote', 'lol', 'www', 'url', 'links'])
      expect(isAskedName(word, 2), word).toBe(false);
  });
});

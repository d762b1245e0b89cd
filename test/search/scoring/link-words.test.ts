import { describe, expect, it } from 'vitest';
import {
  LINK_WORDS,
  linkAsked,
  SLIDE_WORDS,
  urlAsked,
  VIDEO_WORDS,
} from '../../../src/search/scoring/link-words.js';

describe('link words', () => {
  it('tells a question for a recording from one for slides', () => {
    for (const q of [
      'the youtube of the talk',
      'アーカイブある?',
      '録画',
      'the recording',
      'archive',
    ])
      expect([VIDEO_WORDS.test(q), SLIDE_WORDS.test(q)], q).toEqual([true, false]);
    for (const q of ['the slide deck', 'slides please', '資料', 'スライド'])
      expect([VIDEO_WORDS.test(q), SLIDE_WORDS.test(q)], q).toEqual([false, true]);
  });

  it('counts every word of either kind as asking for a link, and only whole English words', () => {
    for (const q of ['youtube', 'アーカイブ', 'deck', '資料'])
      expect(LINK_WORDS.test(q), q).toBe(true);
    for (const q of ['slideshow', 'decks', 'archived', 'octant'])
      expect(LINK_WORDS.test(q), q).toBe(false);
    // ビデオ and 映像 only as words of their own, not starting a compound.
    for (const q of ['ビデオ', '発表の映像'])
      expect([LINK_WORDS.test(q), VIDEO_WORDS.test(q)], q).toEqual([true, true]);
    for (const q of ['ビデオ会議', 'ビデオカメラ', '映像処理'])
      expect([LINK_WORDS.test(q), VIDEO_WORDS.test(q)], q).toEqual([false, false]);
  });
});

describe('linkAsked', () => {
  it('takes a link word asked for itself, with its kind', () => {
    for (const [asked, kind] of [
      ['スライドは?', 'slides'],
      ['octantのスライドは?', 'slides'],
      ['資料ってどこ?', 'slides'],
      ['その発表スライドどこにある?', 'slides'],
      ['terraform state の資料公開されてる?', 'slides'],
      ['勉強会資料どこ?', 'slides'],
      ['where are the slides?', 'slides'],
      ['the slide deck please', 'slides'],
      ['vault secrets の録画ある?', 'video'],
      ['講演動画は公開されてる?', 'video'],
      ['イベント動画ある?', 'video'],
      ['発表のビデオってある?', 'video'],
      ['当日の映像は見られる?', 'video'],
      ['動画のエンコードは何を使った?', 'video'],
      ['is there a video?', 'video'],
      ['any recording of it?', 'video'],
      // A recording asked for goes before slides.
      ['slides or a video?', 'video'],
      // The kind of the word asked for, not of a compound's (動画配信).
      ['動画配信基盤のスライドはどこ?', 'slides'],
    ] as const)
      expect(linkAsked(asked), asked).toBe(kind);
  });

  it('takes no link word inside a compound, nor deck, archive or a recording rule', () => {
    for (const topic of [
      '社内資料の検索はどうやった?',
      '資料作成のコツは?',
      '動画配信基盤の話',
      '録画機能はある?',
      'ビデオカメラは何を使った?',
      'ビデオ会議ツールは何を使った?',
      '映像処理の話',
      'アーカイブログの保存先は?',
      'ログの archive はどうしてる?',
      'slideshow のライブラリは?',
      'pipelines in the spinnaker deck ui?',
      'prometheus recording rules はどう管理してる?',
    ])
      expect(linkAsked(topic), topic).toBeUndefined();
  });
});

describe('urlAsked', () => {
  it('takes a question asking for an address: a URL, a link, which repository, where the source is', () => {
    for (const q of [
      'what is the url of the demo app?',
      'any link to that tool?',
      'links?',
      'which github repo has the sample?',
      "what's the repository for it?",
      'where is the repo for the exporter?',
      'where can i find the source code of the bot?',
      'ツールのurlある?',
      'そのブログのリンクある?',
      'どのリポジトリで公開されてる?',
      'githubのどのリポジトリ?',
      'サンプルのリポジトリはどこ?',
      'ソースってどこ?',
      'ソースコードどこ?',
      'got the link?',
      'where is the link for the demo',
      'where’s the repo?',
      'any urls pls',
      'ブログのurlってわかる?',
      'そのツールのリンク教えて',
      'リンクください',
      'githubのurl?',
      'githubのリンクが知りたい',
      'リンクがあれば教えて',
      'リンクを共有してほしい',
      'url分かりますか?',
      'デモサイトのurlを知りたい',
      'github link?',
      'demo link?',
      'repo link pls',
      'link please',
      // "deck" alone is no slides word in English (a product's Deck UI): a link is still asked.
      'deck link please',
      'urlは?',
      // A link word in a compound (参考資料) names no slides: the reference's link is asked.
      '参考資料のリンクある?',
      // Whether there is one.
      'is there a github repo for the sorting app?',
      'is there a public gitlab repository for it?',
      'do they have the source code?',
      'did they publish their repo?',
      'このツールのリポジトリある?',
      'ソースコードは公開されてる?',
    ])
      expect(urlAsked(q), q).toBe(true);
  });

  it('leaves a question for slides or a recording to those, and one that asks no address', () => {
    for (const q of [
      'slides link?',
      'link to the recording?',
      '資料のリンクは?',
      '動画のurl',
      'did they use link aggregation?',
      'the link layer',
      'シンボリックリンクの話',
      'リンカーの話はあった?',
      'リポジトリへ直接プッシュしていい?',
      'gitlabのリポジトリからビルドできる?',
      'how was the repo structured?',
      'linked lists',
      'does it link-check?',
      'how long are presigned urls valid?',
      'how do they link alerts to the runbooks?',
      'データソースはどこ?',
      'リソースはどこに置いた?',
      'リポジトリはどこまで分割した?',
      'リンク切れはどう検出した?',
      'urlの設計方針は?',
      'which repository pattern did they use in go?',
      'what is the repo structure?',
      'how did they generate the presigned urls?',
      'did they check the broken links?',
      'does slack unfurl the links?',
      '署名付きurlは何分有効?',
      '短縮urlってどう作る?',
      'presigned urls?',
      'broken links?',
      'deep links?',
      'リンクを貼る方法は?',
      'is there a repository pattern for this?',
      'any repository layout advice?',
      'リポジトリあるあるの話',
      'is there a separate repo for infra?',
      'is there a repo for each team?',
      'any repo for it?',
      'ソースコードは公開されていない理由は?',
      'ソースコードは公開されるべきか?',
      'リポジトリはあるべき姿は?',
      'リポジトリあるいはモノレポ?',
      'リポジトリはある程度分割した?',
      'do they have source code reviews?',
    ])
      expect(urlAsked(q), q).toBe(false);
  });
});

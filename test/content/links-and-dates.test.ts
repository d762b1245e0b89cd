import { describe, expect, it } from 'vitest';
import { isProfileLink, isSlidesHeading, linkKind } from '../../src/content/link-kind.js';
import { matchTalk } from '../../src/content/match-talk.js';
import { dateFromLine } from '../../src/content/meetup-date.js';

describe('linkKind', () => {
  it('knows slides and videos by where they are hosted, whatever the words say', () => {
    expect(linkKind('', 'video', 'https://speakerdeck.com/a/b')).toBe('slides');
    expect(linkKind('', '', 'https://www.slideshare.net/a/b')).toBe('slides');
    expect(linkKind('', '', 'https://docswell.com/s/a/b')).toBe('slides');
    expect(linkKind('', 'slides', 'https://www.youtube.com/watch?v=x')).toBe('video');
    expect(linkKind('', '', 'https://youtu.be/x')).toBe('video');
    expect(linkKind('', '', 'https://vimeo.com/1')).toBe('video');
    expect(linkKind('', '', 'http://www.ustream.tv/recorded/1')).toBe('video');
    expect(linkKind('', '', 'https://www.nicovideo.jp/watch/sm1')).toBe('video');
    expect(linkKind('', '', 'https://nico.ms/sm1')).toBe('video');
    expect(linkKind('', '', 'https://live.nicovideo.jp/watch/lv1')).toBe('video');
    // niconico's other sites (its encyclopedia, its pictures) are no recordings.
    expect(linkKind('', '', 'https://dic.nicovideo.jp/a/go')).toBeUndefined();
    expect(linkKind('', '', 'https://seiga.nicovideo.jp/seiga/im1')).toBeUndefined();
    expect(linkKind('', '', 'http://prezi.com/abc/deck/')).toBe('slides');
    expect(linkKind('', '', 'https://docs.google.com/presentation/d/1/edit')).toBe('slides');
    expect(linkKind('', '', 'https://example.com/talks/slides/')).toBe('slides');
    expect(linkKind('', '', 'https://example.com/slide')).toBe('slides');
  });

  it('does not take a host that only ends like a known one', () => {
    expect(linkKind('', '', 'https://notspeakerdeck.com/a')).toBeUndefined();
    expect(linkKind('', '', 'https://docs.google.com/document/d/1')).toBeUndefined();
    expect(linkKind('', '', 'https://example.com/slideshow')).toBeUndefined();
  });

  it('takes a /presentation/ path as slides on Google Docs only', () => {
    expect(linkKind('', '', 'https://example.com/presentation/d/1/edit')).toBeUndefined();
  });

  it('reads the label or the link text elsewhere', () => {
    expect(linkKind('資料', '', 'https://example.com/a')).toBe('slides');
    expect(linkKind('', 'スライド', 'https://example.com/a')).toBe('slides');
    expect(linkKind('', 'Kubernetes入門 - Slides - example', 'https://example.com/a')).toBe(
      'slides',
    );
    expect(linkKind('動画', '', 'https://example.com/a')).toBe('video');
    expect(linkKind('発表ビデオ', '', 'https://example.com/a')).toBe('video');
    expect(linkKind('映像', '', 'https://example.com/a')).toBe('video');
    expect(linkKind('', '当日のビデオ', 'https://example.com/a')).toBe('video');
    expect(linkKind('ビデオカメラの話', 'ビデオカメラ', 'https://example.com/a')).toBeUndefined();
    // Nor at the start of a compound in kanji: a topic, not a recording.
    expect(linkKind('ビデオ会議の比較', 'ビデオ通話SDK', 'https://example.com/a')).toBeUndefined();
    expect(linkKind('映像処理ライブラリ', '', 'https://example.com/a')).toBeUndefined();
    expect(linkKind('', 'the recording', 'https://example.com/a')).toBe('video');
    expect(linkKind('', 'slideshow tips', 'https://example.com/a')).toBeUndefined();
    expect(linkKind('', 'VMware product page', 'https://example.com/a')).toBeUndefined();
    expect(linkKind('', '', 'not a url')).toBeUndefined();
  });

  it('tells a heading over slide links from other headings', () => {
    for (const h of [
      '資料',
      '発表資料',
      'スライド一覧',
      'Slides',
      ' slide decks ',
      'ＳＬＩＤＥＳ',
    ]) {
      expect(isSlidesHeading(h), h).toBe(true);
    }
    for (const h of ['Slides about Kubernetes', '質疑応答', 'LT']) {
      expect(isSlidesHeading(h), h).toBe(false);
    }
  });
});

describe('isProfileLink', () => {
  it("takes one account's page on a social, code or event site as a profile", () => {
    for (const url of [
      'https://twitter.com/someone',
      'https://x.com/someone/',
      'https://www.facebook.com/someone',
      'https://github.com/someone',
      'https://qiita.com/someone',
      'https://zenn.dev/someone',
      'https://www.linkedin.com/in/someone',
      'https://connpass.com/user/someone/',
      'http://speakerdeck.com/someone',
      'https://x.com/someone?s=20',
      'https://mobile.twitter.com/someone#top',
      'https://medium.com/@someone',
      'https://bsky.app/profile/someone.example',
    ])
      expect(isProfileLink(url), url).toBe(true);
  });

  it('does not take a page under an account, another site, or text that only holds a profile', () => {
    for (const url of [
      'https://github.com/someone/tool',
      'https://twitter.com/someone/status/1',
      'https://connpass.com/event/1/',
      'https://example.test/someone',
      'see https://github.com/someone',
      'https://github.com/',
    ])
      expect(isProfileLink(url), url).toBe(false);
  });
});

describe('dateFromLine', () => {
  it('reads the ways organizers write a date at the start of a line', () => {
    expect(dateFromLine('2019/02/12 Tue')).toBe('2019-02-12');
    expect(dateFromLine('2019-2-5')).toBe('2019-02-05');
    expect(dateFromLine('2019年2月12日(火)')).toBe('2019-02-12');
    expect(dateFromLine('2019.2.12 19:00〜')).toBe('2019-02-12');
    expect(dateFromLine('日時: 2024/02/06')).toBe('2024-02-06');
    expect(dateFromLine('  ２０２４／０２／０６  ')).toBe('2024-02-06');
  });

  it('takes no date from a sentence that only mentions one, or from a day that does not exist', () => {
    expect(dateFromLine('The GA was on 2020/9/22')).toBeUndefined();
    expect(dateFromLine('2019/02/30')).toBeUndefined();
    expect(dateFromLine('2019/13/01')).toBeUndefined();
    expect(dateFromLine('2019/02/123')).toBeUndefined();
  });
});

describe('matchTalk', () => {
  const TITLES = ['Kubernetes入門', 'Ansible collections in practice', 'Tanzu overview'];

  it('finds the talk a slide entry names by the words they share', () => {
    expect(matchTalk('Kubernetes入門 (alice)', 'https://example.com/x', TITLES)).toBe(0);
    expect(matchTalk('Ansible collections', 'https://example.com/x', TITLES)).toBe(1);
  });

  it('reads the words of the link’s path too', () => {
    expect(matchTalk('alice', 'https://speakerdeck.com/alice/tanzu-overview', TITLES)).toBe(2);
    expect(matchTalk('', 'https://example.com/tanzu%20overview', TITLES)).toBe(2);
    expect(matchTalk('', 'https://example.com/tanzu_overview%', TITLES)).toBe(2);
  });

  it('names no talk when fewer than half the words match, or two match equally', () => {
    expect(matchTalk('collections octant tips', 'https://example.com/x', TITLES)).toBeUndefined();
    expect(matchTalk('Slides', 'https://example.com/123456', TITLES)).toBeUndefined();
    expect(matchTalk('overview', 'https://example.com/x', ['Tanzu overview', 'NSX overview'])).toBe(
      undefined,
    );
  });

  it('prefers the title that shares more words when both share the same share', () => {
    expect(
      matchTalk('Tanzu overview and Octant', 'https://example.com/x', ['Tanzu', 'Tanzu overview']),
    ).toBe(1);
  });
});

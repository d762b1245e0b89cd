import type { TalkLink } from './meetup.js';

/** A label that says what follows is the slides: `資料 <…>`, `slides: …`, `[スライド](…)`. */
const SLIDES_LABEL = /^(?:発表|登壇)?(?:資料|スライド)|^(?:slides?|slide deck|deck)\b/i;
/** Words that name slides anywhere in a link's own text (`… - Slide - example.com`). */
const SLIDES_WORD = /スライド|(?:発表|登壇)資料|(?:^|[^a-z])(?:slides?|slide deck)(?:[^a-z]|$)/i;
/** ビデオ and 映像 as words of their own, not the start of a compound (ビデオ会議, 映像処理). */
const VIDEO_NOUN = '(?:ビデオ|映像)(?![\\p{sc=Han}\\p{sc=Katakana}ー])';
const VIDEO_LABEL = new RegExp(
  `^(?:発表|登壇|講演)?(?:動画|録画|アーカイブ|${VIDEO_NOUN})|^(?:video|recording|youtube)\\b`,
  'iu',
);
const VIDEO_WORD = new RegExp(
  `動画|録画|${VIDEO_NOUN}|(?:^|[^a-z])(?:video|recording)(?:[^a-z]|$)`,
  'iu',
);
const SLIDES_HEADING =
  /^(?:(?:発表|登壇|当日の?)?(?:資料|スライド)(?:一覧|まとめ|リンク)?|(?:presentation |talk )?(?:slides|slide decks?|decks)(?: links?)?)$/i;
const SLIDES_HOST =
  /(?:^|\.)(?:speakerdeck\.com|slideshare\.net|docswell\.com|slides\.com|prezi\.com)$/;
/** Video sites, and the recordings older notes link to (Ustream, niconico's videos, not its other sites). */
const VIDEO_HOST =
  /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|ustream\.tv|nico\.ms)$|^(?:www\.|sp\.|live\.)?nicovideo\.jp$/;

/**
 * What a link is, from where it points (the hosts people put decks and recordings on, Google
 * Slides, a personal site's `/slides/…`) or from the words around it; `undefined` for any other
 * link (a reference, a product page).
 */
export function linkKind(label: string, text: string, url: string): TalkLink['kind'] | undefined {
  const hosted = hostedKind(url);
  if (hosted) return hosted;
  if (SLIDES_LABEL.test(label) || SLIDES_LABEL.test(text) || SLIDES_WORD.test(text))
    return 'slides';
  if (VIDEO_LABEL.test(label) || VIDEO_LABEL.test(text) || VIDEO_WORD.test(text)) return 'video';
  return undefined;
}

/** The kind of a link from its URL alone: a deck's or a video's host, or a /slides path. */
export function hostedKind(url: string): TalkLink['kind'] | undefined {
  if (!URL.canParse(url)) return undefined;
  const { hostname, pathname } = new URL(url);
  if (VIDEO_HOST.test(hostname)) return 'video';
  if (SLIDES_HOST.test(hostname)) return 'slides';
  if (hostname === 'docs.google.com' && pathname.startsWith('/presentation/')) return 'slides';
  if (/\/slides?(?:\/|$)/i.test(pathname)) return 'slides';
  return undefined;
}

/**
 * The sites where a link to one account's page (one path segment after these) is a person's
 * profile, as a regular expression's alternatives: a social site, a code host, a blog platform,
 * an event site's user page.
 */
const PROFILE_SITES = [
  'twitter\\.com',
  'x\\.com',
  'facebook\\.com',
  'instagram\\.com',
  'linkedin\\.com/in',
  'github\\.com',
  'qiita\\.com',
  'zenn\\.dev',
  'note\\.com',
  'speakerdeck\\.com',
  'connpass\\.com/user',
  'medium\\.com',
  'bsky\\.app/profile',
].join('|');
/** One account's page: its path and no more, maybe with a query (`?lang=ja`) or a fragment. */
export const PROFILE_PATH = `(?:www\\.|mobile\\.)?(?:${PROFILE_SITES})/[^/?#\\s]+/?(?:[?#]\\S*)?`;
const PROFILE_LINK = new RegExp(`^https?://${PROFILE_PATH}$`, 'i');

/** Whether a link goes to a person's profile (see {@link PROFILE_PATH}), not to a thing. */
export function isProfileLink(url: string): boolean {
  return PROFILE_LINK.test(url);
}

/**
 * A heading over a recording and nothing else: the word alone (`動画`, `Video`, `録画`), maybe in
 * brackets after a few words (`当日の様子(動画)`). Not a topic that begins with it (`動画配信基盤
 * の構成`, `Recording rules`), nor one naming slides too (`資料・動画`).
 */
const VIDEO_HEADING =
  /^(?:[^()（）]{0,16}[(（])?(?:動画|録画|ビデオ|映像|アーカイブ|videos?|recordings?)[)）]?$/i;

/**
 * The kind of link a heading says the links under it are: a recording (see
 * {@link VIDEO_HEADING}) or slides (`資料`, `Slides`). A link standing alone under it is of
 * that kind.
 */
export function headingKind(title: string | undefined): TalkLink['kind'] | undefined {
  if (title === undefined) return undefined;
  if (isSlidesHeading(title)) return 'slides';
  return VIDEO_HEADING.test(title.normalize('NFKC')) ? 'video' : undefined;
}

/** A heading over slide links only: `資料`, `発表資料`, `スライド`, `Slides`. */
export function isSlidesHeading(title: string): boolean {
  return SLIDES_HEADING.test(title.normalize('NFKC').trim());
}

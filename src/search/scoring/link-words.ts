import type { TalkLink } from '../../content/meetup.js';

/**
 * The words of a question that ask where a talk's recording or slides are, on normalized text
 * (NFKC, lower case). Such a word says which link to show, not which talk: it weighs
 * `words.linkWord` (see profile.ts). One list for both uses, so every word that asks for a link
 * also says which kind.
 */
const VIDEO = [
  'video',
  'recording',
  'youtube',
  'archive',
  '動画',
  '録画',
  'アーカイブ',
  'ビデオ',
  '映像',
];
const SLIDES = ['slide', 'slides', 'slide deck', 'deck', 'スライド', '資料'];

/** Link words that begin compounds naming a topic (ビデオ会議, 映像処理): a word only on their own. */
const NOT_BEFORE_MORE: ReadonlySet<string> = new Set(['ビデオ', '映像']);
const wordsPattern = (words: readonly string[]) =>
  new RegExp(
    words
      .map((w) =>
        /^[a-z ]+$/.test(w)
          ? `(?<![a-z])${w}(?![a-z])`
          : NOT_BEFORE_MORE.has(w)
            ? `${w}(?![\\p{sc=Han}\\p{sc=Katakana}ー])`
            : w,
      )
      .join('|'),
    'u',
  );

/** The link words that ask for a recording. */
export const VIDEO_WORDS = wordsPattern(VIDEO);
/** The link words that ask for slides. */
export const SLIDE_WORDS = wordsPattern(SLIDES);
/** Any word asking for a link. */
export const LINK_WORDS = wordsPattern([...VIDEO, ...SLIDES]);

/** Japanese words that name the talk or its event before a link word: 発表資料, 勉強会資料. */
const TALK_BEFORE = '発表|講演|登壇|当日|トーク|セッション|lt|勉強会|イベント|会';
/** Japanese words after a link word that still ask for it: 資料公開, スライドリンク. */
const ASKED_AFTER = '公開|共有|リンク|url';
/**
 * English link words asked for as links: not "deck" alone (a product's Deck UI) nor "archive"
 * (a log archive), and not "recording" before "rule" (a metrics recording rule).
 */
const englishAsked = (words: readonly string[]) =>
  words
    .filter((w) => w !== 'archive' && w !== 'deck')
    .map((w) => `(?<![a-z])${w === 'recording' ? 'recording(?! rules?(?![a-z]))' : w}(?![a-z])`);
const isEnglish = (word: string) => /^[a-z ]+$/.test(word);

/** A link word asked for as a link, with the kind it asks for (see {@link linkAsked}). */
const LINK_ASKED: readonly (readonly [RegExp, TalkLink['kind']])[] = (
  [
    [VIDEO, 'video'],
    [SLIDES, 'slides'],
  ] as const
).map(([words, kind]) => [
  new RegExp(
    [
      `(?:(?<![\\p{sc=Han}\\p{sc=Katakana}ー])|(?<=${TALK_BEFORE}))(?:${words.filter((w) => !isEnglish(w)).join('|')})(?:(?=${ASKED_AFTER})|(?![\\p{sc=Han}\\p{sc=Katakana}ー]))`,
      ...englishAsked(words.filter(isEnglish)),
    ].join('|'),
    'u',
  ),
  kind,
]);

/**
 * The kind of link a normalized question asks for itself, if it asks for one: a Japanese link
 * word standing alone, after a word for the talk or its event (発表資料, 勉強会資料) or before
 * one asking for it (資料公開), not inside another compound (社内資料, 動画配信, 録画機能); an
 * English one as {@link englishAsked} takes it. A recording asked for goes before slides.
 */
export function linkAsked(question: string): TalkLink['kind'] | undefined {
  return LINK_ASKED.find(([pattern]) => pattern.test(question))?.[1];
}

/**
 * The words of a question asking for an address that name the address, not the talk (url, link,
 * リンク, repository, リポジトリ, source code): like the words for slides, they weigh
 * `words.linkWord` when {@link urlAsked} (a passage need not say "repository" to hold one).
 */
export const ADDRESS_WORDS =
  /^(?:urls?|links?|リンク|repos?|repository|repositories|リポジトリ|レポジトリ|ソースコード|ソース)$/;

/** What may follow a repository asked for: the question's end or its verb, not another noun. */
const REPO_ASKED_AFTER = String.raw`(?=\s*(?:[?？!]|$|(?:for|of|has|holds|is|was|are|did|does|do|that|where|with|it's|its)(?![a-z])))`;
/**
 * A question asking for an address rather than slides or a recording, in the words that ask for
 * one: a URL or a link "of", "for" or "to" something, "any link?", "the URL?", "where is the
 * link", a short "github link?"; which repository ("which repo has it?", not "which repository
 * pattern"); where the repository or the source code is, or whether there is one on a code
 * host or they shared it ("is there a github repo for it?", "do they have the source code?",
 * リポジトリある?, ソースコードは公開されてる?); リンク or URL before ある, 教えて, どこ,
 * 知りたい or the end, or before は or って that go on asking (URLは?, URLってどこ; not URLは何分
 * 有効). A URL or a link named as a topic ("presigned urls", "the broken links", リンク切れ,
 * URLの設計) asks for none.
 */
const URL_ASKED = new RegExp(
  [
    '(?<![a-z])(?:urls?|links?) (?:of|for|to)(?![a-z])',
    // A short question, the word and its thing: "link?", "github link?", "repo link pls"; not a
    // plural after a word ("broken links?", "presigned urls?"), which names a topic.
    String.raw`^\s*(?:[^\s?]+ )?(?:url|link)(?: pl(?:ease|s|z))?\s*[?？!]*\s*$|^\s*(?:urls|links)\s*[?？!]*\s*$`,
    // "any links?", "got the link?": a plural after "the" or "a" names links as a topic.
    String.raw`(?<![a-z])(?:(?:any|got|have|share|send|post|need)(?: [^\s?]+){0,3}? (?:urls?|links?)|(?:a|the)(?: [^\s?]+){0,3}? (?:url|link))(?=\s*(?:[?？!]|$|pl(?:ease|s|z)(?![a-z])))`,
    String.raw`(?<![a-z])where(?:'s|’s| is| are)(?: \S+){0,3}? (?:urls?|links?)(?![a-z])`,
    String.raw`(?<![a-z])(?:which|what)(?:'s|’s| is| was)?(?: \S+){0,2}? (?:repo|repository)${REPO_ASKED_AFTER}`,
    String.raw`(?<![a-z])where(?:'s|’s| is| are| can i (?:find|get|see))(?: \S+){0,4}? (?:repo|repository|source code)(?![a-z])`,
    // Whether there is one on a code host, or whether they shared theirs: "is there a github repo
    // for it?", "do they have the source code?" (not "is there a repo for each team?", a design).
    String.raw`(?<![a-z])(?:(?:is there|are there)(?: (?:a|an|the|any))?(?: public)? (?:github|gitlab|bitbucket) (?:repos?|repositor(?:y|ies))|(?:do(?:es)? (?:they|he|she|it) have|did (?:they|he|she) (?:share|publish|post))(?: (?:a|an|the|their|his|her|its))?(?: [^\s?]+)? (?:repos?|repositor(?:y|ies)|source code))${REPO_ASKED_AFTER}`,
    String.raw`(?:(?<![\p{sc=Katakana}ー])リンク(?![\p{sc=Katakana}ー])|(?<![a-z])url)(?:(?:は|って)(?=\s*[?？]|$|どこ|何(?![分秒時日回個人件本台])|なに|わか|分か|知)|が(?:知りたい|欲しい|ほしい|あれば|わか|分か)|を(?:教え|ください|下さい|知りたい|共有)|ある|あり|教え|ください|下さい|ちょうだい|わか|分か|知って|知りたい|どこ|\s*[?？]|\s*$)`,
    String.raw`どの(?:\S{0,8}の)?リポジトリ|(?:リポジトリ|ソースコード|(?<![\p{sc=Katakana}ー])ソース)(?:は|って)?(?:どこ(?!まで)|ある(?:の|かな)?\s*(?:[?？]|$)|公開され(?:てる|ている|てます|た|ました)(?:の|か)?\s*(?:[?？]|$))`,
  ].join('|'),
  'u',
);

/**
 * Whether a normalized question asks for an address of its own kind: a repository, a blog, a
 * site. A question asking for slides or a recording is {@link linkAsked}'s, not this one's.
 */
export function urlAsked(question: string): boolean {
  return linkAsked(question) === undefined && URL_ASKED.test(question);
}

import type { RootContent } from 'mdast';
import { isSlidesHeading, linkKind } from './link-kind.js';
import { blockText, cleanTitle, inlineText, linksIn } from './markdown-text.js';

/**
 * What a talk-level heading is: a talk; a group whose sub-headings are the talks (`## LT`
 * with `### …` under it); a slides list (`## 資料`) whose links belong to the talks it names;
 * or the meetup's own particulars (`## 開催概要`, `## 日時`, `## 会場`), which are no talk.
 */
export type HeadingRole = 'talk' | 'group' | 'slides' | 'about';

/** Headings over what the meetup is, when and where, not over a talk. */
const ABOUT_MEETUP =
  /^(?:開催|イベント|基本)?(?:概要|情報|日時|日程|会場|場所)(?:[・/、](?:日時|日程|会場|場所))*$|^(?:about|overview|event info|date|venue|hashtags?|ハッシュタグ)$/i;

const GROUP_WORD =
  '(?:keynotes?|基調講演|招待講演|特別講演|sessions?|セッション|talks?|lts?|lightning ?talks?|ライトニングトーク|発表|登壇|講演|本編|一般(?:発表|講演|セッション)|スポンサー ?(?:セッション|lt|トーク)?|sponsor(?:ed)? (?:sessions?|talks?|lts?)|day ?\\d+|tracks? ?[a-z0-9]?|トラック ?[a-z0-9]?|第.部|前半|後半|午前の部|午後の部|part ?\\d+)';
/** A heading that is only a kind of talk, a part or a track, with a number, a time or a note. */
const GROUP_TITLE = new RegExp(
  `^(?:${GROUP_WORD})(?:\\s*[・/&,、]\\s*${GROUP_WORD})*\\s*(?:枠|一覧|編)?\\s*\\d*\\s*(?:\\([^)]*\\))?\\s*(?:\\d{1,2}:\\d{2}\\s*[-~〜]\\s*\\d{1,2}:\\d{2})?$`,
  'i',
);
/**
 * A heading naming the day's programme (タイムテーブル, スケジュール, Timetable): the headings under
 * it are the programme's items, each a talk, whatever their words (an `Introduction` there is
 * the day's opening, not a part of one talk), unless every one names a part (a talk called
 * "Schedule" over its 概要 and まとめ).
 */
const PROGRAMME_TITLE =
  /^(?:当日の)?(?:タイム ?(?:テーブル|スケジュール|ライン)|スケジュール|プログラム)$|^(?:time ?table|schedule|programm?e?)$/i;
/**
 * A word for the talks with 情報 or 内容 after it (登壇情報, 発表内容): over talks, as a group's
 * name is, but as often over the parts of one talk (what it said), so it groups only sub-headings
 * that read as talks or none of which reads as a part.
 */
const CONTENTS_TITLE = new RegExp(`^(?:${GROUP_WORD})\\s*(?:情報|内容)$`, 'i');
/** A speaker's mark in a heading: `… by @alice`, `@alice`, `alice さん`. */
const SPEAKER_MARK = /\sby\s|@[\w.-]+|さん|氏/i;
/** A speaker in a sub-heading: also `(alice)` at its end, or a tab before the name. */
const SPEAKER = new RegExp(`${SPEAKER_MARK.source}|[)）]\\s*$|\\t\\S`, 'i');
/**
 * A heading naming its own speaker (`… @alice`, `(@alice)`, `aliceさん「…」`, `… by Alice`): one
 * talk's title. Not みなさん, たくさん, お客さん or スポンサーさん, nor any of them in a heading that
 * starts with a group's word (`LT by sponsors`, `LT大会 @venue`).
 */
const OWN_SPEAKER = new RegExp(
  `^(?!${GROUP_WORD}(?![a-z])).*(?:@[\\w.-]+|(?<!みな|皆|たく|だく|スポンサー|お客|奥|父|母|兄|姉)(?:さん|氏)|\\sby\\s)`,
  'i',
);
/** Headings that name a part of one talk, not a talk (who gave it and its slides: only as the whole word). */
const SECTION_WORD =
  /^(?:概要|まとめ|背景|課題|目的|目次|アジェンダ|agenda|デモ|demo|q ?& ?a|質疑|質問|感想|所感|summary|overview|intro(?:duction)?|はじめに|おわりに|自己紹介|参考|links?|リンク|architecture|アーキテクチャ|構成|結論|今後|future|next steps?|資料)|^(?:登壇者|発表者|スピーカー|スライド|speakers?|slides?)(?:$|[\s:：(（])/i;
/** Whether a heading names a part of one talk (概要, まとめ, 自己紹介, スライド), not a talk. */
export function namesAPart(title: string): boolean {
  return SECTION_WORD.test(cleanTitle(title));
}

/** A group's own text may be one short line (`5分 × 4本`, a time); more means it is a talk. */
const GROUP_BODY_CHARS = 40;

interface Heading {
  readonly index: number;
  readonly depth: number;
  readonly raw: string;
}

/**
 * Decides, for every heading at `talkDepth` after the meetup's heading, whether it is a talk, a
 * group of talks or a slides list. A heading is a group when it has sub-headings and either
 * says so (`Keynote`, `セッション`, `LT`, `第1部`…) and has next to no text of its own or
 * sub-headings that are not its sections, or has next to no text and at least two
 * sub-headings that read as talks (a speaker, a slide link), more than twice those that read
 * as a section (`概要`, `まとめ`, `Q&A`…), and does not name a speaker of its own. A talk with plain parts
 * (`## What's Tanzu?` over `### Architecture`) stays one talk.
 */
export function headingRoles(
  nodes: readonly RootContent[],
  from: number,
  talkDepth: number,
): Map<number, HeadingRole> {
  const headings: Heading[] = [];
  nodes.forEach((node, index) => {
    if (index >= from && node.type === 'heading')
      headings.push({ index, depth: node.depth, raw: inlineText(node.children) });
  });
  const roles = new Map<number, HeadingRole>();
  headings.forEach((heading, h) => {
    if (heading.depth !== talkDepth) return;
    const title = cleanTitle(heading.raw).normalize('NFKC');
    if (isSlidesHeading(title) || ABOUT_MEETUP.test(title)) {
      roles.set(heading.index, isSlidesHeading(title) ? 'slides' : 'about');
      return;
    }
    const next = headings.slice(h + 1);
    const endAt = next.findIndex((n) => n.depth <= talkDepth);
    const inside = endAt < 0 ? next : next.slice(0, endAt);
    const children = inside.filter((n) => n.depth === talkDepth + 1);
    const bodyEnd = inside[0]?.index ?? next[endAt]?.index ?? nodes.length;
    const body = nodes
      .slice(heading.index + 1, bodyEnd)
      .filter((n) => n.type !== 'thematicBreak' && n.type !== 'html');
    const nearlyEmpty =
      body.length <= 1 &&
      body
        .map((n) => blockText(n))
        .join('\n')
        .trim().length <= GROUP_BODY_CHARS;
    const named = GROUP_TITLE.test(title);
    // The sub-headings are read only for a heading that may be a group (named so, or with next
    // to no text): at 10,000 talks, reading every talk's sub-headings for slide links took a
    // tenth of the notes' parse.
    const end = next[endAt]?.index ?? nodes.length;
    const talkLike = () => atLeastTwo(children, (c) => readsAsTalk(c, nodes, inside, end));
    const isSection = (c: Heading) => namesAPart(c.raw);
    const sectionLike = () => children.some(isSection);
    const contents = !named && CONTENTS_TITLE.test(title);
    const group =
      children.length > 0 &&
      ((PROGRAMME_TITLE.test(title) && children.length >= 2 && !children.every(isSection)) ||
        (named && (nearlyEmpty || talkLike() || (children.length >= 2 && !sectionLike()))) ||
        (contents && (talkLike() || (children.length >= 2 && !sectionLike()))) ||
        (nearlyEmpty &&
          !ownTalk(title, children) &&
          talksOutnumberSections(children, isSection, (c) => readsAsTalk(c, nodes, inside, end))));
    roles.set(heading.index, group ? 'group' : 'talk');
  });
  return roles;
}

/**
 * Whether a heading is one talk for naming its own speaker, over sub-headings that name none
 * (they read as talks by a bracket at their end, `One role (SRP)`, which a part's title has too).
 */
function ownTalk(title: string, children: readonly Heading[]): boolean {
  return OWN_SPEAKER.test(title) && !children.some((c) => SPEAKER_MARK.test(c.raw));
}

/**
 * Whether at least two sub-headings read as talks (a speaker, a slide link) and they are more
 * than twice those that read as a part of one talk (`概要`, `まとめ`…): a long list of talks may
 * end with a part of the meetup's own, or hold a talk whose title begins with a section's word
 * (`Introduction to …`), while a talk with parts has about as many parts as speakers. A
 * sub-heading naming its speaker is a talk whatever its first word. The parts are counted first,
 * and the talks only until there are enough: a group of thousands of talks is not read through.
 */
function talksOutnumberSections(
  children: readonly Heading[],
  isSection: (c: Heading) => boolean,
  isTalk: (c: Heading) => boolean,
): boolean {
  const part = (c: Heading) => isSection(c) && !SPEAKER_MARK.test(c.raw);
  const sections = children.filter(part).length;
  const needed = Math.max(2, 2 * sections + 1);
  let talks = 0;
  for (const c of children) if (!part(c) && isTalk(c) && ++talks >= needed) return true;
  return false;
}

/** Whether at least two of `items` pass `test`, read no further than the second. */
function atLeastTwo<T>(items: readonly T[], test: (item: T) => boolean): boolean {
  let count = 0;
  for (const item of items) if (test(item) && ++count === 2) return true;
  return false;
}

function readsAsTalk(
  child: Heading,
  nodes: readonly RootContent[],
  inside: readonly Heading[],
  end: number,
): boolean {
  if (SPEAKER.test(child.raw.trim()) || /^<?https?:\/\/\S+>?$/.test(child.raw.trim())) return true;
  const after = inside.find((n) => n.index > child.index);
  const body = nodes.slice(child.index + 1, after?.index ?? end);
  return body.some((node) =>
    linksIn(node).some((l) => linkKind(l.label, l.text, l.url) !== undefined),
  );
}

/**
 * The headings that name a part each talk has (`## 概要`, `## 感想` after every `## Talk title`),
 * written at the level of the talks: a title that comes back at one level, each time after a
 * heading of that level of its own, one that does not come back (its talk), with no heading
 * above that level between them (a day's or a track's). Not a title naming a slot of the
 * programme (`LT`, `発表 2`, オープニング, 休憩, 懇親会), a speaker or a link, nor a heading read
 * as a group of talks (`roles`): a repeated `## LT` heads a talk each time, a day's closing is
 * its own. Two talks of one title, or a title before any talk, stay talks. Indexes into `nodes`.
 */
export function repeatedParts(
  nodes: readonly RootContent[],
  from: number,
  roles: ReadonlyMap<number, HeadingRole>,
): ReadonlySet<number> {
  const headings: { index: number; depth: number; key: string; title: string }[] = [];
  const count = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (index < from || node.type !== 'heading') return;
    // As written: cleaning would make 事例 (A社) and 事例 (B社) one title.
    const title = inlineText(node.children).normalize('NFKC').trim();
    const key = `${node.depth} ${title}`;
    headings.push({ index, depth: node.depth, key, title });
    count.set(key, (count.get(key) ?? 0) + 1);
  });
  const repeated = (key: string, title: string, index: number) =>
    (count.get(key) ?? 0) >= 2 &&
    title !== '' &&
    !namesATalk(title) &&
    roles.get(index) !== 'group';
  // Per depth, the heading of its own the next repeated title would belong to, and the titles
  // already placed under it; a title placed twice under one heading, or with none, is no part.
  const anchors = new Map<number, { placed: Set<string> }>();
  const parts: { key: string; index: number }[] = [];
  const refused = new Set<string>();
  for (const { index, depth, key, title } of headings) {
    for (const d of anchors.keys()) if (d > depth) anchors.delete(d);
    if (!repeated(key, title, index)) {
      anchors.set(depth, { placed: new Set() });
      continue;
    }
    const anchor = anchors.get(depth);
    if (anchor === undefined || anchor.placed.has(key)) refused.add(key);
    else anchor.placed.add(key);
    parts.push({ key, index });
  }
  return new Set(parts.filter((part) => !refused.has(part.key)).map((part) => part.index));
}

/** A slot of the programme, not a part of a talk (the opening, a break, the party after). */
const PROGRAMME_SLOT =
  /^(?:オープニング|クロージング|休憩|ランチ|昼休み|懇親会|受付|開場|開会|閉会|opening|closing|break|lunch|party|networking)/i;

/** A title that names a talk or a slot of the programme (`LT`, `発表 2`, `@alice`, a link). */
function namesATalk(title: string): boolean {
  const cleaned = cleanTitle(title).normalize('NFKC');
  return (
    GROUP_TITLE.test(cleaned) ||
    PROGRAMME_SLOT.test(cleaned) ||
    /(?<![a-z])(?:lt|lightning ?talks?)(?![a-z])/i.test(cleaned) ||
    SPEAKER.test(title) ||
    /https?:\/\//.test(title)
  );
}

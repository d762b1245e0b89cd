import { PROFILE_PATH } from '../content/link-kind.js';

/**
 * Questions that ask for a person ("Who gave the talk on X?", "Xを作ったのは誰?") and whether a
 * talk names one. Like a number question (answer-type.ts), such a question has no answer in a
 * talk whose notes name nobody, however well its words match: bullets that say what happened,
 * what was shown or what was handed out do not say who did it. A question asking who a talk is
 * for, or which company sponsored it, reads as one asking for a person too: it is answered when
 * the talk names someone, and otherwise gets "no answer" with the talk among the closest.
 */

/**
 * "Who" opening the question or a clause of it ("…, and who…"), not inside another clause ("the
 * tool that shows who signed an image" asks which tool). 誰/だれ/どなた, but not 誰でも or 誰にでも
 * (anyone), 誰しも (everyone), 誰か (someone) or 誰も (nobody). On normalized text (lower case).
 */
const ASKS_FOR_PERSON =
  /(?:^|[.?!,;:、。]\s*|(?<![a-z])(?:and|so|then) )who(?![a-z])|(?:誰|だれ|どなた)(?!に?でも|しも|か|も)/;

/**
 * How notes name a person: a name with an honorific (山田さん, Alexさん, 佐藤 氏; not 皆さん, みなさん,
 * お客さん, たくさん or 氏名), a handle (@name; not an email's domain, a package scope such as
 * @types/x or a chat's @channel), a label (登壇者: …, Speaker: …), or a katakana full name of two
 * parts joined by its middle dot where a name stands: after a word for the guest or the speaker
 * (ゲストはジョン・スミス) or before an affiliation in brackets (ジョン・スミス（CNCF）). Notes join
 * things with the dot too (ログ・メトリクスを一か所に集める): read anywhere, it cost two sets a
 * "no answer" and found no speaker. The honorific must not run on into a Latin word (さんplus is no
 * name). 様, formal notes' honorific for an invited speaker, counts only a space after a name
 * and ending a word (山田 太郎 様): written on, it ends words as often (仕様, 同様, お客様), and
 * starts some (様々, 様式). The label's lookbehind runs only where katakana starts: read at every
 * place of a long run of spaces, its spaces on either side of an optional は took seconds.
 */
const HONORIFIC_NAME =
  '(?:(?<![皆客]|みな|たく)(?<=[^\\s、。「」()（）]\\s?)(?:さん|氏(?!名)|くん)|(?<=[^\\s、。「」()（）]\\s)(?<!(?:客|皆)\\s)様(?=$|[\\s、。,.)）」』!！?？:：/|]))(?![A-Za-z0-9])';
const HANDLE =
  '(?<![A-Za-z0-9._+-])@(?!(?:channel|here|everyone)(?![A-Za-z0-9_]))[A-Za-z0-9_]{2,}(?![/A-Za-z0-9_])';
/**
 * Words that label the speaker, as a word of their own (not スマートスピーカー or loudspeakers),
 * maybe with 名 (登壇者名); スピーカ too, as normalized text writes スピーカー.
 */
const KATAKANA_FULL_NAME =
  '(?:(?=[\\p{sc=Katakana}ー])(?<=(?:ゲスト|講師|登壇者?|発表者|スピーカー?|speakers?|presenters?|by)\\s*(?:(?:は|:|：)\\s*)?)[\\p{sc=Katakana}ー]{2,}[・･][\\p{sc=Katakana}ー]{2,}|(?<![\\p{sc=Katakana}ー・･])[\\p{sc=Katakana}ー]{2,}[・･][\\p{sc=Katakana}ー]{2,}(?=\\s*[（(][^）)]{1,40}[）)]))(?![\\p{sc=Katakana}ー・･])';
const SPEAKER_WORDS =
  '(?<![\\p{L}\\p{N}])(?:(?:登壇者|発表者|講師|スピーカー?)名?|speakers?|presenters?)(?![\\p{L}\\p{N}])';
/** A label and its value: not a number (Number of speakers: 5 counts them). */
const LABEL = `${SPEAKER_WORDS}\\s*[:：](?!\\s*\\d)`;
/**
 * A table whose header (its passage's first line) has a cell for the speaker, with a row under
 * it (| Title | Speaker |): its rows name the speakers, one cell each, with no label beside them.
 */
const SPEAKER_CELL = `[ \\t]*${SPEAKER_WORDS}[ \\t]*`;
const SPEAKER_TABLE = `^(?:${SPEAKER_CELL}\\|[^\\n]*|[^\\n]*\\|${SPEAKER_CELL}(?:\\|[^\\n]*)?)\\n[^\\n]*\\|`;
const SPEAKER_TABLE_AT = new RegExp(SPEAKER_TABLE, 'iu');
const PERSON_IN_TEXT = new RegExp(
  [HONORIFIC_NAME, HANDLE, KATAKANA_FULL_NAME, LABEL, SPEAKER_TABLE].join('|'),
  'iu',
);
/**
 * A talk's title also names its speaker at its end: after "by" (A talk title by someone, … by
 * @someone; not "step by step"), after a spaced dash (A talk title – someone, … - Jo Doe; not a
 * time range or a number), or in parentheses (Cache invalidation （someone）) that hold no digit
 * and are no mark of the talk itself: (仮) for a tentative title, (LT), (Part 2), (前編).
 */
const PERSON_IN_TITLE =
  /(?<![a-z])by (?!step(?![a-z]))(?<by>\S+(?: \S+)?)\s*$|(?<![0-9:]) [-–—] ?(?![0-9])(?<dash>[^\s–—-]+(?: [^\s–—-]+)?)\s*$|[(（](?![^()（）]*\d)(?!(?:仮|lt|part|前編|後編|再演)[)）])(?<inner>[^()（）]{2,40})[)）]\s*$/i;

/**
 * A programme's slot, its speaker and its title in 「」 or 『』, joined by colons (LT 2：someone：
 * 「…」): the speaker between the colons, one or two words, not a programme's word (基調講演,
 * Keynote, Day 1) or a phrase (初心者向け: kana is no name's), read on what comes before the
 * title's bracket, so a long title is never scanned once per colon.
 */
const COLON_SLOT = /[:：]\s*([^\s:：「」『』]{2,30}(?: [^\s:：「」『』]{1,30})?)\s*[:：]\s*$/u;
const NOT_A_SPEAKER =
  /^$|^(?:基調講演|招待講演|特別講演|講演|発表|登壇|セッション|session|keynote|lts?|ライトニングトーク|パネル|panel|オープニング|クロージング|opening|closing|day ?\d+|tracks? ?\w?|トラック ?\w?)$|[\p{sc=Hiragana}]/iu;
function colonSpeaker(title: string): string | undefined {
  const trimmed = title.trimEnd();
  if (!/[」』]$/.test(trimmed)) return undefined;
  const open = Math.max(trimmed.lastIndexOf('「'), trimmed.lastIndexOf('『'), 0);
  const name = COLON_SLOT.exec(trimmed.slice(0, open))?.[1] ?? '';
  return NOT_A_SPEAKER.test(name) ? undefined : name;
}

/**
 * A name with its honorific, as a title writes it (鈴木さん, Bob氏, @alice さん): a short run of
 * a name's characters (not a separator, a bracket or a quote), not 父, 母 and the like before さん.
 */
const NAME_WITH_HONORIFIC = new RegExp(
  `[^\\s「」『』()（）\\[\\]【】:：/／|・]{1,12}\\s?(?<!お父|お母|父|母|兄|姉|奥|おじ|おば)${HONORIFIC_NAME}`,
  'u',
);
/** A handle opening or closing the title (@alice …, … @alice さん): one inside names a product. */
const HANDLE_AT_EDGE = new RegExp(`^\\s*(${HANDLE})|(${HANDLE})\\s*(?:さん|氏)?\\s*$`);
const KATAKANA_NAME_IN_TITLE = new RegExp(KATAKANA_FULL_NAME, 'u');
/** Words of an affiliation: a name in brackets with one of them is where the speaker works. */
const AFFILIATION_WORDS =
  '株式会社|有限会社|合同会社|大学$|研究所$|(?<![a-z])(?:inc|corp|llc|ltd|gmbh|co\\.)(?![a-z])';
const AFFILIATION = new RegExp(AFFILIATION_WORDS, 'i');
/**
 * A company's or a department's word, which a speaker's line adds to the name (開発本部, 株式会社,
 * 基盤グループ, SRE部, 開発センター): a department's name of two characters or more before 部, 課,
 * 室 or グループ (not 全部, 一部, 外部 or 内部), or of two kanji or more before センター (not
 * データセンター).
 */
const ORGANIZATION = new RegExp(
  `${AFFILIATION_WORDS}|(?<![\\p{sc=Han}\\p{sc=Katakana}ーA-Za-z])(?:[\\p{sc=Han}\\p{sc=Katakana}ー]{2,}|[A-Za-z]{2,})(?:部|課|室|グループ)(?=\\s|$)|(?<![\\p{sc=Han}\\p{sc=Katakana}ー])\\p{sc=Han}{2,}センター(?=\\s|$)`,
  'iu',
);
/**
 * A name's words before an affiliation in brackets: one or two, each a capitalized Latin word
 * (Jo Doe) or a short run of kanji or katakana (山田 太郎), after a space or at the title's start.
 */
const NAME_BEFORE =
  /(?:^|\s)((?:[A-Z][a-zA-Z.'-]{0,15}|[\p{sc=Han}\p{sc=Katakana}ー]{1,5})(?: (?:[A-Z][a-zA-Z.'-]{0,15}|[\p{sc=Han}\p{sc=Katakana}ー]{1,5}))?)\s*$/u;
/**
 * Brackets ending a title that hold no name: a part or an edition (基礎編, 改訂版, 第2章), or a
 * phrase (会社紹介あり: kana is no name's), or English words in lower case (revisited).
 */
const PART_OR_PHRASE =
  /(?:編|篇|版|章|部|回|入門|向け|特集|まとめ|前半|後半|歓迎|ハンズオン|オンライン|デモ)\s*$|[\p{sc=Hiragana}]|^[a-z]+(?: [a-z]+)+$|^(?:[Rr]evisited|[Rr]eloaded|[Rr]emix|[Aa]gain|[Cc]ontinued|[Ee]xtended|[Rr]edux|[Bb]eta|WIP|wip|[Dd]raft|[Dd]eep [Dd]ive|[Hh]ands-on|[Oo]nline)$/u;
/** A title's text in 「」 or 『』: its own words, where a name is a topic, not the speaker. */
const QUOTED = /「[^「」]*」|『[^『』]*』/g;

/**
 * The speaker a talk's title names plainly, as it writes them: the name between a slot's colons,
 * after "by" or a spaced dash ({@link PERSON_IN_TITLE}); else a name with its honorific, a handle
 * at the title's start or end, or a katakana full name, outside the title's own words in 「」. A
 * question asking who gave a talk is answered by it when the talk's notes name nobody.
 */
export function titleSpeaker(title: string): string | undefined {
  const { by, dash } = PERSON_IN_TITLE.exec(title)?.groups ?? {};
  const ending = colonSpeaker(title) ?? by ?? dash;
  if (ending !== undefined) return ending;
  const own = title.replace(QUOTED, ' ');
  const handle = HANDLE_AT_EDGE.exec(own);
  return (
    NAME_WITH_HONORIFIC.exec(own)?.[0] ??
    handle?.[1] ??
    handle?.[2] ??
    KATAKANA_NAME_IN_TITLE.exec(own)?.[0]
  );
}

/**
 * A name in brackets ending a talk's title, unless they hold a part or a phrase (基礎編,
 * ハンズオン): with an affiliation in them, the name's words before them too (山田 太郎（株式会社 X）),
 * or the affiliation alone. Brackets hold other things as often, so a line of the notes naming
 * someone goes before it.
 */
export function bracketSpeaker(title: string): string | undefined {
  const found = PERSON_IN_TITLE.exec(title);
  if (found?.groups?.inner === undefined) return undefined;
  const inner = found.groups.inner;
  if (!AFFILIATION.test(inner)) return PART_OR_PHRASE.test(inner) ? undefined : inner.trim();
  const before = title.slice(0, found.index);
  const name = NAME_BEFORE.exec(before)?.[1];
  return name === undefined ? inner.trim() : title.slice(before.lastIndexOf(name)).trim();
}

/** The talk's own things, whose maker is its speaker: slides, a demo, the talk itself. */
const TALK_THINGS_EN = 'slides?|deck|demos?|talks?|lts?|presentations?|blog posts?|posts?|videos?';
const TALK_THINGS_JA = '資料|スライド|デモ|発表|LT|lt|ブログ|記事|動画';
/**
 * Where such a thing's name ends (after at most one more such word: "the talk slides"): the
 * question, a clause or a preposition follows ("the slides for the talk", "the demos shown in
 * the keynote"), not another noun ("the LT timer bot", "the deck template" are things made).
 */
const THING_ENDS = String.raw`(?: (?:slides?|deck|demos?|videos?))?(?=\s*(?:$|[?.!,]|(?:for|at|about|of|in|on|from|with|and|shown|used|given|presented)(?![a-z])))`;

/**
 * "Who made X", "Xを作ったのは誰", "the creator of X": the maker of a tool or a service is as often
 * a company or a project as a person, which notes name without an honorific or a handle. Not the
 * maker of the talk's own things (its slides, its demo, the talk), which is its speaker.
 */
const ASKS_FOR_MAKER = new RegExp(
  [
    `(?<![a-z])who (?:(?:originally|first|actually|initially|really) )?(?:made|makes|created|creates|developed|develops|built|builds|wrote|writes|invented|maintains|maintained)(?![a-z])(?! (?:(?:the|this|that|these|those|their|his|her) )?(?:${TALK_THINGS_EN})${THING_ENDS})`,
    `(?<![a-z])(?:creator|author|maker|developer)s? of (?!(?:the |this |that |these |those )?(?:${TALK_THINGS_EN})${THING_ENDS})`,
    `(?<!(?:${TALK_THINGS_JA})を?)(?:作った|作って|作られ|開発した|開発して|開発され|作成した)(?:の|ん|人)?(?:は|って)?(?:誰|だれ|どこ)`,
    '(?:開発元|作者)(?:は|って)?(?:誰|だれ|どこ)',
  ].join('|'),
);

/** Whether a normalized question asks who someone is or who did something, not who made a thing. */
export function asksForPerson(normalizedQuestion: string): boolean {
  return ASKS_FOR_PERSON.test(normalizedQuestion) && !ASKS_FOR_MAKER.test(normalizedQuestion);
}

/** Whether a text names a person (see {@link PERSON_IN_TEXT}). */
export function mentionsPerson(text: string): boolean {
  return PERSON_IN_TEXT.test(text);
}

/**
 * The first place in a talk's notes, in their order, that names someone: a section heading over
 * its passages, or one line of a passage. A reply to a question asking who leads with it when
 * the lines it shows name nobody.
 */
export function personLine(
  passages: readonly { readonly text: string; readonly section?: string }[],
): string | undefined {
  for (const p of passages) {
    if (p.section !== undefined && PERSON_IN_TEXT.test(p.section)) return p.section;
    const lines = p.text.split('\n');
    const line = lines.find((l) => PERSON_IN_TEXT.test(l));
    if (line !== undefined) return line;
    // A table with a speaker column (a passage of its own): every row, the question may be
    // about any.
    if (SPEAKER_TABLE_AT.test(p.text)) return p.text;
  }
  return undefined;
}

/** A byline is at most this many lines and characters (see {@link byline}). */
const BYLINE_LINES = 2;
const BYLINE_CHARS = 100;

/** A line that is one link and nothing else, maybe after a short label ("Slides: https://…"). */
const LINK_LINE = /^\s*(?:[^:：]{1,16}[:：]\s*)?(?:https?:\/\/|www\.)\S+\s*$/i;

/**
 * The lines that open a talk's notes when they say who gives it: a first passage whose lines,
 * besides lines that hold only a link (the slides or the recording, often written under the
 * speaker), are at most two lines and 100 characters that name a person (a name with an
 * honorific, a handle, a label), each line a speaker's line or a name and an affiliation, as
 * notes often write the speaker and their company under the talk's heading. Such a line is about
 * the whole talk, as its title is, so the index reads it with every passage of the talk: a
 * question that names the speaker and asks about a point made further down meets both in one
 * passage. A line that says anything else (a kana sentence, English words in lower case, a
 * figure) is notes. The speaker's lines are returned, without the other links (any number of
 * them: they are left out, not read).
 */
export function byline(passages: readonly { readonly text: string }[]): string | undefined {
  const first = passages[0]?.text;
  if (first === undefined) return undefined;
  // A link line that says who on its own (a profile link, "登壇者: https://…") stays.
  const lines = first.split('\n').filter((line) => !LINK_LINE.test(line) || whoOrWhere(line).only);
  const who = lines.join('\n');
  if (who.length > BYLINE_CHARS || lines.length > BYLINE_LINES || !PERSON_IN_TEXT.test(who))
    return undefined;
  return lines.every((line) => whoOrWhere(line).only) ? who : undefined;
}

/** Whether a talk names a person: in its title, or in a line or heading of its notes. */
export function namesPerson(talk: {
  readonly title: string;
  readonly passages: readonly { readonly text: string; readonly section?: string }[];
}): boolean {
  return (
    titleSpeaker(talk.title) !== undefined ||
    bracketSpeaker(talk.title) !== undefined ||
    PERSON_IN_TEXT.test(talk.title) ||
    personLine(talk.passages) !== undefined
  );
}

/**
 * How a speaker's line marks a person: a name's honorific, a handle, a label.
 */
const SPEAKER_MARK = new RegExp([HONORIFIC_NAME, HANDLE, LABEL].join('|'), 'giu');
/** A link to a person's profile: a social site's page of one account, not a repository or a page. */
const PROFILE_URL = new RegExp(`https?://${PROFILE_PATH}(?=\\s|$)`, 'gi');
/** An honorific the mark above did not take (after a bracket: （@handle）さん). */
const HONORIFIC = /さん|氏|くん|様(?!々)/g;
/** The names of those sites as a line writes them (" | Twitter", "GitHub:"), and punctuation. */
const PROFILE_WORDS =
  /(?<![a-z])(?:twitter|github|facebook|linkedin|qiita|zenn|speaker ?deck)(?![a-z])|[\s|/:：・,、!！()（）]+/gi;

/**
 * Whether a passage says nothing but who spoke: each of its lines is a speaker's line (a person
 * marked by an honorific, a handle or a label, besides at most a name and an affiliation: no
 * kana sentence, no lower-case English words) or holds nothing but profile links and the names of
 * profile sites. A line that says anything else, or links a repository or a page, is notes.
 */
export function onlyWhoAndLinks(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every(namesOnlyWho);
}

function namesOnlyWho(line: string): boolean {
  const { marked, rest, only } = whoOrWhere(line);
  return rest === '' || (marked && only);
}

/**
 * A line read as a speaker's: whether it marks a person, what is left of it without the marks,
 * links and profile sites' names, and whether that is no more than a name and an affiliation.
 */
function whoOrWhere(line: string): { marked: boolean; rest: string; only: boolean } {
  const marked = line.search(SPEAKER_MARK) >= 0;
  const rest = line
    .replace(SPEAKER_MARK, ' ')
    .replace(PROFILE_URL, ' ')
    .replace(PROFILE_WORDS, ' ')
    .replace(HONORIFIC, ' ')
    .trim();
  // What is left of a speaker's line is a name and an affiliation, three words at most (four
  // with a company's or a department's word: 社名株式会社 部署 姓 名): no kana
  // sentence (が, を, で), no English words in lower case (moved, thanks for; a link of another
  // kind leaves them too), no figure or arrow (40%減, RDS → Aurora).
  const only =
    rest.length <= 40 &&
    rest.split(/\s+/).length <= (ORGANIZATION.test(rest) ? 4 : 3) &&
    !/[ぁ-ゖ]|[0-9→%]|(?<![A-Za-z])[a-z]{2,}/.test(rest);
  return { marked, rest, only };
}

import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { type FrontMatterResult, parseFrontMatter, readDate } from './front-matter.js';
import { type HeadingRole, headingRoles, namesAPart, repeatedParts } from './heading-roles.js';
import { headingKind, hostedKind, isSlidesHeading, linkKind } from './link-kind.js';
import {
  blockText,
  cleanTitle,
  type FoundLink,
  firstLine,
  inlineText,
  lineOf,
  linksIn,
} from './markdown-text.js';
import { markdownTree } from './markdown-tree.js';
import { matchTalk } from './match-talk.js';
import type { Address, ContentProblem, Meetup, Passage, Talk, TalkLink } from './meetup.js';
import { dateFromLine } from './meetup-date.js';
import { addCodeAddresses, addLinkAddress, addLinkAddresses } from './note-addresses.js';
import { prepareSource } from './prepare-source.js';

export interface ParsedNotes {
  /** Absent only when nothing in the file could be read as a meetup. */
  readonly meetup?: Meetup;
  /** Errors, warnings and `info` notes on how the file was read, in line order. */
  readonly problems: readonly ContentProblem[];
}

const UNTITLED_TALK_CHARS = 80;
/** A paragraph this short, on one line, right above a list can be the list's label… */
const LABEL_CHARS = 50;
/** …and the list is short enough to quote whole: a few bullets, one snippet's length. */
const LABELLED_ITEMS = 3;
const LABELLED_CHARS = 280;
const URL_ONLY = /^<?(https?:\/\/\S+?)>?$/;
const EVENT_HOST =
  /(?:^|\.)(?:connpass\.com|doorkeeper\.jp|techplay\.jp|meetup\.com|peatix\.com|eventbrite\.[a-z.]+|atnd\.org)$/;

interface TalkDraft {
  title: string;
  line: number;
  /**
   * Its heading's place among the file's headings, which gives its anchor in the published notes;
   * none for a block after `---`.
   */
  heading?: number;
  /** Undefined outside a group; finishTalks leaves it out then. */
  group?: string | undefined;
  /** Set when the heading is nothing but this URL; the title is found at the end. */
  url?: string | undefined;
  /**
   * The addresses its heading and its sections' headings give (links elsewhere than slides, a
   * recording, a profile or this machine); empty when none.
   */
  addresses: Address[];
  section?: string;
  /** Its title took its first sub-heading (see {@link titlesTalk}): sections may be a level down. */
  titledBySub?: boolean;
  links: TalkLink[];
  passages: Passage[];
}

/** A bullet or paragraph under a `## 資料` heading, matched to a talk at the end. */
interface SlideEntry {
  readonly text: string;
  readonly line: number;
  /** The slides heading, and the sub-heading over the entry if any. */
  readonly heading: string;
  readonly label?: string | undefined;
  readonly links: readonly FoundLink[];
  /** Only links or pictures, as a details item is told ({@link Passage.media}). */
  readonly media?: 'links' | 'pictures';
}

/** A block to read: one node, or a label paragraph together with the list under it. */
interface Unit {
  readonly nodes: readonly Nodes[];
  readonly text: string;
  readonly line: number;
}

/** A heading other than the meetup's, as a talk or a section reads it. */
interface HeadingInfo {
  readonly text: string;
  readonly line: number;
  /** Its place among the file's headings (see {@link ParserState.headings}). */
  readonly index: number;
  readonly links: readonly FoundLink[];
}

/**
 * The parser's state: what the file is (read once at the start), what has been collected, and
 * where the walk is, which decides what the next block belongs to. Each handler below reads one
 * kind of block and updates it; `leaveTalk` is the one place the position is reset.
 */
interface ParserState {
  readonly file: string;
  readonly nodes: readonly RootContent[];
  /** The meetup's `#` heading in `nodes`; -1 when there is none. */
  readonly meetupIndex: number;
  /** 1 in a file that heads every talk with `#`, otherwise 2. */
  readonly talkDepth: number;
  readonly roles: ReadonlyMap<number, HeadingRole>;
  /** Headings at the talks' level that name a part of each talk (see `repeatedParts`). */
  readonly parts: ReadonlySet<number>;
  /** The parts' titles a note has been written for (one note per title, not per talk). */
  readonly partsNoted: Set<string>;
  /**
   * Every heading's text, in order: the anchors of the published notes number repeated headings,
   * so a talk's anchor depends on all of them. Made only for notes with a published URL.
   */
  readonly headings: string[];
  readonly problems: ContentProblem[];

  front: FrontMatterResult | undefined;
  meetupTitle: string | undefined;
  meetupLine: number;
  readonly talks: TalkDraft[];
  readonly details: Passage[];
  readonly preambleLines: number[];
  readonly beforeHeading: number[];
  readonly meetupLinks: TalkLink[];
  readonly eventUrls: { url: string; line: number }[];
  readonly slideEntries: SlideEntry[];

  /** The talk the next block belongs to. */
  talk: TalkDraft | undefined;
  /** A grouping heading such as `## LT`: its sub-headings are the talks. */
  group: string | undefined;
  /** A `## 資料` heading: the blocks under it are slide entries. */
  slides: string | undefined;
  /** A sub-heading inside the preamble, a group's own text or a slides list. */
  sub: string | undefined;
  /** Under a heading such as `## 開催概要`: what follows is the meetup's details. */
  about: boolean;
  /**
   * After `---` or an empty talk heading: the next block starts a talk titled by its first line.
   * Read only while no talk is open; every path that closes one sets it.
   */
  loose: boolean;
  /** The talk open when the last `---` came, while no block has followed it yet. */
  beforeBreak: TalkDraft | undefined;
}

/**
 * Reads one notes file: `#` is the meetup, `##` (or a block after `---`) a talk, `###` a
 * section; a bullet with its sub-bullets, or a paragraph, is a passage. It also reads notes as
 * organizers write them elsewhere: every talk under `#` after the meetup's own `#`; talks as
 * `###` under a grouping `## LT`; date, venue and links before the first talk as the meetup's
 * details; a `## 資料` list of slide links, given to the talks it names. Slide and video links
 * come from bullets such as `資料 <https://…>` and from the hosts decks live on. Problems are
 * collected with their line, with `info` notes on what had to be guessed; whatever can be
 * understood is still returned.
 */
export function parseNotes(file: string, source: string): ParsedNotes {
  const state = startParser(file, source);
  for (let i = 0; i < state.nodes.length; ) i += readBlock(state, i);
  return finishNotes(state);
}

/**
 * The title the file's front matter gives, read as the front matter is read when the notes are
 * (only asked of the rare file with a `##` before its first `#`).
 */
function frontTitle(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'yaml' && node?.type !== 'toml') return undefined;
  return parseFrontMatter(node.value, 1, undefined, node.type).value.title || undefined;
}

/** Parses the Markdown and decides, from the headings alone, which depth the talks are at. */
function isHeading(node: RootContent, depth: number): boolean {
  return node.type === 'heading' && node.depth === depth;
}

function startParser(file: string, source: string): ParserState {
  const prepared = prepareSource(source);
  // GFM: bare URLs (slides: https://…) become links, and tables parse.
  const tree: Root = markdownTree(prepared.text);
  const nodes = tree.children;
  const firstH1 = nodes.findIndex((n) => isHeading(n, 1));
  // A post whose front matter names the meetup (a site generator's) and whose talks are `##`
  // may write a later part a level off (`# 次回予告` at its end): that `#` is a talk, not the
  // meetup's heading, which such a post has none of.
  // A `#` with `##` under it is read so too (its `##` are talks of their own, it an empty one):
  // posts that write parts a level off write them anywhere (`# 5-1 Integer` between `##` talks).
  const h2BeforeH1 =
    nodes.slice(0, firstH1).some((n) => isHeading(n, 2)) && frontTitle(nodes[0]) !== undefined;
  const meetupIndex = h2BeforeH1 ? -1 : firstH1;
  const laterH1 = nodes.findIndex((n, i) => i > meetupIndex && isHeading(n, 1));
  // A file that heads every talk with `#`: the first `#` is the meetup, the others its talks. One
  // written a level off among `##` talks (a `##` talk comes before it) is a talk of its own, and
  // the `##` talks after it stay talks, not its sections.
  const h2First = nodes.some((n, i) => i > meetupIndex && i < laterH1 && isHeading(n, 2));
  // A later `#` implies the meetup's own `#` before it.
  const talkDepth = laterH1 >= 0 && !h2First ? 1 : 2;
  const roles = headingRoles(nodes, meetupIndex + 1, talkDepth);
  const state: ParserState = {
    file,
    nodes,
    meetupIndex,
    talkDepth,
    roles,
    parts: repeatedParts(nodes, meetupIndex + 1, roles),
    partsNoted: new Set(),
    headings: [],
    problems: [],
    front: undefined,
    meetupTitle: undefined,
    meetupLine: 1,
    talks: [],
    details: [],
    preambleLines: [],
    beforeHeading: [],
    meetupLinks: [],
    eventUrls: [],
    slideEntries: [],
    talk: undefined,
    group: undefined,
    slides: undefined,
    sub: undefined,
    about: false,
    loose: false,
    beforeBreak: undefined,
  };
  if (prepared.titleLine !== undefined)
    note(
      state,
      prepared.titleLine,
      'the first line has no space after "#"; read as the meetup\'s heading',
    );
  noteSpaceless(state, prepared.bulletLines, '"-" or "*"', 'bullets');
  noteSpaceless(state, prepared.headingLines ?? [], '"##"', 'headings');
  const firstTalkH1 = nodes[laterH1];
  if (firstTalkH1 && talkDepth === 1)
    note(state, lineOf(firstTalkH1), 'talks found as "#" headings after the meetup\'s "#" heading');
  else if (firstTalkH1)
    note(
      state,
      lineOf(firstTalkH1),
      'a "#" heading after "##" talks; read as one more talk (talks here are "##" headings)',
    );
  return state;
}

/** Says which lines started with `mark` and no space, and what they were read as. */
function noteSpaceless(
  state: ParserState,
  lines: readonly number[],
  mark: string,
  as: string,
): void {
  const [first] = lines;
  if (first === undefined) return;
  const verb = lines.length > 1 ? 'start' : 'starts';
  note(state, first, `${lineList(lines)} ${verb} with ${mark} and no space; read as ${as}`);
}

function problem(state: ParserState, line: number, message: string, lost?: true): void {
  const { file } = state;
  state.problems.push(lost ? { file, line, message, lost } : { file, line, message });
}

function note(
  state: ParserState,
  line: number,
  message: string,
  level: 'warning' | 'info' = 'info',
): void {
  state.problems.push({ file: state.file, line, message, level });
}

/** Reads the top-level block at `i`; returns how many blocks it took (a label takes its list). */
function readBlock(state: ParserState, i: number): number {
  const node = state.nodes[i] as RootContent;
  switch (node.type) {
    case 'yaml':
    case 'toml': {
      // The front matter's first line is the line after the opening fence.
      const front = parseFrontMatter(node.value, lineOf(node) + 1, headingTitle(state), node.type);
      state.front = front;
      for (const p of front.problems) problem(state, p.line, p.message, p.lost);
      return 1;
    }
    case 'heading':
      readHeading(state, node, i);
      return 1;
    case 'thematicBreak': {
      const open = state.talk;
      leaveTalk(state, { loose: true });
      state.beforeBreak = open;
      return 1;
    }
    // An HTML block is a passage when it shows text (an embedded post), else nothing.
    // After `---`, where the next block would start a talk, it starts none (a page's footer).
    case 'html':
      if (!(state.loose && !state.talk) && blockText(node) !== '') readUnits(state, units(node));
      return 1;
    // Blocks with no text and no links of their own.
    case 'definition':
    case 'footnoteDefinition':
      return 1;
    case 'paragraph':
      return readParagraph(state, node, state.nodes[i + 1]);
    default:
      // A list is a passage per bullet, writing in a fence one per paragraph; any other block is one passage.
      readUnits(state, units(node));
      return 1;
  }
}

/**
 * Closes the talk, group, slides list or details being read: at a talk-level heading, which then
 * sets what comes next, and at `---`, after which the next block starts a talk (`loose`).
 */
function leaveTalk(state: ParserState, { loose }: { loose: boolean }): void {
  state.talk = undefined;
  state.group = undefined;
  state.slides = undefined;
  state.sub = undefined;
  state.loose = loose;
  state.beforeBreak = undefined;
  // Stryker disable next-line BooleanLiteral: every caller then sets a talk, group, slides or `loose`, which all take precedence over `about`
  state.about = false;
}

/** The text of the meetup's `#` heading, if it has one with text. */
function headingTitle(state: ParserState): string | undefined {
  const node = state.nodes[state.meetupIndex];
  if (node?.type !== 'heading') return undefined;
  return cleanTitle(inlineText(node.children).trim()) || undefined;
}

function readHeading(state: ParserState, node: Heading, i: number): void {
  const raw = inlineText(node.children).trim();
  const text = cleanTitle(raw);
  const index = state.headings.push(raw) - 1;
  const line = lineOf(node);
  if (i === state.meetupIndex) {
    state.meetupTitle = text || titleFromFileName(state.file);
    state.meetupLine = line;
    return;
  }
  const heading: HeadingInfo = { text, line, index, links: linksIn(node) };
  const talkLevel =
    node.depth === state.talkDepth ||
    (state.group !== undefined && node.depth === state.talkDepth + 1);
  if (state.talk && talkLevel && state.parts.has(i)) {
    // A part every talk has, written at the talks' level: a section of the talk before it.
    if (!state.partsNoted.has(raw)) {
      state.partsNoted.add(raw);
      note(
        state,
        line,
        `"${raw}" comes back after each talk; read as a section of the talk before it`,
      );
    }
    state.talk.section = text;
    addLinkAddresses(state.talk.addresses, heading.links);
  } else if (node.depth <= state.talkDepth) {
    readTalkHeading(state, node.depth, raw, heading, state.roles.get(i));
  } else if (state.group !== undefined && node.depth === state.talkDepth + 1) {
    if (text) startTalk(state, text, line, heading);
    else emptyHeading(state, node.depth, line);
  } else readSubHeading(state, node.depth, heading);
}

/** A `##` (or `#` where every talk is one): a talk, a group of talks, a slides list or details. */
function readTalkHeading(
  state: ParserState,
  depth: number,
  raw: string,
  heading: HeadingInfo,
  /** Undefined, as 'talk', for a talk. */
  role: HeadingRole | undefined,
): void {
  const { text, line } = heading;
  leaveTalk(state, { loose: false });
  if (!text) emptyHeading(state, depth, line);
  else if (role === 'slides') state.slides = text;
  else if (role === 'about') {
    state.about = true;
    state.sub = text;
    note(state, line, `"${raw}" is about the meetup; read as its details, not a talk`);
  } else if (role === 'group') {
    state.group = text;
    const under = `${'#'.repeat(state.talkDepth)} ${text}`;
    note(
      state,
      line,
      `talks found as "${'#'.repeat(state.talkDepth + 1)}" headings under "${under}"`,
    );
  } else startTalk(state, text, line, heading);
}

/** A heading below the talks: a section of the talk, or a line of it, or a preamble sub-heading. */
function readSubHeading(state: ParserState, depth: number, heading: HeadingInfo): void {
  const { text, line } = heading;
  const { talk } = state;
  const sectionDepth = state.talkDepth + (state.group !== undefined ? 2 : 1);
  // Under a sub-heading that titled the talk, its sub-headings are sections too.
  const section = depth === sectionDepth || (talk?.titledBySub && depth === sectionDepth + 1);
  if (!talk && state.loose && text) startTalk(state, text, line, heading);
  else if (talk && depth === sectionDepth && text && titlesTalk(talk, text)) {
    // The talk's heading says only who gives it; its first sub-heading says what it is.
    talk.title = withSubtitle(talk.title, text);
    talk.titledBySub = true;
    addHeadingLinks(talk, heading.links);
  } else if (talk && section) {
    talk.section = text;
    // A section's heading that links a repository or a site gives the talk that address.
    addLinkAddresses(talk.addresses, heading.links);
  } else if (talk) {
    const addresses: Address[] = [];
    addLinkAddresses(addresses, heading.links);
    if (text) addPassage(talk, { text, line }, addresses);
  } else state.sub = text;
}

function emptyHeading(state: ParserState, depth: number, line: number): void {
  note(
    state,
    line,
    `a "${'#'.repeat(depth)}" talk heading has no text; skipped (its notes, if any, are read as a talk titled by their first line)`,
    'warning',
  );
  state.talk = undefined;
  state.loose = true;
}

function startTalk(state: ParserState, title: string, line: number, heading?: HeadingInfo): void {
  ensureMeetup(state, line);
  const url = URL_ONLY.exec(title)?.[1];
  const { group } = state;
  const talk: TalkDraft = {
    title,
    line,
    links: [],
    addresses: [],
    passages: [],
    group,
    url,
  };
  if (heading) {
    talk.heading = heading.index;
    addHeadingLinks(talk, heading.links);
  }
  state.talk = talk;
  state.talks.push(talk);
}

/** A talk heading's links: slides and recordings as the talk's links, others as its addresses. */
function addHeadingLinks(talk: TalkDraft, links: HeadingInfo['links']): void {
  for (const link of links) {
    // Stryker disable next-line StringLiteral: any label without slide or video words reads the same
    const kind = linkKind('', link.text, link.url);
    if (kind) addLink(talk.links, { kind, url: link.url });
    else addLinkAddress(talk.addresses, link);
  }
}

/**
 * A talk's heading that says only which talk of the programme it is and who gives it (登壇 #1
 * @alice, LT #2 Bobさん@Acme, 登壇#3), and nothing yet under it: a sub-heading right under it is
 * the talk's own title, which the title takes (LT #2 Bobさん@Acme: Cutting build times; 登壇 #1
 * @alice「型パズル入門」; see {@link withSubtitle}).
 */
const ROLE_ONLY = new RegExp(
  [
    '^(?:登壇|発表|講演|基調講演|lt|ライトニングトーク|talk|session|セッション|keynote) ?#? ?\\d{0,3}',
    // The speaker: a handle, or a name of at most two parts with an honorific (not 皆さん,
    // お客様, 模様), maybe with an affiliation after @ or in brackets.
    '(?: ?[:：\\-–]? ?(?:@[\\p{L}\\p{N}_.-]{1,30}|(?:@?[^\\s@「『"]{1,16}(?: [^\\s@「『"]{1,16})?)(?<!みな|皆|たく|だく|スポンサー|お客|奥|父|母|兄|姉|模)(?:さん|氏|様))',
    '(?:さん|氏|様)?(?: ?[@＠] ?[^\\s「『"]{1,24}| ?[(（][^()（）]{1,24}[)）])?)? ?$',
  ].join(''),
  'iu',
);

/**
 * Whether the sub-heading `text` under `talk` is its title (see {@link ROLE_ONLY}): the talk's
 * first, not a part of it (自己紹介, 概要, スライド).
 */
function titlesTalk(talk: TalkDraft, text: string): boolean {
  return (
    !talk.titledBySub &&
    talk.passages.length === 0 &&
    talk.section === undefined &&
    ROLE_ONLY.test(talk.title) &&
    !namesAPart(text)
  );
}

/** A sub-heading's title after a heading of slot and speaker: in 「」 in Japanese, after ": " in English. */
function withSubtitle(title: string, sub: string): string {
  return JAPANESE.test(sub) ? `${title}「${sub}」` : `${title}: ${sub}`;
}
const JAPANESE = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u;

function ensureMeetup(state: ParserState, line: number): void {
  if (state.meetupTitle !== undefined || state.front?.value.title) return;
  problem(
    state,
    line,
    'a talk comes before the meetup\'s "#" heading (or a title in front matter)',
  );
  state.meetupTitle = titleFromFileName(state.file);
}

/** A paragraph: one passage, or the label of the short list under it (then it takes the list). */
function readParagraph(state: ParserState, node: Paragraph, next: RootContent | undefined): number {
  const labelled =
    next?.type === 'list' && (state.talk || !state.loose) && labelledList(node, next);
  if (labelled) {
    readUnits(state, [{ nodes: [node, next], text: labelled, line: lineOf(node) }]);
    return 2;
  }
  readUnits(state, units(node));
  return 1;
}

/**
 * Punctuation that ends a sentence: a line holding one (inside, or a full stop at its end) says
 * something, where a talk's title names it.
 */
const SENTENCE = /[。．！？]|[.!?]["'”’」』)）]?$/;

/**
 * The first block after `---`: it starts a talk titled by its first line, unless that line is a
 * sentence and a talk came before the rule. Notes set their own remarks on a talk apart with a
 * rule under its notes ("---", then "I found the demo convincing."), before the next talk's
 * heading; such a remark stays with the talk it is about.
 */
function resumeOrStartTalk(state: ParserState, unit: Unit): void {
  const first = firstLine(unit.text);
  const before = state.beforeBreak;
  if (before && SENTENCE.test(first)) {
    state.talk = before;
    note(
      state,
      unit.line,
      `the remark after "---" reads as a sentence; kept with the talk "${before.title}"`,
    );
    return;
  }
  const title = first.slice(0, UNTITLED_TALK_CHARS);
  if (title) startTalk(state, cleanTitle(title), unit.line);
}

/** Each unit goes to the open talk, the slides list, the meetup's details, or nowhere yet. */
function readUnits(state: ParserState, list: readonly Unit[]): void {
  for (const unit of list) {
    if (!state.talk && state.loose) resumeOrStartTalk(state, unit);
    const { talk, slides } = state;
    if (talk) {
      // A bullet that says only 資料 or Slides is the label of the links listed under it.
      const listedSlides = isSlidesHeading(firstLine(unit.text));
      const addresses: Address[] = [];
      for (const node of unit.nodes) collectLinks(talk, node, listedSlides, addresses);
      // An address in a code block (git clone https://…) is one too.
      if (unit.text.includes('://'))
        for (const node of unit.nodes) addCodeAddresses(addresses, node);
      if (unit.text) addPassage(talk, { text: unit.text, line: unit.line }, addresses);
    } else if (slides !== undefined) {
      state.slideEntries.push({
        text: unit.text,
        line: unit.line,
        heading: slides,
        label: state.sub,
        links: unit.nodes.flatMap((n) => linksIn(n)),
        ...mediaOf(unit.nodes),
      });
    } else if (state.meetupTitle !== undefined || state.front?.value.title) {
      readDetails(state, unit);
    } else if (unit.text && state.meetupIndex >= 0) {
      // Text above the meetup's heading belongs to no meetup yet: say so rather than drop it.
      state.beforeHeading.push(unit.line);
    }
  }
}

/** Text before the first talk, or under `## 開催概要`: the meetup's details, links and event page. */
function readDetails(state: ParserState, unit: Unit): void {
  const section = state.group ?? state.sub;
  if (unit.text) {
    state.details.push({
      text: unit.text,
      line: unit.line,
      ...(section && { section }),
      ...mediaOf(unit.nodes),
    });
    if (state.group === undefined && !state.about) state.preambleLines.push(unit.line);
  }
  // A link standing alone under a sub-heading that says what it is (### 当日の様子(動画)) is that;
  // an event page stays the event page.
  const under = headingKind(section);
  for (const link of unit.nodes.flatMap((n) => linksIn(n))) {
    const kind = linkKind(link.label, link.text, link.url);
    const event = URL.canParse(link.url) && EVENT_HOST.test(new URL(link.url).hostname);
    if (kind) addLink(state.meetupLinks, { kind, url: link.url });
    else if (event) state.eventUrls.push({ url: link.url, line: link.line });
    else if (under && standsAlone(unit.text, link))
      addLink(state.meetupLinks, { kind: under, url: link.url });
  }
}

/** The meetup and its talks from what the walk collected, or only the problems without a title. */
function finishNotes(state: ParserState): ParsedNotes {
  const frontValue = state.front?.value ?? {};
  const title = frontValue.title ?? state.meetupTitle;
  if (title === undefined) {
    problem(state, 1, 'the notes have no "#" meetup heading and no title in front matter', true);
    return { problems: byLine(state.problems) };
  }
  const { talks, details, meetupLinks } = state;
  const noteLine: Note = (line, message) => note(state, line, message);
  titleLinkOnlyTalks(talks, noteLine);
  placeSlideEntries(state.slideEntries, talks, { links: meetupLinks, details }, noteLine);
  talks.push(...slidesSections(state.slideEntries));
  noteUnreadLines(state);
  const date = frontValue.date ?? dateFromDetails(state) ?? dateFromTitle(state, title);
  const eventUrl = frontValue.eventUrl ?? eventUrlFromLinks(state);
  const finished = finishTalks(state, frontValue.notesUrl);
  if (finished.length === 0)
    problem(
      state,
      state.meetupLine,
      'the notes have no talks ("##" headings with notes under them)',
    );
  return {
    meetup: {
      title,
      file: state.file,
      talks: finished,
      ...(date !== undefined && { date }),
      ...(eventUrl !== undefined && { eventUrl }),
      ...(frontValue.notesUrl !== undefined && { notesUrl: frontValue.notesUrl }),
      ...(details.length > 0 && { details }),
      ...(meetupLinks.length > 0 && { links: meetupLinks }),
    },
    problems: byLine(state.problems),
  };
}

/** Says which lines were not read (above the heading) or read as the meetup's details. */
function noteUnreadLines(state: ParserState): void {
  const { beforeHeading, preambleLines } = state;
  if (beforeHeading.length > 0) {
    const many = beforeHeading.length > 1;
    note(
      state,
      beforeHeading[0] ?? 1,
      `${lineList(beforeHeading)} ${many ? 'come' : 'comes'} before the meetup's "#" heading and ${many ? 'are' : 'is'} not read; move ${many ? 'them' : 'it'} below the heading`,
      'warning',
    );
  }
  if (preambleLines.length > 0)
    note(
      state,
      preambleLines[0] ?? state.meetupLine,
      `${lineList(preambleLines)} before the first talk read as the meetup's details, not a talk`,
    );
}

/** Without a date in front matter: the first date in the meetup's details, said with its line. */
function dateFromDetails(state: ParserState): string | undefined {
  const found = datedLine(state.details);
  if (!found) return undefined;
  note(state, found.line, `meetup date ${found.date} taken from line ${found.line}`);
  return found.date;
}

/**
 * Without a date in front matter or the details: the date the meetup's title is or starts with,
 * as notes kept one file per meeting title them (`20200604`, `2020-06-04 輪読会`), said so.
 */
function dateFromTitle(state: ParserState, title: string): string | undefined {
  // readDate reads the eight digits as written (20200604); dateFromLine the other forms.
  const compact = /^\d{8}(?!\d)/.exec(title.normalize('NFKC').trim());
  const date = compact ? readDate(compact[0]) : dateFromLine(title);
  if (date) note(state, state.meetupLine, `meetup date ${date} taken from the title`);
  return date;
}

/** Without an event_url in front matter: the first event site's link in the details. */
function eventUrlFromLinks(state: ParserState): string | undefined {
  const found = state.eventUrls[0];
  if (!found) return undefined;
  note(state, found.line, `event page ${found.url} taken from line ${found.line}`);
  return found.url;
}

/** The talks with notes or links; one with only a title is left out, and said so. */
function finishTalks(state: ParserState, notesUrl: string | undefined): Talk[] {
  // Every heading takes its anchor in order, as GitHub numbers repeated headings.
  const slugger = new GithubSlugger();
  const anchors = notesUrl ? state.headings.map((h) => slugger.slug(h)) : [];
  const finished: Talk[] = [];
  for (const t of state.talks) {
    // A talk with no notes is still a talk: listed, and found by its title (speaker, slides).
    if (t.passages.length === 0 && t.links.length === 0)
      note(state, t.line, `the talk "${t.title}" has no notes; only its title is searched`);
    const anchor = t.heading === undefined ? undefined : anchors[t.heading];
    finished.push({
      title: t.title,
      line: t.line,
      links: t.links,
      // A talk with links only is found by its title as its one passage; one with nothing at all
      // gets an empty passage, so its title counts once (as the title) and never as a bullet.
      passages:
        t.passages.length > 0
          ? t.passages
          : [{ text: t.links.length > 0 ? t.title : '', line: t.line }],
      ...(t.group !== undefined && { group: t.group }),
      ...(t.addresses.length > 0 && { addresses: t.addresses }),
      ...(notesUrl && { notesUrl: anchor ? `${notesUrl}#${anchor}` : notesUrl }),
    });
  }
  return finished;
}

type Note = (line: number, message: string) => void;

/** A talk heading that is only a URL is titled by the talk's first line, or the URL's path. */
function titleLinkOnlyTalks(talks: readonly TalkDraft[], note: Note): void {
  for (const t of talks) {
    if (t.url === undefined) continue;
    // Passages never have empty text, so neither has their first line.
    const fromNotes = t.passages.map((p) => firstLine(p.text)).find((l) => !URL_ONLY.test(l));
    t.title = cleanTitle(fromNotes ?? urlTail(t.url)).slice(0, UNTITLED_TALK_CHARS);
    const kind = hostedKind(t.url);
    // Stryker disable next-line ConditionalExpression: the heading's own link already gave the talk this URL (GFM links a bare URL)
    if (kind) addLink(t.links, { kind, url: t.url });
    note(t.line, `a talk heading is only a link; titled "${t.title}"`);
  }
}

/**
 * Gives each link under `## 資料` to the talk its entry names, with the entry as a passage of
 * that talk (so "where are the slides for X" finds X); an entry that names no talk stays on
 * the meetup, as its link and a line of its details.
 */
function placeSlideEntries(
  entries: readonly SlideEntry[],
  talks: readonly TalkDraft[],
  meetup: { links: TalkLink[]; details: Passage[] },
  note: Note,
): void {
  const titles = talks.map((t) => t.title);
  for (const entry of entries) {
    let owner: TalkDraft | undefined;
    for (const link of entry.links) {
      const kind = linkKind(link.label, link.text, link.url) ?? 'slides';
      // With one talk in the notes, there is nobody else the slides could be for.
      const target =
        talks[
          matchTalk(`${entry.label ?? ''} ${entry.text}`, link.url, titles) ??
            (talks.length === 1 ? 0 : -1)
        ];
      if (target) {
        owner ??= target;
        addLink(target.links, { kind, url: link.url });
        note(entry.line, `the link under "${entry.heading}" goes to the talk "${target.title}"`);
      } else {
        addLink(meetup.links, { kind, url: link.url });
        note(entry.line, `the link under "${entry.heading}" names no talk; kept on the meetup`);
      }
    }
    if (!entry.text) continue;
    const passage = { text: entry.text, line: entry.line, section: entry.label ?? entry.heading };
    // Kept on the meetup, a line of only links says what it is, as a details item does.
    if (owner) owner.passages.push(passage);
    else meetup.details.push(entry.media ? { ...passage, media: entry.media } : passage);
  }
}

/**
 * The `## 資料` section also stays in the notes as written, as a talk of its own with every link:
 * "where are the slides?" about the meetup as a whole finds it, and the link it lists.
 */
function slidesSections(entries: readonly SlideEntry[]): TalkDraft[] {
  const byHeading = new Map<string, TalkDraft>();
  for (const entry of entries) {
    const draft = byHeading.get(entry.heading) ?? {
      title: entry.heading,
      line: entry.line,
      links: [],
      addresses: [],
      passages: [],
    };
    for (const link of entry.links)
      addLink(draft.links, {
        kind: linkKind(link.label, link.text, link.url) ?? 'slides',
        url: link.url,
      });
    if (entry.text)
      draft.passages.push({
        text: entry.text,
        line: entry.line,
        ...(entry.label !== undefined && { section: entry.label }),
        ...(entry.media && { media: entry.media }),
      });
    byHeading.set(entry.heading, draft);
  }
  return [...byHeading.values()];
}

/**
 * A list is a passage per bullet; writing kept in a fence (see {@link writtenText}) is a passage
 * per group of lines between blank ones, as paragraphs are; any other block is one passage.
 */
function units(node: Nodes): Unit[] {
  // A fence's lines start on the line after it (an indented block's on its own, never split).
  if (
    node.type === 'code' &&
    typeof node.lang === 'string' &&
    (node.lang === '' || WRITING.has(node.lang.toLowerCase().split(':')[0] ?? '')) &&
    writtenText(node.value)
  ) {
    const first = lineOf(node) + 1;
    const out: Unit[] = [];
    let start = 0;
    const lines = node.value.split('\n');
    lines.forEach((line, k) => {
      const end = k === lines.length - 1 || line.trim() === '';
      if (!end) return;
      const text = lines
        .slice(start, k + 1)
        .join('\n')
        .trim();
      if (text !== '') out.push({ nodes: [{ ...node, value: text }], text, line: first + start });
      start = k + 1;
    });
    return out;
  }
  const parts = node.type === 'list' ? node.children : [node];
  return parts.map((part) => ({ nodes: [part], text: blockText(part).trim(), line: lineOf(part) }));
}

/** A fence's language that names no code: what is inside is writing kept as it was typed. */
const WRITING: ReadonlySet<string> = new Set(['text', 'txt', 'plain', 'plaintext']);
/**
 * Lines of writing, not code (a Q&A or a chat kept in a fence as typed): three or more, half of
 * them or more with hiragana, none a line of code (see {@link CODE_LINE}).
 */
function writtenText(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3) return false;
  const kana = lines.filter((l) => /[\p{sc=Hiragana}]/u.test(l)).length;
  return kana * 2 >= lines.length && !lines.some((l) => CODE_LINE.test(l));
}
/**
 * A line of code, not of writing: one ending as a statement or a block does (`;`, `{`, `}`), a
 * comment (`# …`, `// …`), a shell prompt (`$ …`), a setting (`key: value`, `name = value`) or a
 * call (`run(a)`).
 */
const CODE_LINE =
  /[;{}]\s*$|^\s*(?:#|\/\/|\$\s|[A-Za-z_][\w.-]*\s*(?::\s|:$|=)|[A-Za-z_][\w.]*\(.*\)\s*$)/;

/**
 * A tool's name on its own line over a bullet about what it fixes is one thought: a one-line label of a few words
 * (not a sentence, a link, a picture or a speaker's name) and the short list under it make one
 * passage. A long list keeps a passage per bullet, so an answer still quotes just the bullet.
 * After `---` the first line is the talk's title, so the caller does not ask then.
 */
function labelledList(node: Nodes, list: Nodes): string | undefined {
  if (node.type !== 'paragraph' || list.type !== 'list') return undefined;
  const label = inlineText(node.children).trim();
  if (
    label === '' ||
    label.includes('\n') ||
    label.length > LABEL_CHARS ||
    /[。.]$|さん$|氏$|^@/.test(label) ||
    onlyMedia(node) ||
    list.children.length > LABELLED_ITEMS
  )
    return undefined;
  const text = `${label}\n${blockText(list).trim()}`;
  return text.length <= LABELLED_CHARS ? text : undefined;
}

/**
 * Whether a block is only links or pictures (a sign-up link, a photo with its caption): a
 * paragraph of nothing else, or a bullet whose one paragraph is.
 */
function onlyMedia(node: Nodes): boolean {
  if (node.type === 'listItem')
    return node.children.length === 1 && node.children.every((child) => onlyMedia(child));
  return (
    node.type === 'paragraph' &&
    node.children.every(
      (c) =>
        c.type === 'link' || c.type === 'image' || (c.type === 'text' && c.value.trim() === ''),
    )
  );
}

/**
 * A link to a map: a maps site (maps.google.com, map.yahoo.co.jp), Google Maps under its own
 * domain or a short link to it, or OpenStreetMap. Not a page about maps (a maps API's docs).
 */
const MAP_LINK =
  /^https?:\/\/(?:maps?\.[^/]+|(?:www\.)?google\.[a-z.]+\/maps(?:[/?#]|$)|goo\.gl\/maps\/|maps\.app\.goo\.gl\/|g\.page\/|(?:www\.)?openstreetmap\.org\/)/i;

/**
 * What a details item that is only links or pictures holds ({@link Passage.media}): pictures
 * alone, or links. Nothing for any other item, nor for a link to a map, which says where as a
 * venue's line does.
 */
function mediaOf(nodes: readonly Nodes[]): { media: 'links' | 'pictures' } | undefined {
  if (!nodes.every(onlyMedia)) return undefined;
  const links = nodes.flatMap(linkNodes);
  if (links.some((url) => MAP_LINK.test(url))) return undefined;
  return { media: links.length > 0 ? 'links' : 'pictures' };
}

/**
 * The addresses of the links of a media-only block (see {@link onlyMedia}); not of a picture's
 * link to its larger self (`[![caption](small.jpg)](large.jpg)`), which is a picture still.
 */
function linkNodes(node: Nodes): string[] {
  if (node.type === 'link') return node.children.every((c) => c.type === 'image') ? [] : [node.url];
  return 'children' in node ? (node.children as Nodes[]).flatMap(linkNodes) : [];
}

/**
 * A passage of the open talk; one giving `addresses` keeps them (only
 * such passages hold a list: most passages give none).
 */
function addPassage(
  talk: TalkDraft,
  { text, line }: { text: string; line: number },
  addresses: readonly Address[],
): void {
  // Written out, not spread: V8 gives every `{ ...passage, section }` a hidden class of its own,
  // about 150 bytes each and property reads that cannot be specialised, over 100,000 passages.
  const { section } = talk;
  if (addresses.length === 0)
    talk.passages.push(section === undefined ? { text, line } : { text, line, section });
  else
    talk.passages.push(
      section === undefined ? { text, line, addresses } : { text, line, section, addresses },
    );
}

function addLink(links: TalkLink[], link: TalkLink): void {
  if (!links.some((l) => l.url === link.url)) links.push(link);
}

/**
 * A bullet like `資料 <https://…>`, a deck's host, any link under a `### 資料` section, or a link
 * standing alone (nothing else on its line) under a bullet that says only 資料 (`listedSlides`):
 * a labelled one there (参考: …) is a reference. Each goes to the talk's links; a link somewhere
 * else (a repository, a site; not a person's profile) goes to `addresses`.
 */
function collectLinks(
  talk: TalkDraft,
  node: Nodes,
  listedSlides: boolean,
  addresses: Address[],
): void {
  const under = headingKind(talk.section);
  for (const link of linksIn(node)) {
    const { url, text, label } = link;
    const alone = label === '' || label === text;
    const kind =
      linkKind(label, text, url) ??
      (under === 'slides' || (listedSlides && alone)
        ? 'slides'
        : under && standsAlone(blockText(node), link)
          ? under
          : undefined);
    if (kind) addLink(talk.links, { kind, url });
    else addLinkAddress(addresses, link);
  }
}

/**
 * Whether a block's text is the link and nothing else: its text, which for a bare address is the
 * address itself.
 */
function standsAlone(blockTextOf: string, link: { readonly text: string }): boolean {
  return blockTextOf === link.text;
}

function datedLine(details: readonly Passage[]): { date: string; line: number } | undefined {
  for (const passage of details) {
    const lines = passage.text.split('\n');
    for (const [k, text] of lines.entries()) {
      const date = dateFromLine(text);
      if (date) return { date, line: passage.line + k };
    }
  }
  return undefined;
}

/** `https://example.test/talks/nsx-t-intro/` reads as `nsx t intro`; a bare host as the host. */
function urlTail(url: string): string {
  if (!URL.canParse(url)) return url;
  const { hostname, pathname } = new URL(url);
  const tail = pathname.split('/').filter(Boolean).pop();
  // A space for each: the title is cleaned afterwards, which collapses runs of spaces.
  return tail ? tail.replace(/[-_]/g, ' ') : hostname;
}

function lineList(lines: readonly number[]): string {
  const first = lines[0] ?? 0;
  const last = lines[lines.length - 1] ?? first;
  if (lines.length === 1) return `line ${first}`;
  if (lines.length === 2) return `lines ${first} and ${last}`;
  return `lines ${first}–${last}`;
}

function byLine(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

function titleFromFileName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

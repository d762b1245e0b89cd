import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseFrontMatter } from './front-matter.js';
import { headingRoles } from './heading-roles.js';
import { isSlidesHeading, linkKind } from './link-kind.js';
import {
  blockText,
  cleanTitle,
  type FoundLink,
  firstLine,
  inlineText,
  lineOf,
  linksIn,
} from './markdown-text.js';
import { matchTalk } from './match-talk.js';
import type { ContentProblem, Meetup, Passage, Talk, TalkLink } from './meetup.js';
import { dateFromLine } from './meetup-date.js';
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
  /** The heading's anchor in the published notes; none for a block after `---`. */
  slug?: string;
  group?: string;
  /** Set when the heading is nothing but this URL; the title is found at the end. */
  url?: string;
  section?: string;
  links: TalkLink[];
  passages: Passage[];
}

/** A bullet or paragraph under a `## 資料` heading, matched to a talk at the end. */
interface SlideEntry {
  readonly text: string;
  readonly line: number;
  /** The slides heading, and the sub-heading over the entry if any. */
  readonly heading: string;
  readonly label?: string;
  readonly links: readonly FoundLink[];
}

/** A block to read: one node, or a label paragraph together with the list under it. */
interface Unit {
  readonly nodes: readonly Nodes[];
  readonly text: string;
  readonly line: number;
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
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string, lost?: true) =>
    problems.push(lost ? { file, line, message, lost } : { file, line, message });
  const note = (line: number, message: string, level: 'warning' | 'info' = 'info') =>
    problems.push({ file, line, message, level });

  const prepared = prepareSource(source);
  const tree: Root = fromMarkdown(prepared.text, {
    // GFM: bare URLs (slides: https://…) become links, and tables parse.
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  if (prepared.titleLine !== undefined)
    note(
      prepared.titleLine,
      'the first line has no space after "#"; read as the meetup\'s heading',
    );
  if (prepared.bulletLines.length > 0)
    note(
      prepared.bulletLines[0] ?? 1,
      `${lineList(prepared.bulletLines)} ${prepared.bulletLines.length > 1 ? 'start' : 'starts'} with "-" or "*" and no space; read as bullets`,
    );

  const nodes = tree.children;
  // Stryker disable next-line ConditionalExpression: in mdast only headings have a depth
  const meetupIndex = nodes.findIndex((n) => n.type === 'heading' && n.depth === 1);
  // Stryker disable next-line ConditionalExpression: in mdast only headings have a depth
  const laterH1 = nodes.find((n, i) => i > meetupIndex && n.type === 'heading' && n.depth === 1);
  // A file that heads every talk with `#`: the first `#` is the meetup, the others its talks.
  // Stryker disable next-line ConditionalExpression: with no `#` heading at all there is no laterH1 either
  const talkDepth = meetupIndex >= 0 && laterH1 ? 1 : 2;
  if (laterH1) note(lineOf(laterH1), 'talks found as "#" headings after the meetup\'s "#" heading');
  const roles = headingRoles(nodes, meetupIndex + 1, talkDepth);

  let front: ReturnType<typeof parseFrontMatter> | undefined;
  let meetupTitle: string | undefined;
  let meetupLine = 1;
  const slugger = new GithubSlugger();
  const talks: TalkDraft[] = [];
  const details: Passage[] = [];
  const preambleLines: number[] = [];
  const beforeHeading: number[] = [];
  const meetupLinks: TalkLink[] = [];
  const eventUrls: { url: string; line: number }[] = [];
  const slideEntries: SlideEntry[] = [];

  let talk: TalkDraft | undefined;
  let group: string | undefined;
  let slides: string | undefined;
  /** A sub-heading inside the preamble, a group's own text or a slides list. */
  let sub: string | undefined;
  /** Under a heading such as `## 開催概要`: what follows is the meetup's details. */
  let about = false;
  /** After `---` or an empty talk heading: the next block starts a talk titled by its first line. */
  let loose = false;

  const ensureMeetup = (line: number): void => {
    if (meetupTitle !== undefined || front?.value.title) return;
    problem(line, 'a talk comes before the meetup\'s "#" heading (or a title in front matter)');
    meetupTitle = titleFromFileName(file);
  };
  const startTalk = (
    title: string,
    line: number,
    heading?: { slug: string; links: readonly FoundLink[] },
  ): TalkDraft => {
    ensureMeetup(line);
    const url = URL_ONLY.exec(title)?.[1];
    talk = {
      title,
      line,
      links: [],
      passages: [],
      ...(heading && { slug: heading.slug }),
      // Stryker disable next-line ConditionalExpression: a draft's `group: undefined` is left out of the talk all the same
      ...(group !== undefined && { group }),
      // Stryker disable next-line ConditionalExpression: `url: undefined` reads as no url
      ...(url !== undefined && { url }),
    };
    // Stryker disable next-line ArrayDeclaration: with no heading the talk has no heading links, and a stray string has no link kind
    for (const link of heading?.links ?? []) {
      // Stryker disable next-line StringLiteral: any label without slide or video words reads the same
      const kind = linkKind('', link.text, link.url);
      if (kind) addLink(talk.links, { kind, url: link.url });
    }
    talks.push(talk);
    // Stryker disable next-line BooleanLiteral: while a talk is open `loose` is not read, and every path that closes it sets `loose`
    loose = false;
    return talk;
  };
  const emptyHeading = (depth: number, line: number) => {
    note(
      line,
      `a "${'#'.repeat(depth)}" talk heading has no text; skipped (its notes, if any, are read as a talk titled by their first line)`,
      'warning',
    );
    talk = undefined;
    loose = true;
  };

  const read = (units: readonly Unit[]): void => {
    for (const unit of units) {
      if (!talk && loose) {
        const title = firstLine(unit.text).slice(0, UNTITLED_TALK_CHARS);
        if (title) startTalk(cleanTitle(title), unit.line);
      }
      if (talk) {
        for (const node of unit.nodes) collectLinks(talk, node);
        if (unit.text) addPassage(talk, { text: unit.text, line: unit.line });
      } else if (slides !== undefined) {
        slideEntries.push({
          text: unit.text,
          line: unit.line,
          heading: slides,
          // Stryker disable next-line ConditionalExpression: `label: undefined` reads as no label wherever a label is read
          ...(sub !== undefined && { label: sub }),
          links: unit.nodes.flatMap((n) => linksIn(n)),
        });
      } else if (meetupTitle !== undefined || front?.value.title) {
        const section = group ?? sub;
        if (unit.text) {
          details.push({ text: unit.text, line: unit.line, ...(section && { section }) });
          if (group === undefined && !about) preambleLines.push(unit.line);
        }
        for (const link of unit.nodes.flatMap((n) => linksIn(n))) {
          const kind = linkKind(link.label, link.text, link.url);
          if (kind) addLink(meetupLinks, { kind, url: link.url });
          else if (URL.canParse(link.url) && EVENT_HOST.test(new URL(link.url).hostname))
            eventUrls.push({ url: link.url, line: unit.line });
        }
      } else if (unit.text && meetupIndex >= 0) {
        // Text above the meetup's heading belongs to no meetup yet: say so rather than drop it.
        beforeHeading.push(unit.line);
      }
    }
  };

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    const line = lineOf(node);
    switch (node.type) {
      case 'yaml': {
        // The YAML's first line is the line after the opening fence.
        front = parseFrontMatter(node.value, line + 1);
        for (const p of front.problems) problem(p.line, p.message, p.lost);
        break;
      }
      case 'heading': {
        const raw = inlineText(node.children).trim();
        const text = cleanTitle(raw);
        // Every heading takes its anchor in order, as GitHub numbers repeated headings.
        const slug = slugger.slug(raw);
        if (i === meetupIndex) {
          meetupTitle = text || titleFromFileName(file);
          meetupLine = line;
          break;
        }
        const heading = { slug, links: linksIn(node) };
        if (node.depth <= talkDepth) {
          talk = undefined;
          group = undefined;
          slides = undefined;
          sub = undefined;
          loose = false;
          // Stryker disable next-line BooleanLiteral: each role below sets a talk, group, slides or `loose`, which all take precedence over `about`
          about = false;
          // Stryker disable next-line StringLiteral: any role that is not slides, about or group is read as a talk
          const role = roles.get(i) ?? 'talk';
          if (!text) emptyHeading(node.depth, line);
          else if (role === 'slides') slides = text;
          else if (role === 'about') {
            about = true;
            sub = text;
            note(line, `"${raw}" is about the meetup; read as its details, not a talk`);
          } else if (role === 'group') {
            group = text;
            const under = `${'#'.repeat(talkDepth)} ${text}`;
            note(line, `talks found as "${'#'.repeat(talkDepth + 1)}" headings under "${under}"`);
          } else startTalk(text, line, heading);
          break;
        }
        if (group !== undefined && node.depth === talkDepth + 1) {
          if (text) startTalk(text, line, heading);
          else emptyHeading(node.depth, line);
          break;
        }
        const sectionDepth = talkDepth + (group !== undefined ? 2 : 1);
        if (!talk && loose && text) startTalk(text, line, heading);
        else if (talk && node.depth === sectionDepth) talk.section = text;
        else if (talk) {
          if (text) addPassage(talk, { text, line });
        } else sub = text;
        break;
      }
      case 'thematicBreak':
        talk = undefined;
        // Stryker disable next-line BooleanLiteral: after `---` the next block with text starts a talk, so `about` is never read
        about = false;
        group = undefined;
        slides = undefined;
        loose = true;
        break;
      // Stryker disable next-line StringLiteral: HTML read as a block has no text and no links
      case 'html':
      // Stryker disable next-line StringLiteral: a definition has no text and no links of its own
      case 'definition':
      case 'footnoteDefinition':
        break;
      default: {
        const next = nodes[i + 1];
        const labelled = next?.type === 'list' && (talk || !loose) && labelledList(node, next);
        if (labelled) {
          read([{ nodes: [node, next], text: labelled, line }]);
          i++;
        } else read(units(node));
      }
    }
  }

  const frontValue = front?.value ?? {};
  const title = frontValue.title ?? meetupTitle;
  if (title === undefined) {
    problem(1, 'the notes have no "#" meetup heading and no title in front matter', true);
    return { problems: byLine(problems) };
  }

  titleLinkOnlyTalks(talks, note);
  placeSlideEntries(slideEntries, talks, { links: meetupLinks, details }, note);
  talks.push(...slidesSections(slideEntries));

  if (beforeHeading.length > 0) {
    const many = beforeHeading.length > 1;
    note(
      beforeHeading[0] ?? 1,
      `${lineList(beforeHeading)} ${many ? 'come' : 'comes'} before the meetup's "#" heading and ${many ? 'are' : 'is'} not read; move ${many ? 'them' : 'it'} below the heading`,
      'warning',
    );
  }
  if (preambleLines.length > 0)
    note(
      preambleLines[0] ?? meetupLine,
      `${lineList(preambleLines)} before the first talk read as the meetup's details, not a talk`,
    );
  let date = frontValue.date;
  if (date === undefined) {
    const found = datedLine(details);
    if (found) {
      date = found.date;
      note(found.line, `meetup date ${found.date} taken from line ${found.line}`);
    }
  }
  let eventUrl = frontValue.eventUrl;
  const eventLine = eventUrls[0];
  if (eventUrl === undefined && eventLine) {
    eventUrl = eventLine.url;
    note(eventLine.line, `event page ${eventLine.url} taken from line ${eventLine.line}`);
  }

  const finished: Talk[] = [];
  for (const t of talks) {
    if (t.passages.length === 0 && t.links.length === 0) {
      // Stryker disable next-line ConditionalExpression: a talk's title is never empty by now; the check is a guard
      if (t.title) note(t.line, `the talk "${t.title}" has no notes; left out`);
      continue;
    }
    finished.push({
      title: t.title,
      line: t.line,
      links: t.links,
      passages: t.passages.length > 0 ? t.passages : [{ text: t.title, line: t.line }],
      ...(t.group !== undefined && { group: t.group }),
      ...(frontValue.notesUrl && {
        notesUrl: t.slug ? `${frontValue.notesUrl}#${t.slug}` : frontValue.notesUrl,
      }),
    });
  }
  if (finished.length === 0)
    problem(meetupLine, 'the notes have no talks ("##" headings with notes under them)');
  return {
    meetup: {
      title,
      file,
      talks: finished,
      ...(date !== undefined && { date }),
      ...(eventUrl !== undefined && { eventUrl }),
      ...(frontValue.notesUrl !== undefined && { notesUrl: frontValue.notesUrl }),
      ...(details.length > 0 && { details }),
      ...(meetupLinks.length > 0 && { links: meetupLinks }),
    },
    problems: byLine(problems),
  };
}

type Note = (line: number, message: string) => void;

/** A talk heading that is only a URL is titled by the talk's first line, or the URL's path. */
function titleLinkOnlyTalks(talks: readonly TalkDraft[], note: Note): void {
  for (const t of talks) {
    if (t.url === undefined) continue;
    // Stryker disable ConditionalExpression,StringLiteral: passages never have empty text, so the first line is never empty
    const fromNotes = t.passages
      .map((p) => firstLine(p.text))
      .find((l) => l !== '' && !URL_ONLY.test(l));
    // Stryker restore ConditionalExpression,StringLiteral
    t.title = cleanTitle(fromNotes ?? urlTail(t.url)).slice(0, UNTITLED_TALK_CHARS);
    // Stryker disable next-line StringLiteral: any label or text without slide or video words reads the same
    const kind = linkKind('', '', t.url);
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
      const at =
        matchTalk(`${entry.label ?? ''} ${entry.text}`, link.url, titles) ??
        (talks.length === 1 ? 0 : undefined);
      // Stryker disable next-line ConditionalExpression: talks[undefined] is undefined too
      const target = at === undefined ? undefined : talks[at];
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
    (owner ? owner.passages : meetup.details).push(passage);
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
      });
    byHeading.set(entry.heading, draft);
  }
  return [...byHeading.values()];
}

/** A list is a passage per bullet; any other block is one passage. */
function units(node: Nodes): Unit[] {
  const parts = node.type === 'list' ? node.children : [node];
  return parts.map((part) => ({ nodes: [part], text: blockText(part).trim(), line: lineOf(part) }));
}

/**
 * `goimports` over `- 外部パッケージの探索が遅い` is one thought: a one-line label of a few words
 * (not a sentence, a link, a picture or a speaker's name) and the short list under it make one
 * passage. A long list keeps a passage per bullet, so an answer still quotes just the bullet.
 * After `---` the first line is the talk's title, so the caller does not ask then.
 */
function labelledList(node: Nodes, list: Nodes): string | undefined {
  if (node.type !== 'paragraph' || list.type !== 'list') return undefined;
  const label = inlineText(node.children).trim();
  const onlyMedia = node.children.every(
    (c) => c.type === 'link' || c.type === 'image' || (c.type === 'text' && c.value.trim() === ''),
  );
  if (
    label === '' ||
    label.includes('\n') ||
    label.length > LABEL_CHARS ||
    /[。.]$|さん$|氏$|^@/.test(label) ||
    onlyMedia ||
    list.children.length > LABELLED_ITEMS
  )
    return undefined;
  const text = `${label}\n${blockText(list).trim()}`;
  return text.length <= LABELLED_CHARS ? text : undefined;
}

function addPassage(talk: TalkDraft, passage: { text: string; line: number }): void {
  talk.passages.push(talk.section === undefined ? passage : { ...passage, section: talk.section });
}

function addLink(links: TalkLink[], link: TalkLink): void {
  if (!links.some((l) => l.url === link.url)) links.push(link);
}

/** A bullet like `資料 <https://…>`, a deck's host, or any link under a `### 資料` section. */
function collectLinks(talk: TalkDraft, node: Nodes): void {
  const underSlides = talk.section !== undefined && isSlidesHeading(talk.section);
  for (const { url, text, label } of linksIn(node)) {
    const kind = linkKind(label, text, url) ?? (underSlides ? 'slides' : undefined);
    if (kind) addLink(talk.links, { kind, url });
  }
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
  // Stryker disable next-line Regex: the title is cleaned afterwards, which collapses runs of spaces
  return tail ? tail.replace(/[-_]+/g, ' ') : hostname;
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

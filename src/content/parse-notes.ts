import GithubSlugger from 'github-slugger';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseFrontMatter } from './front-matter.js';
import type { ContentProblem, Meetup, Passage, Talk, TalkLink } from './meetup.js';

export interface ParsedNotes {
  /** Absent only when nothing in the file could be read as a meetup. */
  readonly meetup?: Meetup;
  readonly problems: readonly ContentProblem[];
}

const SLIDES_LABEL = /^(?:発表)?(?:資料|スライド)|^(?:slides?|slide deck|deck)\b/i;
const VIDEO_LABEL = /^(?:動画|録画|アーカイブ)|^(?:video|recording|youtube)\b/i;
const SLIDES_HOST = /(?:^|\.)(?:speakerdeck\.com|slideshare\.net|docswell\.com)$/;
const VIDEO_HOST = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com)$/;
const UNTITLED_TALK_CHARS = 80;

interface TalkDraft {
  title: string;
  line: number;
  section?: string;
  links: TalkLink[];
  passages: Passage[];
}

/**
 * Reads one notes file: `#` is the meetup, `##` (or a block after `---`) a talk, `###` a
 * section; a bullet with its sub-bullets, or a paragraph, is a passage. Slide and video links come
 * from bullets such as `資料 <https://…>`. Problems are collected with their line; whatever can
 * be understood is still returned.
 */
export function parseNotes(file: string, source: string): ParsedNotes {
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string, lost?: true) =>
    problems.push(lost ? { file, line, message, lost } : { file, line, message });
  const tree: Root = fromMarkdown(source, {
    // GFM: bare URLs (slides: https://…) become links, and tables parse.
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });

  let front: ReturnType<typeof parseFrontMatter> | undefined;
  let meetupTitle: string | undefined;
  let meetupLine = 1;
  const talks: TalkDraft[] = [];
  let talk: TalkDraft | undefined;
  let afterBreak = false;

  const ensureMeetup = (line: number): void => {
    if (meetupTitle !== undefined || front?.value.title) return;
    problem(line, 'a talk comes before the meetup\'s "#" heading (or a title in front matter)');
    meetupTitle = titleFromFileName(file);
  };
  const startTalk = (title: string, line: number): TalkDraft => {
    ensureMeetup(line);
    talk = { title, line, links: [], passages: [] };
    talks.push(talk);
    afterBreak = false;
    return talk;
  };
  const currentTalk = (node: RootContent): TalkDraft | undefined => {
    if (talk && !afterBreak) return talk;
    if (!afterBreak && meetupTitle === undefined) return undefined;
    // Content after `---` with no `##` heading: a talk titled by its first line.
    const title = firstLine(blockText(node)).slice(0, UNTITLED_TALK_CHARS);
    return title ? startTalk(title, lineOf(node)) : undefined;
  };

  for (const node of tree.children) {
    const line = lineOf(node);
    switch (node.type) {
      case 'yaml': {
        // The YAML's first line is the line after the opening fence.
        front = parseFrontMatter(node.value, line + 1);
        for (const p of front.problems) problem(p.line, p.message, p.lost);
        break;
      }
      case 'heading': {
        const text = inlineText(node.children).trim();
        if (node.depth === 1) {
          if (meetupTitle !== undefined) {
            problem(line, 'a second "#" meetup heading; put each meetup in a file of its own');
          } else {
            meetupTitle = text;
            meetupLine = line;
          }
        } else if (node.depth === 2) {
          if (text) startTalk(text, line);
          else problem(line, 'a "##" talk heading has no text');
        } else {
          const target = currentTalk(node);
          if (!target) break;
          if (node.depth === 3) target.section = text;
          else if (text) addPassage(target, { text, line });
        }
        break;
      }
      case 'thematicBreak':
        talk = undefined;
        afterBreak = true;
        break;
      case 'list': {
        const target = currentTalk(node);
        if (!target) break;
        for (const item of node.children) addBlock(target, item);
        break;
      }
      case 'html':
      case 'definition':
      case 'footnoteDefinition':
        break;
      default: {
        const target = currentTalk(node);
        if (target) addBlock(target, node);
      }
    }
  }

  const frontValue = front?.value ?? {};
  const title = frontValue.title ?? meetupTitle;
  if (title === undefined) {
    problem(1, 'the notes have no "#" meetup heading and no title in front matter', true);
    return { problems };
  }
  const slugger = new GithubSlugger();
  const finished: Talk[] = talks
    .filter((t) => t.passages.length > 0 || t.links.length > 0)
    .map((t) => ({
      title: t.title,
      line: t.line,
      links: t.links,
      passages: t.passages.length > 0 ? t.passages : [{ text: t.title, line: t.line }],
      ...(frontValue.notesUrl && { notesUrl: `${frontValue.notesUrl}#${slugger.slug(t.title)}` }),
    }));
  if (finished.length === 0)
    problem(meetupLine, 'the notes have no talks ("##" headings with notes under them)');
  return {
    meetup: {
      title,
      file,
      talks: finished,
      ...(frontValue.date !== undefined && { date: frontValue.date }),
      ...(frontValue.eventUrl !== undefined && { eventUrl: frontValue.eventUrl }),
      ...(frontValue.notesUrl !== undefined && { notesUrl: frontValue.notesUrl }),
    },
    problems,
  };
}

function addBlock(talk: TalkDraft, node: Nodes): void {
  collectLinks(talk, node);
  const text = blockText(node).trim();
  if (text) addPassage(talk, { text, line: lineOf(node) });
}

function addPassage(talk: TalkDraft, passage: { text: string; line: number }): void {
  talk.passages.push(talk.section === undefined ? passage : { ...passage, section: talk.section });
}

/** A bullet like `資料 <https://…>` or `[slides](https://…)` makes the talk's link. */
function collectLinks(talk: TalkDraft, node: Nodes): void {
  visitParagraphs(node, (paragraph) => {
    const urls: { url: string; text: string }[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'link' && /^https?:\/\//i.test(child.url)) {
        urls.push({ url: child.url, text: inlineText(child.children) });
      }
    }
    if (urls.length === 0) return;
    const label = inlineText(paragraph.children)
      .replace(/https?:\/\/\S+/g, '')
      .trim();
    for (const { url, text } of urls) {
      const kind = linkKind(label, text, url);
      if (kind && !talk.links.some((l) => l.url === url)) talk.links.push({ kind, url });
    }
  });
}

function linkKind(label: string, text: string, url: string): TalkLink['kind'] | undefined {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  if (SLIDES_LABEL.test(label) || SLIDES_LABEL.test(text) || SLIDES_HOST.test(host))
    return 'slides';
  if (VIDEO_LABEL.test(label) || VIDEO_LABEL.test(text) || VIDEO_HOST.test(host)) return 'video';
  return undefined;
}

function visitParagraphs(node: Nodes, visit: (p: Extract<Nodes, { type: 'paragraph' }>) => void) {
  if (node.type === 'paragraph') visit(node);
  else if ('children' in node)
    for (const child of (node as Parents).children) visitParagraphs(child, visit);
}

/** Plain text of a block: one line per paragraph or bullet, sub-bullets on lines of their own. */
function blockText(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.children);
    case 'code':
      return node.value;
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => inlineText(cell.children).trim()).join(' | '))
        .join('\n');
    case 'list':
    case 'listItem':
    case 'blockquote':
      return node.children
        .map((child) => blockText(child))
        .filter((t) => t.trim() !== '')
        .join('\n');
    default:
      return '';
  }
}

function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'link': {
        const text = inlineText(node.children);
        // An autolink's text is its URL; keep it so the passage shows where the link goes.
        out += text || node.url;
        break;
      }
      case 'html':
      case 'footnoteReference':
      case 'imageReference':
        break;
      default:
        if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function titleFromFileName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

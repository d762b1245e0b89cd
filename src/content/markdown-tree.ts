import type { Token } from 'markdown-it';
import type { Html, Literal, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { linkTextLiterals } from './gfm-autolink.js';
import { createMarkdownParser } from './markdown-parser.js';

/** TOML front matter, as remark-frontmatter names its node (Hugo writes it between `+++` lines). */
export interface Toml extends Literal {
  type: 'toml';
}

declare module 'mdast' {
  interface RootContentMap {
    toml: Toml;
  }
}

/**
 * The notes as an mdast tree, parsed with markdown-it: the tree micromark with GFM and YAML front
 * matter (or TOML front matter, as remark-frontmatter reads it) built from the same text, in everything the notes parser reads (node types, heading
 * depths, text, code and link values, the line of each block and link), in a twelfth of the
 * time. Nodes carry only those fields; a block's position is its first line.
 */
export function markdownTree(source: string): Root {
  // micromark drops a byte order mark; markdown-it would read it as text.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const front = frontMatter(text);
  const root: Root = { type: 'root', children: [] };
  if (front) root.children.push({ type: front.type, value: front.value, position: at(1) });
  readBlocks(MARKDOWN.parse(front?.body ?? text, {}), root, lineEndings(text));
  return root;
}

/** One configured parser: it keeps nothing between parses but its rules. */
const MARKDOWN = createMarkdownParser();

/** The fence that opens and closes front matter: `---` around YAML, `+++` around TOML. */
const FENCE = /^(---|\+\+\+)[ \t]*\r?$/;

/**
 * Front matter as micromark reads it: a fence line first (`---` for YAML, `+++` for TOML) and
 * the next line of the same fence closing it. Its lines are blanked, so markdown-it reads the
 * rest on the same line numbers.
 */
function frontMatter(
  text: string,
): { type: 'yaml' | 'toml'; value: string; body: string } | undefined {
  // The first line alone tells most notes have none: the text is cut into lines only if it may.
  const firstEnd = text.indexOf('\n');
  const fence = FENCE.exec(firstEnd === -1 ? text : text.slice(0, firstEnd))?.[1];
  if (fence === undefined) return undefined;
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.exec(line)?.[1] === fence);
  if (close === -1) return undefined;
  return {
    type: fence === '---' ? 'yaml' : 'toml',
    value: lines.slice(1, close).join('\n').replace(/\r$/, ''),
    body: lines.map((line, i) => (i <= close ? '' : line)).join('\n'),
  };
}

/**
 * The line ending that ends each (1-based) line. mdast keeps `\r\n` in text and code where the
 * notes have it; markdown-it reads every line ending as `\n`.
 */
type LineEndings = (line: number) => string;

function lineEndings(text: string): LineEndings {
  // Without a carriage return every line ends in a line feed.
  if (!text.includes('\r')) return () => '\n';
  const endings = text.match(/\r\n|\r|\n/g) ?? [];
  // Only a line that has an ending is asked for one.
  return (line) => endings[line - 1] as string;
}

/** `value`'s line feeds as the notes wrote them, its first line being `line`. */
function withEndings(value: string, line: number, eol: LineEndings): string {
  let k = 0;
  return value.replace(/\n/g, () => eol(line + k++));
}

type Position = NonNullable<Root['position']>;

function at(line: number): Position {
  const point = { line, column: 1 };
  return { start: point, end: point };
}

type Block = Exclude<RootContent, PhrasingContent> | Html;

/** The node a block token opens, or undefined for one that adds no node (a table's head). */
function openBlock(token: Token): Block | undefined {
  switch (token.type) {
    case 'heading_open':
      return { type: 'heading', depth: Number(token.tag.slice(1)) as 1, children: [] };
    case 'paragraph_open':
      return { type: 'paragraph', children: [] };
    case 'bullet_list_open':
    case 'ordered_list_open':
      return { type: 'list', ordered: token.type === 'ordered_list_open', children: [] };
    case 'list_item_open':
      return { type: 'listItem', children: [] };
    case 'blockquote_open':
      return { type: 'blockquote', children: [] };
    case 'table_open':
      return { type: 'table', children: [] };
    case 'footnote_open':
      return { type: 'footnoteDefinition', identifier: identifier(token), children: [] };
    case 'tr_open':
      return { type: 'tableRow', children: [] };
    case 'th_open':
    case 'td_open':
      return { type: 'tableCell', children: [] };
    default:
      return undefined;
  }
}

/** A block with no children: code, HTML, a rule or a definition. */
function leafBlock(token: Token, line: number, eol: LineEndings): Block | undefined {
  switch (token.type) {
    case 'fence':
    case 'code_block': {
      // mdast leaves out the line feed that ends the last line.
      const value = token.content.replace(/\n$/, '');
      // A fence's info string names its language first (```js title="x"), as mdast's `lang`; a
      // fence without one has '' (an indented block, none), so a reader can tell the two apart.
      const fenced = token.type === 'fence';
      return {
        type: 'code',
        value: withEndings(value, line + (fenced ? 1 : 0), eol),
        ...(fenced && { lang: token.info.trim().split(/\s+/)[0] ?? '' }),
      };
    }
    case 'html_block':
      return { type: 'html', value: token.content.replace(/\n$/, '') };
    case 'hr':
      return { type: 'thematicBreak' };
    case 'reference_definition':
      return { type: 'definition', identifier: identifier(token), url: '' };
    default:
      return undefined;
  }
}

function readBlocks(tokens: readonly Token[], root: Root, eol: LineEndings): void {
  const stack: Parents[] = [root];
  for (const token of tokens) {
    const parent = stack[stack.length - 1] as Parents;
    // A table cell has no line of its own: its row's.
    const line = token.map ? token.map[0] + 1 : (parent.position as Position).start.line;
    if (token.type === 'inline') {
      const tokens = token.children as Token[];
      const children = readInline(tokens, line, eol);
      if (startsItem(stack) && tokens[0]?.type === 'text') taskCheck(children);
      (parent.children as PhrasingContent[]).push(...children);
    } else if (token.nesting === -1) {
      if (token.type !== 'thead_close' && token.type !== 'tbody_close') stack.pop();
    } else {
      const node = token.nesting === 1 ? openBlock(token) : leafBlock(token, line, eol);
      if (!node) continue;
      node.position = at(line);
      (parent.children as RootContent[]).push(node as RootContent);
      if (token.nesting === 1) stack.push(node as Parents);
    }
  }
}

/** Whether the innermost node is a paragraph that is the first thing in a list item. */
function startsItem(stack: readonly Parents[]): boolean {
  const paragraph = stack[stack.length - 1];
  const item = stack[stack.length - 2];
  return (
    paragraph?.type === 'paragraph' && item?.type === 'listItem' && item.children[0] === paragraph
  );
}

/**
 * GFM's task list item: `[ ]` or `[x]` starting a bullet, then a space or a line break, is a
 * check box, not text. mdast takes one character after it off too.
 */
function taskCheck(children: PhrasingContent[]): void {
  const head = children[0];
  if (head?.type !== 'text' || !/^\[[ \t\nxX]\]/.test(head.value)) return;
  // After it, white space or a line break; or, the paragraph being trimmed, a hard break.
  const rest = head.value.slice(3);
  if (!/^[ \t\r\n]/.test(rest) && !(rest === '' && children[1]?.type === 'break')) return;
  head.value = head.value.slice(4);
  if (head.value === '') children.shift();
}

/** The phrasing nodes of one inline token; `line` is the line the inline text starts on. */
function readInline(tokens: readonly Token[], line: number, eol: LineEndings): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  for (const token of tokens) {
    const parent = stack[stack.length - 1] as { children: PhrasingContent[] };
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    const node = inlineNode(token, line + (token.map?.[0] ?? 0), eol);
    if (!node || (node.type === 'text' && node.value === '')) continue;
    const last = parent.children[parent.children.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else parent.children.push(node);
    if (token.nesting === 1) stack.push(node as { children: PhrasingContent[] });
  }
  linkTextLiterals(root.children);
  return root.children;
}

function inlineNode(token: Token, line: number, eol: LineEndings): PhrasingContent | undefined {
  switch (token.type) {
    case 'text':
    case 'text_special':
      return { type: 'text', value: token.content };
    case 'softbreak':
      return { type: 'text', value: eol(line) };
    case 'hardbreak':
      return { type: 'break' };
    case 'code_inline':
      return { type: 'inlineCode', value: withEndings(token.content, line, eol) };
    case 'html_inline':
      return { type: 'html', value: token.content };
    case 'em_open':
      return { type: 'emphasis', children: [] };
    case 'strong_open':
      return { type: 'strong', children: [] };
    case 's_open':
      return { type: 'delete', children: [] };
    case 'link_open':
      return linkNode(token, line);
    case 'image':
      return imageNode(token, line, eol);
    case 'footnote_ref':
      return { type: 'footnoteReference', identifier: identifier(token) };
    default:
      return undefined;
  }
}

/**
 * A link: written inline, or as a reference (`[text][1]` with `[1]: https://…` on a line of its
 * own, often at the end of the notes), which links where its definition says.
 */
function linkNode(token: Token, line: number): PhrasingContent {
  return {
    type: 'link',
    url: String(token.attrGet('href')),
    children: [],
    position: at(line),
  };
}

function imageNode(token: Token, line: number, eol: LineEndings): PhrasingContent {
  const alt = plainText(readInline(token.children as Token[], line, eol));
  if (token.meta?.label !== undefined)
    return { type: 'imageReference', identifier: identifier(token), referenceType: 'full', alt };
  return { type: 'image', url: String(token.attrGet('src')), alt };
}

/** A reference's or definition's label as mdast keeps it: normalized, lower case. */
function identifier(token: Token): string {
  return String((token.meta as { label: string }).label).toLowerCase();
}

/** mdast's `toString`: the text of every node, an image's alt included. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if ('value' in node) return node.value;
      if ('alt' in node) return String(node.alt);
      return 'children' in node ? plainText(node.children) : '';
    })
    .join('');
}

import markdownit from 'markdown-it';
import type { Nodes, Parents, PhrasingContent } from 'mdast';

/**
 * What of an HTML block is never text: a script, a style, a fallback (noscript) or a template
 * with its content, a comment, each closed or running to the block's end (Markdown runs an
 * unclosed `<!--` on), and navigation (a table of contents).
 */
const HTML_NOT_TEXT =
  /<(script|style|noscript|template|textarea|nav)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
/** Tags that end a line of text: a line break, and the end of a paragraph, a block or a cell. */
const HTML_LINE_END =
  /<br\s*\/?>|<\/(?:p|div|li|blockquote|h[1-6]|tr|td|th|dd|dt|summary|figcaption|pre)\s*>/gi;
/** A tag: `<` then a letter, `/` or `!` (a `<` before a space is text: a < b), up to its `>`. */
const HTML_TAG = /<[/!?]?[A-Za-z][^<>]*>/g;
const DECODE = markdownit().utils.unescapeAll;
/** A table's row, to its end tag or to where the next row or the table's end starts (HTML lets `</tr>` go unwritten). */
const TABLE_ROW = /<tr\b[^<>]*>([\s\S]*?)(?:<\/tr\s*>|(?=<tr\b|<\/t(?:able|body|head|foot)\b)|$)/gi;
const CELL_START = /<t[dh]\b[^<>]*>/gi;

/** A row's text as a Markdown table's row reads: its cells on one line, between " | ". */
function rowLine(row: string): string {
  const [before = '', ...cells] = row.split(CELL_START);
  // A row of no cells (text written straight into it) is its text.
  if (cells.length === 0) return `\n${before}\n`;
  return `\n${cells.map((cell) => cell.replace(HTML_LINE_END, ' ').replace(HTML_TAG, '').trim()).join(' | ')}\n`;
}

/**
 * The text an HTML block shows, one line per paragraph or line break (a line feed in the HTML
 * is a space, as a browser shows it), entities decoded: an
 * embedded post (a tweet quoted in a blog's notes) says something, where tags, scripts and
 * comments say nothing. An iframe or an image alone has no text. A table's row is one line, its
 * cells between " | ", as a Markdown table's.
 */
export function htmlText(html: string): string {
  // A line feed in HTML is a space: lines end only at the tags that end them.
  const text = html
    .replace(HTML_NOT_TEXT, '')
    .replace(/\s+/g, ' ')
    .replace(TABLE_ROW, (_, row: string) => rowLine(row))
    .replace(HTML_LINE_END, '\n')
    .replace(HTML_TAG, '');
  return DECODE(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Plain text of a block: one line per paragraph or bullet, sub-bullets on lines of their own. */
export function blockText(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.children);
    case 'code':
      return node.value;
    case 'html':
      return htmlText(node.value);
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

export function inlineText(nodes: readonly PhrasingContent[]): string {
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

type Inline = Extract<Nodes, { type: 'paragraph' | 'heading' }>;

function visitInline(node: Nodes, visit: (p: Inline) => void): void {
  if (node.type === 'paragraph' || node.type === 'heading') visit(node);
  else if ('children' in node)
    for (const child of (node as Parents).children) visitInline(child, visit);
}

/** An http(s) link with its own text and the text of the line around it, minus bare URLs. */
export interface FoundLink {
  readonly url: string;
  readonly text: string;
  readonly label: string;
  /** The file line the link is on (a paragraph's second line is not its first). */
  readonly line: number;
}

const HTTP_LINK = /^https?:\/\//i;

/** Every http(s) link in a block or a heading. */
export function linksIn(node: Nodes): FoundLink[] {
  const found: FoundLink[] = [];
  visitInline(node, (paragraph) => {
    // The line's text is read only for a line with a link: most have none.
    const links = httpLinks(paragraph.children);
    if (links === undefined) return;
    const label = inlineText(paragraph.children)
      .replace(/https?:\/\/\S+/g, '')
      .trim();
    for (const link of links)
      found.push({ url: link.url, text: inlineText(link.children), label, line: lineOf(link) });
  });
  return found;
}

type Link = Extract<PhrasingContent, { type: 'link' }>;

/**
 * The http(s) links of a line, also inside its emphasis (`**[tool](https://…)**`), added to
 * `found`; undefined when there are none (most lines: no array is made for them).
 */
function httpLinks(nodes: readonly PhrasingContent[], found?: Link[]): Link[] | undefined {
  let links = found;
  for (const node of nodes) {
    if (node.type !== 'link') {
      if ('children' in node) links = httpLinks(node.children as PhrasingContent[], links);
    } else if (HTTP_LINK.test(node.url)) {
      if (links === undefined) links = [];
      links.push(node);
    }
  }
  return links;
}

/** A heading as a person reads it: tabs and runs of spaces become one space. */
export function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

import type { Link, PhrasingContent } from 'mdast';

/**
 * GFM autolink literals (bare `https://…`, `www.…` and email addresses) found the way
 * micromark-extension-gfm-autolink-literal finds them, character by character, so a URL ends
 * where GitHub ends it: at white space, and before trailing punctuation, but not at Japanese
 * text or full-width brackets written right after it (`https://…を参照` links all of it).
 * linkify-it ends links at Unicode punctuation and knows nothing of `www.` after `(`, so notes
 * would link differently than they always have.
 */

export type LiteralKind = 'http' | 'www' | 'email';

export interface Literal {
  readonly kind: LiteralKind;
  readonly end: number;
}

/** The end of the text, where micromark reads a `null` code. */
export const EOF = -1;

const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlphanumeric = (c: number) => isAsciiAlpha(c) || (c >= 48 && c <= 57);
/** Space, tab or line ending: micromark's `markdownLineEndingOrSpace`. */
const isSpaceOrEol = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
export const isUnicodeWhitespace = (c: number) => c !== EOF && /\s/.test(String.fromCharCode(c));
/** Punctuation as CommonMark 0.31 counts it: Unicode P and S, one UTF-16 code unit at a time. */
export const isUnicodePunctuation = (c: number) =>
  c !== EOF && /\p{P}|\p{S}/u.test(String.fromCharCode(c));
/** Ends a domain or a path: the end of the text or white space. */
const isEnd = (c: number) => c === EOF || isSpaceOrEol(c) || isUnicodeWhitespace(c);
const isAtext = (c: number) =>
  c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);

/** The code unit at `pos`, or EOF past `max` (micromark reads code units too). */
function codeAt(src: string, pos: number, max: number): number {
  return pos >= 0 && pos < max ? src.charCodeAt(pos) : EOF;
}

/**
 * Where a literal may start, in order: a scheme, `www.` or an email's local part after a
 * character that lets it start there. The inline rule tries only these positions.
 */
export function literalStarts(src: string): number[] {
  const starts = new Set<number>();
  for (const m of src.matchAll(/https?:\/\//gi)) {
    if (!isAsciiAlpha(codeAt(src, m.index - 1, src.length))) starts.add(m.index);
  }
  for (const m of src.matchAll(/www\./gi)) {
    const before = codeAt(src, m.index - 1, src.length);
    if (before === EOF || isSpaceOrEol(before) || '(*_[]~'.includes(String.fromCharCode(before)))
      starts.add(m.index);
  }
  // Only where a run of local-part characters starts, which keeps a long run linear.
  for (const m of src.matchAll(/(?<![\w+.-])[\w+.-]+@/g)) {
    if (codeAt(src, m.index - 1, src.length) !== 47) starts.add(m.index);
  }
  return [...starts].sort((a, b) => a - b);
}

/** The literal that starts at `pos` (one of {@link literalStarts}), or undefined. */
export function literalAt(src: string, pos: number, max: number): Literal | undefined {
  const before = codeAt(src, pos - 1, max);
  const email = before === 47 || isAtext(before) ? -1 : emailEnd(src, pos, max);
  if (email > pos) return { kind: 'email', end: email };
  const c = src.charCodeAt(pos) | 0x20;
  if (c === 0x68) {
    const end = protocolEnd(src, pos, max);
    if (end > pos) return { kind: 'http', end };
  } else if (c === 0x77 && /^www\./i.test(src.slice(pos, pos + 4)) && pos + 4 < max) {
    const end = domainAndPathEnd(src, pos, max);
    if (end > pos) return { kind: 'www', end };
  }
  return undefined;
}

function emailEnd(src: string, pos: number, max: number): number {
  let i = pos;
  while (isAtext(codeAt(src, i, max))) i++;
  if (i === pos || codeAt(src, i, max) !== 64) return -1;
  i++;
  let dot = false;
  let data = false;
  for (;;) {
    const c = codeAt(src, i, max);
    if (c === 46 && isAsciiAlphanumeric(codeAt(src, i + 1, max))) dot = true;
    else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) data = true;
    else break;
    i++;
  }
  return data && dot && isAsciiAlpha(codeAt(src, i - 1, max)) ? i : -1;
}

function protocolEnd(src: string, pos: number, max: number): number {
  const scheme = /^https?:\/\//i.exec(src.slice(pos, Math.min(max, pos + 8)));
  if (!scheme) return -1;
  const i = pos + scheme[0].length;
  const c = codeAt(src, i, max);
  if (isEnd(c) || c < 32 || c === 127 || isUnicodePunctuation(c)) return -1;
  return domainAndPathEnd(src, i, max);
}

function domainAndPathEnd(src: string, pos: number, max: number): number {
  const domain = domainEnd(src, pos, max);
  return domain < 0 ? -1 : pathEnd(src, domain, max);
}

/** A host name; an underscore in its last two labels makes it none. */
function domainEnd(src: string, pos: number, max: number): number {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let i = pos;
  for (; ; i++) {
    const c = codeAt(src, i, max);
    if (c === 46 || c === 95) {
      if (trailEnds(src, i, max)) break;
      if (c === 95) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      continue;
    }
    if (isEnd(c) || (c !== 45 && isUnicodePunctuation(c))) break;
    seen = true;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i;
}

/** Punctuation that ends a path when only more of it, or the end, follows. */
const PATH_TRAIL = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

/** Path, query and fragment: up to white space, less trailing punctuation; `(…)` balanced. */
function pathEnd(src: string, pos: number, max: number): number {
  let open = 0;
  let close = 0;
  let i = pos;
  for (; ; i++) {
    const c = codeAt(src, i, max);
    if (c === 40) open++;
    else if (c === 41 && close < open) close++;
    else if (PATH_TRAIL.has(c)) {
      if (trailEnds(src, i, max)) return i;
      if (c === 41) close++;
    } else if (isEnd(c)) return i;
  }
}

const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);

/** Whether only trailing punctuation (and `&entity;`, `]`) follows `pos` before the link's end. */
function trailEnds(src: string, pos: number, max: number): boolean {
  let i = pos;
  for (;;) {
    const c = codeAt(src, i, max);
    if (TRAIL.has(c)) i++;
    else if (c === 38) {
      const entity = /^&[A-Za-z]+;/.exec(src.slice(i, max));
      if (!entity) return false;
      i += entity[0].length;
    } else if (c === 93) {
      i++;
      const next = codeAt(src, i, max);
      if (next === 40 || next === 91 || isEnd(next)) return true;
    } else return c === 60 || isEnd(c);
  }
}

type Replace = (match: RegExpExecArray) => PhrasingContent[] | false;

/**
 * What mdast-util-gfm-autolink-literal links afterwards in text the syntax above left alone (a
 * URL after an unclosed `[`, `www.` after `「`, `mailto:` addresses): its expressions, in its
 * order. These links have no position, as there.
 */
const TEXT_LITERALS: readonly (readonly [RegExp, Replace])[] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, urlLink],
  [
    /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
    xmppLink,
  ],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, mailtoLink],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, emailLink],
];

/** Links the literals left in the text nodes of `nodes`, outside links. */
export function linkTextLiterals(nodes: PhrasingContent[]): void {
  for (const [find, replace] of TEXT_LITERALS) replaceIn(nodes, find, replace);
}

function replaceIn(nodes: PhrasingContent[], find: RegExp, replace: Replace): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PhrasingContent;
    if (node.type === 'text') {
      const parts = replaceText(node.value, find, replace);
      if (parts) {
        nodes.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node)
      replaceIn(node.children, find, replace);
  }
}

function replaceText(value: string, find: RegExp, replace: Replace): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  const add = (node: PhrasingContent) => {
    const last = parts[parts.length - 1];
    if (last?.type === 'text' && node.type === 'text') last.value += node.value;
    else parts.push(node);
  };
  let start = 0;
  find.lastIndex = 0;
  for (let match = find.exec(value); match; match = find.exec(value)) {
    const found = replace(match);
    if (found === false) {
      find.lastIndex = match.index + 1;
      continue;
    }
    if (start !== match.index) add({ type: 'text', value: value.slice(start, match.index) });
    for (const node of found) add(node);
    start = match.index + match[0].length;
  }
  if (start === 0 && parts.length === 0) return undefined;
  if (start < value.length) add({ type: 'text', value: value.slice(start) });
  return parts;
}

const literalLink = (url: string, text: string): Link => ({
  type: 'link',
  url,
  children: [{ type: 'text', value: text }],
});

function urlLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [, scheme = '', host = '', path = ''] = match;
  const before = codeAt(match.input, match.index - 1, match.input.length);
  if (match.index > 0 && !isUnicodeWhitespace(before) && !isUnicodePunctuation(before))
    return false;
  const www = /^w/i.test(scheme);
  const domain = www ? scheme + host : host;
  if (isUnicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  const [url, trail] = splitTrail(domain + path);
  const shown = (www ? '' : scheme) + url;
  const link = literalLink((www ? 'http://' : '') + shown, shown);
  return trail ? [link, { type: 'text', value: trail }] : [link];
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  const bad = (part: string | undefined) => !!part && (/_/.test(part) || !/[\dA-Za-z]/.test(part));
  return parts.length >= 2 && !bad(parts[parts.length - 1]) && !bad(parts[parts.length - 2]);
}

/** Trailing punctuation off a URL, except the `)` that closes a `(` in it. */
function splitTrail(url: string): [string, string] {
  let end = url.length;
  while (end > 0 && `!"&'),.:;<>?]}`.includes(url.charAt(end - 1))) end--;
  let head = url.slice(0, end);
  let trail = url.slice(end);
  const opening = head.split('(').length - 1;
  let closing = head.split(')').length - 1;
  for (let close = trail.indexOf(')'); close !== -1 && opening > closing; closing++) {
    head += trail.slice(0, close + 1);
    trail = trail.slice(close + 1);
    close = trail.indexOf(')');
  }
  return [head, trail];
}

function emailLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [, local, domain = ''] = match;
  if (/[\d\-_]$/.test(domain)) return false;
  return [literalLink(`mailto:${local}@${domain}`, `${local}@${domain}`)];
}

function mailtoLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [, local, domain = ''] = match;
  if (/[\d\-_]$/.test(domain)) return false;
  const value = `mailto:${local}@${domain}`;
  return [literalLink(value, value)];
}

function xmppLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [whole, local, domain = '', resource] = match;
  const after = match.input.charAt(match.index + whole.length);
  if (/[\d\-_]$/.test(domain) || (resource && (!/[A-Za-z]$/.test(resource) || after === '@')))
    return false;
  const value = `xmpp:${local}@${domain}${resource ?? ''}`;
  return [literalLink(value, value)];
}

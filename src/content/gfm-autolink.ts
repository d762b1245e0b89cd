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
// EOF reads as U+FFFF, which is neither white space nor punctuation.
export const isUnicodeWhitespace = (c: number) => /\s/.test(String.fromCharCode(c));
/** Punctuation as CommonMark 0.31 counts it: Unicode P and S, one UTF-16 code unit at a time. */
export const isUnicodePunctuation = (c: number) => /\p{P}|\p{S}/u.test(String.fromCharCode(c));
/** Ends a domain or a path: the end of the text or white space. */
const isEnd = (c: number) => c === EOF || isSpaceOrEol(c) || isUnicodeWhitespace(c);
const isAtext = (c: number) =>
  c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);

/** Whether a text has the one mark every match of an expression needs (`@`, `://` or `www.`). */
type Needs = (text: string) => boolean;
const WWW = /www\./i;
const hasAt: Needs = (text) => text.includes('@');
const hasUrlMark: Needs = (text) => text.includes('://') || WWW.test(text);

/** The code unit at `pos`, or EOF past the end (micromark reads code units too). */
function codeAt(src: string, pos: number): number {
  return pos >= 0 && pos < src.length ? src.charCodeAt(pos) : EOF;
}

/**
 * Where a literal may start, in order: a scheme, `www.` or an email's local part after a
 * character that lets it start there. The inline rule tries only these positions.
 */
export function literalStarts(src: string): number[] {
  const starts = new Set<number>();
  // Most texts hold none of the marks a literal needs: no scan then (a third of parsing's time
  // went to these scans over notes with no link).
  const colon = src.includes(':');
  const at = src.includes('@');
  const www = WWW.test(src);
  if (!colon && !at && !www) return [];
  for (const m of colon ? src.matchAll(/https?:\/\//gi) : []) {
    if (!isAsciiAlpha(codeAt(src, m.index - 1))) starts.add(m.index);
  }
  for (const m of www ? src.matchAll(/www\./gi) : []) {
    const before = codeAt(src, m.index - 1);
    if (before === EOF || isSpaceOrEol(before) || '(*_[]~'.includes(String.fromCharCode(before)))
      starts.add(m.index);
  }
  // Only where a run of local-part characters starts, which keeps a long run linear.
  for (const m of at ? src.matchAll(/(?<![\w+.-])[\w+.-]+@/g) : []) {
    if (codeAt(src, m.index - 1) !== 47) starts.add(m.index);
  }
  return [...starts].sort((a, b) => a - b);
}

/** The literal that starts at `pos` (one of {@link literalStarts}) and runs to the text's end. */
export function literalAt(src: string, pos: number): Literal | undefined {
  const before = codeAt(src, pos - 1);
  const email = before === 47 || isAtext(before) ? -1 : emailEnd(src, pos);
  if (email !== -1) return { kind: 'email', end: email };
  const start = src.slice(pos, pos + 8).toLowerCase();
  const scheme = /^https?:\/\//.exec(start)?.[0];
  const end = scheme
    ? protocolEnd(src, pos + scheme.length)
    : start.startsWith('www.') && pos + 4 < src.length
      ? domainAndPathEnd(src, pos)
      : -1;
  if (end === -1) return undefined;
  return { kind: scheme ? 'http' : 'www', end };
}

/** A local part, `@`, and a domain with a dot that ends in a letter. */
function emailEnd(src: string, pos: number): number {
  let i = pos;
  while (isAtext(codeAt(src, i))) i++;
  if (i === pos || codeAt(src, i) !== 64) return -1;
  i++;
  let dot = false;
  for (; ; i++) {
    const c = codeAt(src, i);
    // A dot counts only with a letter or digit after it; one at the end is punctuation.
    if (c === 46 && isAsciiAlphanumeric(codeAt(src, i + 1))) dot = true;
    else if (c !== 45 && c !== 95 && !isAsciiAlphanumeric(c)) break;
  }
  return dot && isAsciiAlpha(codeAt(src, i - 1)) ? i : -1;
}

/** After `https://`: a host that does not start with punctuation, and a path. */
function protocolEnd(src: string, pos: number): number {
  const c = codeAt(src, pos);
  if (isEnd(c) || c < 32 || c === 127 || isUnicodePunctuation(c)) return -1;
  return domainAndPathEnd(src, pos);
}

function domainAndPathEnd(src: string, pos: number): number {
  const domain = domainEnd(src, pos);
  return domain === -1 ? -1 : pathEnd(src, domain);
}

/** A host name; an underscore in its last two labels makes it none. */
function domainEnd(src: string, pos: number): number {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let i = pos;
  for (; ; i++) {
    const c = codeAt(src, i);
    if (c === 46 || c === 95) {
      if (trailEnds(src, i)) break;
      if (c === 95) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
    } else if (isEnd(c) || (c !== 45 && isUnicodePunctuation(c))) break;
  }
  return underscoreInLast || underscoreInLastButOne ? -1 : i;
}

/** Punctuation that ends a path when only more of it, or the end, follows. */
const PATH_TRAIL = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

/** Path, query and fragment: up to white space, less trailing punctuation; `(…)` balanced. */
function pathEnd(src: string, pos: number): number {
  let open = 0;
  let close = 0;
  for (let i = pos; ; i++) {
    const c = codeAt(src, i);
    if (c === 40) open++;
    else if (c === 41 && close < open) close++;
    else if (isEnd(c) || (PATH_TRAIL.has(c) && trailEnds(src, i))) return i;
    else if (c === 41) close++;
  }
}

const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
/** A character reference such as `&amp;`, read where `lastIndex` says. */
const ENTITY = /&[A-Za-z]+;/y;

/** Whether only trailing punctuation (and `&entity;`, `]`) follows `pos` before the link's end. */
function trailEnds(src: string, pos: number): boolean {
  let i = pos;
  for (;;) {
    const c = codeAt(src, i);
    if (TRAIL.has(c)) i++;
    else if (c === 38) {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(src)) return false;
      i = ENTITY.lastIndex;
    } else if (c === 93) {
      i++;
      const next = codeAt(src, i);
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
const TEXT_LITERALS: readonly (readonly [RegExp, Replace, Needs])[] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, urlLink, hasUrlMark],
  [
    /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
    xmppLink,
    hasAt,
  ],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, mailtoLink, hasAt],
  [
    /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
    emailLink,
    hasAt,
  ],
];

/** Links the literals left in the text nodes of `nodes`, outside links. */
export function linkTextLiterals(nodes: PhrasingContent[]): void {
  for (const [find, replace, needs] of TEXT_LITERALS) replaceIn(nodes, find, replace, needs);
}

function replaceIn(nodes: PhrasingContent[], find: RegExp, replace: Replace, needs: Needs): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PhrasingContent;
    if (node.type === 'text') {
      // Without the mark no match is possible: the text becomes what replaceText makes of it then.
      const parts = needs(node.value)
        ? replaceText(node.value, find, replace)
        : unmatched(node.value);
      nodes.splice(i, 1, ...parts);
      i += parts.length - 1;
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node)
      replaceIn(node.children, find, replace, needs);
  }
}

/** What {@link replaceText} makes of a text with no match: the text alone, or nothing if empty. */
function unmatched(value: string): PhrasingContent[] {
  return value === '' ? [] : [{ type: 'text', value }];
}

/** The text as text and links, adjacent text joined. */
function replaceText(value: string, find: RegExp, replace: Replace): PhrasingContent[] {
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
    add({ type: 'text', value: value.slice(start, match.index) });
    for (const node of found) add(node);
    start = match.index + match[0].length;
  }
  add({ type: 'text', value: value.slice(start) });
  return parts.filter((node) => node.type !== 'text' || node.value !== '');
}

const literalLink = (url: string, text: string): Link => ({
  type: 'link',
  url,
  children: [{ type: 'text', value: text }],
});

function urlLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [scheme, host, path] = match.slice(1) as [string, string, string];
  const before = match.input.charCodeAt(match.index - 1);
  if (match.index > 0 && !isUnicodeWhitespace(before) && !isUnicodePunctuation(before))
    return false;
  const www = !scheme.includes(':');
  const domain = www ? scheme + host : host;
  if (isUnicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  const [url, trail] = splitTrail(domain + path);
  const shown = (www ? '' : scheme) + url;
  const link = literalLink((www ? 'http://' : '') + shown, shown);
  return [link, { type: 'text', value: trail }];
}

/** At least two labels, the last two with a letter or digit and no underscore. */
function isCorrectDomain(domain: string): boolean {
  const labels = domain.split('.');
  const good = (label: string) => label === '' || !/_|^[^\dA-Za-z]*$/.test(label);
  // The expression that found the URL put a dot in it.
  return labels.slice(-2).every(good);
}

/** Trailing punctuation off a URL, except the `)` that closes a `(` in it. */
function splitTrail(url: string): [string, string] {
  const end = url.length - (/[!"&'),.:;<>?\]}]*$/.exec(url) as RegExpExecArray)[0].length;
  let head = url.slice(0, end);
  let trail = url.slice(end);
  const opening = head.split('(').length;
  for (let closing = head.split(')').length; opening > closing; closing++) {
    const close = trail.indexOf(')');
    if (close === -1) break;
    head += trail.slice(0, close + 1);
    trail = trail.slice(close + 1);
  }
  return [head, trail];
}

function emailLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [local, domain] = match.slice(1) as [string, string];
  if (/[\d\-_]$/.test(domain)) return false;
  return [literalLink(`mailto:${local}@${domain}`, `${local}@${domain}`)];
}

function mailtoLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [local, domain] = match.slice(1) as [string, string];
  if (/[\d\-_]$/.test(domain)) return false;
  const value = `mailto:${local}@${domain}`;
  return [literalLink(value, value)];
}

function xmppLink(match: RegExpExecArray): PhrasingContent[] | false {
  const [whole, , domain, resource] = match as unknown as [string, string, string, string?];
  const after = match.input.charAt(match.index + whole.length);
  if (/[\d\-_]$/.test(domain) || (resource && (!/[A-Za-z]$/.test(resource) || after === '@')))
    return false;
  return [literalLink(whole, whole)];
}

import markdownit, {
  type MarkdownIt,
  type StateBlock,
  type StateInline,
  type Token,
} from 'markdown-it';
import {
  EOF,
  isUnicodePunctuation as isPunctuation,
  isUnicodeWhitespace,
  literalAt,
  literalStarts,
} from './gfm-autolink.js';
import { PlainBlockState, PlainInlineState } from './plain-tokens.js';

/**
 * markdown-it set up to read notes as micromark with GFM does (the parser this replaced, kept
 * to the byte on every note the team and the evaluation hold): bare URLs linked by GFM's rules,
 * `~one~` struck through as well as `~~two~~`, tables with the cells each row has, code spans
 * with their line breaks, and emphasis next to an emoji. Each inline token knows its line.
 */
export function createMarkdownParser(): MarkdownIt {
  // GFM's tables and strikethrough come with the default preset; raw HTML stays HTML.
  const md = markdownit({ html: true });
  md.block.State = PlainBlockState;
  md.inline.State = GfmState as typeof StateInline;
  // mdast keeps a link's URL as written (escapes and entities decoded), never encoded or checked.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.validateLink = () => true;
  // A reference definition is a block of its own in mdast, and counts as one. Text is joined
  // when the tree is built, after a bullet's first token has told an escaped `\[` from a check box.
  md.core.ruler.disable(['strip_references', 'text_join']);
  const inline = md.inline.ruler;
  inline.at('text', textUntilLiteral);
  inline.before('text', 'gfm_literal', literalLink);
  inline.before('text', 'label_end', labelEnd);
  inline.at('link', countOpenLabel(ruleOf(inline, 'link')));
  inline.at('backticks', codeWithLineBreaks(ruleOf(inline, 'backticks')));
  inline.at('newline', lineEndAfterTabs(ruleOf(inline, 'newline')));
  inline.at('escape', escapeOnlyPunctuation(ruleOf(inline, 'escape')));
  inline.at('strikethrough', tildes);
  md.inline.ruler2.at('strikethrough', pairTildes);
  md.block.ruler.at('table', cellsAsWritten(ruleOf(md.block.ruler, 'table')), {
    alt: ['paragraph', 'reference'],
  });
  // A footnote definition ends a paragraph, a quote's lazy line and a table, as a quote does.
  md.block.ruler.before('reference', 'footnote', footnoteDefinition, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  inline.before('link', 'footnote_ref', footnoteCall);
  return md;
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;
type BlockRule = (state: StateBlock, start: number, end: number, silent: boolean) => boolean;

/**
 * The rule markdown-it ships under `name`, to call from the one that replaces it. Rulers keep
 * their rules in `__rules__`, as markdown-it's own plugins read them; no other way names them.
 */
function ruleOf<R>(ruler: { getRules(chain: string): R[] }, name: string): R {
  const rules = (ruler as unknown as { __rules__: { name: string; fn: R }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule "${name}".`);
  return rule.fn;
}

/** micromark reads the end of the text as white space around a delimiter run. */
const isWhitespace = (c: number) => c === EOF || isUnicodeWhitespace(c);

/**
 * The inline state, with what micromark's reading needs: the line of each token, the `[` that
 * began no link and are not closed yet (no literal links after one), and where literals may
 * start.
 */
class GfmState extends PlainInlineState {
  /** `[` that began no link and whose `]` has not come yet. */
  openLabels = 0;
  private counted = 0;
  private lines = 0;
  private starts: number[] | undefined;

  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = super.push(type, tag, nesting);
    token.map = [this.lineAt(this.pos), 0];
    return token;
  }

  /**
   * Emphasis runs as micromark classifies their neighbours: by UTF-16 code unit, so an emoji
   * (two units, neither punctuation) reads as a letter, and `~` next to a run lets it open or close.
   */
  override scanDelims(start: number, canSplitWord: boolean) {
    const marker = this.src.charCodeAt(start);
    let end = start;
    while (this.src.charCodeAt(end) === marker) end++;
    const before = start > 0 ? this.src.charCodeAt(start - 1) : EOF;
    const after = end < this.src.length ? this.src.charCodeAt(end) : EOF;
    const left =
      after === 126 ||
      (!isWhitespace(after) &&
        (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before)));
    const right =
      before === 126 ||
      (!isWhitespace(before) &&
        (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after)));
    return {
      can_open: left && (canSplitWord || !right || isPunctuation(before)),
      can_close: right && (canSplitWord || !left || isPunctuation(after)),
      length: end - start,
    };
  }

  /** The first position after `pos` where a literal link may start. */
  literalStartAfter(pos: number): number {
    this.starts ??= literalStarts(this.src);
    return this.starts.find((s) => s > pos) ?? this.src.length;
  }

  /** Whether a literal link may start at `pos`. */
  isLiteralStart(pos: number): boolean {
    this.starts ??= literalStarts(this.src);
    return this.starts.includes(pos);
  }

  /** Counts line feeds from where it last stopped: tokens are pushed in the text's order. */
  private lineAt(pos: number): number {
    for (; this.counted < pos; this.counted++)
      if (this.src.charCodeAt(this.counted) === 10) this.lines++;
    return this.lines;
  }
}

/** The ASCII characters markdown-it's text rule stops at, as a table (1 where it stops). */
const TERMINATORS = new Uint8Array(128);
for (const code of [
  10, 33, 35, 36, 37, 38, 42, 43, 45, 58, 60, 61, 62, 64, 91, 92, 93, 94, 95, 96, 123, 125, 126,
])
  TERMINATORS[code] = 1;

/** markdown-it's `text` rule, which also stops where a literal link may start. */
function textUntilLiteral(state: StateInline, silent: boolean): boolean {
  const max = Math.min(state.posMax, (state as GfmState).literalStartAfter(state.pos));
  let pos = state.pos;
  // Every terminator is ASCII: a character past the table (a kanji) never stops the text.
  while (pos < max && TERMINATORS[state.src.charCodeAt(pos)] !== 1) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

/** A bare URL, `www.` host or email address, as GFM links it; never inside a link's text. */
function literalLink(state: StateInline, silent: boolean): boolean {
  const gfm = state as GfmState;
  if (silent || state.linkLevel > 0 || gfm.openLabels > 0 || !gfm.isLiteralStart(state.pos))
    return false;
  const literal = literalAt(state.src, state.pos);
  if (!literal) return false;
  const text = state.src.slice(state.pos, literal.end);
  const prefix = { http: '', www: 'http://', email: 'mailto:' }[literal.kind];
  const open = state.push('link_open', 'a', 1);
  open.attrs = [['href', prefix + text]];
  state.push('text', '', 0).content = text;
  state.push('link_close', 'a', -1);
  state.pos = literal.end;
  return true;
}

/** A `[` that began no link stays open until the next `]`: GFM links no literal in between. */
function countOpenLabel(link: InlineRule): InlineRule {
  return (state, silent) => {
    if (link(state, silent)) return true;
    if (!silent && state.src.charCodeAt(state.pos) === 0x5b) (state as GfmState).openLabels++;
    return false;
  };
}

/** A `]` closes the last open `[`; it stays text (the rule never takes it). */
function labelEnd(state: StateInline, silent: boolean): boolean {
  const gfm = state as GfmState;
  if (!silent && gfm.openLabels > 0 && state.src.charCodeAt(state.pos) === 0x5d) gfm.openLabels--;
  return false;
}

/**
 * A code span as mdast keeps it: its line breaks stay line breaks (markdown-it makes them
 * spaces); one space or line break is taken off each end when both ends have one.
 */
function codeWithLineBreaks(backticks: InlineRule): InlineRule {
  return (state, silent) => {
    const start = state.pos;
    const count = state.tokens.length;
    if (!backticks(state, silent)) return false;
    // No token: silent, or a run of backticks with no closing run, which stays text.
    if (state.tokens.length === count) return true;
    const token = state.tokens[state.tokens.length - 1] as Token;
    const fence = token.markup.length;
    const raw = state.src.slice(start + fence, state.pos - fence);
    token.content = /^[ \n][\s\S]*[ \n]$/.test(raw) && /[^ \n]/.test(raw) ? raw.slice(1, -1) : raw;
    return true;
  };
}

/**
 * White space that ends a line goes, tabs too (markdown-it keeps tabs); only two or more spaces
 * and no tab make a hard break.
 */
function lineEndAfterTabs(newline: InlineRule): InlineRule {
  return (state, silent) => {
    const kept = state.pending.replace(/[ \t]+$/, '');
    if (state.pending.slice(kept.length).includes('\t') && state.src.charCodeAt(state.pos) === 10)
      state.pending = kept;
    return newline(state, silent);
  };
}

/** A backslash before anything but ASCII punctuation or a line break is a character of its own. */
function escapeOnlyPunctuation(escapeRule: InlineRule): InlineRule {
  return (state, silent) => {
    const next = state.src.charAt(state.pos + 1);
    if (next !== '\n' && !/[!-/:-@[-`{-~]/.test(next)) return false;
    return escapeRule(state, silent);
  };
}

interface TildeRun {
  readonly token: number;
  readonly length: number;
  readonly open: boolean;
  readonly close: boolean;
}

/** micromark's classes of a neighbouring character: 1 white space, 2 punctuation, 0 other. */
const classify = (c: number) => (isWhitespace(c) ? 1 : isPunctuation(c) ? 2 : 0);

/**
 * GFM strikethrough as micromark reads it: a run of one or two `~` may open or close (three or
 * more is text), and a closing run pairs with the nearest open run of the same length.
 */
function tildes(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (silent || state.src.charCodeAt(start) !== 126) return false;
  let end = start;
  while (state.src.charCodeAt(end) === 126) end++;
  const run = state.src.slice(start, end);
  state.pos = end;
  if (run.length > 2) {
    state.pending += run;
    return true;
  }
  const before = classify(start > 0 ? state.src.charCodeAt(start - 1) : EOF);
  const after = classify(end < state.src.length ? state.src.charCodeAt(end) : EOF);
  const token = state.push('text', '', 0);
  token.content = run;
  const runs = tildeRuns(state);
  runs.push({
    token: state.tokens.length - 1,
    length: run.length,
    open: after === 0 || (after === 2 && before !== 0),
    close: before === 0 || (before === 2 && after !== 0),
  });
  return true;
}

/** The tilde runs of the current nesting level (a link's text is a level of its own). */
function tildeRuns(state: StateInline): TildeRun[] {
  const holder = state.delimiters as unknown as { tildes?: TildeRun[] };
  holder.tildes ??= [];
  return holder.tildes;
}

function pairTildes(state: StateInline): boolean {
  const lists = [state.delimiters, ...state.tokens_meta.map((m) => m?.delimiters)];
  for (const list of lists) {
    const runs = (list as unknown as { tildes?: TildeRun[] } | undefined)?.tildes;
    if (runs) pairRuns(state.tokens, runs);
  }
  return false;
}

function pairRuns(tokens: Token[], runs: readonly TildeRun[]): void {
  const live = runs.map(() => true);
  runs.forEach((closer, c) => {
    if (!closer.close || !live[c]) return;
    for (let o = c - 1; o >= 0; o--) {
      const opener = runs[o] as TildeRun;
      if (!live[o] || !opener.open || opener.length !== closer.length) continue;
      // Runs between the two stay text, as micromark resolves the span's inside first.
      for (let k = o; k <= c; k++) live[k] = false;
      setStrike(tokens[opener.token] as Token, 's_open', 1);
      setStrike(tokens[closer.token] as Token, 's_close', -1);
      return;
    }
  });
}

function setStrike(token: Token, type: string, nesting: Token['nesting']): void {
  token.type = type;
  token.nesting = nesting;
}

/**
 * A table's body rows with the cells each has, as micromark reads them: markdown-it fills a
 * short row with empty cells and drops the cells past the header's count.
 */
function cellsAsWritten(table: BlockRule): BlockRule {
  return (state, start, end, silent) => {
    // A delimiter row needs a `|` or a `:`; `---` alone underlines a heading.
    if (!/[|:]/.test(lineText(state, start + 1))) return false;
    const first = state.tokens.length;
    if (!table(state, start, end, silent)) return false;
    const tokens = state.tokens.splice(first);
    state.tokens.push(...rowsAsWritten(state, tokens));
    return true;
  };
}

/** Every row fitted; the head row has the header's cells already. */
function rowsAsWritten(state: StateBlock, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'tr_close') fitRow(state, out);
    out.push(token);
  }
  return out;
}

/** Trims or extends the row ending `out` to the cells its line has. */
function fitRow(state: StateBlock, out: Token[]): void {
  const rowStart = out.findLastIndex((t) => t.type === 'tr_open');
  const line = ((out[rowStart] as Token).map as [number, number])[0];
  const cells = rowCells(lineText(state, line));
  const have = out.slice(rowStart).filter((t) => t.type === 'inline').length;
  out.splice(rowStart + 1 + cells.length * 3);
  for (const cell of cells.slice(have)) {
    const inline = new state.Token('inline', '', 0);
    inline.content = cell.trim();
    inline.children = [];
    out.push(new state.Token('td_open', 'td', 1), inline, new state.Token('td_close', 'td', -1));
  }
}

function lineText(state: StateBlock, line: number): string {
  const from = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  return state.src.slice(from, state.eMarks[line]);
}

/** A row's cells as markdown-it splits them (`\\|` is no separator), outer pipes dropped. */
function rowCells(row: string): string[] {
  const cells = row
    .trim()
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replaceAll('\\|', '|'));
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  // A row that is only `|` has one empty cell.
  return cells.length > 0 ? cells : [''];
}

/**
 * A GFM footnote label after `[^`: no white space and no `[`, `\\` escaping a bracket; the
 * normalized label and where the `]` is, or undefined.
 */
function footnoteLabel(
  src: string,
  start: number,
  max: number,
): { label: string; end: number } | undefined {
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return undefined;
  let i = start + 2;
  // Past `max` (or the text) a character is a line break or none: no label runs on there.
  for (; i - start <= 1001; i++) {
    const c = src.charAt(i);
    if (c === ']') break;
    if (c === '[' || c === '' || /\s/.test(c)) return undefined;
    if (c === '\\' && /[[\\\]]/.test(src.charAt(i + 1))) i++;
  }
  if (i >= max || i === start + 2 || i - start > 1001) return undefined;
  // micromark compares labels case-folded (`normalizeIdentifier`).
  return {
    label: src
      .slice(start + 2, i)
      .toLowerCase()
      .toUpperCase(),
    end: i,
  };
}

/** The labels of the footnotes the notes define, for the calls to find. */
function footnotes(env: object): Set<string> {
  const holder = env as { footnotes?: Set<string> };
  holder.footnotes ??= new Set<string>();
  return holder.footnotes;
}

/**
 * A GFM footnote definition, `[^1]: …`: its first line and the lines indented four spaces under
 * it (or lazily continuing its paragraph) are its blocks.
 */
function footnoteDefinition(
  state: StateBlock,
  start: number,
  end: number,
  silent: boolean,
): boolean {
  // No check of indentation: a line indented four spaces is code, or goes on a paragraph, and
  // markdown-it reads both before this rule.
  const from = (state.bMarks[start] ?? 0) + (state.tShift[start] ?? 0);
  const max = state.eMarks[start] ?? 0;
  const found = footnoteLabel(state.src, from, max);
  if (!found || state.src.charCodeAt(found.end + 1) !== 0x3a) return false;
  if (silent) return true;
  footnotes(state.env).add(found.label);
  const open = state.push('footnote_open', '', 1);
  open.map = [start, 0];
  open.meta = { label: found.label };
  const saved = { b: state.bMarks[start], t: state.tShift[start], s: state.sCount[start] };
  // The definition's content starts after `:` and its white space, at the indent of its lines.
  let pos = found.end + 2;
  while (pos < max && (state.src.charCodeAt(pos) === 0x20 || state.src.charCodeAt(pos) === 0x09))
    pos++;
  state.bMarks[start] = pos;
  state.tShift[start] = 0;
  state.blkIndent += 4;
  state.sCount[start] = state.blkIndent;
  state.md.block.tokenize(state, start, end);
  state.blkIndent -= 4;
  state.bMarks[start] = saved.b ?? 0;
  state.tShift[start] = saved.t ?? 0;
  state.sCount[start] = saved.s ?? 0;
  open.map[1] = state.line;
  state.push('footnote_close', '', -1);
  return true;
}

/** A call of a footnote the notes define, `[^1]`; an undefined one is text, as in GFM. */
function footnoteCall(state: StateInline, silent: boolean): boolean {
  // Silent is a link's label being measured: a call is then a bracket like any other, which
  // lets a link hold one (markdown-it ends a link's label at any longer bracketed token).
  if (silent) return false;
  const found = footnoteLabel(state.src, state.pos, state.posMax);
  if (!found || !footnotes(state.env).has(found.label)) return false;
  state.push('footnote_ref', '', 0).meta = { label: found.label };
  state.pos = found.end + 1;
  return true;
}

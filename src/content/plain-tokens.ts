import markdownit, {
  type Delimiter,
  type Env,
  type MarkdownIt,
  type StateInline,
  type Token,
} from 'markdown-it';

/**
 * markdown-it 15 is shipped compiled with a helper that sets each of a token's thirteen fields
 * through a generic keyed property definition, and every token of a parse goes through it: a
 * sixth of the notes' parse time (0.45 s of 3.0 s for 1,000 meetups of generated notes). A token
 * made here has the same fields, set in the same order, on markdown-it's own `Token` prototype,
 * so it is a `Token` to every rule and to `instanceof`.
 */
const PlainToken = function (
  this: Token,
  type: string,
  tag: string,
  nesting: Token['nesting'],
): void {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
} as unknown as typeof markdownit.Token;
PlainToken.prototype = markdownit.Token.prototype;

/**
 * markdown-it's block state, pushing its tokens as {@link PlainToken}s; what it does with each
 * (block, levels) is markdown-it's `StateBlock.push`, which test/content/plain-tokens.test.ts
 * holds to the library's own tokens.
 */
export class PlainBlockState extends markdownit.StateBlock {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new PlainToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

/**
 * markdown-it's inline state with its fields set plainly, as {@link PlainToken}'s are: a parse
 * makes one for every paragraph, heading and table cell (twelve fields through the helper each,
 * another 0.1 s of the 1,000 meetups' parse). The same fields, in the same order, with the same
 * values; its methods are `StateInline`'s.
 */
const PlainInlineFields = function (
  this: StateInline,
  src: string,
  md: MarkdownIt,
  env: Env,
  outTokens: Token[],
): void {
  this.pos = 0;
  this.level = 0;
  this.pending = '';
  this.pendingLevel = 0;
  this.cache = {};
  this.backticks = {};
  this.backticksScanned = false;
  this.skipHtmlSpecial = false;
  this.linkLevel = 0;
  this.delimiters = [];
  this._prev_delimiters = [];
  this.Token = markdownit.Token;
  this.src = src;
  this.env = env;
  this.md = md;
  this.tokens = outTokens;
  this.tokens_meta = Array(outTokens.length);
  this.posMax = this.src.length;
} as unknown as typeof markdownit.StateInline;
PlainInlineFields.prototype = Object.create(markdownit.StateInline.prototype);

/**
 * markdown-it's inline state, pushing its tokens (and the pending text) as {@link PlainToken}s;
 * the levels and the delimiter lists are kept as markdown-it's `StateInline.push` keeps them.
 */
export class PlainInlineState extends PlainInlineFields {
  override pushPending(): Token {
    const token = new PlainToken('text', '', 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = '';
    return token;
  }

  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    if (this.pending) this.pushPending();
    const token = new PlainToken(type, tag, nesting);
    let meta: StateInline['tokens_meta'][number];
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop() as Delimiter[];
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(meta);
    return token;
  }
}

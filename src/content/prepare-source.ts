/** What {@link prepareSource} changed, by 1-based line, so the reading can be reported. */
export interface PreparedSource {
  readonly text: string;
  /** `#title` on the first line: a space was put after the `#`. */
  readonly titleLine?: number;
  /** Lines that start with `-` (or `*`) and no space: the space was put in. */
  readonly bulletLines: readonly number[];
  /** Lines that start with `##` (to `######`) and no space: the space was put in. */
  readonly headingLines?: readonly number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * An HTML table opening a line, as a site generator's pages write a programme. CommonMark ends an
 * HTML block at a blank line, so the rows after one would be read as an indented code block and
 * shown as markup; the generators these pages are written for (kramdown, Hugo's Goldmark with
 * unsafe HTML) read the table to its end tag.
 */
const TABLE_OPEN = /^ {0,3}<table(?=[\s>/]|$)/im;
const TABLE_CLOSE = /<\/table\s*>/i;
/** What a blank line inside a table becomes: an empty comment, which keeps the HTML block going. */
const BLANK_IN_TABLE = '<!-- -->';
/** A line no table runs past: a heading or a fence. A table not closed before one is left as CommonMark reads it. */
const OUTSIDE_TABLE = /^ {0,3}(?:#{1,6}(?:\s|$)|#{2,6}[^#\s]|`{3,}|~{3,})/;

/**
 * The line of the `</table>` that closes the table opening line `open` (that line itself when it
 * closes there), or -1 when a heading, a fence or the file's end comes first: an unclosed table
 * must not take the notes after it into one block. `stop` is where the look ended: a table
 * opened before it and after `open` has no close either.
 */
function tableClose(lines: readonly string[], open: number): { close: number; stop: number } {
  for (let i = open; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (TABLE_CLOSE.test(line)) return { close: i, stop: i };
    // The opening line is none of these: it opens the table.
    if (OUTSIDE_TABLE.test(line)) return { close: -1, stop: i };
  }
  return { close: -1, stop: lines.length };
}
// `-` then a character that cannot start a bullet's own text by mistake: not a space (already a
// bullet), `-` (a rule, `-->`), a digit (a negative number), `>` (an arrow) or `:`/`|` (a
// table's delimiter row).
const DASH_BULLET = /^([ \t]*)-(?=[^\s\d>:|-])/;
// `*` only when no other `*` follows on the line, so `*emphasis*` and `**bold**` stay as they are.
const STAR_BULLET = /^([ \t]*)\*(?=[^\s*])(?!.*\*)/;
/**
 * `##` to `######` then the heading's text with no space (`##参加者`): Markdown renderers before
 * CommonMark read it as a heading, and notes of that time are written so. One `#` is left alone
 * past the first line (`#vmware_meetup` is a hashtag); two or more never start a hashtag.
 */
const SPACELESS_HEADING = /^ {0,3}(#{2,6})(?=[^#\s]|\u3000)/;
/**
 * A site generator's code block, a fence to the generator, written as one here (its language
 * kept) so the code's `# comment` lines are no headings: Jekyll's `{% highlight ruby %}` to
 * `{% endhighlight %}`, Hugo's `{{< highlight go >}}` to `{{< /highlight >}}`. Each part of a
 * tag is read without backtracking (`[^%{}]*`, `[^{}]*`): a long line costs one pass.
 */
const HIGHLIGHT_OPEN =
  /^ {0,3}(?:\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)(?:[ \t][^%{}]*)?%\}|\{\{[<%][ \t]*highlight[ \t]+([\w+#.-]+)(?:[ \t][^{}]*)?[>%]\}\})[ \t]*$/;
const HIGHLIGHT_CLOSE =
  /^ {0,3}(?:\{%-?[ \t]*endhighlight[ \t]*-?%\}|\{\{[<%][ \t]*\/highlight[ \t]*[>%]\}\})[ \t]*$/;
/** The fence a highlight block becomes: long, so a fence in the code it holds cannot close it. */
const HIGHLIGHT_FENCE = '~~~~~';
/**
 * A line of a site generator's template tags only: Hugo's shortcodes (`{{< image src=… >}}`,
 * `{{% table %}}`, `{{< /tweet >}}`) and Jekyll's Liquid tags (`{% include … %}`). The
 * generator replaces them with markup when it builds the page; in the notes they are no text,
 * and read as a paragraph they were a passage of attribute names. The line is left blank. Only
 * in a post with front matter (what such generators read), never indented as code, and not
 * between Liquid's `{% raw %}` and `{% endraw %}`, whose lines the page shows as written.
 */
const TEMPLATE_TAG = String.raw`\{\{[<%][^{}]*[>%]\}\}|\{%[^{}]*%\}`;
const TEMPLATE_LINE = new RegExp(`^ {0,3}(?:(?:${TEMPLATE_TAG})[ \\t]*)+$`);
const RAW_OPEN = /\{%-?[ \t]*raw[ \t]*-?%\}/;
const RAW_CLOSE = /\{%-?[ \t]*endraw[ \t]*-?%\}/;

/**
 * Any line that may be one of the slips below, read over the whole text at once (`m`: each line's
 * start; `.` stops at a line's end as it does in a line alone).
 */
const MAY_NEED_FIXING = [
  new RegExp(DASH_BULLET.source, 'm'),
  new RegExp(STAR_BULLET.source, 'm'),
  /^#[^#\s]/m,
  new RegExp(SPACELESS_HEADING.source, 'm'),
  /^ {0,3}\{[{%]/m,
  TABLE_OPEN,
];

/**
 * Fixes, line by line and without moving any line, slips that CommonMark reads as plain text:
 * `#title` with no space on the first line (the meetup's heading, unless a `# ` heading follows),
 * `##heading` with none anywhere, and a bullet without its space (`-foo`, which would otherwise
 * glue itself onto the bullet above); keeps an HTML table one block across its blank lines (see
 * {@link TABLE_OPEN}); and, in a post with front matter, reads a site generator's code block as
 * a fence and blanks its lines of template tags (see {@link TEMPLATE_LINE}). Front matter and
 * fenced code are left alone.
 */
export function prepareSource(source: string): PreparedSource {
  // Most notes have neither slip: one look at the whole text spares cutting it into lines.
  // Stryker disable next-line ConditionalExpression: a shortcut; for such notes the pass below returns the same text and no fixes
  if (!MAY_NEED_FIXING.some((slip) => slip.test(source))) return { text: source, bulletLines: [] };
  const lines = source.split('\n');
  const fixed = { bullet: [] as number[], heading: [] as number[] };
  let titleLine: number | undefined;
  let fence: string | undefined;
  let seenText = false;
  const start = bodyStart(lines);
  // A site generator's post: its template tags are read (see TEMPLATE_LINE).
  const post = start > 0;
  // Inside a highlight block, and the last line that closes one (an unclosed one is no code);
  // inside a raw block.
  let highlight = false;
  let raw = false;
  const lastClose = post ? lines.findLastIndex((l) => HIGHLIGHT_CLOSE.test(l)) : -1;
  // The line that closes the table being read: blank lines before it are filled. Up to
  // `unclosedTo`, no table opening a line is closed (each is looked past once, not again).
  let tableEnd = -1;
  let unclosedTo = -1;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i < tableEnd) {
      if (line.trim() === '') lines[i] = BLANK_IN_TABLE;
      continue;
    }
    if (highlight) {
      if (HIGHLIGHT_CLOSE.test(line)) [lines[i], highlight] = [HIGHLIGHT_FENCE, false];
      continue;
    }
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = undefined;
      continue;
    }
    const opened = i < lastClose && !raw ? HIGHLIGHT_OPEN.exec(line) : null;
    const language = opened ? (opened[1] ?? opened[2] ?? '') : undefined;
    if (fenceMark !== undefined || language !== undefined) {
      if (language !== undefined) [lines[i], highlight] = [`${HIGHLIGHT_FENCE}${language}`, true];
      else fence = fenceMark;
      seenText = true;
      continue;
    }
    // Also before the first text: a tag line (`{% include … %}` under the front matter) is none.
    if (post && (raw ? RAW_CLOSE.test(line) : TEMPLATE_LINE.test(line))) {
      raw = raw ? false : RAW_OPEN.test(line) && !RAW_CLOSE.test(line);
      lines[i] = '';
      continue;
    }
    if (!seenText && line.trim() !== '') {
      seenText = true;
      // With a real `# ` heading further down, `#vmware_meetup` up here is a hashtag.
      if (/^#[^#\s]/.test(line) && !lines.slice(i + 1).some((l) => /^ {0,3}#(?:\s|$)/.test(l))) {
        lines[i] = `# ${line.slice(1)}`;
        titleLine = i + 1;
        continue;
      }
    }
    if (TABLE_OPEN.test(line)) {
      if (i >= unclosedTo) {
        const { close, stop } = tableClose(lines, i);
        tableEnd = close;
        if (close < 0) unclosedTo = stop;
      }
      continue;
    }
    const space = spaceMissing(line);
    if (space) {
      lines[i] = `${line.slice(0, space.at)} ${line.slice(space.at)}`;
      fixed[space.kind].push(i + 1);
    }
  }
  return {
    text: lines.join('\n'),
    bulletLines: fixed.bullet,
    ...(fixed.heading.length > 0 && { headingLines: fixed.heading }),
    ...(titleLine !== undefined && { titleLine }),
  };
}

/** The first line after the front matter (`---` or `+++` fences), or 0 when there is none. */
function bodyStart(lines: readonly string[]): number {
  const fenceOfFront = /^(---|\+\+\+)\s*$/.exec(lines[0] ?? '')?.[1];
  // No closing fence (-1) is no front matter: the body starts at 0.
  return fenceOfFront ? lines.findIndex((l, i) => i > 0 && l.trim() === fenceOfFront) + 1 : 0;
}

/** Where a heading (`##x`) or a bullet (`-x`) written without its space needs one. */
function spaceMissing(line: string): { at: number; kind: 'heading' | 'bullet' } | undefined {
  const heading = SPACELESS_HEADING.exec(line);
  if (heading) return { at: heading.index + heading[0].length, kind: 'heading' };
  const bullet = DASH_BULLET.exec(line) ?? STAR_BULLET.exec(line);
  return bullet ? { at: (bullet[1] ?? '').length + 1, kind: 'bullet' } : undefined;
}

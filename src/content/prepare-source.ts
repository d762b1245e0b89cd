/** What {@link prepareSource} changed, by 1-based line, so the reading can be reported. */
export interface PreparedSource {
  readonly text: string;
  /** `#title` on the first line: a space was put after the `#`. */
  readonly titleLine?: number;
  /** Lines that start with `-` (or `*`) and no space: the space was put in. */
  readonly bulletLines: readonly number[];
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
// `-` then a character that cannot start a bullet's own text by mistake: not a space (already a
// bullet), `-` (a rule, `-->`), a digit (a negative number), `>` (an arrow) or `:`/`|` (a
// table's delimiter row).
const DASH_BULLET = /^(\s*)-(?=[^\s\d>:|-])/;
// `*` only when no other `*` follows on the line, so `*emphasis*` and `**bold**` stay as they are.
const STAR_BULLET = /^(\s*)\*(?=[^\s*])(?!.*\*)/;

/**
 * Any line that may be one of the slips below, read over the whole text at once (`m`: each line's
 * start; `.` stops at a line's end as it does in a line alone).
 */
const MAY_NEED_FIXING = [
  new RegExp(DASH_BULLET.source, 'm'),
  new RegExp(STAR_BULLET.source, 'm'),
  /^#[^#\s]/m,
  TABLE_OPEN,
];

/**
 * Fixes, line by line and without moving any line, two slips that CommonMark reads as plain
 * text: `#title` with no space on the first line (the meetup's heading, unless a `# ` heading
 * follows) and a bullet without its space (`-foo`, which would otherwise glue itself onto the
 * bullet above); and keeps an HTML table one block across its blank lines (see
 * {@link TABLE_OPEN}). Front matter and fenced code are left alone.
 */
export function prepareSource(source: string): PreparedSource {
  // Most notes have neither slip: one look at the whole text spares cutting it into lines.
  // Stryker disable next-line ConditionalExpression: a shortcut; for such notes the pass below returns the same text and no fixes
  if (!MAY_NEED_FIXING.some((slip) => slip.test(source))) return { text: source, bulletLines: [] };
  const lines = source.split('\n');
  const bulletLines: number[] = [];
  let titleLine: number | undefined;
  let start = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
    if (end > 0) start = end + 1;
  }
  let fence: string | undefined;
  let seenText = false;
  let inTable = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inTable) {
      if (line.trim() === '') lines[i] = BLANK_IN_TABLE;
      inTable = !TABLE_CLOSE.test(line);
      continue;
    }
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      seenText = true;
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
      seenText = true;
      inTable = !TABLE_CLOSE.test(line);
      continue;
    }
    const bullet = DASH_BULLET.exec(line) ?? STAR_BULLET.exec(line);
    if (bullet) {
      const at = (bullet[1] ?? '').length + 1;
      lines[i] = `${line.slice(0, at)} ${line.slice(at)}`;
      bulletLines.push(i + 1);
    }
  }
  return {
    text: lines.join('\n'),
    bulletLines,
    ...(titleLine !== undefined && { titleLine }),
  };
}

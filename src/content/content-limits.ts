/**
 * How much of the notes folder the bot reads. Organizers' notes are a few kilobytes each in a
 * few dozen files; the limits are far above that and far below what stalls the bot (a symlink
 * loop is 2^40 paths, a 3 MB note takes the Markdown parser 43 s, a 5,000-deep list overflows
 * its stack). Content beyond a limit is an error that names the file and the limit, so a reload
 * keeps the last good index.
 */
export interface ContentLimits {
  /** Notes files read at most; the rest are not served. */
  readonly maxFiles: number;
  /** Bytes one note (or the glossary) may have; a bigger file is not read at all. */
  readonly maxFileBytes: number;
  /** Folders below the notes folder followed at most (`a/b/c.md` is 2 deep). */
  readonly maxFolderDepth: number;
  /** Levels of nesting one line may start at: list markers, `>` quotes and indentation. */
  readonly maxNesting: number;
}

export const DEFAULT_CONTENT_LIMITS = {
  maxFiles: 5_000,
  maxFileBytes: 256 * 1024,
  maxFolderDepth: 16,
  maxNesting: 100,
} as const satisfies ContentLimits;

/** `1 MB`, `512 KB`: a limit as an organizer reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The first line that starts deeper than `max` levels, with its depth. A level is a list marker
 * (`-`, `*`, `+`, `1.`) or a `>`, each with the space after it, or two more columns of
 * indentation before the text: a conservative
 * reading of how deep the Markdown parser must nest (it counts more than the parser would,
 * never less, so a file cannot slip past with markers the parser reads another way).
 */
export function findDeepNesting(
  source: string,
  max: number,
): { readonly line: number; readonly depth: number } | undefined {
  let line = 1;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    const depth = lineDepth(source, start, stop);
    if (depth > max) return { line, depth };
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return undefined;
}

function lineDepth(source: string, start: number, stop: number): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  while (i < stop) {
    const c = source.charCodeAt(i);
    if (c === 0x20) columns += 1;
    else if (c === 0x09) columns += 4;
    else if (c === 0x3e /* > */) {
      markers += 1;
      if (source.charCodeAt(i + 1) === 0x20) i += 1;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && isSpaceOrEnd(source, i + 1, stop)) {
      // The one space after a marker belongs to it; more is indentation.
      markers += 1;
      i += 1;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < stop && source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x39) j += 1;
      const after = source.charCodeAt(j);
      if ((after !== 0x2e && after !== 0x29) || !isSpaceOrEnd(source, j + 1, stop)) break;
      markers += 1;
      i = j + 1;
    } else break;
    i += 1;
  }
  return markers + Math.floor(columns / 2);
}

function isSpaceOrEnd(source: string, i: number, stop: number): boolean {
  if (i >= stop) return true;
  const c = source.charCodeAt(i);
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

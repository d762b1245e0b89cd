/** A slide deck or recording that belongs to a talk, taken from the notes themselves. */
export interface TalkLink {
  readonly kind: 'slides' | 'video';
  readonly url: string;
}

/** One answerable unit of the notes: a bullet with its sub-bullets, or a paragraph. */
export interface Passage {
  /** Plain text, as a person reads it (Markdown markup removed, one line per bullet). */
  readonly text: string;
  /** The `###` heading the passage sits under, if any. */
  readonly section?: string;
  /** 1-based line in the source file where the passage starts. */
  readonly line: number;
}

/** A talk: a `##` heading (or a `---`-separated block) inside a meetup's notes. */
export interface Talk {
  readonly title: string;
  /** Link to this talk inside the published notes, when the meetup has a notes URL. */
  readonly notesUrl?: string;
  readonly links: readonly TalkLink[];
  readonly passages: readonly Passage[];
  readonly line: number;
}

/** One meetup: a Markdown file with a `#` heading and optional front matter. */
export interface Meetup {
  readonly title: string;
  /** Path of the source file, relative to the content directory. */
  readonly file: string;
  readonly date?: string;
  readonly eventUrl?: string;
  readonly notesUrl?: string;
  readonly talks: readonly Talk[];
}

/** A problem found in a content file: bad content is collected, never thrown. */
export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /**
   * Set when content could not be read at all (an unreadable file, front matter or glossary that
   * is not YAML, notes with no meetup): what is served is missing something, so a live reload
   * keeps the last good index. Without it the problem is a warning and everything else loaded.
   */
  readonly lost?: true;
  /**
   * How serious the problem is: `error` when content is not served (the same as `lost`),
   * `warning` when it is served but something was ignored or looks wrong, `info` for how a file
   * was read. When absent it follows `lost`; read it with `problemLevel`.
   */
  readonly level?: 'error' | 'warning' | 'info';
}

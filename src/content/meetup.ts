/** A slide deck or recording that belongs to a talk, taken from the notes themselves. */
export interface TalkLink {
  readonly kind: 'slides' | 'video';
  readonly url: string;
}

/**
 * An address the notes give other than slides or a recording: a repository, a site, a reference
 * (an http(s) URL; never a person's profile nor this machine's, `localhost`).
 */
export interface Address {
  readonly url: string;
  /** The link's own text (`[the repository](…)`); absent for a bare URL, which is its own label. */
  readonly label?: string;
}

/** One answerable unit of the notes: a bullet with its sub-bullets, or a paragraph. */
export interface Passage {
  /** Plain text, as a person reads it (Markdown markup removed, one line per bullet). */
  readonly text: string;
  /** The section heading the passage sits under (`###` under a `##` talk), if any. */
  readonly section?: string;
  /** 1-based line in the source file where the passage starts. */
  readonly line: number;
  /**
   * Set when the passage links somewhere other than slides or a recording (a repository, a site,
   * a reference): the addresses it gives, in the notes' order, each once. A question asking for
   * a URL is answered only by such a passage.
   */
  readonly addresses?: readonly Address[];
  /**
   * Set on a meetup's details item that is only links or pictures (a sign-up link, a photo's
   * caption): its text is their labels, which state nothing of the meetup but a link's own words.
   */
  readonly media?: 'links' | 'pictures';
}

/**
 * A talk: a `##` heading (or a `---`-separated block) inside a meetup's notes; in notes that
 * group their talks, a `###` under a `## セッション`-like heading; in notes that head every talk
 * with `#`, a `#` after the meetup's own.
 */
export interface Talk {
  readonly title: string;
  /** The heading the talk is grouped under (`Keynote`, `LT`, `セッション`…), when there is one. */
  readonly group?: string;
  /** Link to this talk inside the published notes, when the meetup has a notes URL. */
  readonly notesUrl?: string;
  readonly links: readonly TalkLink[];
  /**
   * Set when its heading links somewhere other than slides, a recording or a profile (the
   * repository or the page the talk is about), or a section's heading does: those addresses.
   */
  readonly addresses?: readonly Address[];
  readonly passages: readonly Passage[];
  readonly line: number;
}

/** One meetup: a Markdown file with a `#` heading and optional front matter. */
export interface Meetup {
  readonly title: string;
  /** Path of the source file, relative to the content directory. */
  readonly file: string;
  /** `YYYY-MM-DD` from front matter, or from a date line before the first talk. */
  readonly date?: string;
  readonly eventUrl?: string;
  readonly notesUrl?: string;
  /**
   * What the notes say about the meetup itself rather than a talk: the lines between the
   * meetup's heading and its first talk (date, venue, hashtag, event page), a group heading's
   * own text, and slide entries under `## 資料` that name no talk. Absent when there are none.
   */
  readonly details?: readonly Passage[];
  /** Slide and video links of the meetup as a whole (those that belong to no one talk). */
  readonly links?: readonly TalkLink[];
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
   * How serious it is. Absent on older problems: then `lost` decides (an error with it, a warning
   * without). `info` is not a problem at all but a note on how the file was read (talks found
   * under a group heading, a date taken from a line), so an organizer can check the reading; it
   * never fails `check-content` or a reload.
   * Read it with `problemLevel`.
   */
  readonly level?: 'error' | 'warning' | 'info';
}

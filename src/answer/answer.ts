import type { Address, TalkLink } from '../content/meetup.js';

/** A half-open range `[start, end)` of UTF-16 offsets into a snippet. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** One ranked passage that answers the question. */
export interface AnswerResult {
  readonly meetup: string;
  readonly talk: string;
  readonly section?: string;
  /** Plain text, at most {@link SNIPPET_MAX_CHARS} characters, built around the matching passage. */
  readonly snippet: string;
  /** Where the question's terms occur in `snippet`; each adapter decides how to emphasise them. */
  readonly matches: readonly TextRange[];
  /** The talk's slide and video links. */
  readonly links: readonly TalkLink[];
  /**
   * Set when the question asked for an address (a URL, a repository): the addresses the shown
   * passage gives (for the first result, else its talk's heading's), none of them one of `links`,
   * at most {@link ADDRESSES_PER_RESULT}. Absent for any other question, and when there are none.
   */
  readonly addresses?: readonly Address[];
  /**
   * Set when the question asked for slides (or a recording) and the notes have none for this
   * talk: the renderers say so plainly instead of letting the passage pass for a link.
   */
  readonly missing?: TalkLink['kind'];
  /** Link to the talk in the published notes, when the meetup has a notes URL. */
  readonly notesUrl?: string;
  readonly score: number;
}

/**
 * What `ask()` returns: data, not markup. Each adapter renders it for its platform.
 * "Nothing found" is a value, not an exception.
 */
export type Answer =
  | { readonly kind: 'found'; readonly query: string; readonly results: readonly AnswerResult[] }
  | {
      readonly kind: 'not-found';
      readonly query: string;
      readonly suggestions: readonly string[];
      /**
       * Set when the question asked for slides (or a recording) that the notes neither link nor
       * speak of, or for an address (`link`: a URL, a repository) its talk does not link: the one
       * suggestion is the talk asked about, and the renderers say what it lacks.
       */
      readonly missing?: TalkLink['kind'] | 'link';
      /**
       * Set when the question offered names to choose from or as a guess ("A or B?", "…? C?")
       * and the talk it is about mentions none of them: the one suggestion is that talk, and
       * the renderers say which names its notes lack (as the question writes them).
       */
      readonly unmentioned?: readonly string[];
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly reason: string };

/** A meetup and its talks, for `/vmware talks`. */
export interface MeetupListing {
  readonly title: string;
  readonly date?: string;
  readonly eventUrl?: string;
  readonly notesUrl?: string;
  /** What the notes say about the meetup itself (date, venue, hashtag lines), one entry each. */
  readonly details?: readonly string[];
  /** Slides and recordings of the meetup as a whole, that belong to no one talk. */
  readonly links?: readonly TalkLink[];
  readonly talks: readonly {
    readonly title: string;
    readonly links: readonly TalkLink[];
    readonly notesUrl?: string;
  }[];
}

export interface AskOptions {
  /** How many results at most (default {@link DEFAULT_RESULT_LIMIT}). */
  readonly limit?: number;
}

/** The platform-neutral core every adapter talks to. */
export interface QueryService {
  ask(question: string, options?: AskOptions): Answer;
  /**
   * What `ask` must wait for to answer `question` as it will once everything of its index is in:
   * undefined when it can answer now, which is always, except for a service built before its
   * kanji readings were read (see `createQueryServiceBeforeReadings`) while they are.
   */
  pendingFor?(question: string, options?: AskOptions): Promise<void> | undefined;
  /**
   * The meetups, newest first, with their talks; with a filter ("go", "第5回"), only the meetups
   * it names, or else only the talks it names.
   */
  talks(filter?: string): readonly MeetupListing[];
}

export const SNIPPET_MAX_CHARS = 280;
/** Longest question the bot answers; every platform refuses longer ones with {@link QUESTION_TOO_LONG}. */
export const QUESTION_MAX_CHARS = 1000;
/** How many results an answer holds, and so how many every platform shows. */
export const DEFAULT_RESULT_LIMIT = 3;
/** How many addresses a result shows at most: the asker wants the address, not every link of the notes. */
export const ADDRESSES_PER_RESULT = 3;
/** The one refusal of an over-long question, on every platform and from the engine itself. */
export const QUESTION_TOO_LONG = `That question is too long: questions are limited to ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters. Could you ask a shorter one?`;

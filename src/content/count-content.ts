import type { Meetup } from './meetup.js';

/** How many meetups, talks and passages some notes hold. */
export interface ContentCounts {
  readonly meetups: number;
  readonly talks: number;
  readonly passages: number;
}

export function countContent(meetups: readonly Meetup[]): ContentCounts {
  const talks = meetups.flatMap((m) => m.talks);
  return {
    meetups: meetups.length,
    talks: talks.length,
    passages: talks.reduce((sum, t) => sum + t.passages.length, 0),
  };
}

import type { Meetup } from '../content/meetup.js';

/** A talk as the news names it. */
export interface NewsTalk {
  readonly title: string;
  /** The talk's first slide link, when the notes have one. */
  readonly slides?: string;
}

/** New notes worth telling the community about: a new meetup, or talks added to one. */
export interface MeetupNews {
  readonly meetup: string;
  readonly date?: string;
  /** True for a meetup the bot did not serve before; false for talks added to one it did. */
  readonly newMeetup: boolean;
  /** The new talks: every talk of a new meetup, the added ones otherwise. */
  readonly talks: readonly NewsTalk[];
  /** How many talks the meetup has now. */
  readonly totalTalks: number;
  /** The language the meetup's notes are written in, for the sentences around them. */
  readonly language: 'ja' | 'en';
}

/**
 * What a reload added, from the meetups served before and after it. A meetup is known by its
 * file, so fixing its title is not news; talks count as added only when the meetup has more of
 * them than before, so renaming or editing a talk is not news either. A meetup with no talks yet
 * waits until it has some.
 */
export function findNews(previous: readonly Meetup[], current: readonly Meetup[]): MeetupNews[] {
  const before = new Map(previous.map((m) => [m.file, m]));
  const beforeTitles = new Map(previous.map((m) => [m.title, m]));
  const news: MeetupNews[] = [];
  for (const meetup of current) {
    if (meetup.talks.length === 0) continue;
    const earlier = before.get(meetup.file) ?? beforeTitles.get(meetup.title);
    if (!earlier || earlier.talks.length === 0) {
      news.push(newsOf(meetup, meetup.talks, true));
      continue;
    }
    if (meetup.talks.length <= earlier.talks.length) continue;
    const known = new Set(earlier.talks.map((t) => t.title));
    const added = meetup.talks.filter((t) => !known.has(t.title));
    if (added.length > 0) news.push(newsOf(meetup, added, false));
  }
  return news;
}

function newsOf(meetup: Meetup, talks: Meetup['talks'], newMeetup: boolean): MeetupNews {
  return {
    meetup: meetup.title,
    ...(meetup.date !== undefined && { date: meetup.date }),
    newMeetup,
    talks: talks.map((t) => {
      const slides = t.links.find((l) => l.kind === 'slides')?.url;
      return { title: t.title, ...(slides !== undefined && { slides }) };
    }),
    totalTalks: meetup.talks.length,
    language: isJapanese(meetup) ? 'ja' : 'en',
  };
}

/** Kana anywhere in the notes' text: Japanese notes write them in nearly every sentence. */
function isJapanese(meetup: Meetup): boolean {
  const kana = /[\u3041-\u309f\u30a1-\u30ff]/;
  return (
    kana.test(meetup.title) ||
    meetup.talks.some((t) => kana.test(t.title) || t.passages.some((p) => kana.test(p.text)))
  );
}

/**
 * The name one piece of news is claimed under in the store: the same in every process that finds
 * it, so replicas that pull the same push post it once.
 */
export function newsKey(news: MeetupNews): string {
  const talks = news.talks.map((t) => t.title).sort();
  return JSON.stringify(news.newMeetup ? ['meetup', news.meetup] : ['talks', news.meetup, talks]);
}

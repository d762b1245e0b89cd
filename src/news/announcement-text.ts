import { messagesFor } from '../messages/catalog.js';
import type { MeetupNews } from './find-news.js';

/**
 * The sentences of one announcement (from the message catalog), in the language of the notes it
 * announces; each adapter lays them out for its platform.
 */
export interface Announcement {
  readonly language: 'ja' | 'en';
  /** `New notes: Harbor Night #2 (2024-04-09), 2 talks.` */
  readonly headline: string;
  /** One line per new talk, with its slides when it has them (at most {@link ANNOUNCED_TALKS}). */
  readonly talks: readonly { readonly title: string; readonly slides?: string }[];
  /** Set when more talks are new than are listed: `…and 3 more talks.` */
  readonly more?: string;
  /** What a talk's slide link is called: `slides`, `資料`. */
  readonly slidesLabel: string;
  /** Said of a talk without slides: `no slides yet`. */
  readonly noSlides: string;
  /** How to ask about it: `Ask me about it: /vmware ask …, or mention me.` */
  readonly hint: string;
}

/**
 * Talks one announcement lists: a whole conference's notes arriving at once would otherwise make
 * a post longer than a chat shows (Slack cuts a section at 3,000 characters, Discord a message at
 * 2,000); the rest are counted.
 */
const ANNOUNCED_TALKS = 15;

/** The announcement of `news`, naming the slash command people ask with. */
export function announcementOf(news: MeetupNews, command: string): Announcement {
  const say = messagesFor(news.language);
  const meetup = news.date === undefined ? news.meetup : `${news.meetup} (${news.date})`;
  return {
    language: news.language,
    headline: news.newMeetup
      ? say.newMeetupNews(meetup, news.talks.length)
      : say.newTalksNews(meetup, news.talks.length, news.totalTalks),
    talks: news.talks.slice(0, ANNOUNCED_TALKS),
    ...(news.talks.length > ANNOUNCED_TALKS && {
      more: say.newsMore(news.talks.length - ANNOUNCED_TALKS),
    }),
    slidesLabel: say.newsSlidesLabel,
    noSlides: say.newsNoSlides,
    hint: say.newsHint(command),
  };
}

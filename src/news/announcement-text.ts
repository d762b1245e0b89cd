import type { MeetupNews } from './find-news.js';

/**
 * The sentences of one announcement, in the language of the notes it announces; each adapter
 * lays them out for its platform. (They move into the message catalog with the other sentences.)
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

const SENTENCES = {
  en: {
    newMeetup: (meetup: string, talks: number) =>
      `New notes: ${meetup}, ${talks === 1 ? '1 talk' : `${talks} talks`}.`,
    newTalks: (meetup: string, added: number, total: number) =>
      `${added === 1 ? '1 new talk' : `${added} new talks`} in the notes of ${meetup} (now ${total}).`,
    slidesLabel: 'slides',
    noSlides: 'no slides yet',
    hint: (command: string) => `Ask me about it: /${command} ask <your question>, or mention me.`,
    more: (n: number) => `…and ${n === 1 ? '1 more talk' : `${n} more talks`}.`,
  },
  ja: {
    newMeetup: (meetup: string, talks: number) => `新しいノート: ${meetup}(発表${talks}件)`,
    newTalks: (meetup: string, added: number, total: number) =>
      `${meetup} のノートに発表が${added}件追加されました(全${total}件)`,
    slidesLabel: '資料',
    noSlides: '資料はまだありません',
    hint: (command: string) => `質問は /${command} ask <質問> か、メンションでどうぞ。`,
    more: (n: number) => `…ほか${n}件`,
  },
} as const;

/** The announcement of `news`, naming the slash command people ask with. */
export function announcementOf(news: MeetupNews, command: string): Announcement {
  const say = SENTENCES[news.language];
  const meetup = news.date === undefined ? news.meetup : `${news.meetup} (${news.date})`;
  return {
    language: news.language,
    headline: news.newMeetup
      ? say.newMeetup(meetup, news.talks.length)
      : say.newTalks(meetup, news.talks.length, news.totalTalks),
    talks: news.talks.slice(0, ANNOUNCED_TALKS),
    ...(news.talks.length > ANNOUNCED_TALKS && {
      more: say.more(news.talks.length - ANNOUNCED_TALKS),
    }),
    slidesLabel: say.slidesLabel,
    noSlides: say.noSlides,
    hint: say.hint(command),
  };
}

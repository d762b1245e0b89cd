import type { Meetup } from '../content/meetup.js';
import type { Logger } from '../logger.js';
import type { LanguageSetting } from '../messages/language.js';
import { claimAnnouncement } from '../store/announcement-claims.js';
import { openDatabase } from '../store/open-database.js';
import { type Announcement, announcementOf } from './announcement-text.js';
import { findNews, newsKey } from './find-news.js';

/** A chat with an announce channel: posts one announcement there, rejecting when it could not. */
export interface AnnounceChannel {
  readonly name: string;
  post(announcement: Announcement): Promise<void>;
}

export interface NewsDeskOptions {
  /** The store the claims live in, shared by every replica (`DATABASE_URL`). */
  readonly databaseUrl: string;
  /** The slash command people ask with, named in the hint. */
  readonly command: string;
  /** `BOT_LANGUAGE`: a fixed language for the news too; `auto` writes in the notes' language. */
  readonly language?: LanguageSetting;
  readonly logger: Logger;
  readonly recordAnnouncement: (outcome: 'posted' | 'already-posted' | 'failed') => void;
  readonly now?: () => number;
}

/** Tells the community when notes arrive. */
export interface NewsDesk {
  /** Where announcements go from now on; with none, nothing is announced (or claimed). */
  postTo(channels: readonly AnnounceChannel[]): void;
  /**
   * Announces what a reload added, each piece of news once across every process sharing the
   * store: the first to claim it posts it. Never rejects.
   */
  announce(previous: readonly Meetup[], current: readonly Meetup[]): Promise<void>;
}

export function createNewsDesk({
  databaseUrl,
  command,
  language,
  logger,
  recordAnnouncement,
  now = Date.now,
}: NewsDeskOptions): NewsDesk {
  const log = logger.child({ component: 'news' });
  let channels: readonly AnnounceChannel[] = [];
  return {
    postTo(next) {
      channels = next;
    },
    async announce(previous, current) {
      const news = findNews(previous, current);
      if (news.length === 0 || channels.length === 0) return;
      let client: Awaited<ReturnType<typeof openDatabase>> | undefined;
      try {
        client = await openDatabase(databaseUrl);
        for (const item of news) {
          if (!(await claimAnnouncement(client, newsKey(item), now()))) {
            recordAnnouncement('already-posted');
            log.info({ meetup: item.meetup }, 'This news was already announced.');
            continue;
          }
          const announcement = announcementOf(
            language === undefined || language === 'auto' ? item : { ...item, language },
            command,
          );
          const sent = await Promise.allSettled(channels.map((c) => c.post(announcement)));
          sent.forEach((result, i) => {
            if (result.status === 'rejected') {
              log.error(
                { err: result.reason, adapter: channels[i]?.name, meetup: item.meetup },
                'Posting the announcement failed.',
              );
            }
          });
          const posted = sent.some((r) => r.status === 'fulfilled');
          recordAnnouncement(posted ? 'posted' : 'failed');
          if (posted) {
            log.info({ meetup: item.meetup, talks: item.talks.length }, 'Announced new notes.');
          }
        }
      } catch (err) {
        // Without the store no process can tell whether another posted: better none than two.
        recordAnnouncement('failed');
        log.error({ err }, 'New notes could not be announced: the store cannot be used.');
      } finally {
        client?.close();
      }
    },
  };
}

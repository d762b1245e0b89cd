import { type APIEmbed, type REST, Routes } from 'discord.js';
import type { Announcement } from '../../src/news/announcement-text.js';
import { escapeMarkdown, truncatePlain } from './discord-markdown.js';
import { DISCORD_LIMITS } from './render-embeds.js';

const EMBED_COLOR = 0x2e_7d_32;

/** The JSON of one announcement message. */
export interface AnnouncementPayload {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly allowed_mentions: { readonly parse: [] };
}

/**
 * New notes as a Discord message: the headline, then an embed listing each talk with its slides
 * (links in `<…>`, so Discord adds no preview of each) and how to ask about them.
 */
export function renderAnnouncement(announcement: Announcement): AnnouncementPayload {
  const lines = announcement.talks.map((talk) => {
    const title = escapeMarkdown(talk.title, DISCORD_LIMITS.embedTitleChars);
    return talk.slides === undefined
      ? `• ${title} (${escapeMarkdown(announcement.noSlides)})`
      : `• ${title}: [${escapeMarkdown(announcement.slidesLabel)}](<${talk.slides}>)`;
  });
  if (announcement.more !== undefined) lines.push(escapeMarkdown(announcement.more));
  return {
    content: escapeMarkdown(announcement.headline, DISCORD_LIMITS.contentChars),
    embeds: [
      {
        color: EMBED_COLOR,
        description: fitLines(lines, DISCORD_LIMITS.embedDescriptionChars),
        footer: { text: truncatePlain(announcement.hint, DISCORD_LIMITS.footerTextChars) },
      },
    ],
    // News pings no one, whatever a talk's title says.
    allowed_mentions: { parse: [] },
  };
}

/**
 * Posts the announcement to the announce channel; rejects when Discord refuses (the bot cannot
 * see or write in the channel: `Missing Access`, `Missing Permissions`).
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export async function postAnnouncement(
  rest: REST,
  channel: string,
  announcement: Announcement,
): Promise<void> {
  await rest.post(Routes.channelMessages(channel), { body: renderAnnouncement(announcement) });
}

/** Whole lines, as many as fit: a link cut in half would not work. */
function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length > max) return `${out}\n…`;
    out = next;
  }
  return out;
}

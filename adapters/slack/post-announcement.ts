import type { types, webApi } from '@slack/bolt';
import type { Announcement } from '../../src/news/announcement-text.js';
import { escapeMrkdwn, mrkdwnLink, truncateMrkdwn } from './mrkdwn.js';
import { context, SLACK_LIMITS, type SlackMessage } from './render-blocks.js';

/**
 * New notes as a Slack message: the headline in bold, one line per talk with its slides, and
 * how to ask about them.
 */
export function renderAnnouncement(announcement: Announcement): SlackMessage {
  const talkLines = announcement.talks.map((talk) => {
    const title = escapeMrkdwn(talk.title);
    return talk.slides === undefined
      ? `• ${title} (${escapeMrkdwn(announcement.noSlides)})`
      : `• ${title}: ${mrkdwnLink(talk.slides, announcement.slidesLabel)}`;
  });
  if (announcement.more !== undefined) talkLines.push(escapeMrkdwn(announcement.more));
  const headline = escapeMrkdwn(announcement.headline);
  const blocks: types.KnownBlock[] = [
    sectionOf(`*${headline}*`),
    sectionOf(talkLines.join('\n')),
    context(escapeMrkdwn(announcement.hint)),
  ];
  return {
    blocks,
    text: truncateMrkdwn(
      `${headline} ${escapeMrkdwn(announcement.hint)}`,
      SLACK_LIMITS.fallbackText,
    ),
  };
}

/**
 * Posts the announcement to the announce channel; rejects when Slack refuses (say, the bot is
 * not in the channel: `not_in_channel`).
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
export async function postAnnouncement(
  client: webApi.WebClient,
  channel: string,
  announcement: Announcement,
): Promise<void> {
  await client.chat.postMessage({
    channel,
    ...renderAnnouncement(announcement),
    // The slide links are listed; a preview of each would bury the message.
    unfurl_links: false,
    unfurl_media: false,
  });
}

function sectionOf(mrkdwn: string): types.SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, SLACK_LIMITS.sectionText) },
  };
}

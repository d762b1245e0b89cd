import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { BotIdentity } from '../../src/messages/bot-identity.js';
import type { Reply } from '../../src/requests/request-pipeline.js';
import { renderReply } from './render-reply.js';

/** Where a reply goes: a channel or DM, and optionally a thread in it. */
export interface ReplyTarget {
  readonly channel: string;
  readonly threadTs?: string;
}

/**
 * Posts a reply (public, so without a share button) and logs, rather than throws, when Slack refuses it: the event was already
 * acknowledged, so there is nobody left to report the error to but the log.
 */
export async function postReply(
  client: webApi.WebClient,
  logger: Logger,
  { channel, threadTs }: ReplyTarget,
  reply: Reply,
  identity: BotIdentity,
  organizers = false,
): Promise<void> {
  const message = renderReply(reply, { share: false, organizers, identity });
  try {
    await client.chat.postMessage({
      channel,
      ...(threadTs !== undefined && { thread_ts: threadTs }),
      blocks: message.blocks,
      text: message.text,
      // Answers quote talk titles and links; a link preview of each slide deck would bury them.
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (err) {
    logger.error({ err, channel }, 'Posting a Slack reply failed.');
  }
}

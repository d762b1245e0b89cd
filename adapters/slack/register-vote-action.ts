import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { readLanguageTag } from '../../src/messages/language.js';
import type { RequestPipeline } from '../../src/requests/request-pipeline.js';
import { organizersButton, VOTE_ACTION_IDS, voteOfAction, withButtons } from './answer-buttons.js';
import { renderNotice } from './render-blocks.js';

/**
 * 👍 / 👎 under an answer: records the vote and thanks the clicker privately, through the
 * click's `response_url`, leaving the answer as it is for everyone else.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export function registerVoteAction(
  app: App,
  pipeline: RequestPipeline,
  logger: Logger,
  organizers = false,
): void {
  const actionIds = new RegExp(`^(?:${Object.values(VOTE_ACTION_IDS).join('|')})$`);
  app.action<BlockAction<ButtonAction>>(actionIds, async ({ ack, body, action, respond }) => {
    await ack();
    const vote = voteOfAction(action.action_id);
    if (vote === undefined) return;
    const { id: answerId, language } = readLanguageTag(action.value ?? '');
    const result = await pipeline.vote({
      platform: 'slack',
      userKey: `${body.user.team_id ?? body.team?.id ?? ''}:${body.user.id}`,
      answerId,
      vote,
      ...(language && { language }),
    });
    const stored = result.kind === 'recorded' || result.kind === 'changed';
    // A 👎 may mean the notes lack the answer: offer to ask the people who can add it.
    const offer = organizers && stored && vote === 'not-helpful';
    const notice = renderNotice(result.message);
    try {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...(offer
          ? withButtons(notice, [organizersButton(answerId, language ?? pipeline.languageOf(''))])
          : notice),
      });
    } catch (err) {
      logger.error({ err, outcome: result.kind }, 'Thanking a Slack voter failed.');
    }
  });
}

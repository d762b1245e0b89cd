import { QUESTION_MAX_CHARS, type QueryService } from '../../src/answer/answer.js';
import { parseRequest } from '../../src/answer/parse-request.js';
import type { RateLimiter } from '../../src/answer/rate-limiter.js';
import type { Logger } from '../../src/logger.js';
import {
  renderAnswer,
  renderHelp,
  renderNotice,
  renderTalks,
  type SlackMessage,
} from './render-blocks.js';
import { withAttribution, withShareButton } from './share-button.js';

/** Said when anything goes wrong inside the bot: a short apology beats silence. */
export const APOLOGY =
  'Sorry, something went wrong on my side while answering. Please try again in a moment.';

/** Said instead of an answer when one user asks too often. */
export const SLOW_DOWN =
  'You are asking a lot of questions at once; please slow down and try again in a minute.';

/** Said instead of an answer when the question is too long to be a question. */
export const TOO_LONG = `That question is too long for me: please keep it under ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters.`;

/** One piece of user text to answer, from any Slack surface. */
export interface ReplyRequest {
  /** What the user typed, with the bot's mention already removed. */
  readonly text: string;
  /** Who asked, for the rate limit: team and user, so IDs from two workspaces never collide. */
  readonly askerKey: string;
  /** Add the "Share in channel" button to found answers (only for ephemeral replies). */
  readonly shareable: boolean;
}

/** The public copy of an answer someone chose to share, or an apology only they see. */
export type ShareResult =
  | { readonly kind: 'public'; readonly message: SlackMessage }
  | { readonly kind: 'apology'; readonly message: SlackMessage };

/** Turns user text into the reply message, whatever happens. */
export interface Answerer {
  /** Never throws: an internal error becomes {@link APOLOGY}, logged with its context. */
  reply(request: ReplyRequest): SlackMessage;
  /**
   * Asks `question` again for the "Share in channel" button and attributes it to `userId`. Not
   * rate limited: the question was already counted when it was first asked. Never throws.
   */
  share(question: string, userId: string): ShareResult;
}

export interface AnswererDeps {
  readonly service: QueryService;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
}

/** The platform-neutral part of every handler: parse, limit, ask, render. */
export function createAnswerer({ service, rateLimiter, logger }: AnswererDeps): Answerer {
  function replyOrThrow({ text, askerKey, shareable }: ReplyRequest): SlackMessage {
    const request = parseRequest(text);
    switch (request.kind) {
      case 'help':
        return renderHelp();
      case 'talks':
        return renderTalks(service.talks());
      case 'ask': {
        // Checked here as well as in the core: a refusal must never depend on the engine, and a
        // longer question would not fit in the share button's value.
        if (request.question.length > QUESTION_MAX_CHARS) return renderNotice(TOO_LONG);
        if (!rateLimiter.take(askerKey)) {
          logger.info({ askerKey }, 'Slack user is over the question rate limit.');
          return renderNotice(SLOW_DOWN);
        }
        const answer = service.ask(request.question);
        logger.debug({ askerKey, kind: answer.kind }, 'Answered a Slack question.');
        const message = renderAnswer(answer);
        return shareable && answer.kind === 'found'
          ? withShareButton(message, request.question)
          : message;
      }
      default: {
        const unreachable: never = request;
        throw new Error(`Unknown request: ${JSON.stringify(unreachable)}`);
      }
    }
  }

  return {
    reply(request) {
      try {
        return replyOrThrow(request);
      } catch (err) {
        logger.error({ err, askerKey: request.askerKey }, 'Answering a Slack question failed.');
        return renderNotice(APOLOGY);
      }
    },
    share(question, userId) {
      try {
        const message = renderAnswer(service.ask(question));
        return { kind: 'public', message: withAttribution(message, userId, question) };
      } catch (err) {
        logger.error({ err, userId }, 'Sharing a Slack answer failed.');
        return { kind: 'apology', message: renderNotice(APOLOGY) };
      }
    },
  };
}

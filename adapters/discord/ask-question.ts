import { type Answer, QUESTION_MAX_CHARS, type QueryService } from '../../src/answer/answer.js';
import type { RateLimiter } from '../../src/answer/rate-limiter.js';
import { REPLY_TEXTS } from './reply-texts.js';

/** What answering a question needs, shared by slash commands, mentions and DMs. */
export interface AskQuestionDeps {
  readonly service: QueryService;
  readonly rateLimiter: RateLimiter;
}

/**
 * The checks every question goes through before the core sees it. Refusals are values
 * (`invalid` answers with a polite reason), so callers render them like any other answer.
 */
export function askQuestion(
  { service, rateLimiter }: AskQuestionDeps,
  userId: string,
  question: string,
): Answer {
  const text = question.trim();
  if (text.length > QUESTION_MAX_CHARS) return { kind: 'invalid', reason: REPLY_TEXTS.tooLong };
  if (text === '') return { kind: 'help' };
  // Only real questions count, as on Slack. Prefixed so a limiter shared with the Slack adapter
  // cannot mix up ids from two platforms.
  if (!rateLimiter.take(`discord:${userId}`))
    return { kind: 'invalid', reason: REPLY_TEXTS.slowDown };
  return service.ask(text);
}

import type { AnswerResult } from '../../src/answer/answer.js';

/** One plain search result (no section, links or notes URL), for renderer tests. */
export function answerResult(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    meetup: 'Ops Night #2',
    talk: 'Terraform in practice',
    snippet: 'plan before apply',
    matches: [],
    links: [],
    score: 1,
    ...overrides,
  };
}

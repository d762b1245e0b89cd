import type { Answer, AnswerResult } from '../../src/answer/answer.js';

/** The results of a found answer; any other answer fails the test with what it was. */
export function found(answer: Answer): readonly AnswerResult[] {
  if (answer.kind !== 'found')
    throw new Error(`expected a found answer, got ${JSON.stringify(answer)}`);
  return answer.results;
}

/** The first result of a found answer; any other answer fails the test with what it was. */
export function top(answer: Answer): AnswerResult {
  const [first] = found(answer);
  if (!first) throw new Error('a found answer has results');
  return first;
}

/** The talks an answer shows, best first, or its kind when it found nothing. */
export function talksOf(answer: Answer): string[] | Answer['kind'] {
  return answer.kind === 'found' ? answer.results.map((r) => r.talk) : answer.kind;
}

/** The talk of an answer's first result, or its kind when it found nothing. */
export function topTalk(answer: Answer): string {
  return answer.kind === 'found' ? (answer.results[0]?.talk ?? 'no results') : answer.kind;
}

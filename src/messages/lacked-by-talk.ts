import type { Answer } from '../answer/answer.js';
import type { Messages } from './catalog.js';

/**
 * The one sentence a not-found answer says of the talk it names, when it names one for what it
 * lacks: the link asked for, or every name the question offered. `safe` makes a title or a
 * name safe for the platform's markup.
 */
export function lackedByTalk(
  { suggestions, missing, unmentioned }: Extract<Answer, { kind: 'not-found' }>,
  say: Messages,
  safe: (text: string) => string,
): string | undefined {
  const [talk] = suggestions;
  if (talk === undefined) return undefined;
  if (missing) return say.missingLinkOf(missing, safe(talk));
  if (unmentioned) return say.unmentionedOf(unmentioned.map(safe), safe(talk));
  return undefined;
}

import type { Answer } from '../answer/answer.js';
import { type BotIdentity, DEFAULT_BOT } from './bot-identity.js';
import { type Messages, messagesFor } from './catalog.js';
import type { Language } from './language.js';

/** What a renderer words a reply with: the sentences in the reply's language, and the bot's identity. */
export interface Wording {
  readonly say: Messages;
  readonly identity: BotIdentity;
}

/** The wording of a reply in `language` from the bot `identity`. */
export function wordingFor(language: Language, identity: BotIdentity = DEFAULT_BOT): Wording {
  return { say: messagesFor(language), identity };
}

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

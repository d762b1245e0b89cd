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

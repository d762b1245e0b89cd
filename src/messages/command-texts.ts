import type { BotIdentity } from './bot-identity.js';
import type { Language } from './language.js';

/** The descriptions of the slash command and its parts, as the chat apps list them. */
export interface CommandTexts {
  readonly command: string;
  readonly ask: string;
  readonly question: string;
  readonly help: string;
  readonly talks: string;
}

const TEXTS: Readonly<Record<Language, (identity: BotIdentity) => CommandTexts>> = {
  en: ({ displayName }) => ({
    command: `Ask ${displayName} about the meetup talks`,
    ask: 'Ask a question about the meetup talks',
    question: 'Your question about the talks, in English or Japanese',
    help: 'How to ask me things',
    talks: 'List the meetups and talks, with slide links',
  }),
  ja: ({ displayName }) => ({
    command: `${displayName}にミートアップのトークについて質問する`,
    ask: 'ミートアップのトークについて質問する',
    question: 'トークについての質問(日本語か英語で)',
    help: '質問のしかた',
    talks: 'ミートアップとトークをスライドへのリンク付きで一覧する',
  }),
};

/** The slash command's descriptions in `language`, naming the bot `identity`. */
export function commandTexts(language: Language, identity: BotIdentity): CommandTexts {
  return TEXTS[language](identity);
}

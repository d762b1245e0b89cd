import type { Language, LanguageSetting } from './language.js';

/** Who the bot is in a community: its slash command and the name people see. */
export interface BotIdentity {
  /** The slash command without its slash (`vmware` is typed as `/vmware`). */
  readonly command: string;
  /** The bot's name as people see it: the Slack app's name, the Discord command's wording. */
  readonly displayName: string;
}

/** The identity and languages of one community's bot, from `BOT_*` and `ORGANIZERS_LANGUAGE`. */
export interface BotSettings extends BotIdentity {
  /** The language of replies: fixed, or `auto` for the language of each question. */
  readonly language: LanguageSetting;
  /** The language of the digest and the messages in the organizers' channel. */
  readonly organizersLanguage: Language;
}

/** What a bot with no `BOT_*` variables is: the VMware meetup's bot, as it always was. */
export const DEFAULT_BOT: BotSettings = {
  command: 'vmware',
  displayName: 'VMware Meetup Bot',
  language: 'auto',
  organizersLanguage: 'ja',
};

/** The slash command as people type it: `/vmware`. */
export function slashCommand(identity: BotIdentity): string {
  return `/${identity.command}`;
}

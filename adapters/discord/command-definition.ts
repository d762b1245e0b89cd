import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { QUESTION_MAX_CHARS } from '../../src/answer/answer.js';
import type { BotIdentity } from '../../src/messages/bot-identity.js';
import { type CommandTexts, commandTexts } from '../../src/messages/command-texts.js';

/** The subcommands, as Discord sends them back in an interaction. */
export const SUBCOMMANDS = { ask: 'ask', help: 'help', talks: 'talks' } as const;

/** The string option of `ask`. */
export const QUESTION_OPTION = 'question';

/** Discord's longest description of a command or option. */
const DESCRIPTION_CHARS = 100;

/**
 * The bot's one slash command (`BOT_COMMAND`, `/vmware` by default) with `ask question:<text>`,
 * `help` and `talks`, as the JSON body Discord's bulk-overwrite endpoint takes. Descriptions are
 * English, with Japanese for people whose Discord is in Japanese. Discord itself enforces
 * `max_length`, so an over-long question never reaches the bot from the command (messages and DMs
 * are checked by the adapter).
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 * @see https://discord.com/developers/docs/interactions/application-commands#localization
 */
export function commandDefinition(
  identity: BotIdentity,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const en = commandTexts('en', identity);
  const ja = commandTexts('ja', identity);
  const describe = (key: keyof CommandTexts) => ({
    description: en[key].slice(0, DESCRIPTION_CHARS),
    description_localizations: { [Locale.Japanese]: ja[key].slice(0, DESCRIPTION_CHARS) },
  });
  return {
    name: identity.command,
    type: ApplicationCommandType.ChatInput,
    ...describe('command'),
    // Usable in servers that installed the bot and in the bot's DMs.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: SUBCOMMANDS.ask,
        ...describe('ask'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: QUESTION_OPTION,
            ...describe('question'),
            required: true,
            max_length: QUESTION_MAX_CHARS,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: SUBCOMMANDS.help,
        ...describe('help'),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: SUBCOMMANDS.talks,
        ...describe('talks'),
      },
    ],
  };
}

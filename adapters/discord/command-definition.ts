import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { QUESTION_MAX_CHARS } from '../../src/answer/answer.js';

/** The one slash command the bot registers: `/vmware`. */
export const COMMAND_NAME = 'vmware';

/** The `/vmware` subcommands, as Discord sends them back in an interaction. */
export const SUBCOMMANDS = { ask: 'ask', help: 'help', talks: 'talks' } as const;

/** The string option of `/vmware ask`. */
export const QUESTION_OPTION = 'question';

/**
 * `/vmware ask question:<text>`, `/vmware help` and `/vmware talks`, as the JSON body Discord's
 * bulk-overwrite endpoint takes. Discord itself enforces `max_length`, so an over-long question
 * never reaches the bot from the command (messages and DMs are checked by the adapter).
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
export const VMWARE_COMMAND = {
  name: COMMAND_NAME,
  type: ApplicationCommandType.ChatInput,
  description: 'Ask the VMware meetup notes a question',
  // Usable in servers that installed the bot and in the bot's DMs.
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: SUBCOMMANDS.ask,
      description: 'Ask a question about the meetup talks',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: QUESTION_OPTION,
          description: 'Your question, e.g. "When did Ansible 2.10 become GA?"',
          required: true,
          max_length: QUESTION_MAX_CHARS,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: SUBCOMMANDS.help,
      description: 'How to ask me things',
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: SUBCOMMANDS.talks,
      description: 'List the meetups and talks, with slide links',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

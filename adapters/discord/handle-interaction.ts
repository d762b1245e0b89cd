import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Logger } from '../../src/logger.js';
import { messagesFor } from '../../src/messages/catalog.js';
import type { Language } from '../../src/messages/language.js';
import { apologyReply, type RequestPipeline } from '../../src/requests/request-pipeline.js';
import { organizersButton, parseOrganizersButton, parseVoteButton } from './answer-buttons.js';
import { QUESTION_OPTION, SUBCOMMANDS } from './command-definition.js';
import { escapeMarkdown } from './discord-markdown.js';
import { forwardToOrganizers } from './forward-to-organizers.js';
import { redactError } from './redact-error.js';
import {
  buttonRow,
  type DiscordMessagePayload,
  renderNotice,
  renderReply,
  renderSharedAnswer,
  shareButtonLanguage,
} from './render-embeds.js';

export interface InteractionHandlerDeps {
  readonly pipeline: RequestPipeline;
  readonly logger: Logger;
  /** DISCORD_ORGANIZERS_CHANNEL: turns on "Ask the organizers". */
  readonly organizersChannel?: string;
}

/**
 * No mention in a reply may ping: not `@everyone` echoed from a question, not a role, not even
 * the user a shared answer is attributed to.
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
const NO_PINGS = { parse: [] } as const;

function ephemeral(payload: DiscordMessagePayload): InteractionReplyOptions {
  return { ...payload, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS };
}

/**
 * Handles the slash command (`BOT_COMMAND`) and the buttons. Replies at once, because the search takes
 * milliseconds and Discord fails any interaction not answered within 3 seconds; any fault
 * becomes a short apology rather than "The application did not respond".
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export function createInteractionHandler(deps: InteractionHandlerDeps) {
  const { logger } = deps;
  return async function handleInteraction(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const context = {
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      ...(interaction.isChatInputCommand()
        ? { command: interaction.commandName, subcommand: interaction.options.getSubcommand(false) }
        : { customId: interaction.customId }),
    };
    try {
      if (interaction.isChatInputCommand()) await handleCommand(deps, interaction);
      else await handleButton(deps, interaction);
      logger.debug(context, 'Answered a Discord interaction.');
    } catch (err) {
      logger.error(
        { err: redactError(err), ...context },
        'Failed to answer a Discord interaction.',
      );
      const apology = ephemeral(
        renderReply(apologyReply(languageOfInteraction(deps, interaction))),
      );
      try {
        if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
        else await interaction.reply(apology);
      } catch (replyErr) {
        logger.error(
          { err: redactError(replyErr), ...context },
          'Could not send the apology either.',
        );
      }
    }
  };
}

async function handleCommand(
  { pipeline, organizersChannel }: InteractionHandlerDeps,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  if (interaction.commandName !== pipeline.bot.command) {
    // A command this bot no longer has (a stale registration, or BOT_COMMAND changed).
    const say = messagesFor(pipeline.languageOf(''));
    await interaction.reply(ephemeral(renderNotice(say.unknownCommand(pipeline.bot))));
    return;
  }
  const reply = await pipeline.reply({
    platform: 'discord',
    userKey: interaction.user.id,
    text: commandWords(interaction),
    source: 'command',
  });
  // Ephemeral so a channel is not flooded with questions; Share makes a good answer public.
  await interaction.reply(
    ephemeral(
      renderReply(reply, {
        share: true,
        organizers: organizersChannel !== undefined,
        identity: pipeline.bot,
      }),
    ),
  );
}

/**
 * The subcommand in the words people type in a mention or DM (`ask <question>`, `talks`,
 * `help`), so the pipeline reads every platform the same way. `ask` is spelled out so that a
 * question such as "talks" stays a question.
 */
function commandWords(interaction: ChatInputCommandInteraction): string {
  switch (interaction.options.getSubcommand(false)) {
    case SUBCOMMANDS.ask:
      return `ask ${interaction.options.getString(QUESTION_OPTION, true)}`;
    case SUBCOMMANDS.talks:
      return 'talks';
    default:
      return 'help';
  }
}

/**
 * Posts the ephemeral answer the button sits on to the channel. The answer is taken from that
 * message itself (Discord sends it with the click), so sharing needs no state in the bot and
 * works after a restart.
 */
async function handleButton(
  { pipeline, organizersChannel }: InteractionHandlerDeps,
  interaction: ButtonInteraction,
): Promise<void> {
  const click = parseVoteButton(interaction.customId);
  if (click) {
    // Only the clicker sees the thanks; the answer stays as it is for everyone else.
    const result = await pipeline.vote({
      platform: 'discord',
      userKey: interaction.user.id,
      ...click,
    });
    const stored = result.kind === 'recorded' || result.kind === 'changed';
    // A 👎 may mean the notes lack the answer: offer to ask the people who can add it.
    const offer = organizersChannel !== undefined && stored && click.vote === 'not-helpful';
    const notice = renderNotice(escapeMarkdown(result.message));
    const language = click.language ?? pipeline.languageOf('');
    const ask = buttonRow([organizersButton(click.answerId, language)]);
    await interaction.reply(ephemeral(offer ? { ...notice, components: [ask] } : notice));
    return;
  }
  const asked = parseOrganizersButton(interaction.customId);
  if (asked !== undefined && organizersChannel !== undefined) {
    await interaction.reply(
      await forwardToOrganizers(pipeline, interaction, { ...asked, channelId: organizersChannel }),
    );
    return;
  }
  const shared = shareButtonLanguage(interaction.customId);
  // A button the bot no longer knows (say, from an older version) gets the apology, not silence.
  if (shared === false) throw new Error(`Unknown button "${interaction.customId}".`);
  // The ephemeral answer's vote buttons carry its id; the public copy votes on the same answer.
  const answerId = interaction.message.components
    .flatMap((row) => (row.toJSON() as { components?: { custom_id?: string }[] }).components ?? [])
    .map((button) => parseVoteButton(button.custom_id ?? ''))
    .find((vote) => vote !== undefined)?.answerId;
  const copy = renderSharedAnswer({
    userId: interaction.user.id,
    content: interaction.message.content,
    embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    ...(answerId !== undefined && { answerId }),
    say: messagesFor(shared ?? pipeline.languageOf('')),
  });
  await interaction.reply({ ...copy, allowedMentions: NO_PINGS });
}

/** The language of an apology: the question's, or the button's answer's. */
function languageOfInteraction(
  { pipeline }: InteractionHandlerDeps,
  interaction: Interaction,
): Language {
  if (interaction.isChatInputCommand()) {
    return pipeline.languageOf(interaction.options.getString(QUESTION_OPTION, false) ?? '');
  }
  if (interaction.isButton()) {
    const tagged =
      parseVoteButton(interaction.customId)?.language ??
      parseOrganizersButton(interaction.customId)?.language ??
      shareButtonLanguage(interaction.customId);
    if (tagged) return tagged;
  }
  return pipeline.languageOf('');
}

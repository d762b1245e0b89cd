import {
  type ButtonInteraction,
  DiscordAPIError,
  type InteractionReplyOptions,
  MessageFlags,
  type RESTPostAPIChannelMessageJSONBody,
  Routes,
} from 'discord.js';
import { type Messages, messagesFor } from '../../src/messages/catalog.js';
import type { Language } from '../../src/messages/language.js';
import type { OrganizersMessage, RequestPipeline } from '../../src/requests/request-pipeline.js';
import { escapeMarkdown } from './discord-markdown.js';
import { DISCORD_LIMITS, renderNotice } from './render-embeds.js';

/**
 * "Ask the organizers": posts the question, who asked (a mention that pings only them: they
 * clicked), where and what the bot answered to the organizers' channel, then tells the asker
 * privately that it went, or plainly that it could not.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export async function forwardToOrganizers(
  pipeline: RequestPipeline,
  interaction: ButtonInteraction,
  {
    answerId,
    channelId,
    language,
  }: { readonly answerId: string; readonly channelId: string; readonly language?: Language },
): Promise<InteractionReplyOptions> {
  const result = await pipeline.forward({
    platform: 'discord',
    userKey: interaction.user.id,
    answerId,
    ...(language && { language }),
    post: async (message) => {
      const say = messagesFor(message.language);
      const where = whereAsked(interaction, say);
      const body = renderOrganizersMessage(interaction.user.id, where, message, say);
      try {
        await interaction.client.rest.post(Routes.channelMessages(channelId), { body });
      } catch (err) {
        throw new Error(fixFor(err, channelId), { cause: err });
      }
    },
  });
  return {
    ...renderNotice(escapeMarkdown(result.message)),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  };
}

/** The organizers' message: the question escaped, and only the asker may be pinged. */
function renderOrganizersMessage(
  userId: string,
  where: string,
  { question, answered }: OrganizersMessage,
  say: Messages,
): RESTPostAPIChannelMessageJSONBody {
  const title = `**${escapeMarkdown(say.organizersTitle)}**`;
  const head = say.organizersHeading(title, `<@${userId}>`, where);
  const tail = `\n-# ${escapeMarkdown(answered)}`;
  const room = DISCORD_LIMITS.contentChars - head.length - tail.length - 4;
  const quoted = escapeMarkdown(question, room).replace(/\n/g, '\n> ');
  return {
    content: `${head}\n> ${quoted}${tail}`,
    allowed_mentions: { parse: [], users: [userId] },
  };
}

/** A jump link to the message the button sat on, or the channel for an ephemeral reply. */
function whereAsked(interaction: ButtonInteraction, say: Messages): string {
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  return ephemeral || !interaction.message.url
    ? say.askedIn(`<#${interaction.channelId}>`)
    : `(${interaction.message.url})`;
}

/** What to do when Discord refuses the post, in one sentence for the log. */
function fixFor(err: unknown, channelId: string): string {
  const code = err instanceof DiscordAPIError ? err.code : undefined;
  switch (code) {
    case 10003:
      return `DISCORD_ORGANIZERS_CHANNEL ${channelId} is no channel Discord knows: check the id.`;
    case 50001:
    case 50013:
      return `Give the bot View Channel and Send Messages in the organizers' channel ${channelId}; Discord said ${err instanceof Error ? err.message : code}.`;
    default:
      return `Discord refused the post to ${channelId} (${err instanceof Error ? err.message : String(err)}); check DISCORD_ORGANIZERS_CHANNEL and the bot's permissions there.`;
  }
}

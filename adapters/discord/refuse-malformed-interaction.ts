import { type Client, Events, InteractionResponseType, MessageFlags, Routes } from 'discord.js';
import type { Logger } from '../../src/logger.js';
import type { Language } from '../../src/messages/language.js';
import { apologyReply } from '../../src/requests/request-pipeline.js';
import { redactError } from './redact-error.js';
import { renderReply } from './render-embeds.js';

/** A dispatch name discord.js has no handler for: a refused packet goes nowhere after us. */
const REFUSED = 'INTERACTION_CREATE_REFUSED';

/** Interaction types that carry `data` (command, button, autocomplete, modal). */
const WITH_DATA = new Set([2, 3, 4, 5]);
const COMPONENT = 3;

/**
 * What is missing from an INTERACTION_CREATE that discord.js would throw on (no user or member,
 * no `data`, a button without its message), or undefined for one it can handle.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function malformedInteraction(d: unknown): string | undefined {
  if (!isRecord(d)) return 'the interaction is not an object';
  if (typeof d.id !== 'string' || typeof d.token !== 'string') return 'it has no id or token';
  if (typeof d.type !== 'number') return 'it has no type';
  const member = isRecord(d.member) ? d.member : undefined;
  const user = isRecord(member?.user) ? member.user : isRecord(d.user) ? d.user : undefined;
  if (typeof user?.id !== 'string') return 'it has neither a member nor a user';
  if (WITH_DATA.has(d.type) && !isRecord(d.data)) return 'it has no data';
  if (d.type === COMPONENT && !isRecord(d.message)) return 'the button has no message';
  return undefined;
}

/**
 * Looks at each interaction before discord.js does: one it would throw on (with no reply and an
 * unhandled rejection) gets the apology instead, when it has an id and token to answer with, and
 * is logged as refused either way. discord.js emits `raw` with the very packet it then
 * dispatches, so renaming the packet keeps it from discord.js's handler.
 */
export function refuseMalformedInteractions(
  client: Client,
  logger: Logger,
  /** The apology's language: nothing in a malformed interaction says the asker's. */
  language: Language = 'en',
): void {
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const reason = malformedInteraction(packet.d);
    if (reason === undefined) return;
    packet.t = REFUSED;
    const d = isRecord(packet.d) ? packet.d : {};
    const { id, token } = d;
    logger.warn(
      { interactionId: id, reason },
      `Refused a malformed Discord interaction: ${reason}.`,
    );
    if (typeof id !== 'string' || typeof token !== 'string') return;
    client.rest
      .post(Routes.interactionCallback(id, token), {
        auth: false,
        body: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { ...renderReply(apologyReply(language)), flags: MessageFlags.Ephemeral },
        },
      })
      .catch((err: unknown) =>
        logger.error(
          { err: redactError(err), interactionId: id },
          'Could not answer a malformed Discord interaction.',
        ),
      );
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

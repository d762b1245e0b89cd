import type { SlackMessage } from '../../adapters/slack/render-blocks.js';

/** A Block Kit button as the fake Slack receives it. */
export interface SlackButton {
  readonly action_id: string;
  readonly value?: string;
  readonly text: { readonly text: string };
}

/** The buttons of every actions block of a posted message. */
export function buttonsOf(message: { blocks?: unknown }): SlackButton[] {
  const blocks = (message.blocks ?? []) as { type: string; elements?: SlackButton[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

/** The text of each section block, in order. */
export function sectionTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

/** A message component button as the fake Discord receives it. */
export interface DiscordButton {
  readonly custom_id: string;
  readonly label?: string;
  readonly emoji?: { readonly name?: string };
}

/** The buttons of every action row of a message or interaction response. */
export function buttonsOf(data: {
  components?: { components?: DiscordButton[] }[];
}): DiscordButton[] {
  return (data.components ?? []).flatMap((row) => row.components ?? []);
}

/** Embed text without bold marks and escapes, to look for the words a reader sees. */
export function plain(text: string | undefined): string {
  return (text ?? '').replace(/\*\*|\\/g, '');
}

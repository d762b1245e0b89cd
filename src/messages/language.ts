/** The languages the bot speaks. Every sentence in the catalog exists in each. */
export type Language = 'ja' | 'en';

/** `BOT_LANGUAGE`: one fixed language, or `auto` for the language of each question. */
export type LanguageSetting = Language | 'auto';

export const LANGUAGES: readonly Language[] = ['ja', 'en'];

const JAPANESE = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u;

/**
 * The language of what someone typed: Japanese when it has any kana or kanji, English otherwise.
 * Japanese questions are full of English product names, so one Japanese character decides it.
 */
export function textLanguage(text: string): Language {
  return JAPANESE.test(text) ? 'ja' : 'en';
}

/** The language to reply in: the fixed one, or (with `auto`) the language of the words typed. */
export function replyLanguage(setting: LanguageSetting, text: string): Language {
  return setting === 'auto' ? textLanguage(text) : setting;
}

/**
 * A button's payload with the language of the message it sits under, so the reply to a click is
 * in that language too: `ja:<id>`. The platforms send the payload back, and nothing else about
 * the message, with the click.
 */
export function withLanguageTag(language: Language, id: string): string {
  return `${language}:${id}`;
}

/** The id and language of a payload from {@link withLanguageTag}; an untagged one is all id. */
export function readLanguageTag(payload: string): {
  readonly id: string;
  readonly language?: Language;
} {
  const tag = LANGUAGES.find((l) => payload.startsWith(`${l}:`));
  return tag === undefined ? { id: payload } : { id: payload.slice(tag.length + 1), language: tag };
}

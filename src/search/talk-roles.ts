import { normalize } from './normalize.js';

/**
 * The parts of a meetup's programme, as notes title them and people ask for them in either
 * language: "What was the keynote about?" of a talk titled 基調講演, "オープニングで何を話した?" of
 * one titled Opening. The general dictionaries link only some of these (sudachi has "keynote
 * speech" for 基調講演, nothing for LT), and stopwords-iso lists "opening" and "lt" as common
 * English words, so a question naming only the role could never count it. One group per role
 * (language-resources.ts makes each a dictionary group, every word a trigger, weighed as the
 * general dictionary is).
 */
const ROLES: readonly (readonly string[])[] = [
  ['opening', 'オープニング', '開会', '開会挨拶'],
  ['keynote', 'キーノート', '基調講演'],
  ['closing', 'クロージング', '閉会', '閉会挨拶'],
  ['lt', 'lightning talk', 'ライトニングトーク'],
  ['panel', 'panel discussion', 'パネル', 'パネルディスカッション'],
];

/** The words of each role, normalized as the index's text is. */
export const TALK_ROLES: readonly (readonly string[])[] = ROLES.map((words) =>
  words.map(normalize),
);

/** Every word of a role: a real word of a question, though some are common English words. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(TALK_ROLES.flat());

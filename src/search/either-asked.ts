/**
 * Questions that ask which of two ("Is it free or paid?", "cluster mode or a single primary?",
 * "TerraformとAnsible、どっち?"). A talk that speaks of neither has no answer to them, however
 * well the rest of the question matches it: the asker wants one of the two named, and a passage
 * on the topic that names neither is no answer.
 */

/** Words before "or" that join no two things to choose from ("more or less", "whether or not"). */
const NOT_A_CHOICE = new Set(['more', 'less', 'not', 'either', 'whether', 'sooner', 'later']);
/** An article or a quantifier after "or": the choice is the word after it. */
const ARTICLE = /^(?:a|an|the|some|any)$/;

/** "A or B", with a word of three characters or more on each side (Latin, in a normalized text). */
const EITHER_EN =
  /(?<![a-z0-9])([a-z][a-z0-9.+#-]{2,}) or (?:(?:a|an|the|some|any) )?([a-z][a-z0-9.+#-]{2,})/;

/** A word of Latin letters, katakana or kanji, as the two choices are written in Japanese. */
const CHOICE_JA = '([a-z0-9][a-z0-9.+#-]+|[\\p{sc=Katakana}ー]{2,}|\\p{sc=Han}{2,})';
/** "AとB(、)どっち", "AかBか、どちら". */
const EITHER_JA = new RegExp(
  `${CHOICE_JA}(?:と|か)${CHOICE_JA}か?[、,\\s]?の?(?:どっち|どちら)`,
  'u',
);

/**
 * The two things the question (normalized as typed) asks to choose between, if it asks that;
 * undefined otherwise.
 */
export function alternativesAsked(typed: string): readonly [string, string] | undefined {
  const en = EITHER_EN.exec(typed);
  if (en?.[1] && en[2] && !NOT_A_CHOICE.has(en[1]) && !ARTICLE.test(en[1])) return [en[1], en[2]];
  const ja = EITHER_JA.exec(typed);
  if (ja?.[1] && ja[2]) return [ja[1], ja[2]];
  return undefined;
}

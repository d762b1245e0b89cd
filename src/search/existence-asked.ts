/**
 * Questions that ask whether any talk spoke of something ("was there a talk on Terraform?", "did
 * anyone present on Flutter?", "Pulumiの発表ってあった?"). What they ask for is the topic itself:
 * a talk that speaks of the meetup and of talks, but not of every word of the topic, answers
 * "no", which the bot says by having no answer. On normalized text (lower case).
 */

/** What a talk is called in a question: talk, session, LT, presentation, or the Japanese words. */
const TALK_NOUNS = 'talks?|sessions?|lts?|presentations?|keynotes?|demos?';
const TALK_EN = `(?:${TALK_NOUNS})`;
const TALK_JA =
  '(?:発表|(?<![電会対通])話|(?<![a-z])lt(?![a-z])|セッション|登壇|トーク|講演|プレゼン)';
/** Presenting, the verb after "did anyone": not asking or answering (a question from the floor). */
const PRESENTED_VERBS =
  'present|presented|talk|talked|speak|spoke|give|gave|do|did|demo|demoed|cover|covered|mention|mentioned';
const PRESENTED = `(?:${PRESENTED_VERBS})`;
const ASKS_WHETHER_TALKED = new RegExp(
  [
    // "was there a talk on", "is there a Terraform talk", "were there any sessions about".
    `(?<![a-z])(?:was|were|is|are) there (?:a|an|any) (?:\\S+ ){0,2}?${TALK_EN}(?![a-z])`,
    // "was there anything on", "is there something about".
    '(?<![a-z])(?:was|were|is|are) there (?:anything|something) (?:on|about)(?![a-z])',
    // "did anyone present", "has somebody talked", "did someone mention".
    `(?<![a-z])(?:did|has|have) (?:any|some)(?:one|body) ${PRESENTED}(?![a-z])`,
    // "any talks on", "any sessions about".
    `(?<![a-z])any ${TALK_EN} (?:on|about)(?![a-z])`,
    // 発表ってあった?, 話はありました?, LTってどこかのミートアップであった?
    `${TALK_JA}(?:って|は|が)?(?:どこかの?[^?？]{0,12}?で)?(?:あった|ありました|ある[?？]|あります)`,
  ].join('|'),
);

/**
 * The words of the asking phrase itself ("did anyone mention X" asks for X, not for "mention"):
 * not the words between "a" and "talk" ("was there a Terraform talk"), which name the topic.
 */
const PHRASE_WORDS = new RegExp(
  `(?<![a-z])(?:was|were|is|are|there|any(?:one|body|thing)?|some(?:one|body|thing)|did|has|have|on|about|${TALK_NOUNS}|${PRESENTED_VERBS})(?![a-z])|${TALK_JA}`,
  'g',
);

/**
 * Whether a normalized question asks whether any talk spoke of something: the words of the phrase
 * that asks it (which a talk need not have), or undefined when it asks no such thing.
 */
export function asksWhetherTalked(normalizedQuestion: string): ReadonlySet<string> | undefined {
  const phrase = ASKS_WHETHER_TALKED.exec(normalizedQuestion)?.[0];
  return phrase === undefined ? undefined : new Set(phrase.match(PHRASE_WORDS));
}

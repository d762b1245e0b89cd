/**
 * Questions that ask whether any talk spoke of something ("was there a talk on Terraform?", "did
 * anyone present on Flutter?", "Pulumiの発表ってあった?"). What they ask for is the topic itself:
 * a talk that speaks of the meetup and of talks, but not of every word of the topic, answers
 * "no", which the bot says by having no answer. On normalized text (lower case).
 */
const ASKS_WHETHER_TALKED = new RegExp(
  [
    // "was there a talk", "were there any", "did anyone present", "has anybody talked", "any
    // talks on/about"; not "how many talks were there".
    '(?<![a-z])(?:(?:was|were) there (?:a|an|any)|did any(?:one|body)|has any(?:one|body)|any (?:talks?|sessions?|lts?|presentations?) (?:on|about))(?![a-z])',
    // 発表ってあった?, 話はありました?, LTってどこかのミートアップであった?
    '(?:発表|話|lt|セッション|登壇|トーク)(?:って|は|が)?(?:どこかの?[^?？]{0,12}?で)?(?:あった|ありました|ある[?？]|あります)',
  ].join('|'),
);

/** Whether a normalized question asks whether any talk spoke of something. */
export function asksWhetherTalked(normalizedQuestion: string): boolean {
  return ASKS_WHETHER_TALKED.test(normalizedQuestion);
}

/**
 * Questions that ask what a talk concluded or recommended ("結局どれがいいって結論だった?", "did
 * they end up recommending it?", "what was the takeaway?") and whether a talk's notes give a
 * verdict at all. Like a number question (answer-type.ts), such a question has no answer in a
 * talk whose notes only describe its topic: notes that settle something say so in words of a
 * verdict (結論, まとめ, おすすめ, べき, がいい, recommend, should, in the end).
 */

/**
 * A verdict asked: 結論, 結局 … だった (in the end, what was it), おすすめ, 推奨, conclude, end up,
 * recommend, verdict, takeaway. On normalized text (lower case).
 */
const ASKS_FOR_VERDICT =
  /結論|結局.{0,20}(?:た|だった)[?]?$|おすすめ|オススメ|お勧め|推奨|推して|(?<![a-z])(?:conclu(?:de|ded|des|sion|sions)|end(?:ed|s)? up|recommend(?:s|ed|ing|ation|ations)?|verdict|takeaways?)(?![a-z])/;

/** Words of a verdict in notes: what was concluded, recommended, or found best. */
const VERDICT =
  /結論|まとめ|結局|おすすめ|オススメ|お勧め|推奨|べき|がいい|が良い|がよい|(?<![a-z])(?:recommend(?:s|ed|ing|ation|ations)?|should|conclu(?:de|ded|des|sion|sions)|in the end|takeaways?|best|prefer(?:s|red|able)?)(?![a-z])/;

/** Whether the question (normalized as typed) asks what a talk concluded or recommended. */
export function asksForVerdict(typed: string): boolean {
  return ASKS_FOR_VERDICT.test(typed);
}

/** Whether a talk's notes (its passages and their section headings, normalized) give a verdict. */
export function givesVerdict(
  passages: readonly { readonly text: string; readonly section?: string }[],
  normalize: (text: string) => string,
): boolean {
  return passages.some(
    (p) =>
      VERDICT.test(normalize(p.text)) ||
      (p.section !== undefined && VERDICT.test(normalize(p.section))),
  );
}

/**
 * Questions that ask what a talk concluded or recommended ("最終的に何を推奨してた?", "what did the
 * speaker recommend for backups?", "what was the verdict on the new scheduler?") and whether a
 * talk gives a verdict at all. Like a number question (answer-type.ts), such a question has no
 * answer in a talk whose notes only describe its topic: notes that settle something say so in
 * words of a verdict (結論, まとめ, おすすめ, べき, がいい, 一択, recommend, should, in the end).
 */

/**
 * A verdict asked: 結論, おすすめ, 推奨, 推して, 結局 with a word of judgement (結局どれがいい),
 * conclude, recommend (the verb; "the recommendation engine" is a topic), verdict, takeaway. On
 * normalized text (lower case).
 */
const ASKS_FOR_VERDICT =
  /結論|結局.{0,20}(?:いい|良い|よい|よかった|正解|ベスト|べき)|結局(?!.{0,20}(?:どこ|どう|どの|いつ|誰|だれ|何|なに|なんで|なぜ|いくら)).{0,20}た[?]?$|おすすめ|オススメ|おススメ|お勧め|お薦め|推奨|推して|(?<![a-z])(?:conclude|concluded|concludes|conclusions?|recommend|recommends|recommended|recommending|verdict|takeaways?|end(?:ed|s)? up (?:recommending|choosing|picking|going with|adopting|with))(?![a-z])/;

/**
 * Words of a verdict in notes: what was concluded, recommended, chosen or found best. Not "best
 * effort" or "best practices", a conclusion not reached (結論は出なかった), an open question
 * (使うべきかは未定), or まとめて (together).
 */
const VERDICT =
  /結論(?!(?:は|が)?出(?:なかった|ず|ていない))|まとめ(?!て)|結局|おすすめ|オススメ|おススメ|お勧め|お薦め|推奨|べき(?!か)|がいい|が良い|がよい|一択|で十分|が最適|が一番|が無難|に決定|(?<![a-z])(?:recommend|recommends|recommended|recommending|recommendations?|should|conclusions?|concluded|in the end|takeaways?|verdict|bottom line|tl;?dr|go with|prefer|prefers|preferred|preferable)(?![a-z])|(?<![a-z])best(?! (?:effort|practices?)(?![a-z]))(?![a-z])/;

/** Whether the question (normalized as typed) asks what a talk concluded or recommended. */
export function asksForVerdict(typed: string): boolean {
  return ASKS_FOR_VERDICT.test(typed);
}

/**
 * Whether a talk gives a verdict: in its title (おすすめCIツール), a passage, or a section heading
 * over its passages; `normalize` is the index's.
 */
export function givesVerdict(
  talk: {
    readonly title: string;
    readonly passages: readonly { readonly text: string; readonly section?: string }[];
  },
  normalize: (text: string) => string,
): boolean {
  const says = (text: string | undefined) => text !== undefined && VERDICT.test(normalize(text));
  return says(talk.title) || talk.passages.some((p) => says(p.text) || says(p.section));
}

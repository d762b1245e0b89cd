import { normalize } from './normalize.js';

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
const ASKS_FOR_VERDICT = new RegExp(
  [
    '結論',
    '結局.{0,20}(?:いい|良い|よい|よかった|良かった|正解|ベスト|べき)',
    // 結局 with a choice made (使う, 選ぶ, 採用, 決める, 移る, 落ち着く, やめる), not any past event.
    '(?:結局|最終的に)(?!.{0,20}(?:どこ|どう|いつ|誰|だれ|なんで|なぜ)).{0,20}(?:使|選|採用|決|移|落ち着|やめ|止め|乗り換え)',
    'おすすめ|オススメ|おススメ|お勧め|お薦め|推して',
    // 推奨 but not a stated requirement (推奨環境, 推奨バージョン).
    '推奨(?!環境|バージョン|スペック|動作)',
    '(?<![a-z])(?:conclude|concluded|concludes|conclusions?|verdict|takeaways?|bottom line|in the end|suggest|suggested|suggests|advise|advised|advises|settled? on)(?![a-z])',
    // The verb; not a requirement ("the recommended Node version") nor a topic ("the
    // recommendation engine").
    '(?<![a-z])(?:recommend|recommends|recommending|recommended(?! (?:node |go |python )?(?:versions?|reading|requirements?|specs?|environment|setup|hardware)(?![a-z])))(?![a-z])',
    // What was chosen in the end, not why it was ("why did they end up using X?" asks a reason),
    // why in the same clause (not "why was it slow, and what did they end up using?").
    '(?<!(?<![a-z])(?:why|how come)(?![a-z])(?:(?!\\s(?:and|but)\\s)[^?.!,;]){0,60})(?<![a-z])end(?:ed|s)? up (?:recommending|choosing|picking|going with|adopting|using)(?![a-z])',
  ].join('|'),
);

/**
 * Words of a verdict in notes: what was concluded, recommended, chosen or found best. Not "best
 * effort", "best practices", "best-known" or "best of", a recommendation system or おすすめ機能 (a
 * topic), まとめ inside a word (まとめサイト), a conclusion not reached (結論は出なかった), an open
 * question (使うべきかは未定, "should we use it?"), hiring (採用中).
 */
const VERDICT = new RegExp(
  [
    '結論(?!(?:は|が)?出(?:なかった|ず|ていない))',
    'まとめ(?:[:：]|$)',
    // Not hiring (採用中, 採用情報, 採用募集).
    '結局|最終的|採用(?!中|情報|担当|募集|活動)|落ち着',
    '(?:おすすめ|オススメ|おススメ|お勧め|お薦め)(?!機能)',
    '推奨',
    'べき(?!か)',
    'がいい|が良い|がよい|一択|で十分|が最適|が一番|が無難|に決定',
    '(?<![a-z])(?:recommend|recommends|recommended|recommending|conclusions?|concluded|in the end|ended up|takeaways?|verdict|bottom line|tl;?dr|go with|good enough|prefer|prefers|preferred|preferable)(?![a-z])',
    '(?<![a-z])recommendations?(?! (?:engines?|systems?|models?|features?)(?![a-z]))(?![a-z])',
    '(?<![a-z])should(?![a-z])(?![^?]*\\?)',
    '(?<![a-z])best(?! (?:effort|practices?|of)(?![a-z]))(?![a-z-])',
  ].join('|'),
  'm',
);

/** Whether the question (normalized as typed) asks what a talk concluded or recommended. */
export function asksForVerdict(typed: string): boolean {
  return ASKS_FOR_VERDICT.test(typed);
}

/**
 * Whether a talk gives a verdict: in its title (おすすめCIツール), a passage, or a section heading
 * over its passages.
 */
export function givesVerdict(talk: {
  readonly title: string;
  readonly passages: readonly { readonly text: string; readonly section?: string }[];
}): boolean {
  return (
    saysVerdict(talk.title) ||
    talk.passages.some((p) => saysVerdict(p.text) || saysVerdict(p.section))
  );
}

/** Whether a text (a passage, a heading) has words of a verdict (see {@link VERDICT}). */
export function saysVerdict(text: string | undefined): boolean {
  return text !== undefined && VERDICT.test(normalize(text));
}

/**
 * Questions that ask which tool, service or product was used ("Which CI do they run the tests
 * on?", "何のツールで集めてる?", "どこのクラウド使ってる?") and whether a passage names one. Like a
 * number question (answer-type.ts), such a question has no answer in a passage that only speaks
 * of its topic: the answer is a name. Notes in Japanese write the names of tools and services in
 * Latin letters, so a passage that names one has a Latin word the question does not. In notes
 * written in English every passage has such words, and the rule lets every passage pass.
 */

/** The kinds of thing a "which …" question asks for, in English (singular and plural). */
const THING_WORDS =
  'tools?|librar(?:y|ies)|frameworks?|services?|clouds?|vendors?|products?|databases?|db|languages?|ci|editors?|plugins?|extensions?|os|distros?|providers?|makers?|manufacturers?|apps?|software|platforms?|packages?|modules?|engines?|stack';

/** The same kinds in Japanese, after 何, どの, どこの, どんな or どういう. */
const THING_WORDS_JA =
  'ツール|ライブラリ|フレームワーク|サービス|クラウド|ベンダー?|製品|db|データベース|言語|ci|エディタ|プラグイン|拡張|os|メーカー|アプリ|ソフト|プラットフォーム|パッケージ|モジュール|エンジン|技術';

/**
 * "which/what (one word) tool", "what do they use", 何のツール, どこのクラウド, 何使って, どっち使う.
 * On normalized text (lower case, full-width folded).
 */
const ASKS_FOR_THING = new RegExp(
  [
    // One word may describe the thing (which monitoring tool), but not be the verb (what is).
    `(?<![a-z])(?:which|what) (?:(?!(?:is|are|was|were|do|does|did)\\s)\\S+ )?(?:${THING_WORDS})(?![a-z])`,
    '(?<![a-z])what (?:do|did|does) (?:\\S+ ){1,3}use(?![a-z])',
    `(?:何の?|なにの?|どの|どこの|どんな|どういう)(?:${THING_WORDS_JA})`,
    '(?:何|なに|どっち|どちら)を?使',
  ].join('|'),
);

/** A word in Latin letters: a name (fluentd, CircleCI, c++, node.js, c#). */
const LATIN_WORD = /[a-z][a-z0-9.+#-]*[a-z0-9+#]|[a-z]/g;

/** Whether the question (normalized as typed) asks which tool, service or product. */
export function asksForThing(typed: string): boolean {
  return ASKS_FOR_THING.test(typed);
}

/**
 * Whether `text` (normalized) names something the question (normalized as typed) does not: a
 * word of two or more Latin letters that is not one of the question's.
 */
export function namesNewThing(text: string, typed: string): boolean {
  const asked = new Set(typed.match(LATIN_WORD));
  for (const [word] of text.matchAll(LATIN_WORD))
    if (word.length >= 2 && !asked.has(word)) return true;
  return false;
}

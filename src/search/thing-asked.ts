import { hasChoice } from './either-asked.js';
import { mentionsPerson } from './person-asked.js';

/**
 * Questions that ask which tool, service or product was used ("Which CI do they run the tests
 * on?", "監視は何のツール?", "本番はどこのクラウド?") and whether a passage names one. Like a
 * number question (answer-type.ts), such a question has no answer in a passage that only speaks
 * of its topic: the answer is a name. Notes in Japanese write the names of tools and services in
 * Latin letters, so a passage that names one has a Latin word the question does not. In notes
 * written in English every passage has such words, and the rule lets every passage pass.
 */

/** The kinds of thing a "which …" question asks for, in English (singular and plural). */
const THING_WORDS =
  'tools?|librar(?:y|ies)|libs?|frameworks?|services?|clouds?|vendors?|products?|databases?|db|ci|editors?|plugins?|extensions?|os|distros?|providers?|makers?|manufacturers?|apps?|software|platforms?|packages?|modules?|engines?|stack|languages?|themes?|starters?';

/**
 * A word after the kind that makes the question ask for something of it, not for its name
 * ("what service level", "what cloud cost", "what stack trace", "what app store"): a compound.
 */
const ATTRIBUTE =
  '(?!\\s+(?:levels?|traces?|native|costs?|savings|prices?|pricing|bills?|billing|fees?|limits?|quotas?|usage|outages?|latency|performance|accounts?|credits?|mesh|stores?|teams?)(?![a-z]))';

/** A word between "which" and the kind that describes it (which monitoring tool), not a verb. */
const DESCRIBING =
  '(?:(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|makes?)\\s)\\S+ )?';

/**
 * The same kinds in Japanese, after 何, どの, どこの, どんな or どういう (normalized: a final long
 * vowel mark is dropped, as in メーカ). 技術 but not 技術的 or 技術者.
 */
const THING_WORDS_JA =
  'ツール|ライブラリ|フレームワーク|サービス|クラウド|ベンダ|製品|db|データベース|ci|エディタ|プラグイン|拡張|os|メーカ|アプリ|ソフト|プラットフォーム|パッケージ|モジュール|エンジン|言語|技術(?![的者])';

/**
 * "which/what (one word) tool", "what do they use" (not "what do they use X for"), 何のツール,
 * どこのクラウド, 何使って, どっち使う. On normalized text (lower case, full-width folded).
 */
const ASKS_FOR_THING = new RegExp(
  [
    `(?<![a-z])(?:which|what) ${DESCRIBING}(?:${THING_WORDS})(?![a-z])${ATTRIBUTE}`,
    '(?<![a-z])what (?:do|did|does) (?:\\S+ ){1,3}use(?![a-z])(?! cases?(?![a-z]))(?!(?: \\S+){1,3} for(?![a-z]))',
    // "Which X did they use": a name answers, unless X is a part of the meetup (which talk).
    '(?<![a-z])which (?!(?:talks?|sessions?|meetups?|events?|lts?|slides?|years?|days?|demos?|speakers?)(?![a-z]))(?:\\S+ ){1,3}(?:do|did|does) (?:\\S+ ){1,3}use(?![a-z])(?! cases?(?![a-z]))(?!(?: \\S+){1,3} for(?![a-z]))',
    // Not "any X" (どの言語でも動く, どのクラウドサービスでも).
    `(?:何の?|なにの?|なんの|どの|どこの|どんな|どういう)\\s?(?:${THING_WORDS_JA})(?![^\\s、。?]{0,8}?でも)`,
    '(?:何|なに|どっち|どちら)を?使',
    // どこの (whose, which maker's) X を使う.
    'どこの[^\\s、。?がはもでにと]{1,8}?を?使',
  ].join('|'),
);

/** A word in Latin letters of two or more: a name (fluentd, CircleCI, c++, node.js, c#). */
const LATIN_WORD = /(?<![0-9a-z])[a-z][a-z0-9.+#-]*[a-z0-9+#]/g;
/** A link: its host and path are no name of a tool. */
const URL = /(?:https?:\/\/|www\.)\S+/g;

/** Whether the question (normalized as typed) asks which tool, service or product. */
export function asksForThing(typed: string): boolean {
  return ASKS_FOR_THING.test(typed);
}

/**
 * Whether `text` (normalized) names something the question (normalized as typed) does not: a
 * word of two or more Latin letters, not glued to a number (10gb), that is not one of the
 * question's, outside links and outside lines that name a person (a speaker's line and handle
 * say who spoke, not what was used). The names the question offers to choose from or as a guess
 * (`offered`: "CircleCI or Jenkins?", "…? Buildkite?", "…?ノマド?") are what it asks about, not
 * what it knows: naming one of them, in any script, names the thing asked.
 */
export function namesNewThing(
  text: string,
  typed: string,
  offered: readonly string[] = [],
): boolean {
  const asked = new Set(typed.match(LATIN_WORD));
  const language = ASKS_FOR_LANGUAGE.test(typed) && !SPOKEN_LANGUAGE.test(typed);
  for (const line of text.split('\n')) {
    if (mentionsPerson(line)) continue;
    const named = line.replace(URL, ' ');
    if (offered.some((name) => hasChoice(named, name))) return true;
    for (const [word] of named.matchAll(LATIN_WORD))
      if (!asked.has(word) && (!language || LANGUAGES.has(word.replace(VERSION_AFTER, ''))))
        return true;
  }
  return false;
}

/**
 * Asked which programming language ("what language is it written in", 何の言語で書いてる): the
 * answer is the name of one, not any name. Not a language people speak or translate into (what
 * language were the docs translated into?, 何語), nor the one a talk was given in ("what language
 * was the keynote in?"): any name answers that.
 */
const ASKS_FOR_LANGUAGE =
  /(?<![a-z])(?:which|what) (?:programming |coding )?languages?(?![a-z])|(?:何の?|なにの?|なんの|どの|どんな)\s?(?:プログラミング)?言語(?!\s?でも)/;
const SPOKEN_LANGUAGE =
  /(?<![a-z])(?:translat\w*|spoken|speaks?|speaking|subtitles?|captions?|interpret\w*|locali[sz]\w*)(?![a-z])|(?<![a-z])(?:talks?|sessions?|presentations?|keynotes?|lt|slides?|decks?|videos?|recordings?)(?: (?!(?:written|built|implemented|coded|made|developed|code|demo|demos|sample|samples|app|apps|repo|repos|cli|tool|tools)(?![a-z]))\S+){0,2} (?:held |given |delivered )?in\s*[?.!]*\s*$|翻訳|字幕|通訳|話せ|喋|多言語|日本語|英語/;
/** A version written onto a language's name (python3, go1.22). */
const VERSION_AFTER = /[0-9.]+$/;

/**
 * Programming languages as notes write their names in Latin letters. A hand-kept list: the
 * registry's language lists (GitHub Linguist's) also name data formats and words of prose (Text,
 * JSON, YAML) that any passage has.
 */
const LANGUAGES: ReadonlySet<string> = new Set([
  'python',
  'go',
  'golang',
  'ruby',
  'java',
  'javascript',
  'js',
  'typescript',
  'ts',
  'node',
  'node.js',
  'nodejs',
  'php',
  'perl',
  'rust',
  'scala',
  'kotlin',
  'swift',
  'c#',
  'c++',
  'csharp',
  'f#',
  'elixir',
  'erlang',
  'haskell',
  'clojure',
  'lua',
  'dart',
  'groovy',
  'bash',
  'shell',
  'powershell',
  'sql',
  'julia',
  'ocaml',
  'crystal',
  'nim',
  'zig',
  'vb',
  'vb.net',
  'vba',
  'cobol',
  'fortran',
  'objective-c',
  'objc',
  'elm',
  'purescript',
  'reasonml',
  'coffeescript',
  'deno',
  'wasm',
  'webassembly',
  'solidity',
  'apex',
  'abap',
  'matlab',
  'jruby',
  'mruby',
  'pypy',
  'jvm',
]);

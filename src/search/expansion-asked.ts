/**
 * Questions that ask what an acronym stands for ("CORBって略さずに言うと?", "what does KEDA stand
 * for?", "SLOの正式名称は?") and whether a passage spells one out: notes write the full name
 * beside the acronym, in brackets after it (CORB (Cross Origin Read Blocking)) or before it with
 * the acronym in brackets (Service Level Objective (SLO)). A passage that only uses the acronym,
 * however often, says nothing of what it stands for.
 */

/** On normalized text (lower case): a question asking an acronym's full name. */
const ASKS_FOR_EXPANSION =
  /何の略|なんの略|略さず|略さない|省略しない|略称|正式名|フルスペル|(?<![a-z])(?:stands? for|stood for|short for|abbreviation (?:of|for)|acronym (?:of|for)|spell(?:ed|s)? out|full (?:name|form) of)(?![a-z])/;
/** The Latin words of a question that may be the acronym asked: two to eight letters. */
const ACRONYM_CANDIDATE = /(?<![a-z0-9])[a-z]{2,8}(?![a-z0-9])/g;
/** Words a full name may hold that give it no letter (Bring Your Own Device has none, Quality of Service has one). */
const LINKING_WORDS = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  'to',
  'a',
  'as',
  'at',
  'by',
  'with',
]);
/** How far from the acronym its full name may start or end, in characters. */
const REACH = 100;
/** A word; a hyphen joins a lower-case part to it (Kubernetes-based), a capital starts a new one (Cross-Origin). */
const WORD = /[A-Za-z][A-Za-z']*(?:-[a-z][A-Za-z']*)*/g;
/** The words of the asking itself, and the common ones a question wraps it in. */
const NOT_ACRONYM = new Set(
  `what whats does do did is was are the a an of for stand stands stood short full name form
  spell spelled spells out acronym abbreviation mean means it this that to in on at by with and or
  as according talk talks session said say says they speaker`.split(/\s+/),
);

/** The Latin words of a normalized question that may be the acronym whose full name it asks, if it asks one. */
export function expansionAsked(typed: string): readonly string[] | undefined {
  if (!ASKS_FOR_EXPANSION.test(typed)) return undefined;
  const words = [...typed.matchAll(ACRONYM_CANDIDATE)]
    .map(([w]) => w)
    .filter((w) => !NOT_ACRONYM.has(w));
  return words.length > 0 ? words : undefined;
}

/**
 * What follows an acronym spelling it out: a bracket, a colon, an equals sign, a dash or は, then
 * a run of Latin words alone (the full name), to a closing bracket or the line's end.
 */
const SPELLED_AFTER = /^[ \t]*(?:[(:=\-–—]|は)[ \t]*([A-Za-z][A-Za-z' \t-]*)/;
/** An opening bracket ending the text before an acronym: the full name may stand before it. */
const OPENS_BRACKET = /\([ \t]*$/;
/** The run of Latin words just before such a bracket (read only where one is). */
const SPELLED_BEFORE = /([A-Za-z][A-Za-z' \t-]*)\([ \t]*$/;

/**
 * Whether `text` spells out `acronym`: right after it (past a bracket, a colon, an equals sign, a
 * dash or は) or right before it (the acronym then in brackets), a run of Latin words whose first
 * letters are the acronym's, in order, with linking words (of, and, for…) between them allowed. A
 * capital after a hyphen starts a word (Cross-Origin), a lower-case letter does not
 * (Kubernetes-based). Full-width text is read as half-width.
 */
export function spellsOut(acronym: string, text: string): boolean {
  const letters = acronym.toLowerCase();
  // Full-width letters and brackets (ＱＲＬ（Queue…）) as the question's were read.
  const plain = text.normalize('NFKC');
  const lower = plain.toLowerCase();
  for (let at = lower.indexOf(letters); at >= 0; at = lower.indexOf(letters, at + 1)) {
    const end = at + letters.length;
    if (/[a-z0-9]/.test(lower.charAt(at - 1)) || /[a-z0-9]/.test(lower.charAt(end))) continue;
    const after = SPELLED_AFTER.exec(plain.slice(end, end + REACH))?.[1];
    if (after !== undefined && initialsSpell(words(after), letters)) return true;
    const ahead = plain.slice(Math.max(0, at - REACH), at);
    const before = OPENS_BRACKET.test(ahead) ? SPELLED_BEFORE.exec(ahead)?.[1] : undefined;
    if (before !== undefined && initialsSpell(words(before), letters, true)) return true;
  }
  return false;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Whether words, from their first (or, `toEnd`, ending with their last), have first letters
 * spelling `letters`, linking words skipped.
 */
function initialsSpell(list: readonly string[], letters: string, toEnd = false): boolean {
  const from = toEnd ? [...list].reverse() : list;
  const wanted = toEnd ? [...letters].reverse().join('') : letters;
  let i = 0;
  for (const word of from) {
    if (i === wanted.length) break;
    const first = word.charAt(0).toLowerCase();
    if (first === wanted.charAt(i)) i++;
    else if (!LINKING_WORDS.has(word.toLowerCase())) return false;
  }
  return i === wanted.length;
}

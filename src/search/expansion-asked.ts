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
  'what whats does do did is was are the a an of for stand stands stood short full name form spell spelled spells out acronym abbreviation mean means it this that'.split(
    ' ',
  ),
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
 * Whether `text` spells out `acronym`: right after it (past a bracket, a colon or a dash) or
 * right before it (the acronym then in brackets), words whose first letters are the acronym's,
 * in order, with linking words (of, and, for…) between them allowed. Hyphens part words (Cross-Origin).
 */
export function spellsOut(acronym: string, text: string): boolean {
  const letters = acronym.toLowerCase();
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(letters); at >= 0; at = lower.indexOf(letters, at + 1)) {
    const end = at + letters.length;
    if (/[a-z0-9]/.test(lower.charAt(at - 1)) || /[a-z0-9]/.test(lower.charAt(end))) continue;
    const after =
      text.slice(end, end + REACH).match(/^[ \t]*[(（:：=\-–—]?[ \t]*([^)）\n]*)/)?.[1] ?? '';
    const before = text
      .slice(Math.max(0, at - REACH), at)
      .match(/([^(（\n]*?)[ \t]*[(（][ \t]*$/)?.[1];
    if (initialsSpell(words(after), letters)) return true;
    if (
      before !== undefined &&
      initialsSpell(words(before).slice(-3 * letters.length), letters, true)
    )
      return true;
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
  return i === wanted.length && i > 1;
}

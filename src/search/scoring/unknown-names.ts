import type { AnalyzedQuery } from '../analyzed-query.js';
import type { PassageIndex } from '../build-index.js';
import type { ScoringProfile } from './profile.js';
import { fuzzyDistance, isStretchable } from './stretch.js';

/**
 * Whether the question names something the notes never mention: a name it wrote in Latin letters
 * (Redis, WebSockets) that no term of the notes stands for, neither as written, nor through an
 * equivalent (a loanword, a reading, a synonym), nor stretched as a typo. Notes that never say
 * the name have no answer about it, whatever else the question shares with them.
 */
export function namesUnknown(
  index: PassageIndex,
  query: AnalyzedQuery,
  ranking: ScoringProfile['ranking'],
): boolean {
  return query.concepts.some((concept, i) => {
    if (!concept.name) return false;
    const units = new Map<number, boolean>();
    for (const term of query.terms) {
      for (const credit of term.credits) {
        if (credit.concept !== i) continue;
        const known = index.vocabulary.has(term.term);
        if (credit.unit === undefined) {
          if (known) return false;
        } else units.set(credit.unit, (units.get(credit.unit) ?? true) && known);
      }
    }
    if ([...units.values()].some(Boolean)) return false;
    return !stretchesToNotes(index, concept.word, ranking);
  });
}

/** Whether a word the notes lack still reaches them as a typo or a prefix, as a question's word would. */
function stretchesToNotes(
  index: PassageIndex,
  word: string,
  ranking: ScoringProfile['ranking'],
): boolean {
  if (!isStretchable(word, ranking)) return false;
  return (
    index.minisearch.search(word, {
      tokenize: (s) => [s],
      processTerm: (t) => t,
      fuzzy: fuzzyDistance(word, ranking),
      prefix: true,
    }).length > 0
  );
}

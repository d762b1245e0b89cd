import type { QueryService } from '../answer/answer.js';
import { textLanguage } from '../messages/language.js';
import { foldWidthAndCase } from '../search/normalize.js';

/** One line of an evaluation file. */
export interface EvalItem {
  readonly id: string;
  readonly q: string;
  /** Substring of the talk title that should answer. */
  readonly talk?: string;
  /** Text the top result's snippet or links should contain. */
  readonly text?: string;
  /** The notes do not cover this; no result is right. */
  readonly none?: boolean;
}

export interface EvalFailure {
  readonly id: string;
  readonly q: string;
  readonly got: string;
}

/** hit@1 and answer@1 over the questions of one language. */
export interface LanguageReport {
  readonly n: number;
  readonly 'hit@1': number;
  readonly 'answer@1': number;
}

export interface EvalReport {
  readonly n: number;
  readonly 'hit@1': number;
  readonly 'hit@3': number;
  readonly mrr: number;
  readonly 'answer@1': number;
  readonly none: number;
  /** Questions with kana or kanji are Japanese; all others count as English. */
  readonly languages: { readonly en: LanguageReport; readonly ja: LanguageReport };
  readonly failures: readonly EvalFailure[];
}

const share = (hits: number, of: number) => (of === 0 ? 1 : Math.round((hits / of) * 1000) / 1000);

/** Parses a JSONL question file; a bad line is reported with its number. */
export function parseEvalFile(text: string, file: string): EvalItem[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`Evaluation error in ${file}:${n}: the line is not valid JSON.`);
      }
      const item = value as Partial<EvalItem>;
      if (typeof item?.q !== 'string')
        throw new Error(`Evaluation error in ${file}:${n}: "q" must be a string.`);
      return { ...item, id: String(item.id ?? n), q: item.q };
    });
}

/** A named share of a question file: the questions whose ids run from one id to another. */
export interface Fold {
  readonly name: string;
  readonly has: (item: EvalItem) => boolean;
}

const ID = /^(.*?)(\d+)$/;

/**
 * Reads `NAME=FIRST-LAST` (`a=d01-d50`): the questions whose ids have FIRST's prefix and a number
 * from FIRST's to LAST's. Folds let a file of questions on several notes be judged apart, so
 * figures on notes that were tuned for are never mixed with figures on notes that were not.
 */
export function parseFold(spec: string): Fold {
  const [, name, first, last] = /^([^=]+)=([^-]+)-(.+)$/.exec(spec) ?? [];
  const from = ID.exec(first ?? '');
  const to = ID.exec(last ?? '');
  if (!name || !from || !to || from[1] !== to[1])
    throw new Error(`Evaluation error: --fold "${spec}" is not NAME=FIRST-LAST, like a=d01-d50.`);
  const [prefix, low, high] = [from[1], Number(from[2]), Number(to[2])];
  return {
    name,
    has: (item) => {
      const id = ID.exec(item.id);
      return id !== null && id[1] === prefix && Number(id[2]) >= low && Number(id[2]) <= high;
    },
  };
}

/** Runs every question through the same `ask` the bots use and scores the answers. */
export function evaluate(service: QueryService, items: readonly EvalItem[]): EvalReport {
  let talkItems = 0;
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let textItems = 0;
  let answered = 0;
  let noneItems = 0;
  let noneRight = 0;
  const failures: EvalFailure[] = [];
  const perLanguage = {
    en: { n: 0, talkItems: 0, hit1: 0, textItems: 0, answered: 0 },
    ja: { n: 0, talkItems: 0, hit1: 0, textItems: 0, answered: 0 },
  };
  for (const item of items) {
    const language = perLanguage[textLanguage(item.q)];
    language.n++;
    const answer = service.ask(item.q, { limit: 5 });
    const results = answer.kind === 'found' ? answer.results : [];
    // Cut by code points: half an emoji is no character (the text report shows U+FFFD, and
    // tools that write the JSON report's text out refuse it).
    const got = results[0]
      ? `${results[0].talk} | ${[...results[0].snippet].slice(0, 80).join('')}`
      : answer.kind;
    let failed = false;
    if (item.talk !== undefined) {
      talkItems++;
      language.talkItems++;
      const want = foldWidthAndCase(item.talk);
      const rank = results.findIndex((r) => foldWidthAndCase(r.talk).includes(want));
      if (rank === 0) {
        hit1++;
        language.hit1++;
      } else failed = true;
      if (rank >= 0 && rank < 3) hit3++;
      if (rank >= 0 && rank < 5) rr += 1 / (rank + 1);
    }
    if (item.text !== undefined) {
      textItems++;
      language.textItems++;
      const top = results[0];
      const want = foldWidthAndCase(item.text);
      const haystack = top
        ? foldWidthAndCase(
            [
              top.snippet,
              ...top.links.map((l) => l.url),
              ...(top.addresses ?? []).map((a) => a.url),
            ].join('\n'),
          )
        : '';
      if (top && haystack.includes(want)) {
        answered++;
        language.answered++;
      } else failed = true;
    }
    if (item.none) {
      noneItems++;
      if (results.length === 0) noneRight++;
      else failed = true;
    }
    if (failed) failures.push({ id: item.id, q: item.q, got });
  }
  return {
    n: items.length,
    'hit@1': share(hit1, talkItems),
    'hit@3': share(hit3, talkItems),
    mrr: share(rr, talkItems),
    'answer@1': share(answered, textItems),
    none: share(noneRight, noneItems),
    languages: {
      en: languageReport(perLanguage.en),
      ja: languageReport(perLanguage.ja),
    },
    failures,
  };
}

function languageReport(counts: {
  n: number;
  talkItems: number;
  hit1: number;
  textItems: number;
  answered: number;
}): LanguageReport {
  return {
    n: counts.n,
    'hit@1': share(counts.hit1, counts.talkItems),
    'answer@1': share(counts.answered, counts.textItems),
  };
}

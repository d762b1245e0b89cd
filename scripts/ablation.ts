/**
 * What each ranking mechanism is worth: every question set is scored with the default profile,
 * then once with each mechanism switched off, and the change in hit@1, answer@1 and none is
 * printed per set. Sets are given as `--set NAME=QUESTIONS.jsonl[,CONTENT_DIR][,FIRST-LAST]`
 * (the id range keeps one fold of a file); `--profile FILE.json` changes the baseline.
 *
 *   npm run ablation -- --set seed=test/eval/questions.jsonl
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { QueryService } from '../src/answer/answer.js';
import { createQueryServiceInSlices } from '../src/answer/query-service.js';
import { type LoadedContent, loadContent } from '../src/content/load-content.js';
import { type EvalItem, evaluate, parseEvalFile, parseFold } from '../src/eval/evaluate.js';
import { loadLanguageResources } from '../src/search/language-resources.js';
import {
  type ScoringProfile,
  scoringProfileFrom,
  withOverrides,
} from '../src/search/scoring/profile.js';

/** Each mechanism of the profile, and the values that switch it off. */
export const MECHANISMS: Readonly<Record<string, unknown>> = {
  'coverage in the rank (score only)': { answer: { coverageExponent: 0 } },
  'two real words for an answer': { answer: { minWords: 1 } },
  'no answer from a talk lacking half the words the notes use elsewhere': {
    answer: { lackedShare: 0 },
  },
  'aspect words (benefit, 目的) optional': { words: { aspectOptional: false } },
  'hyphened compounds the notes lack read as their words': { words: { splitCompounds: false } },
  'common words met through a translation (longest, 最長)': { words: { translatedCommon: false } },
  'slips of the keyboard read as dictionary words (attcak)': { words: { correctSpelling: false } },
  'organizers glossary': { equivalents: { glossary: 0 } },
  'general dictionary (sudachi)': { equivalents: { dictionary: 0 } },
  'EDICT common words': { equivalents: { edict: 0 } },
  'loanwords (katakana <-> English)': { equivalents: { loanword: 0 } },
  'a listed katakana word pairs with its own English only (フィルタ: filter, not flutter)': {
    equivalents: { loanwordOrigin: false },
  },
  'kanji readings (romaji)': { equivalents: { reading: 0 } },
  'kanji read as the romaji the notes write (福岡 -> Fukuoka)': { equivalents: { kanjiRomaji: 0 } },
  "English plurals as the notes' singular": { equivalents: { plural: 0 } },
  'a name joined or spaced otherwise (OracleCloud, Oracle Cloud)': { equivalents: { joined: 0 } },
  'a joined name counts as the words the notes write (oraclecloud as two)': {
    words: { splitNameWords: false },
  },
  'a kana or kanji equivalent only where written whole (no コース in ソースコード)': {
    words: { wholeEquivalents: false },
  },
  'a long hiragana word of a title is a name (a meetup nickname)': {
    words: { kanaNameLetters: 0 },
  },
  'typo and prefix stretch': { ranking: { prefixMinLength: 1000 } },
  'a word of the language is no typo (flutter is not cluster)': {
    ranking: { typosAreNonWords: false },
  },
  'meetup named by number or date': { answer: { namedMeetup: 1 } },
  'meetup named by its initials (CNDF, SN Days)': { answer: { meetupByInitials: false } },
  'number questions need a stated number': { answer: { numberRequired: false } },
  'the number in the unit asked': { answer: { unitRequired: false } },
  'a passage stating the number asked leads its talk': { answer: { numberPassage: 1 } },
  "a close runner-up talk's number when the chosen talk states none": {
    answer: { numberPeerShare: 0 },
  },
  "a number answers from a passage with nearly the best one's words": {
    answer: { numberWordsShort: 99 },
  },
  'who-questions need a named person': { answer: { personRequired: false } },
  'which-tool questions need a name': { answer: { thingRequired: false } },
  'either-or questions need one of the two': { answer: { alternativesRequired: false } },
  'a guess offered after the question needs to be in the talk (…? Buildkite?)': {
    answer: { guessRequired: false },
  },
  'verdict questions need a verdict in the talk': { answer: { verdictRequired: false } },
  'a passage spelling out the acronym asked leads': { answer: { spelledOut: false } },
  "a number from the named talk's passages when none meets the words": {
    answer: { namedTalkNumbers: false },
  },
  'a question whether a talk was given needs every word of its topic': {
    answer: { talkRequired: false },
  },
  'a Japanese question asking whether needs the Latin names it writes in the talk': {
    answer: { whetherNameLetters: 0 },
  },
  'link questions need a link or a word of it (slides, a recording, an address)': {
    answer: { linkRequired: false },
  },
  'a talk with no notes answers only what its title says': { answer: { notesless: false } },
  'neighbouring lines in snippets': { answer: { neighbourLines: false } },
  'the first result gathers its section': { answer: { gatherSection: false } },
  "snippet window by the question's words": { answer: { snippetByWords: false } },
  'questions about the meetup itself (venue, date)': { answer: { meetupFacts: false } },
  "a meetup's fee its details lack, from its talks": { answer: { feeInTalks: false } },
  'a meetup question may have one word its title lacks': { answer: { meetupSpareWords: 0 } },
  "a meetup named by most of its title's words lifts its talks": {
    answer: { meetupByTitle: false },
  },
  'a meetup named by number needs one word of its title': {
    answer: { meetupNamedByNumber: false },
  },
};

interface QuestionSet {
  readonly name: string;
  readonly items: readonly EvalItem[];
  readonly content: string;
}

async function readSet(spec: string): Promise<QuestionSet> {
  const [name, rest] = spec.split(/=(.*)/s);
  const [file, content = 'content', range] = (rest ?? '').split(',');
  if (!name || !file) throw new Error(`--set "${spec}" is not NAME=QUESTIONS.jsonl[,DIR][,A-B]`);
  const all = parseEvalFile(await readFile(file, 'utf8'), file);
  const items = range ? all.filter(parseFold(`${name}=${range}`).has) : all;
  return { name, items, content };
}

const figures = (service: QueryService, items: readonly EvalItem[]) => {
  const r = evaluate(service, items);
  return [r['hit@1'], r['answer@1'], r.none, r.languages.en['answer@1']] as const;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true }, profile: { type: 'string' } },
  });
  const sets = await Promise.all((values.set ?? []).map(readSet));
  if (sets.length === 0)
    throw new Error('Give at least one --set NAME=QUESTIONS.jsonl[,DIR][,A-B]');
  const base = values.profile ? JSON.parse(await readFile(values.profile, 'utf8')) : {};
  const resources = await loadLanguageResources();
  const contents = new Map<string, LoadedContent>();
  for (const dir of new Set(sets.map((s) => s.content))) contents.set(dir, await loadContent(dir));
  const scoreAll = async (profile: ScoringProfile) => {
    const services = new Map<string, QueryService>();
    for (const [dir, content] of contents) {
      // As the bot builds: the readings of the notes' kanji are read before the service answers.
      services.set(dir, await createQueryServiceInSlices({ ...content, ...resources, profile }));
    }
    return sets.map((s) => figures(services.get(s.content) as QueryService, s.items));
  };
  const baseline = await scoreAll(scoringProfileFrom(base));
  console.log(`| mechanism switched off | ${sets.map((s) => s.name).join(' | ')} |`);
  console.log(`|---|${sets.map(() => '---').join('|')}|`);
  const cell = (f: readonly number[]) => f.map((x) => x.toFixed(2)).join(' / ');
  console.log(
    `| none (baseline: hit@1 / answer@1 / none / en answer@1) | ${baseline.map(cell).join(' | ')} |`,
  );
  for (const [name, off] of Object.entries(MECHANISMS)) {
    const scores = await scoreAll(withOverrides(scoringProfileFrom(base), off));
    const deltas = scores.map((f, i) =>
      f.map((x, k) => signed(x - (baseline[i]?.[k] ?? 0))).join(' / '),
    );
    console.log(`| ${name} | ${deltas.join(' | ')} |`);
  }
}

const signed = (x: number) => (Math.abs(x) < 0.0005 ? '0' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

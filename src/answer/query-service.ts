import type { Meetup, Talk, TalkLink } from '../content/meetup.js';
import { analyzeQuery, type QueryContext, ROMAJI_HONORIFIC } from '../search/analyze-query.js';
import type { AnalyzedQuery } from '../search/analyzed-query.js';
import { answersNumberQuestion, asksCountWord, givingOnly } from '../search/answer-type.js';
import {
  createIndexBuilder,
  type IndexBuilder,
  type IndexedPassage,
  indexSteps,
  inTitles,
} from '../search/build-index.js';
import { runAtOnce, runInSlices, type Steps } from '../search/cooperative.js';
import { hasChoice } from '../search/either-asked.js';
import { spellsOut } from '../search/expansion-asked.js';
import type { Glossary } from '../search/glossary.js';
import { loanwordSteps } from '../search/loanwords.js';
import {
  findMeetupReference,
  meetupFactsSteps,
  meetupNumbers,
} from '../search/meetup-reference.js';
import { normalize } from '../search/normalize.js';
import {
  bracketSpeaker,
  mentionsPerson,
  namesPerson,
  onlyWhoAndLinks,
  personLine,
  titleSpeaker,
} from '../search/person-asked.js';
import { type RankedPassage, rankPassages } from '../search/rank-passages.js';
import {
  kanjiWordSteps,
  kanjiWordsOf,
  mayBeReading,
  type ReadingCache,
} from '../search/readings.js';
import { COVERED_BITS, fullWordBits, isRealWord, WHOLE } from '../search/scoring/coverage.js';
import { linkAsked, SLIDE_WORDS, VIDEO_WORDS } from '../search/scoring/link-words.js';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from '../search/scoring/profile.js';
import { EMPTY_DICTIONARY, type SynonymDictionary } from '../search/synonym-dictionary.js';
import { pruneSteps } from '../search/synonym-lookup.js';
import { namesNewThing } from '../search/thing-asked.js';
import { namesPlace } from '../search/venue-asked.js';
import { givesVerdict, saysVerdict } from '../search/verdict-asked.js';
import {
  type Answer,
  type AnswerResult,
  type AskOptions,
  DEFAULT_RESULT_LIMIT,
  type MeetupListing,
  QUESTION_MAX_CHARS,
  QUESTION_TOO_LONG,
  type QueryService,
  SNIPPET_MAX_CHARS,
} from './answer.js';
import { buildSnippet } from './build-snippet.js';
import { gatherSection } from './gather-section.js';
import { lacksAskedWords } from './lacked-words.js';
import {
  FACT_SCORE,
  type FactAnswer,
  factLinks,
  factText,
  localDate,
  meetupFactsAnswerSteps,
  statesFee,
} from './meetup-facts.js';
import { contextPassages } from './passage-context.js';
import { resultAddresses } from './result-addresses.js';
import type { SnippetWords } from './snippet-window.js';
import { meetupDateLine, talkDateAsked } from './talk-date.js';

export interface QueryServiceOptions {
  readonly meetups: readonly Meetup[];
  /** The clock "the latest meetup" and "last year's" are resolved against. */
  readonly now?: () => Date;
  readonly glossary: Glossary;
  /** A general cross-lingual dictionary, pruned here to the words of these notes. */
  readonly synonyms?: SynonymDictionary;
  /**
   * Romaji readings of kanji words. {@link createQueryServiceInSlices} reads the notes' words
   * into it before building; {@link createQueryService} uses what it holds already.
   */
  readonly readings?: ReadingCache;
  /** The weights and thresholds of search and answers; {@link DEFAULT_SCORING_PROFILE} by default. */
  readonly profile?: ScoringProfile;
  /**
   * A build begun while these meetups were being read ({@link startEarlyBuild}): what it did is
   * kept when it read exactly these meetups, in this order, and done again otherwise.
   */
  readonly early?: EarlyBuild;
}

/** The longest a rebuild holds the event loop before letting chat traffic through. */
const BUILD_SLICE_MS = 10;
const MAX_LIMIT = 10;
/** A lead line longer than half a snippet is cut, so the passage keeps room of its own. */
const LEAD_MAX_CHARS = SNIPPET_MAX_CHARS / 2;
const HELP_WORDS = /^(?:help|usage|\?|ヘルプ|使い方|つかいかた)$/i;
// C0/C1 controls and unpaired surrogates are noise from copy and paste, never part of a question.
const CONTROL = /[\p{Cc}\p{Cs}]/gu;

/**
 * The core every adapter calls: builds the index once, then answers questions with ranked,
 * platform-neutral {@link Answer} values.
 */
export function createQueryService(options: QueryServiceOptions): QueryService {
  return runAtOnce(queryServiceSteps(options));
}

/**
 * Builds the same service in slices of at most `sliceMs`, giving the event loop back between them:
 * what a running bot uses to rebuild after an edit without holding up the chats. With `readings`,
 * the service is returned only once the readings of its notes' kanji words are in (from their
 * file, or read by a child process), so a reload, `ask` and `eval` all answer with them from the
 * first question. The child reads them while this process builds the index: only answering
 * needs them, so neither waits for the other.
 */
export async function createQueryServiceInSlices(
  options: QueryServiceOptions,
  sliceMs = BUILD_SLICE_MS,
): Promise<QueryService> {
  const { service, read } = await buildInSlices(options, sliceMs);
  await read;
  return service;
}

/**
 * The same service as soon as its index is built, while the readings of its kanji words may still
 * be read: what a bot serves on its first start, when nothing of the readings is kept yet and
 * reading them takes longer than the build (about 1.7 s at 10,000 talks). It answers every question
 * as {@link createQueryServiceInSlices}'s would: {@link QueryService.pendingFor} gives the read to
 * wait for when a question has a word the readings could change (a Latin word that may be the
 * romaji of a kanji word: `fukuoka`, `data`), and nothing for any other. `complete` resolves
 * once the readings are in.
 */
export async function createQueryServiceBeforeReadings(
  options: QueryServiceOptions,
  sliceMs = BUILD_SLICE_MS,
): Promise<{ readonly service: QueryService; readonly complete: Promise<void> }> {
  const { service, read } = await buildInSlices(options, sliceMs);
  return { service, complete: read ?? Promise.resolve() };
}

/**
 * A build begun while the notes are still being read: each batch of meetups a load hands over is
 * cut into terms (the index's first pass, most of a build) and searched for kanji words at once,
 * in slices, so when the load ends only what needs all the notes is left to do. At 10,000 talks
 * the notes child parses for about 3 s while the bot waits, then the build took 2 s more.
 */
export interface EarlyBuild {
  /** Reads the next meetups of the load, after those added before them, in slices. */
  add(meetups: readonly Meetup[]): void;
  /**
   * Once all that was added is read: the index builder and the kanji words, when the meetups
   * added are exactly `meetups`, in order (undefined otherwise, or when reading failed).
   */
  readFor(meetups: readonly Meetup[]): Promise<EarlyRead | undefined>;
}

interface EarlyRead {
  readonly index: IndexBuilder;
  readonly kanjiWords: ReadonlySet<string>;
}

/** `onError` hears why a batch could not be read (the build then starts afresh). */
export function startEarlyBuild(
  sliceMs = BUILD_SLICE_MS,
  onError: (error: unknown) => void = () => {},
): EarlyBuild {
  const index = createIndexBuilder();
  const kanjiWords = new Set<string>();
  const added: Meetup[] = [];
  let queue = Promise.resolve(true);
  function* read(meetups: readonly Meetup[]): Steps<boolean> {
    for (const meetup of meetups) {
      yield* kanjiWordsOf(meetup, kanjiWords);
      yield* index.add(meetup);
    }
    return true;
  }
  return {
    add(meetups) {
      added.push(...meetups);
      // A failed read leaves the builder half done: the build then starts afresh.
      queue = queue.then(
        (ok) =>
          ok &&
          runInSlices(read(meetups), sliceMs).catch((error: unknown) => {
            onError(error);
            return false;
          }),
      );
    },
    async readFor(meetups) {
      const ok = await queue;
      const same = meetups.length === added.length && meetups.every((m, i) => m === added[i]);
      return ok && same ? { index, kanjiWords } : undefined;
    },
  };
}

async function buildInSlices(
  options: QueryServiceOptions,
  sliceMs: number,
): Promise<{ service: QueryService; read?: Promise<void> }> {
  const { readings } = options;
  const early = await options.early?.readFor(options.meetups);
  if (!readings)
    return { service: await runInSlices(queryServiceSteps(options, undefined, early), sliceMs) };
  // One sliced computation at a time: two side by side would each take their slice in every turn
  // of the event loop, and a question would wait for both. The words come first, so the child
  // reads them while the index is built.
  const kanjiWords =
    early?.kanjiWords ?? (await runInSlices(kanjiWordSteps(options.meetups), sliceMs));
  const read = readings.ensure(kanjiWords);
  let reading = true;
  let missed = false;
  // ensure never rejects.
  void read.then(() => {
    reading = false;
  });
  const watched: Pick<ReadingCache, 'kanjiFor' | 'romajiFor'> = {
    kanjiFor(word) {
      if (reading && mayBeReading(word)) missed = true;
      return readings.kanjiFor(word);
    },
    // A kanji word of the question has a reading only if the notes have it, in one of their runs.
    romajiFor(word) {
      if (reading && someRunHas(kanjiWords, word)) missed = true;
      return readings.romajiFor(word);
    },
  };
  const service = await runInSlices(queryServiceSteps(options, watched, early), sliceMs);
  /** The answer `pendingFor` found complete, for the `ask` that follows it: not made twice. */
  let checked: { question: string; options?: AskOptions; answer: Answer } | undefined;
  return {
    read,
    service: {
      ...service,
      ask(question, askOptions) {
        const ready = checked;
        checked = undefined;
        if (ready?.question === question && ready.options === askOptions) return ready.answer;
        return service.ask(question, askOptions);
      },
      pendingFor(question, askOptions) {
        checked = undefined;
        if (!reading) return undefined;
        missed = false;
        const answer = service.ask(question, askOptions);
        if (missed) return read;
        checked = { question, ...(askOptions && { options: askOptions }), answer };
        return undefined;
      },
    },
  };
}

/** Whether a kanji word is in one of the notes' kanji runs (where its reading comes from). */
function someRunHas(runs: ReadonlySet<string>, word: string): boolean {
  for (const run of runs) if (run.includes(word)) return true;
  return false;
}

/**
 * The build; `readings` in place of the options' own, when given (see `buildInSlices`), and the
 * index's first pass taken from `early` when it read these meetups already.
 */
function* queryServiceSteps(
  {
    meetups,
    glossary,
    synonyms = EMPTY_DICTIONARY,
    now = () => new Date(),
    profile = DEFAULT_SCORING_PROFILE,
    ...options
  }: QueryServiceOptions,
  readings: Pick<ReadingCache, 'kanjiFor' | 'romajiFor'> | undefined = options.readings,
  early?: EarlyRead,
): Steps<QueryService> {
  const { answer: policy } = profile;
  /** Coverage lifts the score: a passage that answers all of the question beats a longer near miss. */
  const passageRank = (c: RankedPassage) =>
    c.score * (policy.coverageOffset + c.coverage) ** policy.coverageExponent;
  const meetupIndex = new Map(meetups.map((m, i) => [m, i]));
  /** The index of a passage's meetup, as the sets of named meetups hold it. */
  const meetupOf = (c: RankedPassage) => meetupIndex.get(c.doc.meetup) ?? -1;
  const meetupFacts = yield* meetupFactsSteps(meetups);
  const facts = yield* meetupFactsAnswerSteps(meetups);
  const index = yield* early ? early.index.finish() : indexSteps(meetups);
  const known = (term: string) => index.vocabulary.has(term);
  const context: QueryContext = {
    glossary,
    synonyms: yield* pruneSteps(synonyms, index.vocabulary),
    loanwords: yield* loanwordSteps(index.katakanaWords, index.vocabulary),
    ...(readings && { readings }),
    known,
    titled: (term) => inTitles(index, term),
    profile,
  };
  const listing: MeetupListing[] = meetups.map((m) => ({
    title: listedTitle(m),
    ...(m.date !== undefined && { date: m.date }),
    ...(m.eventUrl !== undefined && { eventUrl: m.eventUrl }),
    ...(m.notesUrl !== undefined && { notesUrl: m.notesUrl }),
    ...(m.details && { details: m.details.map((d) => d.text) }),
    ...(m.links && { links: m.links }),
    talks: m.talks.map((t) => ({
      title: t.title,
      links: t.links,
      ...(t.notesUrl !== undefined && { notesUrl: t.notesUrl }),
    })),
  }));

  const shownWith = (c: RankedPassage) =>
    policy.neighbourLines ? contextPassages(c.doc.talk.passages, c.doc.passage) : [c.doc.passage];
  /**
   * Asked who, a reply whose lines name nobody leads with the speaker its title names plainly
   * (a slot's colons, by, a dash, さん, a handle), else with the first line of the talk's notes
   * that names someone, else with a name in brackets ending the title (which hold other things
   * as often): that is the answer; the rest is what the question's words met. Asked whose talk
   * it was (the question names the talk: 誰のLT, "who gave the talk"), the title's speaker leads
   * also over lines that name someone else.
   */
  const leadLine = (c: RankedPassage, query: AnalyzedQuery, text: string, whose: boolean) => {
    if (!policy.personRequired || !query.personAsked) return undefined;
    const titled = titleSpeaker(c.doc.talk.title);
    if (!mentionsPerson(text))
      return titled ?? personLine(c.doc.talk.passages) ?? bracketSpeaker(c.doc.talk.title);
    // Lines naming someone answer "who did X"; asked whose talk it was, they only mention them.
    return titled !== undefined && whose && !namedIn(text, titled) ? titled : undefined;
  };
  const shownText = (c: RankedPassage) =>
    shownWith(c)
      .map((p) => p.text)
      .join('\n');
  /**
   * A result; the first one shows `gathered` (see gather-section.ts) and may lead with a person.
   * Asked for an address, each carries the addresses of what it shows.
   */
  const toResult = (
    c: RankedPassage,
    query: AnalyzedQuery,
    rank: number,
    {
      first,
      address,
      lead,
      whose,
    }: { first: boolean; address: boolean; lead?: string | undefined; whose: boolean },
    gathered?: string,
  ): AnswerResult => {
    const { meetup, talk, passage } = c.doc;
    const text = gathered ?? shownText(c);
    const addresses = address ? resultAddresses(shownWith(c), talk, first) : [];
    const words = policy.snippetByWords ? snippetWords(query, talk.title) : undefined;
    const shownLead = first ? (lead ?? leadLine(c, query, text, whose)) : undefined;
    const snippet = withLead(text, query, shownLead, words);
    return {
      meetup: meetup.title,
      talk: talk.title,
      ...(passage.section !== undefined && { section: passage.section }),
      // A talk with no notes shows its title: a reply never has an empty passage.
      snippet: snippet.text || talk.title,
      matches: snippet.matches,
      links: talk.links,
      ...(addresses.length > 0 && { addresses }),
      ...(talk.notesUrl !== undefined && { notesUrl: talk.notesUrl }),
      score: Math.round(rank * 1000) / 1000,
    };
  };

  /**
   * The reply to a question about the meetup itself, if it is one; with `scope`, the meetups
   * whose talks may say the fee their details lack (see {@link feeInTalks}).
   */
  const askFact = (
    cleaned: string,
    rest: string,
    preferred: ReadonlySet<number>,
    limit: number,
  ): { factReply?: Answer; scope?: ReadonlySet<number> | undefined } => {
    if (!policy.meetupFacts) return {};
    const fact = facts.answer(
      cleaned,
      rest,
      preferred,
      localDate(now()),
      (text) => analyzeQuery(text, context),
      policy.meetupSpareWords,
      policy.meetupNamedByNumber,
    );
    if (!fact) return {};
    const factReply = meetupFactReply(fact, cleaned, limit);
    return { factReply, scope: feeInTalks(fact, factReply, meetupIndex, policy) };
  };

  return {
    talks: (filter) => filterListing(listing, filter),
    ask(question: string, options: AskOptions = {}): Answer {
      if (question.length > QUESTION_MAX_CHARS * 4) return TOO_LONG;
      const cleaned = question.replace(CONTROL, ' ').trim();
      if (cleaned === '' || HELP_WORDS.test(cleaned)) return { kind: 'help' };
      if (cleaned.length > QUESTION_MAX_CHARS) return TOO_LONG;
      const limit = resultLimit(options);
      const { preferred, rest } = findMeetupReference(
        cleaned,
        meetupFacts,
        now(),
        known,
        policy.meetupByInitials,
      );
      const { factReply, scope } = askFact(cleaned, rest, preferred, limit);
      if (factReply && !scope) return factReply;
      const analyzed = analyzeQuery(rest, context, cleaned);
      const query = numbersLeft(analyzed, cleaned, rest, scope !== undefined);
      const lifted =
        scope ??
        (policy.meetupByTitle ? new Set([...preferred, ...facts.namedByTitle(rest)]) : preferred);
      // A meetup the question names ("#3", "the latest meetup") lifts its own talks.
      const rankOf = (c: RankedPassage) =>
        passageRank(c) * (lifted.has(meetupOf(c)) ? policy.namedMeetup : 1);
      const candidates = rankPassages(index, query, profile);
      const counted = countedThing(query, profile);
      const wordsNeeded = counted
        ? 1
        : Math.min(policy.minWords, query.concepts.filter((c) => isRealWord(c, profile)).length);
      const inScope = (c: RankedPassage) =>
        !scope || (scope.has(meetupOf(c)) && c.doc.passage.text.split('\n').some(statesFee));
      const eligible = eligiblePassages(candidates, wordsNeeded, inScope, query, rankOf, policy);
      const typed = policy.thingRequired ? normalize(cleaned) : undefined;
      // A question naming a meetup takes a runner-up's number from that meetup only.
      const named = (c: RankedPassage) => preferred.size === 0 || preferred.has(meetupOf(c));
      const full = fullWordBits(query.concepts, profile);
      const chosen = chooseBest(eligible, { rankOf, named, full }, query, typed, policy);
      const { best } = chosen;
      // Asked the count of one thing alone, a passage states it only where a sentence says both.
      const stating = counted
        ? new Set(
            [...chosen.stating].filter((c) => saysCountOf(counted, c.doc.passage.text, query)),
          )
        : chosen.stating;
      // Within the talk the words chose, a passage stating what is asked goes first; one that
      // meets fewer of the question's words may state another thing's number, and only gains.
      const answerRank = (c: RankedPassage) =>
        rankOf(c) * (stating.has(c) ? statingWeight(c, best, policy.numberPassage) : 1);
      // Asked when a talk was given: its meetup's date answers, or nothing does.
      const dated = best && talkDateAsked(query, cleaned, best.doc, profile);
      const dateLine = dated ? meetupDateLine(best.doc.meetup) : undefined;
      const answers =
        (dated && dateLine === undefined) ||
        (!dated &&
          (unanswered(best, stating, query, cleaned, profile) ||
            (best && lacksAskedWords(best, candidates, query, profile, known))))
          ? []
          : sortBestFirst(eligible, answerRank);
      // Far weaker runners-up are noise, but not a passage of the talk stating what is asked.
      const floor = (best ? rankOf(best) : 0) * policy.runnerUpShare;
      const shown = answers.filter((c) => stating.has(c) || rankOf(c) >= floor);
      if (answers.length === 0)
        return factReply ?? noAnswer(best, candidates, query, policy, cleaned);
      // A link word inside a compound (社内資料, 動画配信) names a topic, not a link to show.
      const wanted = query.wantsLinks ? linkAsked(normalize(cleaned)) : undefined;
      // Asked for an address of another kind (a URL, which repository), the talk must give one.
      const asked = wanted ?? (query.addressAsked ? 'link' : undefined);
      const ordered = asked ? linksFirst(shown, asked, candidates, query) : shown;
      const lacking = asked && policy.linkRequired && lackedLink(ordered[0], asked, cleaned);
      if (lacking) return lacking;
      // A link question leads with the passage carrying the link, alone. Any answering passage
      // of the first result's section may join it, also one ranked too low to be listed.
      const gathered =
        policy.gatherSection && !asked
          ? gatherSection(answers, shownWith, SNIPPET_MAX_CHARS)
          : undefined;
      const listed = gathered
        ? ordered.filter((c, i) => i === 0 || !gathered.results.has(c))
        : ordered;
      const whose = TALK_NAMED.test(normalize(cleaned));
      const results = listed
        .slice(0, limit)
        .map((c, i) =>
          toResult(
            c,
            query,
            rankOf(c),
            { first: i === 0, address: asked === 'link', lead: dateLine, whose },
            i === 0 ? gathered?.text : undefined,
          ),
        );
      const [first, ...others] = results;
      // Asked for slides the talk does not have: say so, never let a passage pass for a link.
      const missing = first && wanted && !first.links.some((l) => l.kind === wanted);
      return {
        kind: 'found',
        query: cleaned,
        results: missing && first ? [{ ...first, missing: wanted }, ...others] : results,
      };
    },
  };
}

/** The question's words, for placing a snippet's window in a long passage of a talk so titled. */
function snippetWords(query: AnalyzedQuery, title: string): SnippetWords {
  return {
    wordsOf: query.highlightConcepts,
    weights: query.concepts.map((c) => c.weight),
    title,
    ...(query.numberAsked && { answers: (line: string) => answersNumberQuestion(query, line) }),
  };
}

/**
 * The snippet of `text`, after `lead` on a line of its own when there is one: the lead is shown
 * whole (up to half the snippet, around its start) and the text gets the room left.
 */
function withLead(
  text: string,
  query: AnalyzedQuery,
  lead: string | undefined,
  words: SnippetWords | undefined,
) {
  if (lead === undefined) return buildSnippet(text, query.highlight, SNIPPET_MAX_CHARS, words);
  const shown = lead.length > LEAD_MAX_CHARS ? `${lead.slice(0, LEAD_MAX_CHARS - 1)}…` : lead;
  const body = buildSnippet(text, query.highlight, SNIPPET_MAX_CHARS - shown.length - 1, words);
  const shift = shown.length + 1;
  return {
    text: `${shown}\n${body.text}`,
    matches: body.matches.map((m) => ({ start: m.start + shift, end: m.end + shift })),
  };
}

/**
 * The reply to a question about a meetup itself: its details, one result per meetup (newest
 * first), with its own links (see `factLinks`); "no answer" naming those meetups when their
 * notes do not state the fact (a passage that merely mentions a venue would be a guess), or naming
 * the meetups to ask about when the question names none of several.
 */
function meetupFactReply(fact: FactAnswer, query: string, limit: number): Answer {
  if (fact.kind === 'none-upcoming')
    return { kind: 'not-found', query, suggestions: fact.latest ? [fact.latest.title] : [] };
  if (fact.kind === 'which-meetup')
    return {
      kind: 'not-found',
      query,
      suggestions: fact.newest.slice(0, limit).map((m) => m.title),
    };
  const results = fact.meetups.flatMap((meetup): AnswerResult[] => {
    const text = factText(meetup, fact.fact);
    if (text === undefined) return [];
    const snippet = buildSnippet(text, [], SNIPPET_MAX_CHARS);
    return [
      {
        meetup: meetup.title,
        talk: meetup.title,
        snippet: snippet.text,
        matches: snippet.matches,
        links: factLinks(meetup, fact.fact),
        ...(meetup.notesUrl !== undefined && { notesUrl: meetup.notesUrl }),
        score: FACT_SCORE,
      },
    ];
  });
  if (results.length > 0) return { kind: 'found', query, results: results.slice(0, limit) };
  // The notes do not say it: no answer, the meetups asked about named.
  return {
    kind: 'not-found',
    query,
    suggestions: fact.meetups.slice(0, limit).map((m) => m.title),
  };
}

const TOO_LONG: Answer = { kind: 'invalid', reason: QUESTION_TOO_LONG };

/**
 * The meetups (their indexes) whose talks may say what entry cost when their details do not: a
 * report may give the fee in a section on the event's outline, and only a passage of those
 * meetups with a line that states the fee ({@link statesFee}) answers there (a party's 2,000円
 * is no entry fee). Undefined when the details answered, the
 * question asks no fee, or the profile's `answer.feeInTalks` is off. Other numbers of a meetup
 * stay the details' to give: a talk's "300 people" counts users as often as those who came.
 */
function feeInTalks(
  fact: FactAnswer,
  reply: Answer,
  meetupIndex: ReadonlyMap<Meetup, number>,
  policy: ScoringProfile['answer'],
): ReadonlySet<number> | undefined {
  if (!policy.feeInTalks || reply.kind !== 'not-found' || fact.kind !== 'meetups') return undefined;
  if (fact.fact !== 'fee') return undefined;
  return new Set(fact.meetups.map((m) => meetupIndex.get(m) ?? -1));
}

/**
 * The question as if it gave only the numbers the words naming a meetup left in `rest` (see
 * `givingOnly`): the day of "the June 4 meetup" is no number the question gives. Scoped to a
 * fee (`scoped`), a line stating it answers (参加費無料 too): no amount is asked on.
 */
function numbersLeft(
  query: AnalyzedQuery,
  question: string,
  rest: string,
  scoped: boolean,
): AnalyzedQuery {
  const asked = query.numberAsked;
  if (scoped || !asked) return { ...query, numberAsked: undefined };
  return { ...query, numberAsked: givingOnly(asked, normalize(question), rest) };
}

/**
 * The passages that may answer: those covering a real word and `wordsNeeded` of the question's
 * words, in the scope a fact question set (`inScope`); where none does, those of
 * {@link statingOfNamedTalk} (the profile's `answer.namedTalkNumbers`).
 */
function eligiblePassages(
  candidates: readonly RankedPassage[],
  wordsNeeded: number,
  inScope: (c: RankedPassage) => boolean,
  query: AnalyzedQuery,
  rankOf: (c: RankedPassage) => number,
  policy: ScoringProfile['answer'],
): RankedPassage[] {
  const enough = candidates.filter((c) => c.strong && c.words >= wordsNeeded && inScope(c));
  if (enough.length > 0 || !policy.namedTalkNumbers) return enough;
  return statingOfNamedTalk(candidates, query, rankOf);
}

/**
 * Asked for a number where no passage meets enough of the question's words: the passages of the
 * talk the best match belongs to that state the number asked. That talk is commonly the one the
 * question names by its title (its title's word is in every passage, and the question's other
 * words are the notes' own in other words: 入札 for RTB); the number of the asked kind answers.
 * The other rules (lacked words, the stating weight) judge these passages as any.
 */
function statingOfNamedTalk(
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
  rankOf: (c: RankedPassage) => number,
): RankedPassage[] {
  const top = maxBy(
    candidates.filter((c) => c.strong),
    rankOf,
  );
  if (top === undefined) return [];
  const ofTalk = candidates.filter((c) => c.strong && c.doc.talk === top.doc.talk);
  return ofTalk.filter((c) => answersNumberQuestion(query, c.doc.passage.text));
}

/**
 * A stating passage's weight: the profile's `answer.numberPassage` when it meets as many of the
 * question's words as the best passage, else {@link SHORT_STATING} (a passage one word short, as
 * a stating one may be, ranked near the best is as likely of another thing: 3台のロードバランサ for
 * "how many nodes").
 */
const SHORT_STATING = 2;
function statingWeight(c: RankedPassage, best: RankedPassage | undefined, weight: number): number {
  return best === undefined || c.words >= best.words ? weight : Math.min(weight, SHORT_STATING);
}

/** Whether `text` names the speaker `name` (a handle's @ and an honorific aside, in any case). */
function namedIn(text: string, name: string): boolean {
  const core = name
    .replace(/^@/, '')
    .replace(/\s*(?:さん|氏|様)$/, '')
    .toLowerCase();
  return core !== '' && text.toLowerCase().includes(core);
}

/** Words that name a talk itself: a question about "the X presentation" asks about the talk X. */
const TALK_WORD = 'talks?|presentations?|sessions?|lts?|発表|登壇|講演|セッション|トーク|プレゼン';
const TALK_WORDS = new RegExp(`^(?:${TALK_WORD})$`);
/** A question naming the talk itself (the LT, the presentation): asked who, it asks whose talk. */
const TALK_NAMED = new RegExp(`(?<![a-z])(?:${TALK_WORD}|presented|presenter|speaker)(?![a-z])`);

/**
 * The best passage and the passages of its talk that state what the question asks for (see
 * {@link statingPassages}). Asked for a number that the talk the words chose does not state, a
 * passage of another talk that does, ranked at least `answer.numberPeerShare` of the best and
 * covering every word of the question the best covers (a lone kanji the best happens to have, of
 * a word the peer writes in a compound, is no reason to keep it), is the answer: two talks of one meetup,
 * or a talk and the one that covers its topic, are often this close, and the number is in the
 * second. When the question names a meetup, only a passage `named` (of that meetup) may answer
 * so.
 */
function chooseBest(
  eligible: readonly RankedPassage[],
  {
    rankOf,
    named,
    full,
  }: {
    rankOf: (c: RankedPassage) => number;
    named: (c: RankedPassage) => boolean;
    /** The question's full words as bits: the ones a peer must cover where the best does. */
    full: number;
  },
  query: AnalyzedQuery,
  typed: string | undefined,
  policy: ScoringProfile['answer'],
): { best: RankedPassage | undefined; stating: ReadonlySet<RankedPassage> } {
  const first = maxBy(eligible, rankOf);
  const stating = statingPassages(eligible, first, query, typed, policy);
  if (!first || stating.size > 0 || policy.numberPeerShare <= 0) {
    return { best: first, stating };
  }
  const floor = rankOf(first) * policy.numberPeerShare;
  const firstFull = first.covered & full;
  const peer = maxBy(
    eligible.filter(
      (c) =>
        // First: a question asking no number is answered by no passage, at once.
        answersNumberQuestion(query, c.doc.passage.text) &&
        rankOf(c) >= floor &&
        (c.covered & firstFull) === firstFull &&
        named(c),
    ),
    rankOf,
  );
  if (!peer) return { best: first, stating };
  return {
    best: peer,
    stating: statingPassages(eligible, peer, query, typed, policy),
  };
}

/**
 * The forms of the one thing a question asks the count of, when its real words are that thing and
 * 何 with a counter (サーバは何台?, ダッシュボードって何枚?): notes write the number, never 何台,
 * so the thing alone is the word an answer needs, and the count must be said of it (see
 * {@link saysCountOf}). Undefined for any other question.
 */
function countedThing(query: AnalyzedQuery, profile: ScoringProfile): string[] | undefined {
  if (query.numberAsked?.kind !== 'amount') return undefined;
  const real = query.concepts.filter((c) => isRealWord(c, profile));
  const things = real.filter((c) => !asksCountWord(c.word));
  const [thing] = things;
  if (!thing || things.length !== 1 || real.length === 1) return undefined;
  const at = query.concepts.indexOf(thing);
  return query.highlight.filter((_form, k) => query.highlightConcepts[k]?.includes(at));
}

/**
 * Whether one sentence of `text` names the thing (`forms`) and states the count asked: a count on
 * another line or in another sentence is another thing's (当日はPCを5台使った beside ルータ).
 */
function saysCountOf(forms: readonly string[], text: string, query: AnalyzedQuery): boolean {
  return normalize(text)
    .split(/[。．!?！？\n]/)
    .some((s) => forms.some((f) => s.includes(f)) && answersNumberQuestion(query, s));
}

/**
 * The passages of the best talk that state a number of the kind the question asks for (none
 * when it asks for none). Which talk that is stays the words' decision.
 */
function statingPassages(
  eligible: readonly RankedPassage[],
  best: RankedPassage | undefined,
  query: AnalyzedQuery,
  typed: string | undefined,
  { numberWordsShort, spelledOut }: ScoringProfile['answer'],
): ReadonlySet<RankedPassage> {
  if (best === undefined) return new Set();
  const ofTalk = eligible.filter((c) => c.doc.talk === best.doc.talk);
  // Asked what an acronym stands for: a passage spelling it out, where one does (else the
  // question is read as any other, and asks nothing a passage must state).
  const acronyms = spelledOut ? query.expansionAsked : undefined;
  if (acronyms) {
    const words = best.words - numberWordsShort;
    const spelling = ofTalk.filter(
      (c) => c.words >= words && acronyms.some((a) => spellsOut(a, c.doc.passage.text)),
    );
    if (spelling.length > 0) return new Set(spelling);
  }
  const states = statesWhatIsAsked(query, best, typed, numberWordsShort);
  return new Set(ofTalk.filter((c) => states?.(c)));
}

/**
 * What a passage must state to answer: the number asked for, else the name of a tool or service
 * asked for, in a passage that matches as many of the question's words as the best one (a
 * passage with fewer speaks of less of the question), else the verdict asked for (words that
 * settle something); undefined when the question asks none of them. A number's or a verdict's
 * passage may match `numberWordsShort` fewer (the profile's `answer.numberWordsShort`: slack for
 * a passage that words it its own way). `typed` is the question normalized, given only when the
 * name rule is on.
 */
function statesWhatIsAsked(
  query: AnalyzedQuery,
  best: RankedPassage,
  typed: string | undefined,
  numberWordsShort: number,
): ((c: RankedPassage) => boolean) | undefined {
  if (query.numberAsked) {
    const words = best.words - numberWordsShort;
    return (c) => c.words >= words && answersNumberQuestion(query, c.doc.passage.text);
  }
  if (typed !== undefined && query.thingAsked)
    return (c) =>
      c.words >= best.words &&
      namesNewThing(normalize(c.doc.passage.text), typed, query.alternatives);
  // Asked what a talk concluded: a passage that settles something (結論, recommend) leads.
  if (query.verdictAsked) {
    const words = best.words - numberWordsShort;
    return (c) =>
      c.words >= words && (saysVerdict(c.doc.passage.text) || saysVerdict(c.doc.passage.section));
  }
  return undefined;
}

/** Whether the question has no answer in the notes, though passages match its words. */
function unanswered(
  best: RankedPassage | undefined,
  stating: ReadonlySet<RankedPassage>,
  query: AnalyzedQuery,
  question: string,
  profile: ScoringProfile,
): boolean {
  const { answer: policy } = profile;
  // A question asking for an amount or a date ("how long", "いつ") that no passage of its
  // talk states has no answer there, however well its words match: the topic is in the
  // notes, the number is not.
  if (policy.numberRequired && query.numberAsked !== undefined && stating.size === 0) return true;
  if (best === undefined) return false;
  // Asked which of two, of a talk that speaks of neither.
  if (policy.alternativesRequired && query.alternatives && !speaksOfEither(best.doc.talk, query)) {
    return true;
  }
  // Asked which tool or service, of a talk whose best passages name none the question does not.
  if (policy.thingRequired && query.thingAsked && !query.numberAsked && stating.size === 0) {
    return true;
  }
  // Asked where it was held, of a passage that names no place: the meetup is there, its venue is not.
  if (
    policy.venueRequired &&
    query.venueAsked &&
    stating.size === 0 &&
    !namesPlace(best.doc.passage.text)
  ) {
    return true;
  }
  // Asked who, of a talk whose notes name nobody: the topic is there, the person is not.
  if (policy.personRequired && query.personAsked && !namesPerson(best.doc.talk)) return true;
  // Asked what a talk concluded or recommended, of one that settles nothing. Not who said it
  // (the rule above), nor where its slides are.
  if (
    policy.verdictRequired &&
    query.verdictAsked &&
    !query.wantsLinks &&
    !query.personAsked &&
    !givesVerdict(best.doc.talk)
  )
    return true;
  // The question is about a talk the notes have nothing on but its title, and asks more than
  // the title says: no passage answers it, and another talk's would answer another question.
  return policy.notesless && asksPastTitle(best, query, question, profile);
}

/**
 * The reply when no passage answers: the closest talks, or the talk asked about when it
 * mentions none of the names the question offers (said so, of that talk).
 */
function noAnswer(
  best: RankedPassage | undefined,
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
  policy: ScoringProfile['answer'],
  question: string,
): Answer {
  const unmentioned = best && unmentionedChoices(best.doc.talk, query, policy, question);
  if (best && unmentioned)
    return { kind: 'not-found', query: question, suggestions: [best.doc.talk.title], unmentioned };
  const suggestions = [
    ...new Set(candidates.filter((c) => c.strong).map((c) => c.doc.talk.title)),
  ].slice(0, 3);
  return { kind: 'not-found', query: question, suggestions };
}

/**
 * The names the question offers to choose from or as a guess, as it writes them, when `talk`
 * speaks of none of them (see {@link speaksOfEither}); undefined otherwise.
 */
function unmentionedChoices(
  talk: Talk,
  query: AnalyzedQuery,
  policy: ScoringProfile['answer'],
  question: string,
): readonly string[] | undefined {
  const offered = query.alternatives;
  if (!policy.alternativesRequired || !offered || speaksOfEither(talk, query)) return undefined;
  // Each name as a word of the question spells it (its capitals, a final ー), found whole.
  const words = question.normalize('NFKC').match(TYPED_WORDS) ?? [];
  return offered.map((name) => words.find((word) => normalize(word) === name) ?? name);
}

/** The words of a question as typed: Latin names with their signs, katakana runs, kanji runs. */
const TYPED_WORDS = /[A-Za-z0-9][A-Za-z0-9.+#-]*|[\p{sc=Katakana}ー]+|\p{sc=Han}+/gu;

/**
 * Whether a talk's title or notes have one of the things the question asks to choose between,
 * as typed or in a form the question's words are met in (free: 無料).
 */
function speaksOfEither(talk: Talk, query: AnalyzedQuery): boolean {
  const asked: readonly string[] = query.alternatives ?? [];
  const forms = new Set<string>(asked);
  query.concepts.forEach((concept, i) => {
    if (!asked.includes(concept.word)) return;
    query.highlight.forEach((term, h) => {
      if (query.highlightConcepts[h]?.includes(i)) forms.add(term);
    });
  });
  const text = normalize([talk.title, ...talk.passages.map((p) => p.text)].join('\n'));
  for (const form of forms) if (hasChoice(text, form)) return true;
  return false;
}

/** A question asking what a talk said or was about (何の話, どんな内容, "what did it cover"). */
const ASKS_WHAT_SAID =
  /(?<![a-z])what(?:'s|’s|s| was| were| is| did| does)(?: \S+){0,8}? (?:about|cover|covered|covers|say|said|says)(?![a-z])|何の話|なんの話|(?:どんな|どういう)(?:話|内容)|何を話|何について|内容(?:は|って|を)/;
/** A person named in the question: asked what they presented, the title is the answer. */
const PERSON_NAMED = new RegExp(`@[a-z0-9_]|さん|氏(?![a-z])|${ROMAJI_HONORIFIC.source}`);

/**
 * Whether `best` is a talk whose notes say nothing but its title (see {@link titleOnly}) and
 * the question asks more than that title and its meetup's details say: a real word the title
 * does not cover, other than a word naming the talk itself. A question for its slides, an
 * address (its link may be all its notes are), or who gave it, is answered by the talk as it is.
 */
function asksPastTitle(
  best: RankedPassage,
  query: AnalyzedQuery,
  question: string,
  profile: ScoringProfile,
) {
  if (!titleOnly(best.doc.talk) || query.wantsLinks || query.addressAsked || query.personAsked)
    return false;
  // What it said is what only notes could tell, however wholly its title matches.
  const typed = normalize(question);
  if (ASKS_WHAT_SAID.test(typed) && !PERSON_NAMED.test(typed)) return true;
  // The coverage counts the meetup's details too ("…at Shibuya", where the venue line says so).
  if (best.coverage >= WHOLE) return false;
  const asked = query.concepts.filter((c) => isRealWord(c, profile) && !TALK_WORDS.test(c.word));
  return best.words < asked.length;
}

/**
 * A line wholly in parentheses: the note-taker's aside ("(no notes taken here)"), which says
 * nothing of the talk.
 */
const ASIDE = /^[(（][^()（）]*[)）]$/;

/**
 * A talk whose notes say nothing but its title: none at all, only its links (its title is then its
 * one passage), a line that repeats the heading, who gave it, or lines that say nothing (see
 * {@link SAYS_NOTHING}).
 */
function titleOnly(talk: Talk): boolean {
  const title = normalize(talk.title);
  return talk.passages.every(
    (p) =>
      p.text === '' ||
      normalize(p.text) === title ||
      onlyWhoAndLinks(p.text) ||
      p.text.split('\n').every((line) => SAYS_NOTHING.test(line.trim())),
  );
}
/**
 * A line that says nothing of a talk: the note-taker's aside in parentheses, a label for links
 * (リンク, 資料, Slides), a placeholder for them (TBD, 未定, 後日公開予定, Coming soon!), or a bare
 * link, alone or after such a label (Slides: TBD, スライド: https://…).
 */
const SAYS_NOTHING = new RegExp(
  `${ASIDE.source}|^(?:(?:リンク|資料|スライド|links?|slides?|urls?)\\s*[:：]?\\s*)?(?:(?:tb[dao]|未定|準備中(?:です)?|後日(?:公開)?(?:予定)?(?:です)?|公開予定|coming soon)[.!！。]*|https?:\\/\\/\\S+)?$`,
  'i',
);

/** The candidate `rank` puts first (the first of those it ranks alike); each is ranked once. */
function maxBy<T>(items: readonly T[], rank: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const itemRank = rank(item);
    if (best === undefined || itemRank > bestRank) {
      best = item;
      bestRank = itemRank;
    }
  }
  return best;
}

/** How many results a reply may have: the asker's limit, within 1 and {@link MAX_LIMIT}. */
function resultLimit(options: AskOptions): number {
  const asked = Number.isFinite(options.limit) ? (options.limit as number) : DEFAULT_RESULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(asked)));
}

/**
 * Asked for slides or a recording the notes neither link nor speak of, or for an address (`link`)
 * where they give none: no answer, naming the talk asked about (any passage of it would pass for
 * the link). Undefined when the notes have something on it.
 */
function lackedLink(
  top: RankedPassage | undefined,
  wanted: TalkLink['kind'] | 'link',
  question: string,
): Answer | undefined {
  if (!top || (wanted === 'link' ? linksOut(top) : linkKnown(top.doc, wanted))) return undefined;
  return { kind: 'not-found', query: question, suggestions: [top.doc.talk.title], missing: wanted };
}

/**
 * Whether the notes give any address at `top`: its talk's slides, recording or a link in its
 * heading or its notes, or its meetup's event page or links. A link to a person's profile is none.
 */
function linksOut({ doc: { talk, meetup } }: RankedPassage): boolean {
  return (
    talk.links.length > 0 ||
    talk.addresses !== undefined ||
    talk.passages.some((p) => p.addresses !== undefined) ||
    meetup.eventUrl !== undefined ||
    (meetup.links?.length ?? 0) > 0
  );
}

/**
 * Whether the notes have anything on the link asked for at `doc`: its talk's or its meetup's link
 * of that kind, or its title or a line of the talk speaking of it ("スライドは後日公開", "no
 * recording", a talk on a video platform).
 */
function linkKnown(doc: IndexedPassage, wanted: TalkLink['kind']): boolean {
  const words = wanted === 'video' ? VIDEO_WORDS : SLIDE_WORDS;
  return (
    [...doc.talk.links, ...(doc.meetup.links ?? [])].some((l) => l.kind === wanted) ||
    words.test(normalize(doc.talk.title)) ||
    doc.talk.passages.some((p) => words.test(normalize(p.text)))
  );
}

/**
 * `items` sorted in place, highest `rank` first, in the order a stable sort gives. Each is ranked
 * once: a comparison ranks two, about 2 n log n ranks (a power and a few lookups each) for the
 * hundreds of passages a broad question finds.
 */
function sortBestFirst<T>(items: T[], rank: (item: T) => number): T[] {
  const ranked = items.map((item) => ({ item, rank: rank(item) }));
  ranked.sort((a, b) => b.rank - a.rank);
  ranked.forEach(({ item }, k) => {
    items[k] = item;
  });
  return items;
}

/**
 * For "where are the slides?" the best talk's passage that carries its link goes first, so the
 * top result shows the link the asker wants; a talk without one shows the passage that speaks of
 * its slides instead ("資料は後日公開予定"), if the notes have one. For an address asked (`link`),
 * the best talk's passage that links somewhere goes first, from among all its passages met.
 */
function linksFirst(
  answers: readonly RankedPassage[],
  wanted: TalkLink['kind'] | 'link',
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
): RankedPassage[] {
  const top = answers[0];
  if (!top) return [...answers];
  const talk = top.doc.talk;
  // The best answer of the talk giving an address; else a passage giving one that matches none
  // of the question's words but its talk's title's.
  const givesAddress = (c: RankedPassage) =>
    c.doc.talk === talk && c.doc.passage.addresses !== undefined;
  const linkPassage =
    wanted === 'link'
      ? (answers.find(givesAddress) ?? candidates.find(givesAddress))
      : (passageOfLink(answers, talk, wanted) ?? linkElsewhere(top, wanted, candidates, query));
  return linkPassage ? [linkPassage, ...answers.filter((c) => c !== linkPassage)] : [...answers];
}

/**
 * For a talk whose notes neither link nor speak of the slides (or recording) asked for: a passage
 * elsewhere that meets every word of the question the talk's best passage meets, in a list of
 * links of that kind (a talk with as many of them as passages: each entry has its own), the best
 * scored of them: a list of the slides in the meetup's report, kept in another file or section,
 * names the talk and links its deck (the list's links are its talk's). A word the entry's own
 * link spells counts as met (see {@link wordsInLinks}).
 */
function linkElsewhere(
  top: RankedPassage,
  wanted: TalkLink['kind'],
  candidates: readonly RankedPassage[],
  query: AnalyzedQuery,
): RankedPassage | undefined {
  if (linkKnown(top.doc, wanted)) return undefined;
  // A list of decks: as many links of the kind as entries, so the entry met has its own.
  const links = ({ doc: { talk } }: RankedPassage) =>
    talk.links.filter((l) => l.kind === wanted).length >= talk.passages.length;
  const met = (c: RankedPassage) => c.covered | wordsInLinks(c, wanted, query);
  return maxBy(
    candidates.filter((c) => (met(c) & top.covered) === top.covered && links(c)),
    (c) => c.score,
  );
}

/**
 * The question's words (as bits of its concepts) that the entry's own link spells as words of its
 * path: a deck's address names its speaker's account and its title
 * (speakerdeck.com/handle/title-of-the-talk), which the entry's text may leave out. Entries and
 * links are paired in their order only in a list whose every entry is links alone, as many as
 * there are links of the kind: each entry then has one.
 */
function wordsInLinks(c: RankedPassage, wanted: TalkLink['kind'], query: AnalyzedQuery): number {
  const { talk, passage } = c.doc;
  const links = talk.links.filter((l) => l.kind === wanted);
  const paired =
    links.length === talk.passages.length && talk.passages.every((p) => p.media === 'links');
  const url = paired ? links[talk.passages.indexOf(passage)]?.url : undefined;
  const path = url !== undefined && URL.canParse(url) ? new URL(url).pathname : '';
  const words = new Set(path.toLowerCase().split(/[^a-z0-9]+/));
  let bits = 0;
  query.concepts.slice(0, COVERED_BITS).forEach(({ word }, k) => {
    if (words.has(word)) bits |= 1 << k;
  });
  return bits;
}

/** The passage of `talk` carrying its link of the kind asked, or else speaking of it. */
function passageOfLink(
  answers: readonly RankedPassage[],
  talk: Talk,
  wanted: TalkLink['kind'],
): RankedPassage | undefined {
  const urls = talk.links.filter((l) => l.kind === wanted).map((l) => l.url);
  const words = wanted === 'video' ? VIDEO_WORDS : SLIDE_WORDS;
  return (
    answers.find((c) => c.doc.talk === talk && urls.some((u) => c.doc.passage.text.includes(u))) ??
    (urls.length === 0
      ? answers.find((c) => c.doc.talk === talk && words.test(normalize(c.doc.passage.text)))
      : undefined)
  );
}

/**
 * A meetup's title as the listing shows it, beside its date: without the date that tells it from
 * a meetup of the same title (`Title (2024-03-14)`, see load-content.ts), which would show twice.
 */
function listedTitle(meetup: Meetup): string {
  const suffix = ` (${meetup.date})`;
  return meetup.date !== undefined && meetup.title.endsWith(suffix)
    ? meetup.title.slice(0, -suffix.length)
    : meetup.title;
}

/**
 * Newest first (undated meetups last, in file order); a filter keeps the meetups whose title,
 * date, details or number (第5回, #5) it names, or else the talks whose titles it names.
 */
function filterListing(listing: readonly MeetupListing[], filter?: string): MeetupListing[] {
  const newestFirst = listing
    .map((meetup, i) => ({ meetup, i }))
    .sort((a, b) => (b.meetup.date ?? '').localeCompare(a.meetup.date ?? '') || a.i - b.i)
    .map(({ meetup }) => meetup);
  const words = filter === undefined ? [] : normalize(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return newestFirst;
  const numbers = meetupNumbers(filter ?? '');
  const names = (text: string) => {
    const normalized = normalize(text);
    return words.every((w) => normalized.includes(w));
  };
  const meetups = newestFirst.filter(
    (m) =>
      names([m.title, m.date ?? '', ...(m.details ?? [])].join('\n')) ||
      [...meetupNumbers(m.title)].some((n) => numbers.has(n)),
  );
  if (meetups.length > 0) return meetups;
  return newestFirst
    .map((m) => ({ ...m, talks: m.talks.filter((t) => names(t.title)) }))
    .filter((m) => m.talks.length > 0);
}

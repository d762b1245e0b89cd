import { setTimeout as delay } from 'node:timers/promises';
import {
  type Answer,
  type MeetupListing,
  QUESTION_MAX_CHARS,
  QUESTION_TOO_LONG,
  type QueryService,
} from '../answer/answer.js';
import { parseRequest } from '../answer/parse-request.js';
import type { RateLimiter } from '../answer/rate-limiter.js';
import type { Logger } from '../logger.js';
import { type BotSettings, DEFAULT_BOT } from '../messages/bot-identity.js';
import { type Messages, messagesFor } from '../messages/catalog.js';
import { type Language, replyLanguage } from '../messages/language.js';
import { seedExample } from '../messages/seed-examples.js';
import type { QuestionLog } from '../store/question-log.js';
import type { Vote } from '../store/question-store.js';

/**
 * The longest a question waits for what its answer still needs (a first start's kanji readings,
 * about 1.7 s at 10,000 talks): past it, it is answered with what is there, as when the readings
 * fail. Every chat wants a reply in seconds, not whenever a stuck child gives up.
 */
const PENDING_WAIT_MS = 30_000;

/** The front end a request came through: one per adapter, plus the console; also a metrics label. */
export type Platform = 'slack' | 'discord' | 'console';

/**
 * Where on the platform the words were typed. `share` is a question asked again to post an
 * answer publicly: it was counted when it was first asked, so it is not rate limited again.
 */
export type RequestSource = 'command' | 'mention' | 'direct-message' | 'share' | 'console';

/** One thing a user typed, as an adapter hands it to the core. */
export interface IncomingRequest {
  readonly platform: Platform;
  /**
   * Who asked, unique within the platform (Slack: `team:user`, Discord: the user id). The rate
   * limit counts per platform and user key, so ids from two platforms never collide.
   */
  readonly userKey: string;
  /**
   * What the user typed, in the chats' words: `help`, `talks`, `ask <question>` or just the
   * question, with the bot's own mention already removed. A structured command (Discord's
   * `/vmware ask question:…`) is spelled the same way: `ask <question>`.
   */
  readonly text: string;
  readonly source: RequestSource;
}

/** Why a request got no answer at all; each reason comes with the sentence to show. */
export type RefusalReason = 'too-long';

/**
 * What the bot replies: data, not markup. Each adapter renders every kind, in the reply's
 * `language` (the asker's, or `BOT_LANGUAGE`); `message` is the one sentence (plain text, already
 * in that language) to show for the kinds that are not an answer.
 */
export type Reply = { readonly language: Language } & ReplyBody;

type ReplyBody =
  /** The engine's answer (found, not found, or its own "invalid", e.g. while loading). */
  | {
      readonly kind: 'answer';
      readonly question: string;
      readonly answer: Answer;
      /**
       * Set when the question was recorded: the id 👍/👎 buttons carry. Adapters show the
       * buttons on found answers that have one.
       */
      readonly answerId?: string;
    }
  | {
      readonly kind: 'talks';
      readonly meetups: readonly MeetupListing[];
      /** The words the listing was narrowed to, if any. */
      readonly filter?: string;
    }
  /**
   * `privacy` is the one line saying questions are recorded, when they are; `example` a question
   * the loaded notes answer, shown only while the shipped notes are loaded.
   */
  | { readonly kind: 'help'; readonly privacy?: string; readonly example?: string }
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly message: string }
  | { readonly kind: 'slow-down'; readonly message: string }
  /** Something inside the bot failed; the fault is logged, the user gets an apology. */
  | { readonly kind: 'apology'; readonly message: string };

/** A click on 👍 Helpful or 👎 Not helpful under an answer. */
export interface VoteRequest {
  readonly platform: Platform;
  /** The clicker, as in {@link IncomingRequest.userKey}; only its salted hash is stored. */
  readonly userKey: string;
  /** The id the button carries ({@link Reply} `answerId`). */
  readonly answerId: string;
  readonly vote: Vote;
  /** The language of the answer the button sat under; the thanks are in it. */
  readonly language?: Language;
}

/**
 * What the clicker is told, privately: `recorded`/`changed` thank them, `unknown` is an answer
 * the log no longer has (past retention, or never recorded), `unavailable` a store that is down.
 */
export interface VoteReply {
  readonly kind: 'recorded' | 'changed' | 'unknown' | 'unavailable';
  readonly message: string;
}

/** What "Ask the organizers" sends to their channel; each adapter renders and posts it. */
export interface OrganizersMessage {
  /** The question as it was asked (plain text: the adapter neutralizes mentions and markup). */
  readonly question: string;
  /** One plain sentence on what the bot answered. */
  readonly answered: string;
  /** The organizers' language (`ORGANIZERS_LANGUAGE`): the adapter words its heading in it. */
  readonly language: Language;
}

/** A click on "Ask the organizers" under an answer. */
export interface ForwardRequest {
  readonly platform: Platform;
  readonly userKey: string;
  readonly answerId: string;
  /** The language of the answer the button sat under; the asker is told in it. */
  readonly language?: Language;
  /**
   * Posts to the organizers' channel. Rejects with an Error whose message is the fix, in one
   * sentence ("Invite the bot to the channel …"), when the platform refuses.
   */
  readonly post: (message: OrganizersMessage) => Promise<void>;
}

/** What the asker is told, privately, after "Ask the organizers". */
export interface ForwardReply {
  readonly kind: 'sent' | 'unknown' | 'unavailable' | 'failed';
  readonly message: string;
}

/** The one path from a user's words to the bot's reply, for every platform. */
export interface RequestPipeline {
  /** The bot's command, name and languages, for the adapters' wording. */
  readonly bot: BotSettings;
  /** The language a reply to `text` is in: `BOT_LANGUAGE`, or with `auto` the language of `text`. */
  languageOf(text: string): Language;
  /** Never rejects: a fault becomes an `apology` reply, logged with the request's context. */
  reply(request: IncomingRequest): Promise<Reply>;
  /** Records a vote on an answer. Never rejects. */
  vote(click: VoteRequest): Promise<VoteReply>;
  /** Sends a recorded question to the organizers' channel through `post`. Never rejects. */
  forward(request: ForwardRequest): Promise<ForwardReply>;
}

/**
 * What the pipeline works with, passed in by the composition root. Features that hang on every
 * request (feedback, asking the organizers, a question log) join here as further dependencies.
 */
export interface RequestPipelineDeps {
  /** The engine, usually wrapped to count answers per platform. */
  readonly service: QueryService;
  /** Questions per user; keyed by platform and user key. */
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
  /** Records questions asked on Slack and Discord; absent when `QUESTION_LOG=off`. */
  readonly questionLog?: QuestionLog;
  /** Counts questions sent to the organizers (`meetup_bot_forwarded_total`). */
  readonly recordForwarded?: (platform: Platform) => void;
  /** The bot's command, name and languages (default: the VMware meetup's bot, replying in kind). */
  readonly bot?: BotSettings;
  /** The longest a question waits for what its answer still needs ({@link PENDING_WAIT_MS}). */
  readonly pendingWaitMs?: number;
}

/** The notices the service gives as an `invalid` answer, in English, with what each is in a catalog. */
const SERVICE_NOTICES: readonly (readonly [string, (say: Messages) => string])[] = [
  [messagesFor('en').notReady, (say) => say.notReady],
  [messagesFor('en').restarting, (say) => say.restarting],
];

/** Resolves when `work` does, or after `ms`, whichever comes first; the timer goes with it. */
async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  const done = new AbortController();
  const timer = delay(ms, undefined, { signal: done.signal, ref: false }).catch(() => undefined);
  await Promise.race([work.catch(() => undefined), timer]);
  done.abort();
}

/** The apology, for faults an adapter meets outside the pipeline (sending, rendering). */
export function apologyReply(language: Language): Reply {
  return { kind: 'apology', language, message: messagesFor(language).apology };
}

/**
 * Parse the words, refuse what is too long, rate-limit real questions, then ask or list talks.
 * Only a question that reaches the engine counts against the limit: help, the listing and a
 * refused question do not.
 */
export function createRequestPipeline({
  service,
  rateLimiter,
  logger,
  questionLog,
  recordForwarded,
  bot = DEFAULT_BOT,
  pendingWaitMs = PENDING_WAIT_MS,
}: RequestPipelineDeps): RequestPipeline {
  const languageOf = (text: string) => replyLanguage(bot.language, text);
  // The language a button's reply is in when the button did not say (one made before it could).
  const buttonLanguage = (language: Language | undefined) => language ?? languageOf('');
  // The organizers' channel refusing posts is logged once, until a post works again.
  const postFailing = new Set<Platform>();
  // The console is one person at a terminal: never recorded.
  const log = (platform: Platform) => (platform === 'console' ? undefined : questionLog);
  const help = (platform: Platform, language: Language): Reply => {
    const days = log(platform)?.days;
    const example = seedExample(service.talks(), language);
    return {
      kind: 'help',
      language,
      ...(days !== undefined && { privacy: messagesFor(language).privacy(days) }),
      ...(example !== undefined && { example }),
    };
  };

  /** The reply to a question: refused, slowed down, or answered (and recorded). */
  async function replyToQuestion(
    question: string,
    { platform, userKey, source }: Omit<IncomingRequest, 'text'>,
    language: Language,
  ): Promise<Reply> {
    const say = messagesFor(language);
    // Made only for a refusal: its sentence formats a number with Intl, a cost no answer needs.
    const tooLong = (): Reply => ({
      kind: 'refused',
      language,
      reason: 'too-long',
      message: say.tooLong(QUESTION_MAX_CHARS),
    });
    // Checked here, not left to the engine: a refusal must never depend on the index, and a
    // longer question would not fit in Slack's share button.
    if (question.length > QUESTION_MAX_CHARS) return tooLong();
    if (source !== 'share' && !rateLimiter.take(`${platform}:${userKey}`)) {
      // Not the user key: a log line must not say who asked what (see Privacy in the README).
      logger.info({ platform, source }, 'A user is over the question rate limit.');
      return { kind: 'slow-down', language, message: say.slowDown };
    }
    const started = performance.now();
    // In a bot's first seconds a question may wait for what its answer still needs (the kanji
    // readings): it is then answered as it would be at any later time, and the wait counts in
    // its latency. Never past PENDING_WAIT_MS: a user always gets a reply.
    const pending = service.pendingFor?.(question);
    if (pending) await waitAtMost(pending, pendingWaitMs);
    const answer = service.ask(question);
    const latencyMs = performance.now() - started;
    logger.debug({ platform, source, kind: answer.kind }, 'Answered a question.');
    if (answer.kind === 'help') return help(platform, language);
    // The engine's own refusal, in the engine's words: said in the asker's language instead.
    if (answer.kind === 'invalid' && answer.reason === QUESTION_TOO_LONG) return tooLong();
    if (answer.kind === 'invalid') {
      const notice = SERVICE_NOTICES.find(([english]) => english === answer.reason)?.[1];
      const reason = notice ? notice(say) : answer.reason;
      return {
        kind: 'answer',
        language,
        question,
        answer: { ...answer, reason },
      };
    }
    const recorder = log(platform);
    if (!recorder) return { kind: 'answer', language, question, answer };
    // The id is made here, so the reply (and its buttons) never waits for the store.
    const answerId = crypto.randomUUID();
    recorder.record({
      id: answerId,
      platform,
      source,
      userKey,
      question,
      answer,
      latencyMs,
      askedAt: Date.now(),
    });
    return { kind: 'answer', language, question, answer, answerId };
  }

  async function replyOrThrow({
    platform,
    userKey,
    text,
    source,
  }: IncomingRequest): Promise<Reply> {
    const request = parseRequest(text);
    const language = languageOf(text);
    switch (request.kind) {
      case 'help':
        return help(platform, language);
      case 'talks':
        return request.filter === undefined
          ? { kind: 'talks', language, meetups: service.talks() }
          : {
              kind: 'talks',
              language,
              meetups: service.talks(request.filter),
              filter: request.filter,
            };
      case 'ask':
        return replyToQuestion(request.question, { platform, userKey, source }, language);
      default: {
        const unreachable: never = request;
        throw new Error(`Unknown request: ${JSON.stringify(unreachable)}`);
      }
    }
  }

  return {
    bot,
    languageOf,
    async reply(request) {
      try {
        return await replyOrThrow(request);
      } catch (err) {
        const { platform, source } = request;
        logger.error({ err, platform, source }, 'Answering a request failed.');
        return apologyReply(languageOf(request.text));
      }
    },
    async vote(click) {
      const recorder = log(click.platform);
      const say = messagesFor(buttonLanguage(click.language));
      try {
        const outcome = recorder ? await recorder.vote(click) : 'unavailable';
        const kind = outcome === 'unknown-answer' ? 'unknown' : outcome;
        return { kind, message: say.vote(kind, click.vote, recorder?.days) };
      } catch (err) {
        logger.error({ err, platform: click.platform }, 'Recording a vote failed.');
        return { kind: 'unavailable', message: say.vote('unavailable', click.vote) };
      }
    },
    async forward({ platform, answerId, post, language }) {
      const recorder = log(platform);
      const say = messagesFor(buttonLanguage(language));
      const found = recorder ? await recorder.findAnswer(answerId) : 'unavailable';
      if (found === 'unknown-answer') {
        return { kind: 'unknown', message: say.forward('unknown', recorder?.days) };
      }
      if (found === 'unavailable') {
        return { kind: 'unavailable', message: say.forward('unavailable') };
      }
      try {
        const organizers = bot.organizersLanguage;
        await post({
          question: found.question,
          answered: messagesFor(organizers).answered(found),
          language: organizers,
        });
      } catch (err) {
        if (!postFailing.has(platform)) {
          postFailing.add(platform);
          const fix = err instanceof Error ? err.message : String(err);
          logger.error({ err, platform }, `Could not post to the organizers' channel. ${fix}`);
        }
        return { kind: 'failed', message: say.forward('failed') };
      }
      postFailing.delete(platform);
      recordForwarded?.(platform);
      return { kind: 'sent', message: say.forward('sent') };
    },
  };
}

import { pino } from 'pino';
import type { QueryService } from '../../src/answer/answer.js';
import { createRateLimiter } from '../../src/answer/rate-limiter.js';
import type { Logger } from '../../src/logger.js';
import type { BotSettings } from '../../src/messages/bot-identity.js';
import {
  createRequestPipeline,
  type Platform,
  type RequestPipeline,
} from '../../src/requests/request-pipeline.js';
import type { QuestionLog } from '../../src/store/question-log.js';
import { buildEngine, FIXTURES, readNotes } from './engine.js';

export interface TestPipelineOptions {
  /** Default: the real engine over the team's stand-in for the shipped notes. */
  readonly service?: QueryService;
  /** Questions per user per minute; 0 (the default) turns the limit off. */
  readonly rateLimitPerMinute?: number;
  readonly logger?: Logger;
  /** Records questions and takes votes; absent, as with `QUESTION_LOG=off`. */
  readonly questionLog?: QuestionLog;
  /** The bot's command, name and languages, as `loadConfig` reads them; default the VMware bot's. */
  readonly bot?: BotSettings;
  /** Counts questions sent to the organizers, as the metrics do. */
  readonly recordForwarded?: (platform: Platform) => void;
}

/** The request pipeline as `npm start` wires it, for driving an adapter or the console. */
export async function createTestPipeline({
  service,
  rateLimitPerMinute = 0,
  logger = pino({ level: 'silent' }),
  questionLog,
  bot,
  recordForwarded,
}: TestPipelineOptions = {}): Promise<RequestPipeline> {
  return createRequestPipeline({
    service: service ?? buildEngine(await readNotes(FIXTURES.seedMeetup)),
    rateLimiter: createRateLimiter({ limit: rateLimitPerMinute }),
    logger,
    ...(questionLog && { questionLog }),
    ...(bot && { bot }),
    ...(recordForwarded && { recordForwarded }),
  });
}

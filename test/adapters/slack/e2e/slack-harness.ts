import { pino } from 'pino';
import {
  createSlackAdapter,
  type SlackAdapter,
} from '../../../../adapters/slack/create-slack-adapter.js';
import type { QueryService } from '../../../../src/answer/answer.js';
import type { BotSettings } from '../../../../src/messages/bot-identity.js';
import type { RequestPipeline } from '../../../../src/requests/request-pipeline.js';
import type { QuestionLog } from '../../../../src/store/question-log.js';
import { createFakeSlack, type FakeSlack, sendToApp } from '../../../fakes/fake-slack.js';
import { createTestPipeline } from '../../../support/test-pipeline.js';

// Fake secrets in the right shapes; nothing here is a real credential.
export const BOT_TOKEN = 'xoxb-0000000000-1111111111-FAKEbotTOKENfortests';
export const APP_TOKEN = 'xapp-1-A0FAKE-2222222222-FAKEappTOKENfortests';
export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
const TEAM_ID = 'T0FAKE';
export const BOT_USER_ID = 'U0BOT';
export const USER_ID = 'U0ASKER';

export interface HarnessOptions {
  readonly mode: 'http' | 'socket';
  readonly service?: QueryService;
  /** Questions per user per minute; 0 (the default) turns the limit off. */
  readonly rateLimitPerMinute?: number;
  /** Records questions and takes votes (with buttons on answers); absent by default. */
  readonly questionLog?: QuestionLog;
  /** SLACK_ORGANIZERS_CHANNEL: turns on "Ask the organizers". */
  readonly organizersChannel?: string;
  /** chat.postMessage to these channels fails with the given Slack error. */
  readonly postErrors?: Readonly<Record<string, string>>;
  /** Claims Slack event ids in a store shared with other harnesses (replicas). */
  readonly claimEvent?: (eventId: string) => Promise<boolean>;
  /** How long a slash command's answer may take to go in the ack (default: the adapter's). */
  readonly ackBudgetMs?: number;
  /** Wraps the pipeline, e.g. to hold answers back. */
  readonly wrapPipeline?: (pipeline: RequestPipeline) => RequestPipeline;
  /** BOT_COMMAND, BOT_LANGUAGE and the rest, as `loadConfig` reads them. */
  readonly bot?: BotSettings;
  /** SLACK_ANNOUNCE_CHANNEL: where news of new notes goes. */
  readonly announceChannel?: string;
}

/** The real Bolt app, built by the factory, talking to a fake Slack on 127.0.0.1. */
export interface SlackHarness {
  readonly fake: FakeSlack;
  readonly adapter: SlackAdapter;
  /** Every line the app logged (JSON, unscrubbed: the test checks what the adapter itself writes). */
  readonly logs: string[];
  /** HTTP mode: posts a signed request to the app's /slack/events. */
  send(
    body: Parameters<typeof sendToApp>[2],
    options?: Parameters<typeof sendToApp>[3],
  ): Promise<Response>;
  close(): Promise<void>;
}

export async function startHarness({
  mode,
  service,
  rateLimitPerMinute = 0,
  questionLog,
  organizersChannel,
  postErrors,
  claimEvent,
  ackBudgetMs,
  wrapPipeline = (p) => p,
  bot,
  announceChannel,
}: HarnessOptions): Promise<SlackHarness> {
  const fake = createFakeSlack({
    teamId: TEAM_ID,
    botUserId: BOT_USER_ID,
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    ...(postErrors && { postErrors }),
  });
  await fake.start();
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(line) });
  const adapter = createSlackAdapter({
    config: {
      botToken: BOT_TOKEN,
      port: 0,
      apiUrl: fake.apiUrl,
      ...(mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET }),
      ...(organizersChannel !== undefined && { organizersChannel }),
      ...(announceChannel !== undefined && { announceChannel }),
    },
    pipeline: wrapPipeline(
      await createTestPipeline({
        ...(service && { service }),
        rateLimitPerMinute,
        logger,
        ...(questionLog && { questionLog }),
        ...(bot && { bot }),
      }),
    ),
    logger,
    clientOptions: { retryConfig: { retries: 0 } },
    host: '127.0.0.1',
    ...(claimEvent && { claimEvent }),
    ...(ackBudgetMs !== undefined && { ackBudgetMs }),
  });
  await adapter.start();
  return {
    fake,
    adapter,
    logs,
    send(body, options) {
      if (adapter.httpPort === undefined) throw new Error('The app is not in HTTP mode.');
      const url = `http://127.0.0.1:${adapter.httpPort}/slack/events`;
      return sendToApp(url, SIGNING_SECRET, body, options);
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The form Slack posts for `/vmware <text>` (or another `command`). */
export function slashCommand(
  text: string,
  responseUrl: string,
  userId = USER_ID,
  command = '/vmware',
) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: userId,
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0FAKE',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

let eventCounter = 0;

/** An Events API `event_callback` wrapping `event`. */
export function eventCallback(event: Record<string, unknown>) {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0FAKE',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: `Ev${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  };
}

export function mentionEvent(text: string, extra: Record<string, unknown> = {}) {
  return eventCallback({
    type: 'app_mention',
    user: USER_ID,
    team: TEAM_ID,
    channel: 'C0GENERAL',
    text,
    ts: '1700000000.000100',
    ...extra,
  });
}

export function directMessageEvent(text: string, extra: Record<string, unknown> = {}) {
  return eventCallback({
    type: 'message',
    channel_type: 'im',
    user: USER_ID,
    team: TEAM_ID,
    channel: 'D0DM',
    text,
    ts: '1700000000.000200',
    ...extra,
  });
}

/** The `block_actions` payload Slack sends when the "Share in channel" button is clicked. */
export function shareClick(question: string, responseUrl: string) {
  return buttonClick('share_answer', question, responseUrl);
}

/** The `block_actions` payload for a click on the button `actionId` carrying `value`. */
export function buttonClick(
  actionId: string,
  value: string,
  responseUrl: string,
  userId = USER_ID,
  /** The message the button sat on, when it is a real (not ephemeral) one. */
  message?: { channel: string; ts: string },
) {
  return {
    type: 'block_actions',
    user: { id: userId, username: 'asker', name: 'asker', team_id: TEAM_ID },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: message?.ts ?? '1700000000.000300',
      channel_id: message?.channel ?? 'C0GENERAL',
      is_ephemeral: message === undefined,
    },
    trigger_id: '1.2.3',
    team: { id: TEAM_ID, domain: 'fake' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'answer-buttons',
        text: { type: 'plain_text', text: actionId },
        value,
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** Every piece of text in a message's blocks, joined, for assertions on what a user sees. */
export function visibleText(message: { blocks?: unknown; text?: unknown }): string {
  return JSON.stringify(message.blocks ?? []) + String(message.text ?? '');
}

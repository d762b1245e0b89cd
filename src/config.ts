import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isCronPattern } from './app/digest-schedule.js';
import { httpUrl } from './http-url.js';
import type { LogLevel } from './logger.js';
import { type BotSettings, DEFAULT_BOT } from './messages/bot-identity.js';

/** Slack settings; present only when `SLACK_BOT_TOKEN` is set. */
export interface SlackConfig {
  readonly botToken: string;
  /** Socket Mode when set (xapp-…); otherwise HTTP mode with the signing secret. */
  readonly appToken?: string;
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  readonly port: number;
  /** Channel id "Ask the organizers" posts to; unset, the button is not shown. */
  readonly organizersChannel?: string;
  /** Channel id new meetups and talks are announced in; unset, none are. */
  readonly announceChannel?: string;
}

/** Discord settings; present only when `DISCORD_TOKEN` is set. */
export interface DiscordConfig {
  readonly token: string;
  readonly applicationId?: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
  /** Channel id "Ask the organizers" posts to; unset, the button is not shown. */
  readonly organizersChannel?: string;
  /** Channel id new meetups and talks are announced in; unset, none are. */
  readonly announceChannel?: string;
}

/**
 * Notes kept in a git repository: cloned at start into a working directory of the process's own,
 * pulled every `intervalMs` and on a verified push webhook. Present only when `CONTENT_GIT_URL` is
 * set; `CONTENT_DIR` is then not read.
 */
export interface GitSourceConfig {
  /** The repository's http(s) URL, as given (it may carry credentials: never log it as is). */
  readonly url: string;
  /** Unset: the remote's default branch. */
  readonly branch?: string;
  /** The notes' folder inside the repository (`''` for its top). Never leaves the repository. */
  readonly path: string;
  /** Milliseconds between pulls; 0 pulls only on a webhook. */
  readonly intervalMs: number;
  /** Access token for a private repository (sent as the HTTP password). */
  readonly token?: string;
  /** Shared secret of the push webhook; unset, `POST /webhooks/git` refuses every request. */
  readonly webhookSecret?: string;
}

/** The question log: what is recorded, where, and for how long. */
export interface QuestionLogConfig {
  /** `QUESTION_LOG=off` turns recording (and the vote buttons) off. */
  readonly enabled: boolean;
  /** Rows older than this many days are deleted daily. */
  readonly days: number;
  /** Salt for hashing user ids; unset means one is generated once and kept in the store. */
  readonly salt?: string;
}

export interface Config {
  readonly contentDir: string;
  /** Set when the notes come from a git repository instead of `contentDir`. */
  readonly git?: GitSourceConfig;
  /** Unset means the entry point picks: `info` for the bots, `warn` in the local console. */
  readonly logLevel?: LogLevel;
  /** 0 disables the health and metrics server. */
  readonly healthPort: number;
  /** HEALTH_PORT was set rather than defaulted: only then does the interactive console serve it. */
  readonly healthPortSet?: true;
  /** Questions one user may ask per minute; 0 disables the limit. */
  readonly rateLimitPerMinute: number;
  /** libSQL URL of the store: `file:…` (the default, embedded), `libsql://…` or `http://…`. */
  readonly databaseUrl: string;
  readonly questionLog: QuestionLogConfig;
  /** Cron pattern of the weekly digest to the organizers' channel(s); undefined when `off`. */
  readonly digestSchedule?: string;
  readonly slack?: SlackConfig;
  readonly discord?: DiscordConfig;
  /** The bot's command, name and languages (`BOT_COMMAND`, `BOT_DISPLAY_NAME`, `BOT_LANGUAGE`, `ORGANIZERS_LANGUAGE`). */
  readonly bot: BotSettings;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly string[] };

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
const port = (fallback: number) =>
  z.preprocess(
    (v) => blankToUndefined(v) ?? String(fallback),
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(0).max(65_535, 'must be a port number from 0 to 65535')),
  );
const token = (prefix: string | RegExp, what: string) =>
  z
    .string()
    .refine(
      (s) => (typeof prefix === 'string' ? s.startsWith(prefix) : prefix.test(s)) && !/\s/.test(s),
      what,
    );

/** A Discord snowflake: a 64-bit number, so at most 20 digits; ids since 2015 have 17 or more. */
const snowflake = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be ${what}, digits only`, abort: true })
    .refine((s) => s.length >= 15 && s.length <= 20, `must be ${what}, 15 to 20 digits long`);

const withDefault = <T extends z.ZodType>(fallback: string, schema: T) =>
  z.preprocess((v) => blankToUndefined(v) ?? fallback, schema);

/** An http(s) URL of a repository; ssh needs keys and a binary the image does not have. */
const gitUrl = z
  .string()
  .refine(
    (s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol),
    'must be an http(s) URL of a git repository (https://github.com/owner/notes.git)',
  );

/** A folder of the repository (a leading `/` is its top) that does not climb out with `..`. */
function isInsideRepository(folder: string): boolean {
  const normal = path.posix.normalize(folder.replace(/^\/+/, '') || '.');
  return normal !== '..' && !normal.startsWith('../');
}

/** `30s`, `5m`, `1h`, `250ms`, a bare number of seconds, or `off` (0). */
function durationMs(value: string): number {
  const match = /^(\d+)\s*(ms|s|m|h)?$/i.exec(value.trim());
  if (!match) return 0;
  const unit = (match[2] ?? 's').toLowerCase();
  const scale = unit === 'ms' ? 1 : unit === 's' ? 1_000 : unit === 'm' ? 60_000 : 3_600_000;
  return Number(match[1]) * scale;
}

const envSchema = z.object({
  BOT_COMMAND: withDefault(
    DEFAULT_BOT.command,
    z
      .string()
      .transform((s) => s.trim().replace(/^\//, ''))
      .pipe(
        z
          .string()
          .regex(
            /^[a-z0-9_-]{1,32}$/,
            'must be 1 to 32 lowercase letters, digits, - or _ (the slash command without its /)',
          ),
      ),
  ),
  BOT_DISPLAY_NAME: withDefault(
    DEFAULT_BOT.displayName,
    z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().max(35, 'must be at most 35 characters (Slack limits an app name to 35)')),
  ),
  BOT_LANGUAGE: withDefault(
    DEFAULT_BOT.language,
    z.enum(['ja', 'en', 'auto'], { error: 'must be ja, en or auto' }),
  ),
  ORGANIZERS_LANGUAGE: withDefault(
    DEFAULT_BOT.organizersLanguage,
    z.enum(['ja', 'en'], { error: 'must be ja or en' }),
  ),
  CONTENT_DIR: z.preprocess((v) => blankToUndefined(v) ?? 'content', z.string()),
  CONTENT_GIT_URL: optional(gitUrl),
  CONTENT_GIT_BRANCH: optional(
    z
      .string()
      .regex(/^(?!-)(?!.*\.\.)[\w./-]+$/, 'must be a branch name (letters, digits, - _ . /)'),
  ),
  CONTENT_GIT_PATH: z.preprocess(
    (v) => blankToUndefined(v) ?? '',
    z
      .string()
      .refine(
        isInsideRepository,
        'must be a folder inside the repository, like notes or docs/meetups',
      )
      .transform((v) => path.posix.normalize(v.replace(/^\/+|\/+$/g, '') || '.')),
  ),
  CONTENT_GIT_INTERVAL: z.preprocess(
    (v) => blankToUndefined(v) ?? '5m',
    z
      .string()
      .regex(/^(?:off|\d+\s*(?:ms|s|m|h)?)$/i, 'must be a duration like 30s, 5m or 1h, or off')
      .transform(durationMs),
  ),
  CONTENT_GIT_TOKEN: optional(token(/^\S+$/, 'must be an access token without spaces')),
  CONTENT_GIT_WEBHOOK_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  HEALTH_PORT: port(8080),
  RATE_LIMIT_PER_MINUTE: z.preprocess(
    (v) => blankToUndefined(v) ?? '10',
    z.string().regex(/^\d+$/, 'must be a whole number (0 turns the limit off)').transform(Number),
  ),
  DATABASE_URL: z.preprocess(
    (v) => blankToUndefined(v) ?? DEFAULT_DATABASE_URL,
    z
      .string()
      .regex(/^(file|libsql|https?|wss?):/, 'must be a file:, libsql:, http(s): or ws(s): URL'),
  ),
  QUESTION_LOG: z.preprocess(
    (v) => (blankToUndefined(v) as string | undefined)?.toLowerCase() ?? 'on',
    z.enum(['on', 'off'], { error: 'must be on or off' }),
  ),
  QUESTION_LOG_DAYS: z.preprocess(
    (v) => blankToUndefined(v) ?? '90',
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of days')
      .transform(Number)
      .pipe(z.number().int().min(1, 'must be at least 1 day')),
  ),
  DIGEST_SCHEDULE: z.preprocess(
    (v) => blankToUndefined(v) ?? DEFAULT_DIGEST_SCHEDULE,
    z
      .string()
      .refine(
        (v) => v.toLowerCase() === 'off' || isCronPattern(v),
        'must be a cron pattern like "0 9 * * 1" or off',
      ),
  ),
  QUESTION_LOG_SALT: optional(z.string().min(16, 'must be at least 16 characters')),
  SLACK_BOT_TOKEN: optional(token('xoxb-', 'must be a bot token starting with xoxb-')),
  SLACK_APP_TOKEN: optional(token('xapp-', 'must be an app-level token starting with xapp-')),
  SLACK_SIGNING_SECRET: optional(token(/^[0-9a-f]{8,}$/i, 'must be the hex signing secret')),
  SLACK_API_URL: optional(httpUrl),
  PORT: port(3000),
  SLACK_ORGANIZERS_CHANNEL: optional(
    z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a Slack channel id (C…)'),
  ),
  DISCORD_TOKEN: optional(
    z
      .string()
      .regex(/^[\w.-]+$/, {
        error: 'must be a bot token: letters, digits, - _ and . only, no spaces',
        abort: true,
      })
      .min(20, 'must be a whole bot token; this one is too short (Bot > Reset Token)'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake('the application id')),
  DISCORD_GUILD_ID: optional(snowflake('a server id')),
  DISCORD_API_URL: optional(httpUrl),
  DISCORD_ORGANIZERS_CHANNEL: optional(snowflake('a channel id')),
  SLACK_ANNOUNCE_CHANNEL: optional(
    z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a Slack channel id (C…)'),
  ),
  DISCORD_ANNOUNCE_CHANNEL: optional(snowflake('a channel id')),
});

/** Where the store lives when `DATABASE_URL` is unset: a file under `data/`, created on start. */
const DEFAULT_DATABASE_URL = 'file:data/meetup-bot.db';
/** Mondays at 09:00 in the process's time zone (`TZ`). */
const DEFAULT_DIGEST_SCHEDULE = '0 9 * * 1';

/**
 * The environment every entry point reads: the process's own variables (or `env`, a command
 * called in-process), and `.env` (or the file `DOTENV_CONFIG_PATH`, dotenv's own name for it,
 * names) for those it does not set. `process.env` is filled in place, as dotenv does; any other
 * `env` is copied and left as it was.
 */
export function loadEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Readonly<Record<string, string | undefined>> {
  const target: Record<string, string | undefined> = env === process.env ? process.env : { ...env };
  // dotenv's type has no unset values; it only reads whether a key is present.
  const processEnv = target as Record<string, string>;
  loadDotenv({ path: env.DOTENV_CONFIG_PATH ?? '.env', quiet: true, processEnv });
  return target;
}

/**
 * Only `CONTENT_DIR`, for the command-line tools: they need the notes, not the chat tokens, so a
 * token that is malformed (or absent) must not stop them.
 */
export function contentDirOf(env: Readonly<Record<string, string | undefined>>): string {
  return envSchema.shape.CONTENT_DIR.parse(env.CONTENT_DIR);
}

/**
 * Only the repository settings, for `check-content URL`: the branch, the notes' folder and the
 * token, as the bot would read them. Throws one `Configuration error` line per bad variable.
 */
export function gitCheckoutOf(
  env: Readonly<Record<string, string | undefined>>,
): Pick<GitSourceConfig, 'branch' | 'path' | 'token'> {
  const { CONTENT_GIT_BRANCH, CONTENT_GIT_PATH, CONTENT_GIT_TOKEN } = envSchema.shape;
  const parsed = z
    .object({ CONTENT_GIT_BRANCH, CONTENT_GIT_PATH, CONTENT_GIT_TOKEN })
    .safeParse(env);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((issue) => `Configuration error: ${String(issue.path[0])} ${issue.message}.`)
        .join('\n'),
    );
  }
  const e = parsed.data;
  return {
    path: e.CONTENT_GIT_PATH === '.' ? '' : e.CONTENT_GIT_PATH,
    ...(e.CONTENT_GIT_BRANCH && { branch: e.CONTENT_GIT_BRANCH }),
    ...(e.CONTENT_GIT_TOKEN && { token: e.CONTENT_GIT_TOKEN }),
  };
}

/** Only `DATABASE_URL`, for `npm run report`: it reads the store, not the chats. */
export function databaseUrlOf(env: Readonly<Record<string, string | undefined>>): string {
  return envSchema.shape.DATABASE_URL.parse(env.DATABASE_URL);
}

/** Every environment variable the configuration reads, for `.env.example` and the docs. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/**
 * Reads and validates the whole configuration once. Problems name the variable, never its value,
 * so a mistyped secret cannot leak into a log.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `Configuration error: ${String(issue.path[0])} ${issue.message}.`,
      ),
    };
  }
  const e = parsed.data;
  const problems: string[] = [];
  const slack = slackConfigOf(e, problems);
  const discord = discordConfigOf(e);
  const git = gitSourceOf(e, problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      contentDir: e.CONTENT_DIR,
      ...(git && { git }),
      ...(e.LOG_LEVEL && { logLevel: e.LOG_LEVEL }),
      healthPort: e.HEALTH_PORT,
      ...(blankToUndefined(env.HEALTH_PORT) !== undefined && { healthPortSet: true }),
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      databaseUrl: e.DATABASE_URL,
      questionLog: {
        enabled: e.QUESTION_LOG === 'on',
        days: e.QUESTION_LOG_DAYS,
        ...(e.QUESTION_LOG_SALT && { salt: e.QUESTION_LOG_SALT }),
      },
      ...(e.DIGEST_SCHEDULE.toLowerCase() !== 'off' && { digestSchedule: e.DIGEST_SCHEDULE }),
      ...(slack && { slack }),
      ...(discord && { discord }),
      bot: {
        command: e.BOT_COMMAND,
        displayName: e.BOT_DISPLAY_NAME,
        language: e.BOT_LANGUAGE,
        organizersLanguage: e.ORGANIZERS_LANGUAGE,
      },
    },
  };
}

/** The variables as the schema parsed them, each one valid on its own. */
type Environment = z.infer<typeof envSchema>;

/** Slack's settings when `SLACK_BOT_TOKEN` is set; what does not fit together goes to `problems`. */
function slackConfigOf(e: Environment, problems: string[]): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      problems.push(
        'Configuration error: SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set.',
      );
    }
    return undefined;
  }
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push(
      'Configuration error: SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).',
    );
  }
  // Platforms that set PORT=8080 would otherwise fail later with "address in use".
  if (!e.SLACK_APP_TOKEN && e.PORT !== 0 && e.PORT === e.HEALTH_PORT) {
    problems.push(
      'Configuration error: PORT and HEALTH_PORT are the same port; Slack HTTP mode and the health server need different ones.',
    );
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    port: e.PORT,
    ...(e.SLACK_APP_TOKEN && { appToken: e.SLACK_APP_TOKEN }),
    ...(e.SLACK_SIGNING_SECRET && { signingSecret: e.SLACK_SIGNING_SECRET }),
    ...(e.SLACK_API_URL && { apiUrl: e.SLACK_API_URL }),
    ...(e.SLACK_ORGANIZERS_CHANNEL && { organizersChannel: e.SLACK_ORGANIZERS_CHANNEL }),
    ...(e.SLACK_ANNOUNCE_CHANNEL && { announceChannel: e.SLACK_ANNOUNCE_CHANNEL }),
  };
}

/** Discord's settings when `DISCORD_TOKEN` is set. */
function discordConfigOf(e: Environment): DiscordConfig | undefined {
  if (!e.DISCORD_TOKEN) return undefined;
  return {
    token: e.DISCORD_TOKEN,
    ...(e.DISCORD_APPLICATION_ID && { applicationId: e.DISCORD_APPLICATION_ID }),
    ...(e.DISCORD_GUILD_ID && { guildId: e.DISCORD_GUILD_ID }),
    ...(e.DISCORD_API_URL && { apiUrl: e.DISCORD_API_URL }),
    ...(e.DISCORD_ORGANIZERS_CHANNEL && { organizersChannel: e.DISCORD_ORGANIZERS_CHANNEL }),
    ...(e.DISCORD_ANNOUNCE_CHANNEL && { announceChannel: e.DISCORD_ANNOUNCE_CHANNEL }),
  };
}

/**
 * The notes' repository when `CONTENT_GIT_URL` is set; without it, each other `CONTENT_GIT_*`
 * variable that is set anyway goes to `problems`.
 */
function gitSourceOf(e: Environment, problems: string[]): GitSourceConfig | undefined {
  if (!e.CONTENT_GIT_URL) {
    for (const name of [
      'CONTENT_GIT_BRANCH',
      'CONTENT_GIT_TOKEN',
      'CONTENT_GIT_WEBHOOK_SECRET',
    ] as const) {
      if (e[name])
        problems.push(`Configuration error: CONTENT_GIT_URL is required when ${name} is set.`);
    }
    return undefined;
  }
  return {
    url: e.CONTENT_GIT_URL,
    path: e.CONTENT_GIT_PATH === '.' ? '' : e.CONTENT_GIT_PATH,
    intervalMs: e.CONTENT_GIT_INTERVAL,
    ...(e.CONTENT_GIT_BRANCH && { branch: e.CONTENT_GIT_BRANCH }),
    ...(e.CONTENT_GIT_TOKEN && { token: e.CONTENT_GIT_TOKEN }),
    ...(e.CONTENT_GIT_WEBHOOK_SECRET && { webhookSecret: e.CONTENT_GIT_WEBHOOK_SECRET }),
  };
}

/** Every secret in the configuration, so the logger can scrub them from any line it writes. */
export function secretsOf(config: Config): string[] {
  return [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    config.questionLog.salt,
    config.git?.token,
    config.git?.webhookSecret,
    ...(config.git ? urlSecrets(config.git.url) : []),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The password and user name a URL like `https://user:token@host/repo.git` carries. */
function urlSecrets(url: string): string[] {
  const { username, password } = new URL(url);
  return [decodeURIComponent(password), password, username.length >= 8 ? username : ''];
}

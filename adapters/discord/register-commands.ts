import { REST, type RESTOptions, Routes } from 'discord.js';
import { loadConfig } from '../../src/config.js';
import { slashCommand } from '../../src/messages/bot-identity.js';
import { commandDefinition } from './command-definition.js';

/** Where the registration's one-line messages go (standard output and error by default). */
export interface RegisterOutput {
  info(line: string): void;
  error(line: string): void;
}

export interface RegisterCommandsOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly output?: RegisterOutput;
  /** Extra discord.js REST options; tests pass `{ retries: 0 }`. */
  readonly rest?: Partial<RESTOptions>;
}

const consoleOutput: RegisterOutput = {
  info: (line) => console.log(line),
  error: (line) => console.error(line),
};

/**
 * Registers the bot's slash command (`BOT_COMMAND`, `/vmware` by default) with Discord and returns the process exit code. With `DISCORD_GUILD_ID` the
 * command goes to that one guild and works at once (handy while testing); without it, it is
 * global. Both use the bulk-overwrite PUT, so running it again replaces rather than duplicates.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands({
  env,
  output = consoleOutput,
  rest: restOptions,
}: RegisterCommandsOptions): Promise<number> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    for (const problem of loaded.problems) output.error(problem);
    return 1;
  }
  const discord = loaded.config.discord;
  if (!discord) {
    output.error('Configuration error: DISCORD_TOKEN is required to register the slash command.');
    return 1;
  }
  if (!discord.applicationId) {
    output.error(
      'Configuration error: DISCORD_APPLICATION_ID is required to register the slash command (Developer Portal > General Information > Application ID).',
    );
    return 1;
  }
  const rest = new REST({
    ...(discord.apiUrl && { api: discord.apiUrl }),
    ...restOptions,
  }).setToken(discord.token);
  const command = slashCommand(loaded.config.bot);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  try {
    await rest.put(route, { body: [commandDefinition(loaded.config.bot)] });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // An error from a proxy or a future library version could quote the request; never echo the token.
    output.error(
      `Registering ${command} failed: ${reason.split(discord.token).join('[redacted]')}`,
    );
    return 1;
  }
  output.info(
    discord.guildId
      ? `Registered ${command} in guild ${discord.guildId}; it is available there now.`
      : `Registered ${command} globally; Discord may take a few minutes to show it in every server.`,
  );
  return 0;
}

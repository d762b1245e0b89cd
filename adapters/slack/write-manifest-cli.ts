import { writeFile } from 'node:fs/promises';
import { loadConfig, loadEnvironment } from '../../src/config.js';
import { MANIFEST_PATH, renderManifest } from './render-manifest.js';

// `npm run slack:manifest`: writes the manifest for BOT_COMMAND and BOT_DISPLAY_NAME (from the
// environment or .env), to paste into https://api.slack.com/apps.
const loaded = loadConfig(loadEnvironment());
if (loaded.ok) {
  await writeFile(MANIFEST_PATH, renderManifest(loaded.config.bot));
  console.log(
    `Wrote ${MANIFEST_PATH} for /${loaded.config.bot.command} ("${loaded.config.bot.displayName}").`,
  );
} else {
  for (const problem of loaded.problems) console.error(problem);
  process.exitCode = 1;
}

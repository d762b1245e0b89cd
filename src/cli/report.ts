import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { databaseUrlOf, loadEnvironment } from '../config.js';
import { buildReport, reportJson, reportText } from '../report/build-report.js';
import { readGlossary } from '../report/report-inputs.js';
import { parseSince } from '../report/report-period.js';
import { loadSudachiSynonyms } from '../search/synonym-dictionary.js';
import { filePathOf, noQuestionLog, openDatabase } from '../store/open-database.js';
import { StoreError } from '../store/store-error.js';
import {
  type CliIo,
  CONTENT_OPTION_HELP,
  contentDir,
  runCli,
  runCommand,
  writeLine,
} from './run-cli.js';

const USAGE = [
  'Usage: npm run report -- [--since 7d|30d|YYYY-MM-DD] [--json] [--content DIR]',
  'What the community asked, from the question log (DATABASE_URL); safe while the bot runs.',
  '  --since   the period: the last N days (7d, the default) or since a date (UTC)',
  '  --json    {"since","until","questions","answered","notFound","helpful","notHelpful",',
  '            "unanswered","disliked","topTalks"} instead of text',
  `${CONTENT_OPTION_HELP} (its glossary groups questions)`,
  '  -h, --help  show this help',
].join('\n');

/** `npm run report`: what the community asked, from the question log. */
async function report(io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...io.argv],
    options: {
      since: { type: 'string', default: '7d' },
      json: { type: 'boolean' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  const until = new Date();
  const since = parseSince(values.since, until);
  const url = databaseUrlOf(loadEnvironment(io.env));
  const file = filePathOf(url);
  // libSQL creates a file it is pointed at: a missing one is a question log not made yet.
  const missing =
    file !== undefined &&
    !(await access(file).then(
      () => true,
      () => false,
    ));
  const client = missing ? undefined : await openDatabase(url, { create: false }).catch(noLog);
  if (!client) {
    writeLine(io.stderr, noQuestionLog(url));
    return 1;
  }
  const glossary = await readGlossary(contentDir(values.content, io));
  try {
    const built = await buildReport(client, {
      since,
      until,
      glossary,
      synonyms: await loadSudachiSynonyms(),
    });
    writeLine(io.stdout, values.json ? reportJson(built) : reportText(built));
    return 0;
  } finally {
    client.close();
  }
}

/** A store with no question log in it reads as none; any other fault is the command's error. */
function noLog(err: unknown): undefined {
  if (err instanceof StoreError && err.code === 'store_missing') return undefined;
  throw err;
}

/** Runs `npm run report` in-process: the exit code, with what it printed written to `io`. */
export const runReport = (io: CliIo): Promise<number> => runCommand(report, USAGE, io);

void runCli(report, USAGE, import.meta.url);

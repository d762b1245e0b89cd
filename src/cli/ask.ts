import { parseArgs } from 'node:util';
import { parseRequest } from '../answer/parse-request.js';
import { createQueryServiceInSlices } from '../answer/query-service.js';
import { renderReplyText } from '../app/render-reply-text.js';
import { loadContent } from '../content/load-content.js';
import { formatProblem } from '../content/problems.js';
import { messagesFor } from '../messages/catalog.js';
import { textLanguage } from '../messages/language.js';
import { loadLanguageResources } from '../search/language-resources.js';
import { renderAnswerText } from './render-terminal.js';
import {
  type CliIo,
  CONTENT_OPTION_HELP,
  contentDir,
  runCli,
  runCommand,
  writeLine,
} from './run-cli.js';

const USAGE = [
  'Usage: npm run ask -- "question" [--json] [--limit N] [--content DIR]',
  'Answers one question from the notes, as the bots would; "talks [words]" lists the talks.',
  '  --json         print the Answer value as JSON',
  '  --limit N      at most N results (default 3)',
  CONTENT_OPTION_HELP,
  '  -h, --help     show this help',
].join('\n');

/** `npm run ask`: answers one question, or lists the talks, as the chats would. */
async function ask(io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...io.argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      limit: { type: 'string', default: '3' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    writeLine(io.stderr, `--limit must be a whole number of 1 or more. ${USAGE}`);
    return 2;
  }
  const content = await loadContent(contentDir(values.content, io));
  for (const p of content.problems) writeLine(io.stderr, formatProblem(p));
  const resources = await (io.languageResources ?? loadLanguageResources)();
  const service = await createQueryServiceInSlices({ ...content, ...resources });
  const color = Boolean(io.stdout.isTTY);
  // The same words as in the chats and the console: "talks [words]", "help", or a question.
  const request = parseRequest(positionals.join(' '));
  if (request.kind === 'talks') {
    const { filter } = request;
    const meetups = service.talks(filter);
    const language = textLanguage(filter ?? '');
    const reply = {
      kind: 'talks',
      language,
      meetups,
      ...(filter !== undefined && { filter }),
    } as const;
    writeLine(
      io.stdout,
      values.json ? JSON.stringify(meetups, null, 2) : renderReplyText(reply, { color }),
    );
    return 0;
  }
  const question = request.kind === 'ask' ? request.question : '';
  const answer = service.ask(question, { limit });
  writeLine(
    io.stdout,
    values.json
      ? JSON.stringify(answer, null, 2)
      : renderAnswerText(answer, { color }, messagesFor(textLanguage(question))),
  );
  return 0;
}

/** Runs `npm run ask` in-process: the exit code, with what it printed written to `io`. */
export const runAsk = (io: CliIo): Promise<number> => runCommand(ask, USAGE, io);

void runCli(ask, USAGE, import.meta.url);

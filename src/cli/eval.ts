import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createQueryServiceInSlices } from '../answer/query-service.js';
import { loadContent } from '../content/load-content.js';
import { formatProblem } from '../content/problems.js';
import { type EvalReport, evaluate, parseEvalFile, parseFold } from '../eval/evaluate.js';
import { loadLanguageResources } from '../search/language-resources.js';
import { scoringProfileFrom } from '../search/scoring/profile.js';
import {
  type CliIo,
  CONTENT_OPTION_HELP,
  contentDir,
  runCli,
  runCommand,
  writeLine,
} from './run-cli.js';

const USAGE = [
  'Usage: npm run eval -- FILE.jsonl [--json] [--content DIR] [--profile FILE.json] [--fold NAME=FIRST-LAST ...]',
  'Scores the answers to a question file: hit@1, hit@3, MRR, answer@1 and none.',
  'Each line of FILE.jsonl is one JSON object: {"id": "q1", "q": "the question",',
  '  "talk": "part of the answering talk\'s title", "text": "part of the answering passage or a link"},',
  '  or {"id": "q2", "q": "...", "none": true} for a question the notes do not answer.',
  '  --json               print the report as JSON',
  CONTENT_OPTION_HELP,
  '  --profile FILE.json  score with these scoring values over the defaults (see docs/scoring.md)',
  '  --fold NAME=A-B      also report the questions with ids from A to B (d01-d50) apart; repeatable',
  '  -h, --help           show this help',
].join('\n');

/** `npm run eval`: scores the answers to a question file. */
async function evalCommand(io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...io.argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      content: { type: 'string' },
      profile: { type: 'string' },
      fold: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    writeLine(io.stderr, USAGE);
    return 2;
  }
  const content = await loadContent(contentDir(values.content, io));
  for (const p of content.problems) writeLine(io.stderr, formatProblem(p));
  const items = parseEvalFile(await readFile(file, 'utf8'), file);
  const folds = (values.fold ?? []).map(parseFold);
  const profile = values.profile
    ? scoringProfileFrom(JSON.parse(await readFile(values.profile, 'utf8')))
    : undefined;
  const resources = await (io.languageResources ?? loadLanguageResources)();
  // Built as the bot builds it: with the readings of the notes' kanji, read before the first answer.
  const service = await createQueryServiceInSlices({
    ...content,
    ...resources,
    ...(profile && { profile }),
  });
  const report = evaluate(service, items);
  const foldReports = folds.map((fold) => ({
    name: fold.name,
    report: evaluate(service, items.filter(fold.has)),
  }));
  if (values.json) {
    writeLine(
      io.stdout,
      JSON.stringify(folds.length > 0 ? { ...report, folds: foldReports } : report),
    );
    return 0;
  }
  printReport(report, io);
  for (const { name, report: r } of foldReports) {
    writeLine(io.stdout, `\nfold ${name}`);
    printReport({ ...r, failures: [] }, io);
  }
  return 0;
}

function printReport(report: EvalReport, { stdout }: CliIo): void {
  writeLine(stdout, `questions  ${report.n}`);
  for (const key of ['hit@1', 'hit@3', 'mrr', 'answer@1', 'none'] as const) {
    writeLine(stdout, `${key.padEnd(10)} ${report[key].toFixed(3)}`);
  }
  for (const [language, r] of Object.entries(report.languages)) {
    writeLine(
      stdout,
      `${`${language} (${r.n})`.padEnd(10)} hit@1 ${r['hit@1'].toFixed(3)}  answer@1 ${r['answer@1'].toFixed(3)}`,
    );
  }
  for (const f of report.failures) {
    writeLine(stdout, `  miss ${f.id}: ${f.q}\n       got: ${f.got}`);
  }
}

/** Runs `npm run eval` in-process: the exit code, with what it printed written to `io`. */
export const runEval = (io: CliIo): Promise<number> => runCommand(evalCommand, USAGE, io);

void runCli(evalCommand, USAGE, import.meta.url);

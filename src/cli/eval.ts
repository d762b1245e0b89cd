import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createQueryService } from '../answer/query-service.js';
import { formatProblem, loadContent } from '../content/load-content.js';
import { evaluate, parseEvalFile } from '../eval/evaluate.js';
import { loadLanguageResources } from '../search/language-resources.js';
import { CONTENT_OPTION_HELP, contentDir, runCli } from './run-cli.js';

const USAGE = [
  'Usage: npm run eval -- FILE.jsonl [--json] [--content DIR]',
  'Scores the answers to a question file: hit@1, hit@3, MRR, answer@1 and none.',
  '  --json         print the report as JSON',
  CONTENT_OPTION_HELP,
  '  -h, --help     show this help',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const content = await loadContent(contentDir(values.content));
  for (const p of content.problems) console.error(formatProblem(p));
  const items = parseEvalFile(await readFile(file, 'utf8'), file);
  const resources = await loadLanguageResources();
  const service = createQueryService({ ...content, ...resources });
  await resources.readings.ensure([]);
  const report = evaluate(service, items);
  if (values.json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  console.log(`questions  ${report.n}`);
  for (const key of ['hit@1', 'hit@3', 'mrr', 'answer@1', 'none'] as const) {
    console.log(`${key.padEnd(10)} ${report[key].toFixed(3)}`);
  }
  for (const [language, r] of Object.entries(report.languages)) {
    console.log(
      `${language} (${r.n})`.padEnd(10),
      `hit@1 ${r['hit@1'].toFixed(3)}  answer@1 ${r['answer@1'].toFixed(3)}`,
    );
  }
  for (const f of report.failures) console.log(`  miss ${f.id}: ${f.q}\n       got: ${f.got}`);
  return 0;
}

runCli(main, USAGE);

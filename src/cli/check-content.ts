import { parseArgs } from 'node:util';
import { countContent } from '../content/count-content.js';
import { formatProblem, loadContent } from '../content/load-content.js';
import { runCli } from './run-cli.js';

/** Prints every problem in the notes and the glossary; exits non-zero when there is any. */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
  const { meetups, glossary, problems, info } = await loadContent(values.content);
  const byPlace = [...info, ...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
  for (const p of byPlace) console.error(formatProblem(p));
  const counts = countContent(meetups);
  console.log(
    `${counts.meetups} meetup(s), ${counts.talks} talk(s), ${counts.passages} passage(s), ${glossary.groups.length} glossary group(s); ${problems.length} problem(s).`,
  );
  return problems.length > 0 ? 1 : 0;
}

runCli(main);

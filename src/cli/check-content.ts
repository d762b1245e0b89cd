import { parseArgs } from 'node:util';
import { countContent } from '../content/count-content.js';
import { formatProblemLine, loadContent, problemLevel } from '../content/load-content.js';
import { CONTENT_OPTION_HELP, contentDir, runCli } from './run-cli.js';

const USAGE = [
  'Usage: npm run check-content [-- --content DIR]',
  'Lists every problem in the notes and glossary.yml, each with its file and line:',
  '  error:    not served (unreadable file or front matter, a duplicate meetup title, …)',
  '  warning:  served, but something was ignored or looks wrong (an unknown field, …)',
  '  info:     how a file was read (talks under a group heading, a date taken from a line)',
  'Exits 1 when there is an error, 0 otherwise.',
  CONTENT_OPTION_HELP,
  '  -h, --help     show this help',
].join('\n');

/** Prints every problem in the notes and the glossary; exits non-zero only for errors. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { meetups, glossary, problems, info } = await loadContent(contentDir(values.content));
  // Notes on how a file was read sit next to its problems, in file and line order.
  const byPlace = [...info, ...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
  for (const p of byPlace) console.error(formatProblemLine(p));
  const counts = countContent(meetups);
  const count = (level: string) => problems.filter((p) => problemLevel(p) === level).length;
  const errors = count('error');
  console.log(
    `${counts.meetups} meetup(s), ${counts.talks} talk(s), ${counts.passages} passage(s), ${glossary.groups.length} glossary group(s); ${errors} error(s), ${count('warning')} warning(s).`,
  );
  return errors > 0 ? 1 : 0;
}

runCli(main, USAGE);

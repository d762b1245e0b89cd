import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitCheckoutOf, loadEnvironment } from '../config.js';
import { countContent } from '../content/count-content.js';
import { loadContent } from '../content/load-content.js';
import type { ContentProblem } from '../content/meetup.js';
import { formatProblemLine, problemLevel } from '../content/problems.js';
import { createGitCheckout } from '../sources/git-checkout.js';
import { type CliIo, contentSource, runCli, runCommand, writeLine } from './run-cli.js';

const USAGE = [
  'Usage: npm run check-content [-- --content DIR|URL] [--branch NAME] [--path FOLDER]',
  'Lists every problem in the notes and glossary.yml, each with its file and line:',
  '  error:    not served (unreadable file or front matter, a duplicate meetup title, …)',
  '  warning:  served, but something was ignored or looks wrong (an unknown field, …)',
  '  info:     how a file was read (talks under a group heading, a date taken from a line)',
  'Exits 1 when there is an error, 0 otherwise.',
  '  --content DIR|URL  a folder of notes, or the http(s) URL of a git repository to clone',
  '                     (default: CONTENT_GIT_URL, else CONTENT_DIR, from the environment or .env)',
  '  --branch NAME      with a URL: the branch (default: CONTENT_GIT_BRANCH, else the default one)',
  '  --path FOLDER      with a URL: the notes folder in it (default: CONTENT_GIT_PATH, else all)',
  '                     a private repository reads CONTENT_GIT_TOKEN',
  '  -h, --help         show this help',
].join('\n');

/** Prints every problem in the notes and the glossary; exits non-zero only for errors. */
async function checkContent(io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...io.argv],
    options: {
      content: { type: 'string' },
      branch: { type: 'string' },
      path: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  const source = contentSource(values.content, io);
  if (!/^https?:\/\//i.test(source)) return check(source, (p) => p, io);

  const settings = gitCheckoutOf(loadEnvironment(io.env));
  const folder = values.path ?? settings.path;
  const checkout = await createGitCheckout({
    url: source,
    path: folder,
    ...((values.branch ?? settings.branch) !== undefined && {
      branch: values.branch ?? settings.branch,
    }),
    ...(settings.token !== undefined && { token: settings.token }),
  });
  try {
    const commit = await checkout.clone();
    writeLine(io.stderr, `Checking ${checkout.shownUrl} at commit ${commit.slice(0, 12)}.`);
    // Files are named as they are in the repository, not in the temporary clone.
    const root = checkout.contentDir.split(path.sep).join('/');
    return await check(
      checkout.contentDir,
      (p) => ({ ...p, file: path.posix.join(folder, path.posix.relative(root, p.file) || '.') }),
      io,
    );
  } finally {
    await checkout.remove();
  }
}

async function check(
  dir: string,
  name: (p: ContentProblem) => ContentProblem,
  { stdout, stderr }: CliIo,
): Promise<number> {
  const { meetups, glossary, problems, info } = await loadContent(dir);
  // Notes on how a file was read sit next to its problems, in file and line order.
  const byPlace = [...info, ...problems]
    .map(name)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const p of byPlace) writeLine(stderr, formatProblemLine(p));
  const counts = countContent(meetups);
  const count = (level: string) => problems.filter((p) => problemLevel(p) === level).length;
  const errors = count('error');
  writeLine(
    stdout,
    `${counts.meetups} meetup(s), ${counts.talks} talk(s), ${counts.passages} passage(s), ${glossary.groups.length} glossary group(s); ${errors} error(s), ${count('warning')} warning(s).`,
  );
  return errors > 0 ? 1 : 0;
}

/** Runs `npm run check-content` in-process: the exit code, with what it printed written to `io`. */
export const runCheckContent = (io: CliIo): Promise<number> => runCommand(checkContent, USAGE, io);

void runCli(checkContent, USAGE, import.meta.url);

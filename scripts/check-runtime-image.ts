/**
 * Replays the Dockerfile without Docker (none runs on the build machine): each stage gets a temp
 * directory standing in for its /app, COPY copies from the repository (minus .dockerignore) or
 * from an earlier stage, RUN runs there. Then the runtime stage's CMD answers a piped question
 * with no tokens, and its HEALTHCHECK command is tried against a live and a dead /healthz.
 *
 * The steps come from the Dockerfile itself, so a file or dependency the image would miss makes
 * this fail. Usage: node --import tsx scripts/check-runtime-image.ts [--keep]
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUESTION = 'Octantって何?';

interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
}

interface Stage {
  readonly name: string;
  readonly base: string;
  readonly instructions: Instruction[];
}

export interface RuntimeCheckResult {
  /** What the runtime stage's CMD printed for the question. */
  readonly answer: string;
  /** Where the stages were replayed (removed unless `keep`). */
  readonly workDir: string;
}

/** Parses stages and instructions, joining `\` continuations and dropping comments. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const start = i + 1;
    let line = lines[i]?.trim() ?? '';
    if (line === '' || line.startsWith('#')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i += 1;
      line = `${line.slice(0, -1).trimEnd()} ${lines[i]?.trim() ?? ''}`;
    }
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') {
      const [base = '', as, name] = args.split(/\s+/);
      stages.push({
        name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length),
        base,
        instructions: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile:${start}: ${keyword} before the first FROM.`);
    stage.instructions.push({ keyword: keyword.toUpperCase(), args, line: start });
  }
  return stages;
}

/** `.dockerignore` as a predicate on paths relative to the context (no `!` exceptions). */
export function parseDockerignore(text: string): (relative: string) => boolean {
  const patterns = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (patterns.some((p) => p.startsWith('!'))) {
    throw new Error('.dockerignore exceptions (!) are not replayed by this check; avoid them.');
  }
  const regexes = patterns.map((p) => {
    const body = p
      .replace(/^\/+|\/+$/g, '')
      .split('')
      .map((c, i, all) => {
        if (c === '*') return all[i + 1] === '*' ? '' : all[i - 1] === '*' ? '.*' : '[^/]*';
        if (c === '?') return '[^/]';
        return /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
      })
      .join('');
    // A pattern that names a directory excludes everything under it.
    return new RegExp(`^${body}(?:/.*)?$`);
  });
  return (relative) => regexes.some((r) => r.test(relative));
}

function words(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Replays every stage, then checks the runtime stage's CMD and HEALTHCHECK. Throws on failure. */
export async function checkRuntimeImage({
  keep = false,
  log = (line: string) => process.stderr.write(`${line}\n`),
}: {
  keep?: boolean;
  log?: (line: string) => void;
} = {}): Promise<RuntimeCheckResult> {
  const dockerfile = await readFile(path.join(ROOT, 'Dockerfile'), 'utf8');
  const ignored = parseDockerignore(await readFile(path.join(ROOT, '.dockerignore'), 'utf8'));
  const stages = parseDockerfile(dockerfile);
  const runtime = stages.at(-1);
  if (!runtime) throw new Error('The Dockerfile has no stage.');
  if (!/^node:20(?:[.-]|$)/.test(runtime.base)) {
    throw new Error(`The runtime stage is ${runtime.base}; this check replays it on Node 20.`);
  }

  const workDir = await mkdtemp(path.join(tmpdir(), 'runtime-image-'));
  const stageDirs = new Map<string, string>();
  // A clean environment, as in a fresh container; npm may use its cache (offline-friendly).
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  };
  let runtimeEnv: NodeJS.ProcessEnv = {};
  let cmd: string[] | undefined;
  let healthcheck: string[] | undefined;
  try {
    for (const stage of stages) {
      const dir = path.join(workDir, stage.name);
      await mkdir(dir, { recursive: true });
      stageDirs.set(stage.name, dir);
      let workdir = '/';
      const env: NodeJS.ProcessEnv = { ...baseEnv };
      // Maps an absolute path in a stage (its WORKDIR is /app) into that stage's temp directory.
      const inStage = (stageDir: string, target: string) => {
        const absolute = path.posix.resolve(workdir, target);
        if (absolute !== '/app' && !absolute.startsWith('/app/')) {
          throw new Error(`Only paths under /app are replayed; got ${absolute}.`);
        }
        return path.join(stageDir, absolute.slice('/app'.length));
      };
      for (const { keyword, args, line } of stage.instructions) {
        const where = `Dockerfile:${line} (${stage.name})`;
        switch (keyword) {
          case 'WORKDIR':
            workdir = path.posix.resolve(workdir, args);
            inStage(dir, '.');
            break;
          case 'ENV': {
            for (const m of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
              env[m[1] as string] = (m[2] as string).replace(/^"|"$/g, '');
            }
            break;
          }
          case 'COPY': {
            const parts = words(args);
            const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
            const paths = parts.filter((p) => !p.startsWith('--'));
            const dest = paths.pop();
            if (!dest || paths.length === 0) throw new Error(`${where}: COPY needs a source.`);
            const target = inStage(dir, dest);
            for (const source of paths) {
              let src: string;
              if (from !== undefined) {
                const fromDir = stageDirs.get(from);
                if (!fromDir) throw new Error(`${where}: no earlier stage named ${from}.`);
                src = inStage(fromDir, source);
              } else {
                if (ignored(source.replace(/^\.\//, ''))) {
                  throw new Error(`${where}: ${source} is excluded by .dockerignore.`);
                }
                src = path.join(ROOT, source);
              }
              if (!(await exists(src))) throw new Error(`${where}: ${source} does not exist.`);
              const isDir = (await stat(src)).isDirectory();
              const out =
                dest.endsWith('/') && !isDir ? path.join(target, path.basename(src)) : target;
              await cp(src, out, {
                recursive: true,
                filter: (file) =>
                  from !== undefined ||
                  !ignored(path.relative(ROOT, file).split(path.sep).join('/')),
              });
            }
            break;
          }
          case 'RUN': {
            log(`${where}: RUN ${args}`);
            const result = await run('sh', ['-c', args], { cwd: inStage(dir, '.'), env });
            if (result.code !== 0) {
              throw new Error(`${where}: RUN ${args} failed:\n${result.stdout}${result.stderr}`);
            }
            break;
          }
          case 'CMD':
            cmd = words(args);
            break;
          case 'HEALTHCHECK': {
            const at = args.indexOf('CMD ');
            healthcheck = at >= 0 ? words(args.slice(at + 4).trim()) : undefined;
            break;
          }
          case 'USER':
          case 'EXPOSE':
          case 'LABEL':
          case 'ARG':
            break;
          default:
            throw new Error(`${where}: ${keyword} is not replayed by this check; teach it.`);
        }
      }
      if (stage === runtime) runtimeEnv = env;
    }

    const runtimeDir = stageDirs.get(runtime.name) as string;
    if (await exists(path.join(runtimeDir, 'node_modules', 'typescript'))) {
      throw new Error('The runtime stage installed dev dependencies (typescript is there).');
    }
    if (cmd?.[0] !== 'node') throw new Error('The runtime stage needs CMD ["node", …].');
    const [, ...cmdArgs] = cmd;
    const answer = await run(process.execPath, cmdArgs, {
      cwd: runtimeDir,
      env: { ...runtimeEnv, HEALTH_PORT: '0' },
      input: `${QUESTION}\n`,
    });
    if (answer.code !== 0 || !answer.stdout.includes('Octant')) {
      throw new Error(
        `The runtime stage's CMD did not answer "${QUESTION}" (exit ${answer.code}):\n${answer.stdout}${answer.stderr}`,
      );
    }
    log(`CMD answered "${QUESTION}".`);

    if (healthcheck?.[0] !== 'node') {
      throw new Error('The runtime stage needs a HEALTHCHECK that runs node (slim has no curl).');
    }
    await checkHealthcheck(healthcheck.slice(1), runtimeDir, runtimeEnv);
    log('HEALTHCHECK passes on 200 and fails on 503.');
    return { answer: answer.stdout, workDir };
  } finally {
    if (!keep) await rm(workDir, { recursive: true, force: true });
  }
}

/** The HEALTHCHECK command must exit 0 for a ready /healthz and non-zero for a 503. */
async function checkHealthcheck(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  let ready = true;
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/healthz' && ready ? 200 : 503).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = String((server.address() as AddressInfo).port);
  try {
    const up = await run(process.execPath, args, { cwd, env: { ...env, HEALTH_PORT: port } });
    ready = false;
    const down = await run(process.execPath, args, { cwd, env: { ...env, HEALTH_PORT: port } });
    if (up.code !== 0 || down.code === 0) {
      throw new Error(
        `The HEALTHCHECK exited ${up.code} for a ready /healthz and ${down.code} for a 503:\n${up.stderr}${down.stderr}`,
      );
    }
  } finally {
    server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  checkRuntimeImage({ keep: process.argv.includes('--keep') }).then(
    ({ answer, workDir }) => {
      process.stdout.write(`${answer}\nThe runtime image's steps work (replayed in ${workDir}).\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

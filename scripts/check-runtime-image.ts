/**
 * Replays the Dockerfile without Docker (none runs on the build machine): each stage gets a temp
 * directory standing in for its /app, COPY copies from the repository (minus .dockerignore) or
 * from an earlier stage, RUN runs there. Then the runtime stage's CMD answers a piped question
 * with no tokens, and its HEALTHCHECK command is tried against a live and a dead /healthz.
 *
 * The steps come from the Dockerfile itself, so a file or dependency the image would miss makes
 * this fail. npm runs offline, from the cache the first `npm ci` filled, so the check needs no
 * registry. Usage: npm run check:image [-- --keep]
 *
 * The Dockerfile is read with dockerfile-ast (the parser behind the Dockerfile language server)
 * and .dockerignore with @balena/dockerignore (a port of Docker's own matcher, `!` included).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dockerignoreModule from '@balena/dockerignore';
import {
  type Copy,
  DockerfileParser,
  type Env,
  From,
  type Healthcheck,
  type Instruction,
  JSONInstruction,
} from 'dockerfile-ast';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUESTION = 'Octantって何?';

interface Stage {
  readonly name: string;
  readonly base: string;
  readonly instructions: Instruction[];
}

interface RuntimeCheckResult {
  /** What the runtime stage's CMD printed for the question. */
  readonly answer: string;
  /** Where the stages were replayed (removed unless `keep`). */
  readonly workDir: string;
}

/** The Dockerfile's stages, each with its instructions in order. */
function parseStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction instanceof From) {
      stages.push({
        name: instruction.getBuildStage() ?? String(stages.length),
        base: instruction.getImage() ?? '',
        instructions: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${where(instruction)}: ${instruction.getKeyword()} before FROM.`);
    stage.instructions.push(instruction);
  }
  return stages;
}

function where(instruction: Instruction, stage?: Stage): string {
  const line = instruction.getRange().start.line + 1;
  return `Dockerfile:${line}${stage ? ` (${stage.name})` : ''}`;
}

/** An instruction's arguments without its flags: the exec form's strings, or the words. */
function words(instruction: Instruction): string[] {
  if (instruction instanceof JSONInstruction) {
    const json = instruction.getJSONStrings().map((s) => s.getJSONValue());
    if (json.length > 0) return json;
  }
  return instruction.getArguments().map((a) => a.getValue());
}

/**
 * The command the image runs: the last stage's CMD, as Docker would run it (`["node", flags…,
 * script]`). The bench starts the bot with it, so it runs the bot as the image does.
 */
export function runtimeCommand(dockerfile: string): string[] {
  const cmd = parseStages(dockerfile)
    .at(-1)
    ?.instructions.filter((instruction) => instruction.getKeyword() === 'CMD')
    .at(-1);
  if (!cmd) throw new Error('The Dockerfile has no CMD in its last stage.');
  return words(cmd);
}

/** `HEALTHCHECK [flags] CMD …`: the command, read by the parser as the CMD it is. */
function healthcheckCommand(instruction: Healthcheck): string[] | undefined {
  const [subcommand, ...rest] = instruction.getArguments().map((a) => a.getValue());
  if (subcommand?.toUpperCase() !== 'CMD') return undefined;
  const cmd = DockerfileParser.parse(`CMD ${rest.join(' ')}`).getCMDs()[0];
  return cmd ? words(cmd) : undefined;
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

/** Copies npm's cache (as the first `npm ci` filled it) to `target` and returns `target`. */
async function copyNpmCache(target: string): Promise<string> {
  const { stdout } = await run('npm', ['config', 'get', 'cache'], { cwd: ROOT, env: process.env });
  const cacache = path.join(stdout.trim(), '_cacache');
  if (!(await exists(cacache))) {
    throw new Error(
      `npm's cache (${cacache}) is empty: run npm ci once with network access, then this check installs offline from it.`,
    );
  }
  await cp(cacache, path.join(target, '_cacache'), { recursive: true });
  return target;
}

/** Replays every stage, then checks the runtime stage's CMD and HEALTHCHECK. Throws on failure. */
async function checkRuntimeImage({
  keep = false,
  log = (line: string) => process.stderr.write(`${line}\n`),
}: {
  keep?: boolean;
  log?: (line: string) => void;
} = {}): Promise<RuntimeCheckResult> {
  const stages = parseStages(await readFile(path.join(ROOT, 'Dockerfile'), 'utf8'));
  // A CommonJS module whose typings describe its `default` property, which it also sets.
  const dockerignore = dockerignoreModule
    .default()
    .add((await readFile(path.join(ROOT, '.dockerignore'), 'utf8')).split('\n'));
  const ignored = (relative: string) => dockerignore.ignores(relative);
  const runtime = stages.at(-1);
  if (!runtime) throw new Error('The Dockerfile has no stage.');
  // An LTS line (even major) no older than `engines` allows; the replay runs on this machine's
  // Node, which `engines` (>= 20) also holds to.
  const major = Number(/^node:(\d+)(?:[.-]|$)/.exec(runtime.base)?.[1]);
  if (!(major >= 20 && major % 2 === 0)) {
    throw new Error(
      `The runtime stage is ${runtime.base}; it must be a Node LTS image (node:20 or a later even major).`,
    );
  }

  const workDir = await mkdtemp(path.join(tmpdir(), 'runtime-image-'));
  const stageDirs = new Map<string, string>();
  // A clean environment, as in a fresh container, except that npm installs from a copy of the
  // cache the first `npm ci` filled and never asks the registry: the check must pass with no
  // network. A copy, because the runtime stage runs `npm cache clean --force`.
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    npm_config_cache: await copyNpmCache(path.join(workDir, 'npm-cache')),
    npm_config_offline: 'true',
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
      for (const instruction of stage.instructions) {
        const at = where(instruction, stage);
        const keyword = instruction.getKeyword();
        switch (keyword) {
          case 'WORKDIR':
            workdir = path.posix.resolve(workdir, words(instruction)[0] ?? '/');
            inStage(dir, '.');
            break;
          case 'ENV':
            for (const property of (instruction as Env).getProperties()) {
              env[property.getName()] = property.getValue() ?? '';
            }
            break;
          case 'COPY': {
            // getFromFlag() is undefined when COPY has another flag too (--chown): read them all.
            const from =
              (instruction as Copy)
                .getFlags()
                .find((flag) => flag.getName() === 'from')
                ?.getValue() ?? undefined;
            const paths = words(instruction);
            const dest = paths.pop();
            if (!dest || paths.length === 0) throw new Error(`${at}: COPY needs a source.`);
            const target = inStage(dir, dest);
            for (const source of paths) {
              let src: string;
              if (from !== undefined) {
                const fromDir = stageDirs.get(from);
                if (!fromDir) throw new Error(`${at}: no earlier stage named ${from}.`);
                src = inStage(fromDir, source);
              } else {
                if (ignored(source.replace(/^\.\//, ''))) {
                  throw new Error(`${at}: ${source} is excluded by .dockerignore.`);
                }
                src = path.join(ROOT, source);
              }
              if (!(await exists(src))) throw new Error(`${at}: ${source} does not exist.`);
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
            const command = instruction.getArgumentsContent() ?? '';
            log(`${at}: RUN ${command}`);
            const result = await run('sh', ['-c', command], { cwd: inStage(dir, '.'), env });
            if (result.code !== 0) {
              throw new Error(`${at}: RUN ${command} failed:\n${result.stdout}${result.stderr}`);
            }
            break;
          }
          case 'CMD':
            cmd = words(instruction);
            break;
          case 'HEALTHCHECK':
            healthcheck = healthcheckCommand(instruction as Healthcheck);
            break;
          case 'USER':
          case 'VOLUME':
          case 'EXPOSE':
          case 'LABEL':
          case 'ARG':
            break;
          default:
            throw new Error(`${at}: ${keyword} is not replayed by this check; teach it.`);
        }
      }
      if (stage === runtime) runtimeEnv = env;
    }

    const runtimeDir = stageDirs.get(runtime.name) as string;
    for (const dev of ['typescript', 'typescript7']) {
      if (await exists(path.join(runtimeDir, 'node_modules', dev))) {
        throw new Error(`The runtime stage installed dev dependencies (${dev} is there).`);
      }
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

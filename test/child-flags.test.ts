import { ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { runtimeCommand } from '../scripts/check-runtime-image.js';
import { CHILD_NODE_FLAGS } from '../src/child-flags.js';
import { loadContentInChild } from '../src/content/load-in-child.js';
import { startLindera } from '../src/search/readings.js';
import { tempContent } from './support/temp-content.js';

/** Node's own method every spawn and fork calls (untyped: it is no public API). */
const proto = ChildProcess.prototype as unknown as {
  spawn(this: ChildProcess, options: { readonly args: readonly string[] }): unknown;
};

/**
 * The command lines of the children this process starts while `work` runs, as they are given to
 * the system (the program, then its arguments, as /proc's cmdline lists them): every spawn and
 * fork goes through `ChildProcess.prototype.spawn`. Read there, not from /proc, a child that
 * lives a few milliseconds is seen however busy the machine is.
 */
async function childrenDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; children: string[][] }> {
  const seen: string[][] = [];
  const { spawn } = proto;
  proto.spawn = function (this: ChildProcess, options) {
    seen.push([...options.args]);
    return spawn.call(this, options);
  };
  try {
    return { result: await work(), children: seen };
  } finally {
    proto.spawn = spawn;
  }
}

/** The Node flags a child's command line starts with, after the node binary. */
const flagsOf = (cmdline: readonly string[]) => cmdline.slice(1, 1 + CHILD_NODE_FLAGS.length);

const temp = tempContent('child-flags-');
afterEach(() => temp.removeAll());

/** The threads of a fresh `node` run with `flags`, counted from /proc as it starts. */
function threadsWith(flags: readonly string[]): number {
  const count = "process.stdout.write(String(require('fs').readdirSync('/proc/self/task').length))";
  return Number(execFileSync(process.execPath, [...flags, '-e', count], { encoding: 'utf8' }));
}

describe("the bot's child processes", () => {
  it.runIf(process.platform === 'linux')(
    "leave the bot's main thread a core: V8's pool has the cores less one, at least one",
    () => {
      const pool = Math.max(1, availableParallelism() - 1);
      expect(threadsWith(CHILD_NODE_FLAGS)).toBe(threadsWith([`--v8-pool-size=${pool}`]));
    },
  );

  it.runIf(process.platform === 'linux')('the notes parse starts with the flags', async () => {
    const dir = await temp.make({ '2024-01-01-a.md': '# A meetup\n\n## A talk\n\n* a note\n' });
    const { result, children } = await childrenDuring(() => loadContentInChild(dir));
    expect(result.meetups.map((m) => m.title)).toEqual(['A meetup']);
    const parse = children.filter((c) => c.some((word) => word.includes('load-content-child')));
    expect(parse).toHaveLength(1);
    expect(flagsOf(parse[0] ?? [])).toEqual(CHILD_NODE_FLAGS);
  });

  it.runIf(process.platform === 'linux')('the kanji readings start with the flags', async () => {
    const { result, children } = await childrenDuring(() => startLindera()(['東京']));
    expect(Object.keys(result)).toEqual(['東京']);
    expect(children).toHaveLength(1);
    expect(flagsOf(children[0] ?? [])).toEqual(CHILD_NODE_FLAGS);
  });
});

// The image runs the bot itself with them too (its CMD), and the bench with the image's command.
describe("the image's command", () => {
  it('gives the bot the same flags', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    const [node, ...args] = runtimeCommand(dockerfile);
    expect(node).toBe('node');
    expect(args.slice(0, CHILD_NODE_FLAGS.length)).toEqual(CHILD_NODE_FLAGS);
    expect(args.at(-1)).toBe('dist/src/main.js');
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Content directories written for one test file; `removeAll` in `afterEach`. */
export interface TempContent {
  /** A fresh directory holding `files` (path inside it -> text); sub-folders are made. */
  make(files: Readonly<Record<string, string>>): Promise<string>;
  removeAll(): Promise<void>;
}

export function tempContent(prefix = 'content-'): TempContent {
  const dirs: string[] = [];
  return {
    async make(files) {
      const dir = await mkdtemp(path.join(tmpdir(), prefix));
      dirs.push(dir);
      for (const [name, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), text);
      }
      return dir;
    },
    async removeAll() {
      await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
}

/** npm 11 skips (and warns about) a dependency's install script unless allowScripts names it. */
function isCovered(allow: Readonly<Record<string, boolean>>, name: string, version: string) {
  return allow[name] !== undefined || allow[`${name}@${version}`] !== undefined;
}

describe('npm install scripts', () => {
  it('approves or denies every dependency install script in package.json, so npm ci warns about none', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
      packages: Record<string, LockPackage>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([where, p]) => where !== '' && p.hasInstallScript)
      .map(([where, p]) => ({
        name: where.split('node_modules/').pop() ?? where,
        version: p.version ?? '',
      }));
    expect(withScripts.map((p) => p.name)).toContain('esbuild');
    const uncovered = withScripts.filter(
      (p) => !isCovered(pkg.allowScripts ?? {}, p.name, p.version),
    );
    expect(uncovered).toEqual([]);
  });
});

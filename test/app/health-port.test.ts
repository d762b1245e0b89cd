import { readFile } from 'node:fs/promises';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

/** The configuration, which must load; a test of what it holds. */
function configOf(env: Record<string, string>) {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.config;
}

describe('HEALTH_PORT for the interactive console', () => {
  it('tells a port that was set from the default, so the console opens one only when asked', () => {
    expect(configOf({}).healthPortSet).toBeUndefined();
    expect(configOf({ HEALTH_PORT: ' ' }).healthPortSet).toBeUndefined();
    expect(configOf({ HEALTH_PORT: '8080' })).toMatchObject({
      healthPort: 8080,
      healthPortSet: true,
    });
  });

  it('is left unset in .env.example, so copying it keeps the console off the network', async () => {
    const env = parse(await readFile('.env.example'));
    expect(configOf(env)).toMatchObject({ healthPort: 8080 });
    expect(configOf(env).healthPortSet).toBeUndefined();
  });
});

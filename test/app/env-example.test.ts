import { readFile } from 'node:fs/promises';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.js';

describe('.env.example and the configuration table', () => {
  it('lists every variable the configuration reads, each under a one-line comment', async () => {
    const lines = (await readFile('.env.example', 'utf8')).split('\n');
    for (const name of CONFIG_VARIABLES) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(at, `${name} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1], `${name} has no comment above it`).toMatch(/^# \S/);
    }
  });

  it('starts the console as shipped, with no chat tokens filled in', async () => {
    const env = parse(await readFile('.env.example'));
    const loaded = loadConfig(env);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.slack).toBeUndefined();
    expect(loaded.config.discord).toBeUndefined();
  });

  it('documents every variable in the configuration table of the README', async () => {
    const doc = await readFile('README.md', 'utf8');
    for (const name of CONFIG_VARIABLES) expect(doc).toContain(`| \`${name}\` |`);
  });
});

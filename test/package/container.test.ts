import { readFile } from 'node:fs/promises';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Compose {
  services: Record<
    string,
    { restart?: string; ports?: string[]; volumes?: string[]; env_file?: unknown }
  >;
  volumes?: Record<string, unknown>;
}

describe('the container files', () => {
  it('builds on a Node LTS image that package.json’s engines allows', async () => {
    const dockerfile = DockerfileParser.parse(await readFile('Dockerfile', 'utf8'));
    const bases = dockerfile
      .getFROMs()
      .map((from) => `${from.getImageName()}:${from.getImageTag()}`);
    expect(bases.length).toBeGreaterThan(0);
    const engines = JSON.parse(await readFile('package.json', 'utf8')).engines.node as string;
    const minimum = Number(/>=\s*(\d+)/.exec(engines)?.[1]);
    expect(minimum).toBeGreaterThanOrEqual(20);
    for (const base of bases) {
      const major = Number(/^node:(\d+)-slim$/.exec(base)?.[1]);
      // Even majors are the LTS lines; Node 20's support ended in April 2026.
      expect(major % 2, base).toBe(0);
      expect(major, base).toBeGreaterThan(20);
      expect(major, base).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('runs the bot from compose with the data volume, restarts and a health port on 127.0.0.1 only', async () => {
    const compose = parse(await readFile('compose.yaml', 'utf8')) as Compose;
    const bot = compose.services.bot;
    expect(bot?.restart).toBe('unless-stopped');
    expect(bot?.volumes).toContain('meetup-data:/app/data');
    expect(Object.keys(compose.volumes ?? {})).toContain('meetup-data');
    expect(bot?.ports).toContain('127.0.0.1:8080:8080');
    for (const port of bot?.ports ?? []) expect(port.startsWith('127.0.0.1:')).toBe(true);
  });
});

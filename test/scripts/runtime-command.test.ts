import { describe, expect, it } from 'vitest';
import { runtimeCommand } from '../../scripts/check-runtime-image.js';

describe('runtimeCommand', () => {
  it("is the last stage's CMD, not an earlier stage's or a HEALTHCHECK's", () => {
    const dockerfile = [
      'FROM node:24-slim AS build',
      'CMD ["node", "build.js"]',
      'FROM node:24-slim',
      'CMD ["node", "old.js"]',
      'HEALTHCHECK CMD ["node", "-e", "1"]',
      'CMD ["node", "--v8-pool-size=0", "dist/src/main.js"]',
      'LABEL after=cmd',
    ].join('\n');
    expect(runtimeCommand(dockerfile)).toEqual(['node', '--v8-pool-size=0', 'dist/src/main.js']);
  });

  it('reads the shell form as its words', () => {
    expect(runtimeCommand('FROM node\nCMD node main.js\n')).toEqual(['node', 'main.js']);
  });

  it('fails, saying so, when the last stage has no CMD', () => {
    const dockerfile = 'FROM node AS build\nCMD ["node", "x.js"]\nFROM node\nRUN true\n';
    expect(() => runtimeCommand(dockerfile)).toThrow('no CMD in its last stage');
  });
});

import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../src/search/abbreviations.js';
import {
  abbreviationDictionary,
  loadLanguageResources,
} from '../../../src/search/language-resources.js';
import { normalize } from '../../../src/search/normalize.js';
import { top } from '../../support/answers.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Notes in the shorthand engineers write, and notes that spell out what a question abbreviates.
const NOTES = notesFrom(`# Infra Night #5

## 社内基盤の刷新

- LBをL7に切り替えた
- DBはレプリカを2台に増やした

## Staging first

- every change goes through the staging cluster for a day
`);
const engine = buildEngine(NOTES, { synonyms: abbreviationDictionary() });

describe('abbreviations the notes or the question use', () => {
  it('meets a spelled-out word of the question in the abbreviation of the notes', () => {
    expect(top(engine.ask('How many database replicas did they add?')).snippet).toContain(
      'DBはレプリカを2台に増やした',
    );
    expect(top(engine.ask('What did they switch the load balancer to?')).snippet).toContain(
      'LBをL7に切り替えた',
    );
  });

  it('meets an abbreviation of the question in the spelled-out word of the notes', () => {
    expect(top(engine.ask('Does every change go through the stg cluster?')).talk).toBe(
      'Staging first',
    );
  });

  it('needs the table: without it the spelled-out word finds nothing', () => {
    expect(buildEngine(NOTES).ask('What did they switch the load balancer to?').kind).toBe(
      'not-found',
    );
  });

  it('holds groups of an abbreviation and its forms, normalized, and loads with the resources', async () => {
    for (const group of ABBREVIATIONS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const word of group) expect(word).toBe(normalize(word));
    }
    const { synonyms } = await loadLanguageResources();
    expect([...synonyms.groups]).toContainEqual({
      terms: ['gw', 'gateway', 'gateways', 'ゲートウェイ'],
      triggers: [true, true, true, true],
    });
  });
});

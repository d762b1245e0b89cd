import { describe, expect, it } from 'vitest';
import { resultAddresses } from '../../src/answer/result-addresses.js';
import type { Passage, Talk } from '../../src/content/meetup.js';
import { found, top } from '../support/answers.js';
import { buildEngine, notesFrom } from '../support/engine.js';

const passage = (text: string, ...urls: string[]): Passage =>
  urls.length === 0
    ? { text, line: 1 }
    : { text, line: 1, addresses: urls.map((url) => ({ url, label: text })) };

const talk: Talk = {
  title: 'Kit',
  line: 1,
  links: [{ kind: 'slides', url: 'https://deck.example/kit' }],
  addresses: [{ url: 'https://kit.example', label: 'Kit' }],
  passages: [],
};

describe('resultAddresses', () => {
  it('gives the shown passages’ addresses, each once, none a slide link, at most three', () => {
    const shown = [
      passage('a', 'https://a.example', 'https://deck.example/kit', 'https://b.example'),
      passage('b', 'https://a.example', 'https://c.example', 'https://d.example'),
    ];
    expect(resultAddresses(shown, talk, true).map((a) => a.url)).toEqual([
      'https://a.example',
      'https://b.example',
      'https://c.example',
    ]);
    expect(resultAddresses(shown, talk, true)[0]).toEqual({ url: 'https://a.example', label: 'a' });
  });

  it('falls back to the talk’s heading address for the first result only', () => {
    const plain = [passage('no link here')];
    expect(resultAddresses(plain, talk, true)).toEqual([
      { url: 'https://kit.example', label: 'Kit' },
    ]);
    expect(resultAddresses(plain, talk, false)).toEqual([]);
    // A passage whose only address is a slide link gives none: the talk's heading's are shown.
    expect(resultAddresses([passage('deck', 'https://deck.example/kit')], talk, true)).toEqual([
      { url: 'https://kit.example', label: 'Kit' },
    ]);
    const { addresses: _, ...unlinked } = talk;
    expect(resultAddresses(plain, unlinked, true)).toEqual([]);
  });
});

describe('an answer to a question asking for an address', () => {
  const engine = buildEngine(
    notesFrom(`# Edge Night #7

## Shipping a tiny WAF to the edge

- 資料 <https://deck.example/tinywaf>
- The rules engine is compiled to Wasm, and a tiny WAF fits in one module
- Cold start went from 40ms to 6ms

### Code

- Source: [tinywaf](https://git.example/mika/tinywaf), its [deck page](https://deck.example/tinywaf), docs at https://docs.example/tinywaf, a [mirror](https://mirror.example/tinywaf) and [the old one](https://old.example/tinywaf)

## [Edge cache tricks](https://cache.example/tricks)

- Purging by tag keeps the cache hit ratio above 90%

## Notes on edge logging

- Logs: [collector](https://logs.example/collector)
- Dashboards: [board](https://board.example/edge)
`),
  );

  it('carries the URLs of the passage it shows, with their labels, past the slides shown', () => {
    const answer = top(engine.ask('tinywafのリポジトリどこ?'));
    expect(answer.snippet).toContain('Source: tinywaf');
    expect(answer.links).toEqual([{ kind: 'slides', url: 'https://deck.example/tinywaf' }]);
    expect(answer.addresses).toEqual([
      { url: 'https://git.example/mika/tinywaf', label: 'tinywaf' },
      { url: 'https://docs.example/tinywaf' },
      { url: 'https://mirror.example/tinywaf', label: 'mirror' },
    ]);
  });

  it('carries the address of the talk’s heading when no passage of it links', () => {
    const answer = top(engine.ask('link to the edge cache tricks?'));
    expect(answer.talk).toBe('Edge cache tricks');
    expect(answer.addresses).toEqual([
      { url: 'https://cache.example/tricks', label: 'Edge cache tricks' },
    ]);
  });

  it('carries the addresses of the lines shown beside the one linking', () => {
    const answer = top(engine.ask('URL of the edge logging collector?'));
    expect(answer.snippet).toBe('Logs: collector\nDashboards: board');
    expect(answer.addresses?.map((a) => a.url)).toEqual([
      'https://logs.example/collector',
      'https://board.example/edge',
    ]);
  });

  it('adds no address to an answer to any other question', () => {
    for (const question of [
      'how fast is the cold start of the tiny WAF?',
      'where are the slides for the tiny WAF?',
      'what is the rules engine of the tiny WAF compiled to?',
    ]) {
      for (const result of found(engine.ask(question)))
        expect(result).not.toHaveProperty('addresses');
    }
    // Not even where the passage shown gives some.
    const shown = top(engine.ask('Which dashboards does edge logging use?'));
    expect(shown.snippet).toContain('Dashboards: board');
    expect(shown).not.toHaveProperty('addresses');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useEngine } from '../../support/engine.js';

const engine = useEngine(FIXTURES.seedMeetup);

const KINDS = ['found', 'not-found', 'help', 'invalid'];

describe('ask with hostile input', () => {
  it('never throws and always returns an answer for a thousand random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({
            unit: fc.constantFrom(...Array.from('.*+?^$()|[]{}\\/あ漢カk8s-_ \u0000\u200b\ud800')),
            maxLength: 200,
          }),
        ),
        (q) => {
          const answer = engine().ask(q);
          expect(KINDS).toContain(answer.kind);
          if (answer.kind === 'found') {
            for (const r of answer.results) {
              expect(r.snippet.length).toBeLessThanOrEqual(280);
              for (const m of r.matches) expect(m.end).toBeLessThanOrEqual(r.snippet.length);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('handles control characters, emoji, lone surrogates, regex syntax and 100 KB of text', () => {
    for (const q of [
      '\u0000\u0007\u001b[31m',
      '🍣🍺 k8s 🚀',
      '\ud800\udfff\udc00',
      '(.*)+[a-z]{2,}$^',
      'あ'.repeat(100_000),
    ]) {
      expect(KINDS).toContain(engine().ask(q).kind);
    }
    expect(engine().ask('あ'.repeat(100_000)).kind).toBe('invalid');
  });
});

import { describe, expect, it } from 'vitest';
import { buildEngine, notesFrom } from '../../support/engine.js';

// Two talks on the same topic: one a talk of its own, one under the `## LT` group heading.
const DESIGN_NIGHT = `# Design Night #1

## The color system

* The color system keeps pen pressure curves per brush

## LT

### Drawing tablets for beginners

* A cheap tablet is enough to start with pen pressure

### Web fonts in print

* Print shops want the fonts embedded
`;

const KEYNOTE_NIGHT = `# Platform Night #7

## Keynote

### The road to one platform

* Every team moves to the shared cluster this year

## Sessions

### Moving the billing team to the shared cluster

* Billing moves in the spring
`;

const topTalk = (notes: string, question: string) => {
  const answer = buildEngine(notesFrom(notes)).ask(question);
  return answer.kind === 'found' ? answer.results[0]?.talk : answer.kind;
};

describe('a question that names the group of a talk (LT, keynote, session)', () => {
  it('picks the talk under that group over one that matches its other words as well', () => {
    expect(topTalk(DESIGN_NIGHT, 'what did the LT say about pen pressure?')).toBe(
      'Drawing tablets for beginners',
    );
    expect(topTalk(DESIGN_NIGHT, 'LTでpen pressureについて何て言ってた?')).toBe(
      'Drawing tablets for beginners',
    );
  });

  it('still picks by the other words when the group is not named', () => {
    expect(topTalk(DESIGN_NIGHT, 'pen pressure in the color system?')).toBe('The color system');
  });

  it('finds the keynote by its group heading', () => {
    expect(topTalk(KEYNOTE_NIGHT, 'what did the keynote say about the shared cluster?')).toBe(
      'The road to one platform',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildEngine, notesFrom } from '../../support/engine.js';

/**
 * A section that states a setting in one bullet and, after an aside, what is recommended
 * instead: the question's words fit the first bullet far better, and the answer is the second.
 */
const NOTES = `# Playbook Night #7

## Moving Taskforge playbooks

### Taskforge 3.1 to 3.2

* taskforge_legacy_loader redirects old module paths to bundles
（short break）
* writing full bundle paths is still recommended

### Bundles

* bundles group modules by vendor
`;

const ask = (question: string) => buildEngine(notesFrom(NOTES)).ask(question);

describe('the first result shows the other passages of its section that answer too', () => {
  const question = "What's recommended over the legacy loader redirect in Taskforge 3.2?";

  it('shows a passage of the section the ranking puts far below the first', () => {
    const answer = ask(question);
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    expect(answer.results[0]?.snippet).toContain('redirects old module paths');
    expect(answer.results[0]?.snippet).toContain('still recommended');
    expect(answer.results[0]?.snippet).not.toContain('by vendor');
    expect(answer.results.slice(1).map((r) => r.snippet)).not.toContainEqual(
      expect.stringContaining('still recommended'),
    );
  });
});

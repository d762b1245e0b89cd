import { describe, expect, it } from 'vitest';
import { scoringProfileFrom } from '../../../src/search/scoring/profile.js';
import { buildEngine, notesFrom } from '../../support/engine.js';

// One talk whose notes are one bullet with a nested list under it, far longer than a snippet:
// its title's word on many lines at the top, the answer deep down.
const DATABASE_NIGHT = `# Database Night #4

## Postgres on Kubernetes in production

- How we run it
  - Why Postgres on Kubernetes
    - Postgres clusters per team, Postgres operator for each
    - Postgres upgrades by the operator, Postgres config in git
    - Postgres extensions baked into the image
  - Sizing
    - three nodes per cluster, one synchronous replica
    - volumes on local NVMe disks, no network storage for data
    - connection pooling in front of every cluster
  - Operations
    - failover drills every quarter
    - WAL archiving on, and base backups nightly
      - backups go to an object store in another region
      - restores tested once a month
  - Monitoring
    - dashboards per cluster, alerts on replication lag
`;

describe('a long passage', () => {
  const snippet = (snippetByWords: boolean) => {
    const answer = buildEngine(notesFrom(DATABASE_NIGHT), {
      profile: scoringProfileFrom({ answer: { snippetByWords } }),
    }).ask('Where do the nightly Postgres backups go?');
    return answer.kind === 'found' ? (answer.results[0]?.snippet ?? '') : answer.kind;
  };

  it('is shown where the question’s own words are, not where its title word recurs', () => {
    expect(snippet(true)).toContain('backups go to an object store in another region');
  });

  it('is shown where the most characters match without that rule', () => {
    expect(snippet(false)).not.toContain('another region');
  });
});

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { ReloadOutcome } from '../../src/app/content-reloader.js';
import { createGitSync, type SyncOutcome } from '../../src/sources/git-sync.js';
import { capturingLogger } from '../support/temp-store.js';

/** A working copy whose pulls answer from a script: a commit, the same commit, or an error. */
function scriptedCheckout(script: (number | 'same' | Error)[]) {
  let pulls = 0;
  return {
    shownUrl: 'https://git.example.com/notes.git',
    get pulls() {
      return pulls;
    },
    async pull() {
      const step = script[pulls] ?? 'same';
      pulls += 1;
      await new Promise((r) => setTimeout(r, 5));
      if (step instanceof Error) throw step;
      return step === 'same'
        ? { changed: false, commit: 'c0' }
        : { changed: true, commit: `c${step}` };
    },
  };
}

describe('the git pull loop', () => {
  it('reloads after a new commit only, and counts each pull by outcome', async () => {
    const checkout = scriptedCheckout([1, 'same', new Error('HTTP Error: 500')]);
    const counted: string[] = [];
    const reloads: ReloadOutcome[] = [];
    const { logger, lines } = capturingLogger();
    const sync = createGitSync({
      checkout,
      reload: async () => {
        reloads.push('reloaded');
        return 'reloaded';
      },
      intervalMs: 0,
      logger,
      recordGitPull: (o) => counted.push(o),
    });
    expect(await sync.pull()).toBe('reloaded');
    expect(lines.join('\n')).toMatch(/"commit":"c1".*"msg":"Pulled new notes; reloading\."/);
    expect(lines.join('\n')).not.toContain('cannot all be read');
    expect(await sync.pull()).toBe('unchanged');
    expect(await sync.pull()).toBe('failed');
    expect(counted).toEqual(['updated', 'unchanged', 'failed']);
    expect(reloads).toHaveLength(1);
    expect(lines.join('\n')).toContain('Could not pull the notes');
    await sync.close();
  });

  it('says which commit was kept out when the reload keeps the last good index', async () => {
    const { logger, lines } = capturingLogger();
    const sync = createGitSync({
      checkout: scriptedCheckout([1234567890123456]),
      reload: async () => 'kept',
      intervalMs: 0,
      logger,
      recordGitPull: () => {},
    });
    expect(await sync.pull()).toBe('kept');
    expect(lines.join('\n')).toContain('Commit c12345678901 has notes that cannot all be read');
  });

  it('runs pulls asked for during a pull as one more, never overlapping', async () => {
    const checkout = scriptedCheckout([1, 2, 3, 4]);
    const outcomes: SyncOutcome[] = [];
    let inReload = 0;
    let overlapped = false;
    const sync = createGitSync({
      checkout,
      reload: async () => {
        inReload += 1;
        if (inReload > 1) overlapped = true;
        await new Promise((r) => setTimeout(r, 10));
        inReload -= 1;
        return 'reloaded';
      },
      intervalMs: 0,
      logger: pino({ level: 'silent' }),
      recordGitPull: () => {},
      onSync: (o) => outcomes.push(o),
    });
    await Promise.all([sync.pull(), sync.pull(), sync.pull()]);
    expect(checkout.pulls).toBe(2);
    expect(outcomes).toEqual(['reloaded', 'reloaded']);
    expect(overlapped).toBe(false);
  });

  it('pulls only when asked when the interval is off, however often it is started', async () => {
    const checkout = scriptedCheckout([]);
    const sync = createGitSync({
      checkout,
      reload: async () => 'reloaded',
      intervalMs: 0,
      logger: pino({ level: 'silent' }),
      recordGitPull: () => {},
    });
    sync.start();
    sync.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(checkout.pulls).toBe(0);
    await sync.close();
  });

  it('pulls every interval once started, and neither pulls nor waits after close', async () => {
    const checkout = scriptedCheckout([]);
    const sync = createGitSync({
      checkout,
      reload: async () => 'reloaded',
      intervalMs: 30,
      logger: pino({ level: 'silent' }),
      recordGitPull: () => {},
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(checkout.pulls).toBe(0);
    sync.start();
    await new Promise((r) => setTimeout(r, 200));
    expect(checkout.pulls).toBeGreaterThanOrEqual(2);
    await sync.close();
    const after = checkout.pulls;
    await new Promise((r) => setTimeout(r, 100));
    expect(checkout.pulls).toBe(after);
    expect(await sync.pull()).toBe('unchanged');
    expect(checkout.pulls).toBe(after);
  });
});

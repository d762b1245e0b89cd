import { setImmediate as turn } from 'node:timers/promises';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/app/collect-garbage.js';

describe('a full collection', () => {
  it('frees what nothing holds any more, at once', async () => {
    const collect = fullCollection();
    let held: object | undefined = { index: new Array(1000).fill('term') };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef keeps its target until the job that made it ends.
    await turn();
    collect();
    expect(ref.deref()).toBeUndefined();
  });

  it('gives later contexts no gc function: the flag is set only while it takes one', () => {
    fullCollection();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

import { describe, expect, it } from 'vitest';
import { inOrderAhead } from '../../src/content/in-order-ahead.js';

/** A read per item that finishes only when the test says so. */
function manualReads() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const read = (item: number) =>
    new Promise<string>((resolve) => {
      started.push(item);
      finish.set(item, () => resolve(`read ${item}`));
    });
  return { started, finish: (item: number) => finish.get(item)?.(), read };
}

describe('inOrderAhead', () => {
  it('has up to `ahead` reads under way while the caller waits for the first', async () => {
    const { started, finish, read } = manualReads();
    const reads = inOrderAhead([0, 1, 2, 3, 4, 5], 3, read);
    const first = reads.next();
    expect(started).toEqual([0, 1, 2]);
    finish(0);
    expect(await first).toEqual({ done: false, value: 'read 0' });
    // Taking the next one starts one more, never more than three at once.
    const second = reads.next();
    expect(started).toEqual([0, 1, 2, 3]);
    finish(1);
    expect((await second).value).toBe('read 1');
  });

  it('gives every result in the order of the items, however the reads finish', async () => {
    const { finish, read } = manualReads();
    const reads = inOrderAhead([0, 1, 2, 3], 4, read);
    const all = (async () => {
      const got: string[] = [];
      for await (const value of reads) got.push(value);
      return got;
    })();
    for (const item of [3, 1, 2, 0]) finish(item);
    expect(await all).toEqual(['read 0', 'read 1', 'read 2', 'read 3']);
  });

  it('reads nothing for no items, and one at a time with `ahead` 1', async () => {
    const { started, finish, read } = manualReads();
    expect(await inOrderAhead([], 4, read).next()).toEqual({ done: true, value: undefined });
    const reads = inOrderAhead([7, 8], 1, read);
    const first = reads.next();
    expect(started).toEqual([7]);
    finish(7);
    await first;
    const second = reads.next();
    expect(started).toEqual([7, 8]);
    finish(8);
    expect((await second).value).toBe('read 8');
    expect((await reads.next()).done).toBe(true);
  });

  it('throws a failed read when its turn comes, after the ones before it', async () => {
    let finishFirst = () => {};
    const read = (item: number) =>
      item === 0
        ? new Promise<string>((resolve) => {
            finishFirst = () => resolve('read 0');
          })
        : Promise.reject(new Error(`read ${item} failed`));
    const reads = inOrderAhead([0, 1], 2, read);
    const first = reads.next();
    // The second read has failed while the first is still under way: nothing unhandled.
    await new Promise((resolve) => setTimeout(resolve, 10));
    finishFirst();
    expect((await first).value).toBe('read 0');
    await expect(reads.next()).rejects.toThrow('read 1 failed');
  });
});

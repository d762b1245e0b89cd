import { describe, expect, it } from 'vitest';
import { IdChunks } from '../../src/search/id-chunks.js';

/** More ids than one 16,384-id chunk holds, each different from its neighbours. */
const filled = (count: number) => {
  const ids = new IdChunks();
  for (let k = 0; k < count; k++) ids.push((k * 7919) % 100_003);
  return ids;
};

describe('term ids kept in chunks', () => {
  it('reads back every id in order, across chunk boundaries', () => {
    const count = 3 * 16_384 + 5;
    const ids = filled(count);
    expect(ids.length).toBe(count);
    for (const k of [0, 1, 16_383, 16_384, 16_385, 32_767, 32_768, 49_151, 49_152, count - 1]) {
      expect(ids.at(k)).toBe((k * 7919) % 100_003);
    }
  });

  it('reads 0 past the end, even inside the last chunk', () => {
    const ids = filled(10);
    expect(ids.at(9)).toBe((9 * 7919) % 100_003);
    expect(ids.at(10)).toBe(0);
    expect(ids.at(20_000)).toBe(0);
  });

  it('slices a range as a plain list, and stops at the end', () => {
    const ids = new IdChunks();
    for (const id of [5, 6, 7, 8]) ids.push(id);
    expect(ids.slice(1, 3)).toEqual([6, 7]);
    expect(ids.slice(2)).toEqual([7, 8]);
    expect(ids.slice()).toEqual([5, 6, 7, 8]);
    expect(ids.slice(3, 10)).toEqual([8]);
  });
});

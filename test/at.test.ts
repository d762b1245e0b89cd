import { describe, expect, it } from 'vitest';
import { at } from '../src/at.js';

describe('at', () => {
  it('returns the element at a position inside the list, typed arrays too', () => {
    expect(at(['a', 'b'], 1)).toBe('b');
    expect(at(new Uint32Array([7, 0]), 1)).toBe(0);
  });

  it('throws, saying where, at a position past either end', () => {
    expect(() => at(['a', 'b'], 2)).toThrow(new RangeError('No element at 2 of 2.'));
    expect(() => at(['a'], -1)).toThrow(RangeError);
  });
});

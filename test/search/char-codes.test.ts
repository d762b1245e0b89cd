import { describe, expect, it } from 'vitest';
import { charCodes } from '../../src/search/char-codes.js';

describe('charCodes', () => {
  it('holds the code of each character once', () => {
    expect([...charCodes('aあaン')]).toEqual([0x61, 0x3042, 0x30f3]);
    expect(charCodes('').size).toBe(0);
  });
});

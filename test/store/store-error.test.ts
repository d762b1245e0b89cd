import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/store-error.js';

describe('StoreError', () => {
  it('is an Error named StoreError, with its code, message and cause', () => {
    const cause = new Error('disk full');
    const error = new StoreError('store_write_failed', 'The question was not recorded.', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StoreError');
    expect(String(error)).toBe('StoreError: The question was not recorded.');
    expect(error.code).toBe('store_write_failed');
    expect(error.cause).toBe(cause);
  });
});

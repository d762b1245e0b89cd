import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/content/load-content.js', () => ({
  loadContent: vi.fn(async () => {
    throw new Error('the load broke');
  }),
}));
const cache = { parse: vi.fn(), finish: vi.fn(), abandon: vi.fn(), keyOf: vi.fn() };
vi.mock('../../src/content/parse-cache.js', () => ({
  createParseCache: vi.fn(async () => cache),
}));

const { readNotes } = await import('../../src/content/read-notes.js');

afterEach(() => vi.clearAllMocks());

describe('readNotes', () => {
  it('lets the cache go without writing when the load throws, and passes the error on', async () => {
    await expect(readNotes('/notes', '/cache')).rejects.toThrow('the load broke');
    expect(cache.abandon).toHaveBeenCalledTimes(1);
    expect(cache.finish).not.toHaveBeenCalled();
  });

  it('opens no cache without a cache folder', async () => {
    await expect(readNotes('/notes')).rejects.toThrow('the load broke');
    expect(cache.abandon).not.toHaveBeenCalled();
  });
});

import { at } from '../at.js';

/**
 * `read` of each item, in order, with up to `ahead` reads under way at once: the next items are
 * read while the caller works on one. A read that rejects throws when its turn comes, not before.
 */
export async function* inOrderAhead<T, R>(
  items: readonly T[],
  ahead: number,
  read: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const reading: Promise<R>[] = [];
  let next = 0;
  for (;;) {
    while (next < items.length && reading.length < ahead) {
      const reads = read(at(items, next++));
      // Handled when its turn comes; until then a rejection must not count as unhandled.
      reads.catch(() => undefined);
      reading.push(reads);
    }
    const first = reading.shift();
    if (first === undefined) return;
    yield await first;
  }
}

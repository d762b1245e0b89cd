import { at } from '../at.js';

/**
 * `read` of each item, in order, with up to `ahead` reads under way at once: the next items are
 * read while the caller works on one. `read` must not reject.
 */
export async function* inOrderAhead<T, R>(
  items: readonly T[],
  ahead: number,
  read: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const reading: Promise<R>[] = [];
  let next = 0;
  for (;;) {
    while (next < items.length && reading.length < ahead) reading.push(read(at(items, next++)));
    const first = reading.shift();
    if (first === undefined) return;
    yield await first;
  }
}

/**
 * The element at `index` of a list whose bounds the caller knows to hold (an id the index itself
 * gave out, a position below the length). `noUncheckedIndexedAccess` types `list[i]` as possibly
 * undefined; a `?? 0` fallback for a case that cannot happen would hide a broken invariant and
 * leave a mutant no test can reach. This throws instead, so a broken bound fails loudly.
 */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No element at ${index} of ${list.length}.`);
  return value;
}

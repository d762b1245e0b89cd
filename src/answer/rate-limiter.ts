/** Sliding-window limit on questions per user; state is per process. */
export interface RateLimiter {
  /** Records one question for `key` and says whether it may be answered. */
  take(key: string): boolean;
  /** How many users it remembers now: idle ones are forgotten once there are many. */
  tracked(): number;
}

export interface RateLimiterOptions {
  /** Questions allowed per window; 0 turns the limit off. */
  readonly limit: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

/** Past this many remembered users, every `take` forgets those with no question in the window. */
export const RATE_LIMIT_SWEEP_ABOVE = 10_000;

export function createRateLimiter({
  limit,
  windowMs = 60_000,
  now = Date.now,
}: RateLimiterOptions): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    take(key) {
      if (limit <= 0) return true;
      const t = now();
      const recent = (seen.get(key) ?? []).filter((at) => t - at < windowMs);
      const allowed = recent.length < limit;
      // A refused question is not counted, so asking again while refused does not extend the wait.
      if (allowed) recent.push(t);
      seen.set(key, recent);
      // Forget idle users so the map does not grow without bound.
      if (seen.size > RATE_LIMIT_SWEEP_ABOVE) {
        for (const [k, times] of seen) {
          if (times.every((at) => t - at >= windowMs)) seen.delete(k);
        }
      }
      return allowed;
    },
    tracked: () => seen.size,
  };
}

/** Sliding-window limit on questions per user; state is per process. */
export interface RateLimiter {
  /** Records one question for `key` and says whether it may be answered. */
  take(key: string): boolean;
}

export interface RateLimiterOptions {
  /** Questions allowed per window; 0 turns the limit off. */
  readonly limit: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

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
      if (allowed) recent.push(t);
      seen.set(key, recent);
      // Forget idle users so the map does not grow without bound.
      if (seen.size > 10_000) {
        for (const [k, times] of seen) {
          if (times.every((at) => t - at >= windowMs)) seen.delete(k);
        }
      }
      return allowed;
    },
  };
}

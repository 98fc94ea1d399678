import type { Clock } from '../../lib/clock.js';

/**
 * Counts failed sign-ins per key (address + account) in a sliding window; a key with too many
 * failures is refused until the oldest failure leaves the window. Success clears the key.
 * In memory: one process. (Behind several processes, put the limit in the proxy as well.)
 */
export function createLoginThrottle(opts: { max: number; windowMs: number; clock: Clock }) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = opts.clock.now().getTime() - opts.windowMs;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    /** Milliseconds until the key may try again, or 0. */
    retryAfterMs(key: string): number {
      const list = recent(key);
      if (list.length < opts.max) return 0;
      return (list[0] as number) + opts.windowMs - opts.clock.now().getTime();
    },
    fail(key: string): void {
      const list = recent(key);
      list.push(opts.clock.now().getTime());
      failures.set(key, list);
      if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    },
    succeed(key: string): void {
      failures.delete(key);
    },
  };
}

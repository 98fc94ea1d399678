import type { Clock } from '../../lib/clock.js';

/** The first back-off of an account that has reached `max` failures, and the longest one. */
export const ACCOUNT_BACKOFF_FIRST_MS = 1_000;
export const ACCOUNT_BACKOFF_MAX_MS = 60_000;
/** Keys remembered at most per map (the oldest goes first), so a flood cannot exhaust memory. */
const MAX_KEYS = 100_000;

export interface ThrottleVerdict {
  /** Milliseconds until a try may be made. */
  retryAfterMs: number;
  /** What is held back: the address (over all accounts) or the account (from any address). */
  by: 'address' | 'account';
}

/**
 * Failed sign-ins, counted two ways within a sliding window (`windowMs`):
 *
 * - per address, over all accounts: after `max` failures the address is refused until the oldest
 *   of them leaves the window. This stops guessing and password spraying from one address.
 * - per account, from any address: after `max` failures each further try waits a back-off that
 *   doubles with every failure (1 s, 2 s, 4 s … at most 1 minute) after the latest failure. The
 *   account is slowed down, never locked: once the back-off has passed, the right password from an
 *   address that is not itself refused signs in, so a stranger cannot lock its owner out.
 *
 * A refused try is not checked and not counted. A right password clears the account's failures,
 * not the address's (signing in to one's own account must not buy more guesses at others).
 * In memory: one process. (Behind several processes, put a limit in the proxy as well.)
 */
export function createLoginThrottle(opts: { max: number; windowMs: number; clock: Clock }) {
  const byAddress = new Map<string, number[]>();
  const byAccount = new Map<string, number[]>();
  const now = () => opts.clock.now().getTime();

  /** The failures of `key` still inside the window (oldest first); forgets the rest. */
  function recent(map: Map<string, number[]>, key: string): number[] {
    const since = now() - opts.windowMs;
    const list = (map.get(key) ?? []).filter((t) => t > since);
    if (list.length) map.set(key, list);
    else map.delete(key);
    return list;
  }

  function add(map: Map<string, number[]>, key: string, at: number, keep: number): void {
    const list = recent(map, key);
    list.push(at);
    // Only the newest `keep` failures ever matter.
    map.delete(key);
    map.set(key, list.slice(-keep));
    if (map.size > MAX_KEYS) map.delete(map.keys().next().value as string);
  }

  function addressWait(address: string): number {
    const list = recent(byAddress, address);
    if (list.length < opts.max) return 0;
    return (list[list.length - opts.max] as number) + opts.windowMs - now();
  }

  function accountWait(account: string): number {
    const list = recent(byAccount, account);
    if (list.length < opts.max) return 0;
    const steps = Math.min(list.length - opts.max, 16);
    const backoff = Math.min(ACCOUNT_BACKOFF_FIRST_MS * 2 ** steps, ACCOUNT_BACKOFF_MAX_MS);
    return Math.max(0, (list[list.length - 1] as number) + backoff - now());
  }

  return {
    /**
     * Before checking a password: refused (with the wait) when the address or the account must
     * wait; else the try is counted as a failure at once, so tries sent side by side cannot all
     * slip through before the first one fails. `succeed` takes it back.
     */
    begin(address: string, account: string): { refused: ThrottleVerdict } | { at: number } {
      const a = addressWait(address);
      if (a > 0) return { refused: { retryAfterMs: a, by: 'address' } };
      const b = accountWait(account);
      if (b > 0) return { refused: { retryAfterMs: b, by: 'account' } };
      const at = now();
      add(byAddress, address, at, opts.max);
      // Enough to reach the longest back-off; more would change nothing.
      add(byAccount, account, at, opts.max + 16);
      return { at };
    },
    /** The password was right: the try begun at `at` was no failure, and the account starts afresh. */
    succeed(address: string, account: string, at: number): void {
      const list = byAddress.get(address);
      const i = list ? list.lastIndexOf(at) : -1;
      if (list && i >= 0) {
        list.splice(i, 1);
        if (list.length === 0) byAddress.delete(address);
      }
      byAccount.delete(account);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

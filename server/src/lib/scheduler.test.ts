import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './scheduler.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('scheduler', () => {
  it('runs each task on its interval and once after its first delay', async () => {
    const runs: string[] = [];
    const s = createScheduler(() => undefined);
    s.every('a', 1000, async () => runs.push('a'), { firstAfterMs: 100 });
    s.every('b', 3000, async () => runs.push('b'));
    await vi.advanceTimersByTimeAsync(3100);
    expect(runs).toEqual(['a', 'a', 'a', 'a', 'b']);
    expect(s.tasks()).toEqual(['a', 'b']);
    await s.stop();
  });

  it('never runs a task twice at once, and a failure reaches onError without stopping it', async () => {
    const errors: string[] = [];
    const s = createScheduler((name, err) => errors.push(`${name}: ${(err as Error).message}`));
    let active = 0;
    let most = 0;
    let n = 0;
    s.every('slow', 100, async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 350));
      active--;
      n++;
      if (n === 1) throw new Error('boom');
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(most).toBe(1);
    expect(errors).toEqual(['slow: boom']);
    expect(n).toBeGreaterThanOrEqual(2);
    const stopping = s.stop();
    await vi.advanceTimersByTimeAsync(400);
    await stopping;
    const after = n;
    await vi.advanceTimersByTimeAsync(1000);
    expect(n).toBe(after);
  });
});

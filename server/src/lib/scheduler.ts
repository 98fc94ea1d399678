/**
 * The server's timers in one place (session purge, goal calendar and reminders, backups): each
 * task runs every `everyMs` (and once after `firstAfterMs`, if given), never twice at the same
 * time (a slow run makes the next tick wait, not pile up), its failure goes to `onError` and never
 * stops the schedule, and `stop()` clears every timer and waits for runs in progress.
 */
export interface Scheduler {
  every(name: string, everyMs: number, run: () => Promise<unknown>, opts?: { firstAfterMs?: number }): void;
  /** The names of the scheduled tasks (for the start-up log and tests). */
  tasks(): string[];
  stop(): Promise<void>;
}

export function createScheduler(onError: (task: string, err: unknown) => void): Scheduler {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  const names: string[] = [];
  let stopped = false;

  const tick = (name: string, run: () => Promise<unknown>) => {
    if (stopped || running.has(name)) return;
    const p = (async () => {
      try {
        await run();
      } catch (err) {
        onError(name, err);
      } finally {
        running.delete(name);
      }
    })();
    running.set(name, p);
  };

  return {
    every(name, everyMs, run, opts = {}) {
      names.push(name);
      const t = setInterval(() => tick(name, run), everyMs);
      t.unref();
      timers.push(t);
      if (opts.firstAfterMs !== undefined) {
        const first = setTimeout(() => tick(name, run), opts.firstAfterMs);
        first.unref();
        timers.push(first);
      }
    },
    tasks: () => [...names],
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all(running.values());
    },
  };
}

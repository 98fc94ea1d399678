/**
 * Background work inside the server process (large imports): one job at a time, in order, so a
 * long import never competes with another for the embedded database's single connection. A job
 * reports its own progress where users can see it (e.g. the import_batch row) and must leave
 * the database consistent when the process dies mid-way (each job's writes are transactions).
 */
export interface JobRunner {
  enqueue(name: string, work: () => Promise<void>): void;
  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void>;
}

export function createJobRunner(onError: (name: string, err: unknown) => void): JobRunner {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  return {
    enqueue(name, work) {
      pending++;
      tail = tail
        .then(work)
        .catch((err: unknown) => onError(name, err))
        .finally(() => {
          pending--;
        });
    },
    async idle() {
      while (pending > 0) await tail;
    },
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNrpInstance } from './nrp-reader.js';
import { evaluateRoster } from './rules.js';
import { RosterSolveCancelledError, solveRoster, type SolveProgress } from './solve.js';

const instance = (name: string) =>
  readNrpInstance(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('solveRoster (worker thread)', () => {
  it('returns a legal roster with its objective, gap and engine, and reports progress', async () => {
    const model = instance('instance1-published.txt');
    const progress: SolveProgress[] = [];
    const result = await solveRoster(model, { timeLimitSeconds: 60, onProgress: (p) => progress.push(p) });
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.roster).not.toBeNull();
    expect(evaluateRoster(model, result.roster!).hardViolations).toEqual([]);
    expect(result.objective).toBe(evaluateRoster(model, result.roster!).penalty.total);
    expect(result.engine).not.toBeNull();
    expect(progress.length).toBeGreaterThan(0);
    if (result.status === 'optimal') expect(result.objective).toBe(607);
  }, 90_000);

  it('says which rules conflict when no legal roster exists', async () => {
    const result = await solveRoster(instance('instance1.txt'), { timeLimitSeconds: 10 });
    expect(result.status).toBe('infeasible');
    expect(result.roster).toBeNull();
    expect(result.conflicts.map((c) => c.staffId)).toEqual(['C']);
  }, 90_000);

  it('stops on cancel and gives back its best roster so far, or rejects', async () => {
    const controller = new AbortController();
    const solving = solveRoster(instance('instance3.txt'), {
      timeLimitSeconds: 300,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 1500);
    const outcome = await solving.then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (outcome.ok) expect(outcome.result.status).toBe('cancelled');
    else expect(outcome.error).toBeInstanceOf(RosterSolveCancelledError);
  }, 60_000);

  it('rejects before starting when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      solveRoster(instance('instance3.txt'), { timeLimitSeconds: 5, signal: controller.signal }),
    ).rejects.toBeInstanceOf(RosterSolveCancelledError);
  });
});

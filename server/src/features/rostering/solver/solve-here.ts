/**
 * One roster solve, in the current thread (worker.ts runs it in a worker thread; use solve.ts's
 * `solveRoster` from anywhere else). The plan:
 *  1. the heuristic, for a short share of the time (all of it when the plan is too large for the MIP);
 *  2. HiGHS's MIP for the rest, started from the heuristic's roster when that one is legal;
 *  3. the better legal roster of the two, checked by rules.ts; if neither is legal, conflicts.ts
 *     says which rules cannot all hold.
 */
import { findRuleConflicts, type RuleConflict } from './conflicts.js';
import { solveHeuristic } from './heuristic.js';
import { improveWithLns, repairWithMip } from './lns.js';
import { solveMip } from './mip.js';
import { indexModel, type Roster, type RosterModel } from './model.js';
import { evaluateRoster, type HardViolation, type PenaltyBreakdown } from './rules.js';

export interface SolveOptions {
  timeLimitSeconds: number;
  /** Seed of the heuristic (the MIP is deterministic on its own). */
  seed?: number;
  /** Largest number of x[staff, day, shift] variables handed to the MIP; above it, heuristic only. */
  mipMaxVariables?: number;
  /** Share of the time the heuristic gets before the MIP (when the MIP runs). */
  heuristicShare?: number;
  /** Share of the time left after the heuristic that the whole-plan MIP gets (the rest goes to LNS). */
  mipShare?: number;
  /** Largest number of x variables for the large-neighbourhood search (lns.ts). */
  lnsMaxVariables?: number;
}

export type SolvePhase = 'heuristic' | 'mip' | 'lns' | 'conflicts';

export interface SolveProgress {
  phase: SolvePhase;
  seconds: number;
  /** Best legal roster's objective so far, if any. */
  objective: number | null;
  /** Proven lower bound (MIP phase only). */
  bound: number | null;
  gap: number | null;
}

export type SolveStatus =
  /** The roster is proven best. */
  | 'optimal'
  /** A legal roster, not proven best (time ran out, or the heuristic gave it). */
  | 'feasible'
  /** No legal roster exists: `conflicts` says which rules cannot all hold. */
  | 'infeasible'
  /** No legal roster was found in time, and none was proven impossible. */
  | 'no-roster-found'
  /** Stopped by cancel; the best legal roster so far, if any. */
  | 'cancelled';

export interface SolveResult {
  status: SolveStatus;
  /** A roster breaking no hard rule, or null. */
  roster: Roster | null;
  objective: number | null;
  penalty: PenaltyBreakdown | null;
  /** Hard rules the returned roster breaks, by rules.ts: always empty when `roster` is set. */
  hardViolations: HardViolation[];
  /** Proven lower bound on the objective (from the MIP), and (objective − bound) / objective. */
  bound: number | null;
  gap: number | null;
  /** Which engine gave the roster. */
  engine: 'mip' | 'heuristic' | 'lns' | null;
  conflicts: RuleConflict[];
  seconds: number;
  /** Details for benchmarks and logs. */
  stats: {
    heuristicObjective: number | null;
    heuristicSeconds: number;
    mipStatus: string | null;
    mipObjective: number | null;
    mipSeconds: number;
    mipColumns: number;
    mipRows: number;
    lnsParts: number;
    lnsImprovements: number;
    lnsSeconds: number;
  };
}

export interface SolveHooks {
  onProgress?: (p: SolveProgress) => void;
  shouldStop?: () => boolean;
}

/** Default size limit of the whole-plan MIP: about instance 11 of the Curtois & Qu set (50 × 28 × 6). */
export const MIP_MAX_VARIABLES = 12_000;
/** Default size limit of the LNS (it builds the whole program once): about 100 × 182 × 8. */
export const LNS_MAX_VARIABLES = 160_000;

export async function solveHere(
  model: RosterModel,
  options: SolveOptions,
  hooks: SolveHooks = {},
): Promise<SolveResult> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const remaining = () => options.timeLimitSeconds - elapsed();
  const im = indexModel(model);
  const variables = im.staffCount * im.days * im.shiftCount;
  const useMip = variables <= (options.mipMaxVariables ?? MIP_MAX_VARIABLES);
  const useLns = variables <= (options.lnsMaxVariables ?? LNS_MAX_VARIABLES);
  const stopped = () => hooks.shouldStop?.() === true;

  const heuristicTime =
    useMip || useLns
      ? Math.min(options.timeLimitSeconds * (options.heuristicShare ?? (useMip ? 0.1 : 0.25)), 60)
      : options.timeLimitSeconds;
  const h = solveHeuristic(im, {
    seed: options.seed ?? 1,
    timeLimitSeconds: heuristicTime,
    shouldStop: stopped,
    onProgress: (p) =>
      hooks.onProgress?.({
        phase: 'heuristic',
        seconds: elapsed(),
        objective: p.bestObjective,
        bound: null,
        gap: null,
      }),
  });
  const heuristicLegal = h.hardViolations.length === 0;
  let best: { roster: Roster; objective: number; engine: 'mip' | 'heuristic' | 'lns' } | null = heuristicLegal
    ? { roster: h.roster, objective: h.objective, engine: 'heuristic' }
    : null;
  // Some people's rows break rules: re-plan just those people with the MIP, everyone else fixed.
  if (!best && useLns && !stopped()) {
    const repaired = await repairWithMip(im, h.roster, Math.min(60, Math.max(1, remaining() / 3)), stopped);
    if (repaired) best = { ...repaired, engine: 'lns' };
  }
  const stats: SolveResult['stats'] = {
    heuristicObjective: best ? best.objective : null,
    heuristicSeconds: h.seconds,
    mipStatus: null,
    mipObjective: null,
    mipSeconds: 0,
    mipColumns: 0,
    mipRows: 0,
    lnsParts: 0,
    lnsImprovements: 0,
    lnsSeconds: 0,
  };
  let bound: number | null = null;
  let mipOptimal = false;
  let mipInfeasible = false;

  if (useMip && !stopped() && remaining() > 0.5) {
    const mip = await solveMip(im, {
      timeLimitSeconds: useLns ? remaining() * (options.mipShare ?? 0.5) : remaining(),
      ...(best ? { start: best.roster } : {}),
      shouldStop: stopped,
      onProgress: (p) => hooks.onProgress?.({ phase: 'mip', ...p, seconds: elapsed() }),
    });
    stats.mipStatus = mip.status;
    stats.mipSeconds = mip.seconds;
    stats.mipColumns = mip.columns;
    stats.mipRows = mip.rows;
    bound = mip.bound;
    mipInfeasible = mip.status === 'infeasible';
    if (mip.roster) {
      const check = evaluateRoster(im, mip.roster);
      stats.mipObjective = check.penalty.total;
      if (check.hardViolations.length === 0 && (!best || check.penalty.total <= best.objective)) {
        best = { roster: mip.roster, objective: check.penalty.total, engine: 'mip' };
        mipOptimal = mip.status === 'optimal';
      }
    }
  }

  // No legal roster yet and none proven impossible: give the heuristic the time left, from where it was.
  if (!best && !mipInfeasible && !stopped() && remaining() > 1) {
    const again = solveHeuristic(im, {
      seed: (options.seed ?? 1) + 1,
      start: h.roster,
      timeLimitSeconds: remaining() * 0.6,
      shouldStop: stopped,
    });
    stats.heuristicSeconds += again.seconds;
    if (again.hardViolations.length === 0) {
      best = { roster: again.roster, objective: again.objective, engine: 'heuristic' };
      stats.heuristicObjective = again.objective;
    }
  }

  if (useLns && best && !mipOptimal && !stopped() && remaining() > 1) {
    const from = best;
    const lns = await improveWithLns(im, from.roster, {
      timeLimitSeconds: remaining(),
      seed: options.seed ?? 1,
      shouldStop: stopped,
      onImprovement: (objective) =>
        hooks.onProgress?.({ phase: 'lns', seconds: elapsed(), objective, bound, gap: null }),
    });
    stats.lnsParts = lns.parts;
    stats.lnsImprovements = lns.improvements;
    stats.lnsSeconds = lns.seconds;
    if (lns.objective < from.objective) {
      best = { roster: lns.roster, objective: lns.objective, engine: 'lns' };
    }
  }

  let conflicts: RuleConflict[] = [];
  if (!best && !stopped()) {
    hooks.onProgress?.({ phase: 'conflicts', seconds: elapsed(), objective: null, bound: null, gap: null });
    conflicts = await findRuleConflicts(model, mipInfeasible ? 30 : Math.max(1, Math.min(5, remaining())));
  }

  const evaluation = best ? evaluateRoster(im, best.roster) : null;
  const legal = evaluation !== null && evaluation.hardViolations.length === 0;
  const objective = legal ? evaluation.penalty.total : null;
  const status: SolveStatus = stopped()
    ? 'cancelled'
    : legal
      ? mipOptimal
        ? 'optimal'
        : 'feasible'
      : conflicts.length > 0 || mipInfeasible
        ? 'infeasible'
        : 'no-roster-found';
  const lowerBound = bound === null ? null : mipOptimal && objective !== null ? objective : bound;
  return {
    status,
    roster: legal ? best!.roster : null,
    objective,
    penalty: legal ? evaluation.penalty : null,
    hardViolations: legal || !evaluation ? [] : evaluation.hardViolations,
    bound: lowerBound,
    gap:
      objective !== null && lowerBound !== null
        ? objective === 0
          ? 0
          : Math.max(0, (objective - lowerBound) / objective)
        : null,
    engine: legal ? best!.engine : null,
    conflicts,
    seconds: elapsed(),
    stats,
  };
}

/**
 * Large-neighbourhood search with HiGHS ("fix and optimise"): keep a legal roster, free a part of it
 * (a few people over the whole plan, or everyone over a few days, or some people over some days),
 * fix everything else, and let the MIP find the best roster of that part. A better roster is kept;
 * the size of the part grows while HiGHS solves it quickly and shrinks when it does not. This is
 * how plans too large to solve exactly in one MIP still get MIP-quality improvements.
 *
 * Synchronous once HiGHS is loaded (like mip.ts): run it in the worker. The sequence of parts comes
 * from a seeded generator; HiGHS's time limits make the result depend on the machine's speed.
 */
import { seededRandom } from './heuristic.js';
import { buildProgram, columnsToRoster, loadHighs, modelData, rosterToColumns } from './mip.js';
import type { IndexedModel, Roster } from './model.js';
import { evaluateRoster } from './rules.js';

export interface LnsOptions {
  timeLimitSeconds: number;
  seed?: number;
  /** Time limit of one part's MIP. */
  partSeconds?: number;
  onImprovement?: (objective: number, seconds: number) => void;
  shouldStop?: () => boolean;
}

export interface LnsResult {
  roster: Roster;
  objective: number;
  parts: number;
  improvements: number;
  seconds: number;
}

/** Improves a legal roster by repeatedly re-solving parts of it with the MIP. */
export async function improveWithLns(
  im: IndexedModel,
  start: Roster,
  options: LnsOptions,
): Promise<LnsResult> {
  const highs = await loadHighs();
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const random = seededRandom(options.seed ?? 1);
  const { staffCount: S, days: D, shiftCount: T } = im;
  const program = buildProgram(im);
  const numX = program.weekendCol;
  const hm = highs.createModel(modelData(program));
  let roster = start;
  let objective = evaluateRoster(im, start).penalty.total;
  let parts = 0;
  let improvements = 0;
  // Free x variables per part: starts small, adapts to how fast HiGHS solves the parts.
  let target = 1500;
  const lower = new Float64Array(numX);
  const upper = new Float64Array(numX);
  const free = new Uint8Array(S * D);
  try {
    hm.options.set({ output_flag: false, mip_rel_gap: 1e-6 });
    while (!options.shouldStop?.()) {
      const left = options.timeLimitSeconds - elapsed();
      if (left < 0.2) break;
      parts++;
      // Choose the part to free.
      free.fill(0);
      const kind = random();
      if (kind < 0.4) {
        const k = Math.max(2, Math.min(S, Math.round(target / (D * T))));
        for (let i = 0; i < k; i++) {
          const s = Math.floor(random() * S);
          free.fill(1, s * D, s * D + D);
        }
      } else if (kind < 0.7) {
        const w = Math.max(3, Math.min(D, Math.round(target / (S * T))));
        const d0 = Math.floor(random() * Math.max(1, D - w + 1));
        for (let s = 0; s < S; s++) free.fill(1, s * D + d0, s * D + Math.min(D, d0 + w));
      } else {
        const w = Math.min(D, Math.max(7, Math.round(D / 2)));
        const k = Math.max(2, Math.min(S, Math.round(target / (w * T))));
        const d0 = Math.floor(random() * Math.max(1, D - w + 1));
        for (let i = 0; i < k; i++) {
          const s = Math.floor(random() * S);
          free.fill(1, s * D + d0, s * D + Math.min(D, d0 + w));
        }
      }
      const current = rosterToColumns(im, program, roster);
      for (let s = 0; s < S; s++) {
        for (let d = 0; d < D; d++) {
          const isFree = free[s * D + d] === 1;
          for (let t = 0; t < T; t++) {
            const c = program.xCol[(s * D + d) * T + t]!;
            if (c < 0) continue;
            lower[c] = isFree ? 0 : current[c]!;
            upper[c] = isFree ? 1 : current[c]!;
          }
        }
      }
      hm.changeColsBounds({ kind: 'range', from: 0, to: numX - 1 }, lower, upper);
      hm.setSolution({ colValue: current });
      const partLimit = Math.min(left, options.partSeconds ?? 5);
      hm.options.set({ time_limit: partLimit });
      hm.zeroAllClocks();
      const t0 = elapsed();
      hm.run({
        [highs.constants.callbackType.mipInterrupt]: (e) => {
          if (options.shouldStop?.()) e.interrupt();
          return undefined;
        },
      });
      const took = elapsed() - t0;
      const optimal = hm.getModelStatus() === highs.constants.modelStatus.optimal;
      target = optimal && took < partLimit / 3 ? target * 1.15 : optimal ? target : target * 0.7;
      target = Math.max(200, Math.min(target, S * D * T));
      if (Number(hm.info.get('primal_solution_status')) !== 2) continue;
      if (hm.getObjectiveValue() >= objective - 0.5) continue;
      const candidate = columnsToRoster(im, program, hm.getSolution().colValue);
      const check = evaluateRoster(im, candidate);
      if (check.hardViolations.length > 0 || check.penalty.total >= objective) continue;
      roster = candidate;
      objective = check.penalty.total;
      improvements++;
      options.onImprovement?.(objective, elapsed());
    }
  } finally {
    hm.dispose();
  }
  return { roster, objective, parts, improvements, seconds: elapsed() };
}

/**
 * Makes a roster legal when only some people's rows break rules: those people are re-planned by the
 * MIP with everyone else fixed. Cover is soft, so this has a solution whenever each of those
 * people's own rules can hold (conflicts.ts says which cannot); it also minimises the objective
 * over their rows. Returns null when HiGHS finds no legal roster in time.
 */
export async function repairWithMip(
  im: IndexedModel,
  roster: Roster,
  timeLimitSeconds: number,
  shouldStop?: () => boolean,
): Promise<{ roster: Roster; objective: number } | null> {
  const broken = new Set(evaluateRoster(im, roster).hardViolations.map((v) => v.staffId));
  if (broken.size === 0) return { roster, objective: evaluateRoster(im, roster).penalty.total };
  const highs = await loadHighs();
  const program = buildProgram(im);
  const { staffCount: S, days: D, shiftCount: T } = im;
  const current = rosterToColumns(im, program, roster);
  const colLower = Float64Array.from(program.colLower);
  const colUpper = Float64Array.from(program.colUpper);
  for (let s = 0; s < S; s++) {
    if (broken.has(im.model.staff[s]!.id)) continue;
    for (let i = s * D * T; i < (s + 1) * D * T; i++) {
      const c = program.xCol[i]!;
      if (c >= 0) colLower[c] = colUpper[c] = current[c]!;
    }
  }
  const hm = highs.createModel({ ...modelData(program), colLower, colUpper });
  try {
    hm.options.set({ output_flag: false, time_limit: Math.max(0.5, timeLimitSeconds), mip_rel_gap: 1e-4 });
    hm.run({
      [highs.constants.callbackType.mipInterrupt]: (e) => {
        if (shouldStop?.()) e.interrupt();
        return undefined;
      },
    });
    if (Number(hm.info.get('primal_solution_status')) !== 2) return null;
    const repaired = columnsToRoster(im, program, hm.getSolution().colValue);
    const check = evaluateRoster(im, repaired);
    return check.hardViolations.length === 0 ? { roster: repaired, objective: check.penalty.total } : null;
  } finally {
    hm.dispose();
  }
}

/**
 * The roster as a mixed-integer program, solved by HiGHS (npm `highs`, WebAssembly, single-threaded).
 *
 * Variables: x[s,d,t] = 1 when person s works shift t on day d (only where the person may: not on a
 * day off, not a shift type they may work 0 of); k[s,w] = 1 when person s works weekend w; under[d,t]
 * and over[d,t] ≥ 0, the people short of / above the cover requirement.
 * Hard rules are constraints (one row family per rule of model.ts); soft rules are objective terms:
 * an on-request costs w·(1 − x) (a constant w in the offset, −w on x), an off-request w·x, and the
 * cover under·underWeight + over·overWeight. Fairness, when the model has it, adds a highest and a
 * lowest figure per term (hours share, weekends, unpopular shifts) with every person's figure between
 * them, costing weight·(highest − lowest); the weekend k[s,w] is then also held at or below the days
 * worked, so it cannot claim a weekend that was not worked. Every row carries the rule, person and day it stands for;
 * conflicts.ts uses the rule families to say which rules conflict when no legal roster exists.
 *
 * HiGHS's solves are synchronous: run this in a worker thread (worker.ts), never on the server's loop.
 */
import type { Highs, Model as HighsModel } from 'highs';
import {
  OFF,
  indexModel,
  isWeekendDay,
  rowFairStats,
  type IndexedModel,
  type Roster,
  type RosterModel,
} from './model.js';
import type { HardRule } from './rules.js';

/** What a row of the program stands for, to explain a conflict. */
export interface RowMeaning {
  rule: HardRule | 'one-shift-per-day' | 'cover' | 'fairness';
  staffId?: string;
  day?: number;
}

export interface MipProgram {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  integrality: Int32Array;
  offset: number;
  /** x column of (s, d, t) at [(s·days + d)·shifts + t], or −1 when the person may not work it. */
  xCol: Int32Array;
  rows: RowMeaning[];
  /** First column of the weekend variables k[s,w] (s·weekends + w) and of under/over (d·shifts + t). */
  weekendCol: number;
  underCol: number;
  overCol: number;
  /**
   * First of the six fairness columns (hours share high, low; weekends high, low; unpopular high,
   * low), or −1 when the model has no fairness terms.
   */
  fairCol: number;
}

/** Builds the program (CSR rows) of a model; `skip` leaves out whole rule families (conflicts.ts). */
export function buildProgram(
  im: IndexedModel,
  skip: ReadonlySet<RowMeaning['rule']> = new Set(),
): MipProgram {
  const { staffCount: S, days: D, shiftCount: T, weekends: Wk } = im;
  const xCol = new Int32Array(S * D * T).fill(-1);
  const cost: number[] = [];
  let offset = 0;
  for (let s = 0; s < S; s++) {
    for (let d = 0; d < D; d++) {
      for (let t = 0; t < T; t++) {
        offset += im.onWeight[s]![d]![t]!;
        if (im.dayOff[s]![d] || im.maxShifts[s]![t]! <= 0) continue;
        xCol[(s * D + d) * T + t] = cost.length;
        cost.push(im.offWeight[s]![d]![t]! - im.onWeight[s]![d]![t]!);
      }
    }
  }
  const numX = cost.length;
  const weekendCol = numX;
  for (let i = 0; i < S * Wk; i++) cost.push(0);
  const underCol = cost.length;
  for (let d = 0; d < D; d++) for (let t = 0; t < T; t++) cost.push(im.coverUnderWeight[d]![t]!);
  const overCol = cost.length;
  for (let d = 0; d < D; d++) for (let t = 0; t < T; t++) cost.push(im.coverOverWeight[d]![t]!);
  const fair = im.fairnessOn && S > 1;
  const fairCol = fair ? cost.length : -1;
  if (fair) {
    for (const w of [im.fairHoursWeight, im.fairWeekendWeight, im.fairUnpopularWeight]) cost.push(w, -w);
  }
  const numCols = cost.length;

  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const rows: RowMeaning[] = [];
  const acc = new Map<number, number>();
  const term = (col: number, coef: number) => {
    if (col >= 0) acc.set(col, (acc.get(col) ?? 0) + coef);
  };
  const work = (s: number, d: number, coef: number) => {
    if (d < 0 || d >= D) return;
    for (let t = 0; t < T; t++) term(xCol[(s * D + d) * T + t]!, coef);
  };
  const addRow = (lower: number, upper: number, meaning: RowMeaning) => {
    if (skip.has(meaning.rule)) {
      acc.clear();
      return;
    }
    let n = 0;
    for (const [col, coef] of acc) {
      if (coef === 0) continue;
      indices.push(col);
      values.push(coef);
      n++;
    }
    acc.clear();
    if (n === 0) {
      // An empty row only matters when it cannot hold (0 outside its bounds): keep it then.
      if (lower <= 0 && upper >= 0) return;
    }
    starts.push(indices.length);
    rowLower.push(lower);
    rowUpper.push(upper);
    rows.push(meaning);
  };
  const INF = Infinity;

  for (let s = 0; s < S; s++) {
    const p = im.model.staff[s]!;
    const staffId = p.id;
    // 1. At most one shift a day.
    for (let d = 0; d < D; d++) {
      work(s, d, 1);
      if (acc.size > 1) addRow(-INF, 1, { rule: 'one-shift-per-day', staffId, day: d });
      else acc.clear();
    }
    // 2. Forbidden successions: shift t on day d, then none of its forbidden successors on d + 1.
    for (let d = 0; d + 1 < D; d++) {
      for (let t = 0; t < T; t++) {
        const col = xCol[(s * D + d) * T + t]!;
        if (col < 0) continue;
        let any = false;
        for (let u = 0; u < T; u++) {
          if (!im.staffForbiddenNext[s]![t]![u]) continue;
          const next = xCol[(s * D + d + 1) * T + u]!;
          if (next >= 0) {
            term(next, 1);
            any = true;
          }
        }
        if (!any) continue;
        term(col, 1);
        addRow(-INF, 1, { rule: 'forbidden-succession', staffId, day: d + 1 });
      }
    }
    // 3. At most maxShifts of each type.
    for (let t = 0; t < T; t++) {
      const max = im.maxShifts[s]![t]!;
      if (max >= D) continue;
      for (let d = 0; d < D; d++) term(xCol[(s * D + d) * T + t]!, 1);
      addRow(-INF, max, { rule: 'max-shifts', staffId });
    }
    // 4. Total minutes between the contract's minimum and maximum.
    for (let d = 0; d < D; d++) {
      for (let t = 0; t < T; t++) term(xCol[(s * D + d) * T + t]!, im.shiftMinutes[t]!);
    }
    addRow(p.minTotalMinutes, Infinity, { rule: 'min-total-minutes', staffId });
    for (let d = 0; d < D; d++) {
      for (let t = 0; t < T; t++) term(xCol[(s * D + d) * T + t]!, im.shiftMinutes[t]!);
    }
    addRow(-Infinity, p.maxTotalMinutes, { rule: 'max-total-minutes', staffId });
    // 5. At most maxConsecutiveShifts worked days in any window of maxConsecutiveShifts + 1 days.
    const maxRun = p.maxConsecutiveShifts;
    for (let d = 0; d + maxRun < D; d++) {
      for (let i = d; i <= d + maxRun; i++) work(s, i, 1);
      addRow(-INF, maxRun, { rule: 'max-consecutive-shifts', staffId, day: d });
    }
    // 6. A run of worked days starting on day d (worked d, not d − 1) goes on for minConsecutiveShifts
    //    days: w[d] − w[d−1] ≤ w[d+i] for i < min (outside the plan counts as off, so a run may not
    //    start too close to the end). Stronger in the LP than forbidding each short pattern.
    for (let d = 0; d < D; d++) {
      for (let i = 1; i < p.minConsecutiveShifts; i++) {
        work(s, d, 1);
        work(s, d - 1, -1);
        work(s, d + i, -1);
        addRow(-INF, 0, { rule: 'min-consecutive-shifts', staffId, day: d });
      }
    }
    // 7. A run of days off starting on day d after a worked day lasts minConsecutiveDaysOff days unless
    //    it reaches the end: w[d−1] − w[d] + w[d+i] ≤ 1 for i < min.
    for (let d = 1; d < D; d++) {
      for (let i = 1; i < p.minConsecutiveDaysOff && d + i < D; i++) {
        work(s, d - 1, 1);
        work(s, d, -1);
        work(s, d + i, 1);
        addRow(-INF, 1, { rule: 'min-consecutive-days-off', staffId, day: d });
      }
    }
    // 8. A weekend is worked when its Saturday or Sunday is; at most maxWeekends of them.
    for (let w = 0; w < Wk; w++) {
      const k = weekendCol + s * Wk + w;
      for (const d of [7 * w + 5, 7 * w + 6]) {
        if (d >= D || !isWeekendDay(d)) continue;
        work(s, d, 1);
        term(k, -1);
        addRow(-INF, 0, { rule: 'max-weekends', staffId, day: d });
      }
    }
    if (Wk > p.maxWeekends) {
      for (let w = 0; w < Wk; w++) term(weekendCol + s * Wk + w, 1);
      addRow(-INF, p.maxWeekends, { rule: 'max-weekends', staffId });
    }
    // 9. Days off: no variable exists for them.
  }
  if (fair) {
    for (let s = 0; s < S; s++) {
      const staffId = im.model.staff[s]!.id;
      const max = im.model.staff[s]!.maxTotalMinutes;
      // Hours share: low ≤ minutes / max ≤ high.
      for (const [col, sign] of [
        [fairCol, -1],
        [fairCol + 1, 1],
      ] as const) {
        if (max <= 0 || im.fairHoursWeight === 0) continue;
        for (let d = 0; d < D; d++) {
          for (let t = 0; t < T; t++) term(xCol[(s * D + d) * T + t]!, im.shiftMinutes[t]! / max);
        }
        term(col, -1);
        if (sign < 0) addRow(-INF, 0, { rule: 'fairness', staffId });
        else addRow(0, INF, { rule: 'fairness', staffId });
      }
      if (im.fairWeekendWeight > 0) {
        // k[s,w] ≤ Saturday + Sunday worked, then low ≤ weekends ≤ high.
        for (let w = 0; w < Wk; w++) {
          term(weekendCol + s * Wk + w, 1);
          for (const d of [7 * w + 5, 7 * w + 6]) if (d < D) work(s, d, -1);
          addRow(-INF, 0, { rule: 'fairness', staffId, day: 7 * w + 5 });
        }
        for (const [col, upper] of [
          [fairCol + 2, true],
          [fairCol + 3, false],
        ] as const) {
          for (let w = 0; w < Wk; w++) term(weekendCol + s * Wk + w, 1);
          term(col, -1);
          if (upper) addRow(-INF, 0, { rule: 'fairness', staffId });
          else addRow(0, INF, { rule: 'fairness', staffId });
        }
      }
      if (im.fairUnpopularWeight > 0) {
        for (const [col, upper] of [
          [fairCol + 4, true],
          [fairCol + 5, false],
        ] as const) {
          for (let d = 0; d < D; d++) {
            for (let t = 0; t < T; t++) if (im.unpopular[t]) term(xCol[(s * D + d) * T + t]!, 1);
          }
          term(col, -1);
          if (upper) addRow(-INF, 0, { rule: 'fairness', staffId });
          else addRow(0, INF, { rule: 'fairness', staffId });
        }
      }
    }
  }
  // Cover: people on (d, t) + under − over = requirement.
  for (let d = 0; d < D; d++) {
    for (let t = 0; t < T; t++) {
      const k = d * T + t;
      for (let s = 0; s < S; s++) term(xCol[(s * D + d) * T + t]!, 1);
      term(underCol + k, 1);
      term(overCol + k, -1);
      const need = im.coverRequired[d]![t]!;
      addRow(need, need, { rule: 'cover', day: d });
    }
  }

  const integrality = new Int32Array(numCols);
  integrality.fill(1, 0, underCol);
  const colUpper = new Float64Array(numCols).fill(1);
  colUpper.fill(Infinity, underCol);
  return {
    numCols,
    numRows: rows.length,
    colCost: Float64Array.from(cost),
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    integrality,
    offset,
    xCol,
    rows,
    weekendCol,
    underCol,
    overCol,
    fairCol,
  };
}

/** The column values of a roster (x, k, under, over), to give HiGHS a starting incumbent. */
export function rosterToColumns(im: IndexedModel, program: MipProgram, roster: Roster): Float64Array {
  const { staffCount: S, days: D, shiftCount: T, weekends: Wk } = im;
  const col = new Float64Array(program.numCols);
  const count = new Int32Array(D * T);
  for (let s = 0; s < S; s++) {
    for (let d = 0; d < D; d++) {
      const t = roster[s]![d]!;
      if (t === OFF) continue;
      count[d * T + t]!++;
      const c = program.xCol[(s * D + d) * T + t]!;
      if (c >= 0) col[c] = 1;
      if (isWeekendDay(d)) col[program.weekendCol + s * Wk + Math.floor(d / 7)] = 1;
    }
  }
  for (let k = 0; k < D * T; k++) {
    const need = im.coverRequired[Math.floor(k / T)]![k % T]!;
    col[program.underCol + k] = Math.max(0, need - count[k]!);
    col[program.overCol + k] = Math.max(0, count[k]! - need);
  }
  if (program.fairCol >= 0) {
    const stats = roster.map((row) => rowFairStats(im, row));
    const shares = stats
      .map((x, s) => ({ x, max: im.model.staff[s]!.maxTotalMinutes }))
      .filter(({ max }) => max > 0)
      .map(({ x, max }) => x.minutes / max);
    const figures = [shares, stats.map((x) => x.weekends), stats.map((x) => x.unpopular)];
    figures.forEach((values, i) => {
      col[program.fairCol + 2 * i] = values.length ? Math.max(...values) : 0;
      col[program.fairCol + 2 * i + 1] = values.length ? Math.min(...values) : 0;
    });
  }
  return col;
}

/** Reads the roster from x column values (the largest x of a person's day, when above one half). */
export function columnsToRoster(im: IndexedModel, program: MipProgram, col: ArrayLike<number>): Roster {
  const { staffCount: S, days: D, shiftCount: T } = im;
  const roster: Roster = [];
  for (let s = 0; s < S; s++) {
    const row: number[] = [];
    for (let d = 0; d < D; d++) {
      let best = OFF;
      let bestValue = 0.5;
      for (let t = 0; t < T; t++) {
        const c = program.xCol[(s * D + d) * T + t]!;
        if (c >= 0 && col[c]! > bestValue) {
          best = t;
          bestValue = col[c]!;
        }
      }
      row.push(best);
    }
    roster.push(row);
  }
  return roster;
}

export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'no-solution' | 'error';

export interface MipProgress {
  seconds: number;
  /** Best roster's objective so far (null before the first one). */
  objective: number | null;
  /** Proven lower bound on the objective. */
  bound: number | null;
  /** Relative gap (objective − bound) / objective. */
  gap: number | null;
}

export interface MipOptions {
  timeLimitSeconds: number;
  /** A roster to start from (the heuristic's): HiGHS takes it as its first incumbent when legal. */
  start?: Roster;
  onProgress?: (p: MipProgress) => void;
  /** Polled by HiGHS at its checkpoints; true interrupts the solve (the incumbent is kept). */
  shouldStop?: () => boolean;
}

export interface MipResult {
  status: MipStatus;
  /** Null when HiGHS found no roster. */
  roster: Roster | null;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  seconds: number;
  columns: number;
  rows: number;
}

/** Model data of a program for HiGHS, with its objective replaced by zeros when `feasibilityOnly`. */
export function modelData(program: MipProgram, feasibilityOnly = false) {
  return {
    numCols: program.numCols,
    numRows: program.numRows,
    offset: feasibilityOnly ? 0 : program.offset,
    colCost: feasibilityOnly ? new Float64Array(program.numCols) : program.colCost,
    colLower: program.colLower,
    colUpper: program.colUpper,
    rowLower: program.rowLower,
    rowUpper: program.rowUpper,
    matrix: {
      format: 'csr' as const,
      numRows: program.numRows,
      numCols: program.numCols,
      starts: program.starts,
      indices: program.indices,
      values: program.values,
    },
    integrality: program.integrality,
  };
}

/** Whether a program has any solution: true, false, or null when the time limit ran out first. */
export async function programFeasible(
  program: MipProgram,
  timeLimitSeconds: number,
): Promise<boolean | null> {
  const highs = await loadHighs();
  const hm = highs.createModel(modelData(program, true));
  try {
    hm.options.set({ output_flag: false, time_limit: Math.max(0.05, timeLimitSeconds), mip_rel_gap: 1 });
    hm.run();
    const status = hm.getModelStatus();
    const ms = highs.constants.modelStatus;
    if (status === ms.infeasible) return false;
    if (Number(hm.info.get('primal_solution_status')) === 2) return true;
    return null;
  } finally {
    hm.dispose();
  }
}

let highsPromise: Promise<Highs> | null = null;

/** Loads HiGHS's WebAssembly once per thread. */
export async function loadHighs(): Promise<Highs> {
  highsPromise ??= import('highs').then((m) => m.default());
  return highsPromise;
}

/** Solves the model's MIP with HiGHS (synchronous once HiGHS is loaded: call it in a worker). */
export async function solveMip(model: RosterModel | IndexedModel, options: MipOptions): Promise<MipResult> {
  const im = 'forbiddenNext' in model ? model : indexModel(model);
  const highs = await loadHighs();
  const started = performance.now();
  const program = buildProgram(im);
  const elapsed = () => (performance.now() - started) / 1000;
  const hm: HighsModel = highs.createModel(modelData(program));
  const base = { columns: program.numCols, rows: program.numRows };
  try {
    hm.options.set({
      output_flag: false,
      time_limit: Math.max(0.1, options.timeLimitSeconds - elapsed()),
      mip_rel_gap: 1e-6,
      // More primal heuristics than HiGHS's default (0.05): better rosters sooner on these models.
      mip_heuristic_effort: 0.3,
    });
    if (options.start) hm.setSolution({ colValue: rosterToColumns(im, program, options.start) });
    const cb = highs.constants.callbackType;
    const report = (data: { mip_primal_bound?: number; mip_dual_bound?: number; mip_gap?: number }) => {
      const objective = Number.isFinite(data.mip_primal_bound) ? data.mip_primal_bound! : null;
      options.onProgress?.({
        seconds: elapsed(),
        objective,
        bound: Number.isFinite(data.mip_dual_bound) ? data.mip_dual_bound! : null,
        gap: objective !== null && Number.isFinite(data.mip_gap) ? data.mip_gap! : null,
      });
    };
    hm.run({
      [cb.mipImprovingSolution]: (e) => {
        report(e.data);
        return undefined;
      },
      [cb.mipLogging]: (e) => {
        report(e.data);
        return undefined;
      },
      [cb.mipInterrupt]: (e) => {
        if (options.shouldStop?.()) e.interrupt();
        return undefined;
      },
    });
    const status = hm.getModelStatus();
    const ms = highs.constants.modelStatus;
    const seconds = elapsed();
    if (status === ms.infeasible || status === ms.unboundedOrInfeasible) {
      return {
        ...base,
        status: 'infeasible',
        roster: null,
        objective: null,
        bound: null,
        gap: null,
        seconds,
      };
    }
    const primal = Number(hm.info.get('primal_solution_status'));
    const bound = Number(hm.info.get('mip_dual_bound'));
    const gap = Number(hm.info.get('mip_gap'));
    if (primal !== 2) {
      return {
        ...base,
        status: status === ms.optimal ? 'error' : 'no-solution',
        roster: null,
        objective: null,
        bound: Number.isFinite(bound) ? bound : null,
        gap: null,
        seconds,
      };
    }
    const roster = columnsToRoster(im, program, hm.getSolution().colValue);
    return {
      ...base,
      status: status === ms.optimal ? 'optimal' : 'feasible',
      roster,
      objective: hm.getObjectiveValue(),
      bound: Number.isFinite(bound) ? bound : null,
      gap: Number.isFinite(gap) ? gap : null,
      seconds,
    };
  } finally {
    hm.dispose();
  }
}

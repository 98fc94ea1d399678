/**
 * A fast roster heuristic: a greedy start, then simulated annealing over single-cell changes, same-day
 * swaps between two people, block swaps and block changes. Hard rules are priced by how far they are
 * broken (days short of a run, minutes short of the contract…) times a weight far above any soft
 * cost, so the search first makes the roster legal and then improves its objective. Each move only
 * re-prices the rows it touches and the cover of the days it touches.
 *
 * Deterministic given the seed: the random moves come from a seeded generator and the annealing runs
 * in cycles of a fixed number of moves (each cycle restarts from the best roster found, a little
 * cooler); a time limit only decides after how many moves the same sequence stops. The returned
 * roster is always checked with rules.ts.
 */
import { OFF, fairnessCost, indexModel, type IndexedModel, type Roster, type RosterModel } from './model.js';
import { evaluateRoster, type HardViolation } from './rules.js';

export interface HeuristicOptions {
  seed?: number;
  /** Wall-clock limit; the search stops at the end of the move that crosses it. */
  timeLimitSeconds?: number;
  /** Stop after this many moves (for reproducible results independent of the machine). */
  maxIterations?: number;
  /** A roster to start from instead of the greedy start (e.g. the MIP's incumbent). */
  start?: Roster;
  /** Called about twice a second with the best roster so far. */
  onProgress?: (p: HeuristicProgress) => void;
  /** Polled between moves; true stops the search (cancel). */
  shouldStop?: () => boolean;
}

export interface HeuristicProgress {
  iterations: number;
  seconds: number;
  /** Objective of the best legal roster so far (null while none is legal). */
  bestObjective: number | null;
}

export interface HeuristicResult {
  roster: Roster;
  /** Soft penalty (the objective) of the roster, by rules.ts. */
  objective: number;
  /** Hard rules the roster breaks, by rules.ts: empty when a legal roster was found. */
  hardViolations: HardViolation[];
  iterations: number;
  seconds: number;
}

/** Seeded generator (mulberry32): a float in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Flat arrays of one model, for the search's inner loop. */
class Search {
  readonly S: number;
  readonly D: number;
  readonly T: number;
  readonly rows: Int16Array[];
  readonly units: Float64Array;
  readonly requestCost: Float64Array;
  readonly count: Int32Array;
  coverCost = 0;
  /** Fairness cost of the current rows (0 when the model has no fairness terms). */
  fairCost = 0;
  /** Per person, as of their row's last pricing (rowUnits): minutes, weekends and unpopular shifts. */
  readonly statMinutes: Int32Array;
  readonly statWeekends: Int32Array;
  readonly statUnpopular: Int32Array;
  /** Soft cost of the current rows (requests, cover and fairness); setCell keeps requests and cover
   * current, updateFair the fairness. */
  softTotal = 0;
  private readonly unpopular: Uint8Array;
  private readonly forbidden: Uint8Array;
  private readonly minutes: Int32Array;
  private readonly meanMinutes: number;
  private readonly maxShifts: Int32Array;
  readonly allowed: Uint8Array;
  private readonly onSum: Float64Array;
  private readonly onW: Float64Array;
  private readonly offW: Float64Array;
  private readonly need: Int32Array;
  private readonly underW: Float64Array;
  private readonly overW: Float64Array;
  private readonly contract: Int32Array;
  private readonly counts: Int32Array;
  readonly hardWeight: number;

  constructor(readonly im: IndexedModel) {
    const { staffCount: S, days: D, shiftCount: T } = im;
    this.S = S;
    this.D = D;
    this.T = T;
    this.rows = Array.from({ length: S }, () => new Int16Array(D).fill(OFF));
    this.units = new Float64Array(S);
    this.requestCost = new Float64Array(S);
    this.count = new Int32Array(D * T);
    // Per person, [s][a][b] flat: shift b may not follow shift a for person s.
    this.forbidden = new Uint8Array(S * T * T);
    for (let s = 0; s < S; s++) {
      const f = im.staffForbiddenNext[s]!;
      for (let a = 0; a < T; a++) {
        for (let b = 0; b < T; b++) this.forbidden[(s * T + a) * T + b] = f[a]![b] ? 1 : 0;
      }
    }
    this.minutes = Int32Array.from(im.shiftMinutes);
    this.meanMinutes = im.shiftMinutes.reduce((a, b) => a + b, 0) / T;
    this.maxShifts = new Int32Array(S * T);
    this.allowed = new Uint8Array(S * D);
    this.onSum = new Float64Array(S * D);
    this.onW = new Float64Array(S * D * T);
    this.offW = new Float64Array(S * D * T);
    this.contract = new Int32Array(S * 7);
    this.counts = new Int32Array(T);
    this.statMinutes = new Int32Array(S);
    this.statWeekends = new Int32Array(S);
    this.statUnpopular = new Int32Array(S);
    this.unpopular = Uint8Array.from(im.unpopular, (u) => (u ? 1 : 0));
    let maxWeight = 1;
    for (let s = 0; s < S; s++) {
      const p = im.model.staff[s]!;
      this.contract.set(
        [
          p.maxTotalMinutes,
          p.minTotalMinutes,
          p.maxConsecutiveShifts,
          p.minConsecutiveShifts,
          p.minConsecutiveDaysOff,
          p.maxWeekends,
        ],
        s * 7,
      );
      for (let t = 0; t < T; t++) this.maxShifts[s * T + t] = Math.min(D, im.maxShifts[s]![t]!);
      for (let d = 0; d < D; d++) {
        this.allowed[s * D + d] = im.dayOff[s]![d] ? 0 : 1;
        for (let t = 0; t < T; t++) {
          const on = im.onWeight[s]![d]![t]!;
          const off = im.offWeight[s]![d]![t]!;
          this.onW[(s * D + d) * T + t] = on;
          this.offW[(s * D + d) * T + t] = off;
          this.onSum[s * D + d]! += on;
          maxWeight = Math.max(maxWeight, on, off);
        }
      }
    }
    this.need = new Int32Array(D * T);
    this.underW = new Float64Array(D * T);
    this.overW = new Float64Array(D * T);
    for (let d = 0; d < D; d++) {
      for (let t = 0; t < T; t++) {
        this.need[d * T + t] = im.coverRequired[d]![t]!;
        this.underW[d * T + t] = im.coverUnderWeight[d]![t]!;
        this.overW[d * T + t] = im.coverOverWeight[d]![t]!;
        maxWeight = Math.max(maxWeight, this.underW[d * T + t]!, this.overW[d * T + t]!);
      }
    }
    this.hardWeight = 20 * maxWeight;
  }

  /** How far one row breaks the hard rules (0 when it breaks none); days off are never assigned. */
  rowUnits(s: number, row: Int16Array): number {
    const { D, T } = this;
    const c = this.contract;
    const base = s * 7;
    const maxMin = c[base]!;
    const minMin = c[base + 1]!;
    const maxRun = c[base + 2]!;
    const minRun = c[base + 3]!;
    const minOff = c[base + 4]!;
    const maxWeekends = c[base + 5]!;
    const counts = this.counts;
    counts.fill(0);
    let units = 0;
    let minutes = 0;
    let run = 0;
    let off = 0;
    let seenWork = false;
    let prev = OFF;
    let weekends = 0;
    for (let d = 0; d < D; d++) {
      const t = row[d]!;
      if (t >= 0) {
        counts[t]!++;
        minutes += this.minutes[t]!;
        if (prev >= 0 && this.forbidden[(s * T + prev) * T + t]) units++;
        if (run === 0) {
          if (seenWork && off < minOff) units += minOff - off;
          off = 0;
        }
        run++;
        seenWork = true;
        const dow = d % 7;
        if (dow === 5 || (dow === 6 && prev < 0)) weekends++;
      } else {
        if (run > 0) {
          if (run > maxRun) units += run - maxRun;
          if (run < minRun) units += minRun - run;
          run = 0;
        }
        off++;
      }
      prev = t;
    }
    if (run > 0) {
      if (run > maxRun) units += run - maxRun;
      if (run < minRun) units += minRun - run;
    }
    for (let t = 0; t < T; t++) {
      const excess = counts[t]! - this.maxShifts[s * T + t]!;
      if (excess > 0) units += excess;
    }
    if (minutes < minMin) units += (minMin - minutes) / this.meanMinutes;
    if (minutes > maxMin) units += (minutes - maxMin) / this.meanMinutes;
    if (weekends > maxWeekends) units += weekends - maxWeekends;
    this.statMinutes[s] = minutes;
    this.statWeekends[s] = weekends;
    let unpopular = 0;
    for (let t = 0; t < T; t++) if (this.unpopular[t]) unpopular += counts[t]!;
    this.statUnpopular[s] = unpopular;
    return units;
  }

  /** Re-prices fairness from the people's figures, keeping softTotal current. */
  updateFair() {
    if (!this.im.fairnessOn) return;
    const f = fairnessCost(this.im, this.statMinutes, this.statWeekends, this.statUnpopular);
    this.softTotal += f - this.fairCost;
    this.fairCost = f;
  }

  /** Request cost of person s holding value v on day d. */
  cellCost(s: number, d: number, v: number): number {
    const i = s * this.D + d;
    if (v < 0) return this.onSum[i]!;
    const k = i * this.T + v;
    return this.onSum[i]! - this.onW[k]! + this.offW[k]!;
  }

  coverAt(k: number, n: number): number {
    const need = this.need[k]!;
    return n < need ? (need - n) * this.underW[k]! : (n - need) * this.overW[k]!;
  }

  /** Cover cost change of one cell going from a to b on day d. */
  coverDelta(d: number, a: number, b: number): number {
    if (a === b) return 0;
    let delta = 0;
    const T = this.T;
    if (a >= 0) {
      const k = d * T + a;
      const n = this.count[k]!;
      delta += this.coverAt(k, n - 1) - this.coverAt(k, n);
    }
    if (b >= 0) {
      const k = d * T + b;
      const n = this.count[k]!;
      delta += this.coverAt(k, n + 1) - this.coverAt(k, n);
    }
    return delta;
  }

  /** Writes a cell, keeping counts and cover cost current (the row's units are the caller's). */
  setCell(s: number, d: number, v: number) {
    const row = this.rows[s]!;
    const a = row[d]!;
    if (a === v) return;
    const cover = this.coverDelta(d, a, v);
    const request = this.cellCost(s, d, v) - this.cellCost(s, d, a);
    this.coverCost += cover;
    this.requestCost[s]! += request;
    this.softTotal += cover + request;
    if (a >= 0) this.count[d * this.T + a]!--;
    if (v >= 0) this.count[d * this.T + v]!++;
    row[d] = v;
  }

  load(roster: Roster) {
    this.count.fill(0);
    this.coverCost = 0;
    for (let s = 0; s < this.S; s++) {
      const row = this.rows[s]!;
      let req = 0;
      for (let d = 0; d < this.D; d++) {
        const v = roster[s]?.[d] ?? OFF;
        row[d] = v >= 0 && v < this.T && this.allowed[s * this.D + d] ? v : OFF;
        if (row[d]! >= 0) this.count[d * this.T + row[d]!]!++;
        req += this.cellCost(s, d, row[d]!);
      }
      this.requestCost[s] = req;
      this.units[s] = this.rowUnits(s, row);
    }
    for (let k = 0; k < this.D * this.T; k++) this.coverCost += this.coverAt(k, this.count[k]!);
    this.fairCost = this.im.fairnessOn
      ? fairnessCost(this.im, this.statMinutes, this.statWeekends, this.statUnpopular)
      : 0;
    this.softTotal = this.soft();
  }

  totalUnits(): number {
    let u = 0;
    for (let s = 0; s < this.S; s++) u += this.units[s]!;
    return u;
  }

  soft(): number {
    let r = this.coverCost + this.fairCost;
    for (let s = 0; s < this.S; s++) r += this.requestCost[s]!;
    return r;
  }

  snapshot(): Roster {
    return this.rows.map((r) => Array.from(r));
  }

  canHold(s: number, d: number, v: number): boolean {
    return v < 0 || (this.allowed[s * this.D + d] === 1 && this.maxShifts[s * this.T + v]! > 0);
  }
}

/** Greedy start: each day, each shift's requirement filled by people free that day, in random order. */
function greedyStart(search: Search, random: () => number): Roster {
  const { S, D, T, im } = search;
  const roster: Roster = Array.from({ length: S }, () => new Array<number>(D).fill(OFF));
  const order = Array.from({ length: S }, (_, s) => s);
  for (let d = 0; d < D; d++) {
    for (let t = 0; t < T; t++) {
      let need = im.coverRequired[d]![t]!;
      for (let i = S - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const s of order) {
        if (need <= 0) break;
        if (roster[s]![d] === OFF && search.canHold(s, d, t)) {
          roster[s]![d] = t;
          need--;
        }
      }
    }
  }
  return roster;
}

/**
 * Repair by steepest descent: while some person breaks a rule, try every change of one of their
 * days, every 2-day block change, and every same-day swap with another person, and apply the move
 * that lowers (hard weight × broken units + soft cost) the most. Stops when no move helps.
 */
function repair(search: Search): void {
  const { S, D, T } = search;
  const W = search.hardWeight;
  const cost = () => W * search.totalUnits() + search.softTotal;
  const reprice = (s: number) => (search.units[s] = search.rowUnits(s, search.rows[s]!));
  for (let round = 0; round < 10 * S; round++) {
    const broken: number[] = [];
    for (let s = 0; s < S; s++) if (search.units[s]! > 1e-9) broken.push(s);
    if (broken.length === 0) break;
    const before = cost();
    let bestGain = 1e-9;
    let bestMove: (() => void) | null = null;
    const consider = (apply: () => void, undo: () => void) => {
      apply();
      const gain = before - cost();
      undo();
      if (gain > bestGain) {
        bestGain = gain;
        bestMove = apply;
      }
    };
    for (const s of broken) {
      const row = search.rows[s]!;
      for (let d = 0; d < D; d++) {
        for (let len = 1; len <= 2 && d + len <= D; len++) {
          for (let v = -1; v < T; v++) {
            if (!search.canHold(s, d, v) || (len === 2 && !search.canHold(s, d + 1, v))) continue;
            const old = Array.from(row.subarray(d, d + len));
            if (old.every((o) => o === v)) continue;
            consider(
              () => {
                for (let i = 0; i < len; i++) search.setCell(s, d + i, v);
                reprice(s);
              },
              () => {
                for (let i = 0; i < len; i++) search.setCell(s, d + i, old[i]!);
                reprice(s);
              },
            );
          }
        }
        for (let s2 = 0; s2 < S; s2++) {
          const a = row[d]!;
          const b = search.rows[s2]![d]!;
          if (s2 === s || a === b || !search.canHold(s, d, b) || !search.canHold(s2, d, a)) continue;
          const swap = (x: number, y: number) => () => {
            search.setCell(s, d, x);
            search.setCell(s2, d, y);
            reprice(s);
            reprice(s2);
          };
          consider(swap(b, a), swap(a, b));
        }
      }
    }
    if (bestMove === null) break;
    (bestMove as () => void)();
  }
  // Repair weighs hard rules only against requests and cover; fairness is re-priced once, after.
  search.updateFair();
}

/** Runs the heuristic on a model. */
export function solveHeuristic(
  model: RosterModel | IndexedModel,
  options: HeuristicOptions = {},
): HeuristicResult {
  const im = 'forbiddenNext' in model ? model : indexModel(model);
  const started = performance.now();
  const random = seededRandom(options.seed ?? 1);
  const search = new Search(im);
  const { S, D, T } = search;
  const W = search.hardWeight;
  search.load(options.start ?? greedyStart(search, random));

  let units = search.totalUnits();
  let soft = search.soft();
  let best = search.snapshot();
  let bestUnits = units;
  let bestSoft = soft;
  const better = (u: number, f: number) =>
    u < bestUnits - 1e-9 || (Math.abs(u - bestUnits) < 1e-9 && f < bestSoft);

  const maxIterations = options.maxIterations ?? Infinity;
  const deadline =
    options.timeLimitSeconds === undefined ? Infinity : started + options.timeLimitSeconds * 1000;
  // Cycles of annealing: each restarts from the best roster, a little cooler than the one before.
  const cycleLength = Math.max(1_000_000, 1000 * S * D);
  const startTemperature = Math.max(2, W / 30);
  const endTemperature = 0.3;
  let iterations = 0;
  let cycle = 0;
  let lastProgress = started;
  const tmp = new Int16Array(D);
  const rowsTouched: number[] = [];
  const broken: number[] = [];
  const saved: Int16Array[] = [new Int16Array(D), new Int16Array(D)];
  const savedUnits = [0, 0];
  const savedStats = [new Int32Array(3), new Int32Array(3)];

  stop: for (;;) {
    const t0 = startTemperature / (1 + cycle);
    const ratio = Math.log(endTemperature / t0);
    for (let i = 0; i < cycleLength; i++, iterations++) {
      if (iterations >= maxIterations) break stop;
      if ((iterations & 1023) === 0) {
        broken.length = 0;
        for (let s = 0; s < S; s++) if (search.units[s]! > 1e-9) broken.push(s);
        const now = performance.now();
        if (now >= deadline || options.shouldStop?.()) break stop;
        if (options.onProgress && now - lastProgress > 500) {
          lastProgress = now;
          options.onProgress({
            iterations,
            seconds: (now - started) / 1000,
            bestObjective: bestUnits < 1e-9 ? bestSoft : null,
          });
        }
      }
      const temperature = t0 * Math.exp((ratio * i) / cycleLength);
      // Pick a move and apply it, remembering the rows it touched.
      rowsTouched.length = 0;
      const kind = random();
      let deltaSoft = 0;
      // One move in five is aimed at a person whose rules are broken, when there is one.
      const s1 =
        broken.length > 0 && random() < 0.2
          ? broken[Math.floor(random() * broken.length)]!
          : Math.floor(random() * S);
      const d0 = Math.floor(random() * D);
      const touch = (s: number) => {
        const k = rowsTouched.length;
        saved[k]!.set(search.rows[s]!);
        savedUnits[k] = search.units[s]!;
        savedStats[k]![0] = search.statMinutes[s]!;
        savedStats[k]![1] = search.statWeekends[s]!;
        savedStats[k]![2] = search.statUnpopular[s]!;
        rowsTouched.push(s);
      };
      const before = soft;
      const fairBefore = search.fairCost;
      if (kind < 0.45) {
        // Change one cell, or a block of 2–4 cells, of one person.
        const len = kind < 0.3 ? 1 : 2 + Math.floor(random() * 3);
        const v = Math.floor(random() * (T + 1)) - 1;
        touch(s1);
        for (let d = d0; d < Math.min(D, d0 + len); d++) {
          if (search.canHold(s1, d, v)) search.setCell(s1, d, v);
        }
      } else {
        // Swap one day, or a block of 2–7 days, between two people.
        let s2 = Math.floor(random() * (S - 1));
        if (s2 >= s1) s2++;
        if (S < 2) continue;
        const len = kind < 0.75 ? 1 : 2 + Math.floor(random() * 6);
        touch(s1);
        touch(s2);
        const r1 = search.rows[s1]!;
        const r2 = search.rows[s2]!;
        for (let d = d0; d < Math.min(D, d0 + len); d++) {
          const a = r1[d]!;
          const b = r2[d]!;
          if (a === b || !search.canHold(s1, d, b) || !search.canHold(s2, d, a)) continue;
          search.setCell(s1, d, b);
          search.setCell(s2, d, a);
        }
      }
      let deltaUnits = 0;
      for (let k = 0; k < rowsTouched.length; k++) {
        const s = rowsTouched[k]!;
        const u = search.rowUnits(s, search.rows[s]!);
        deltaUnits += u - savedUnits[k]!;
        search.units[s] = u;
      }
      search.updateFair();
      const newSoft = search.softTotal;
      deltaSoft = newSoft - before;
      const delta = W * deltaUnits + deltaSoft;
      if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
        units += deltaUnits;
        soft = newSoft;
        if (better(units, soft)) {
          bestUnits = units;
          bestSoft = soft;
          best = search.snapshot();
        }
      } else {
        // Undo: write the saved rows back through setCell, so counts and costs follow.
        for (let k = rowsTouched.length - 1; k >= 0; k--) {
          const s = rowsTouched[k]!;
          tmp.set(saved[k]!);
          for (let d = d0; d < Math.min(D, d0 + 8); d++) search.setCell(s, d, tmp[d]!);
          search.units[s] = savedUnits[k]!;
          search.statMinutes[s] = savedStats[k]![0]!;
          search.statWeekends[s] = savedStats[k]![1]!;
          search.statUnpopular[s] = savedStats[k]![2]!;
        }
        search.fairCost = fairBefore;
        search.softTotal = before;
      }
    }
    cycle++;
    search.load(best);
    if (bestUnits > 1e-9) {
      repair(search);
      if (better(search.totalUnits(), search.softTotal)) {
        bestUnits = search.totalUnits();
        bestSoft = search.softTotal;
        best = search.snapshot();
      }
    }
    units = search.totalUnits();
    soft = search.softTotal;
  }
  if (bestUnits > 1e-9) {
    // Stopped mid-cycle with rules still broken: one repair of the best roster before giving up.
    search.load(best);
    repair(search);
    if (better(search.totalUnits(), search.softTotal)) best = search.snapshot();
  }

  const evaluation = evaluateRoster(im, best);
  return {
    roster: best,
    objective: evaluation.penalty.total,
    hardViolations: evaluation.hardViolations,
    iterations,
    seconds: (performance.now() - started) / 1000,
  };
}

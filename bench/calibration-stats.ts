// Calibration statistics for one session (issue #12 item 5): 20 assessors × 50 interactions × 30 items
// (10 yes/no items, nominal; 10 scales 1–5, ordinal; 10 items of 0–10 points, interval), about 4% of
// the scores missing, and a benchmark answer per interaction and item. One run computes what the
// calibration page shows: every item's Krippendorff α with a 1,000-resample bootstrap interval
// (alphaInterval), the overall α with its joint 1,000-resample interval (overallAlphaInterval), and
// every assessor's bias with its interval and drift over BENCH_SESSIONS sessions (assessorBiases).
// Reference in the same run: the point estimates alone (30 αs, the overall α and the biases without
// any resampling). 3 warm-up runs, then BENCH_RUNS (default 30); nearest-rank p50/p95/max in ms.
// Pure computation in this process, no database.
//   node --import tsx bench/calibration-stats.ts
// BENCH_ASSESSORS (20), BENCH_INTERACTIONS (50), BENCH_ITEMS (30), BENCH_SAMPLES (1000),
// BENCH_SESSIONS (6), BENCH_RUNS (30). Prints figures; asserts nothing.
import os from 'node:os';
import { assessorBiases, type BenchmarkedScore } from '../server/src/lib/stats/assessor-bias.js';
import {
  alphaInterval,
  krippendorffAlpha,
  overallAlpha,
  overallAlphaInterval,
  type ItemReliability,
  type MeasurementLevel,
} from '../server/src/lib/stats/krippendorff.js';
import { seededRandom } from '../server/src/lib/stats/random.js';
import { emit } from './lib/result.mjs';

const ASSESSORS = Number(process.env.BENCH_ASSESSORS ?? 20);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 50);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 30);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 6);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const GOAL_MS = 1000;

const rnd = seededRandom(20261206);
const levelOf = (item: number): MeasurementLevel =>
  item % 3 === 0 ? 'nominal' : item % 3 === 1 ? 'ordinal' : 'interval';
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
// A standard normal draw (Box–Muller) from the seeded source.
const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
const assessorBias = Array.from({ length: ASSESSORS }, () => normal() * 0.4);

/** One session: per item units × assessors, and the scores next to the benchmark. */
function session(index: number) {
  const items: ItemReliability[] = [];
  const scores: BenchmarkedScore[] = [];
  const sessionAt = new Date(Date.UTC(2026, 0, 5 + 14 * index)).toISOString();
  for (let item = 0; item < ITEMS; item++) {
    const level = levelOf(item);
    const [lo, hi] = level === 'nominal' ? [0, 1] : level === 'ordinal' ? [1, 5] : [0, 10];
    const units: (number | null)[][] = [];
    for (let u = 0; u < INTERACTIONS; u++) {
      const truth = lo + rnd() * (hi - lo);
      const benchmark = Math.round(truth);
      const row: (number | null)[] = [];
      for (let a = 0; a < ASSESSORS; a++) {
        if (rnd() < 0.04) {
          row.push(null);
          continue;
        }
        const noise = (normal() * 0.6 + assessorBias[a]!) * ((hi - lo) / 4);
        const value = clamp(Math.round(truth + noise), lo, hi);
        row.push(value);
        scores.push({
          assessorId: `assessor-${String(a).padStart(2, '0')}`,
          sessionId: `session-${index}`,
          sessionAt,
          score: value,
          benchmark,
          scale: hi - lo,
        });
      }
      units.push(row);
    }
    items.push({ key: `item-${item}`, level, units });
  }
  return { items, scores };
}

const history = Array.from({ length: SESSIONS }, (_, i) => session(i));
const current = history[SESSIONS - 1]!;
const allScores = history.flatMap((s) => s.scores);

let seed = 1;
function full() {
  const perItem = current.items.map((it) =>
    alphaInterval(it.units, it.level, { samples: SAMPLES, seed: seed++ }),
  );
  const overall = overallAlphaInterval(current.items, { samples: SAMPLES, seed: seed++ });
  const biases = assessorBiases(allScores);
  return { perItem, overall, biases };
}
function pointOnly() {
  const perItem = current.items.map((it) => krippendorffAlpha(it.units, it.level));
  const overall = overallAlpha(current.items);
  const biases = assessorBiases(allScores);
  return { perItem, overall, biases };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
// Wall time per run, and the process's CPU time per run (less sensitive to other work on the machine).
function time(fn: () => unknown): { ms: number[]; cpuMs: number[] } {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpuMs.push((d.user + d.system) / 1000);
  }
  return { ms: ms.sort((a, b) => a - b), cpuMs: cpuMs.sort((a, b) => a - b) };
}

console.log(
  `Calibration stats bench: ${ASSESSORS} assessors × ${INTERACTIONS} interactions × ${ITEMS} items, ` +
    `${SAMPLES} bootstrap resamples, biases over ${SESSIONS} sessions (${allScores.length.toLocaleString('en-GB')} scores); ` +
    `Node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const sample = full();
const fmtA = (a: number | null) => (a === null ? '–' : a.toFixed(3));
for (const level of ['nominal', 'ordinal', 'interval'] as const) {
  const r = sample.perItem.find((p) => p.level === level)!;
  console.log(
    `  e.g. ${level} item: α ${fmtA(r.alpha)} [${fmtA(r.interval.low)}, ${fmtA(r.interval.high)}], n ${r.nPairable}`,
  );
}
console.log(
  `  overall α ${fmtA(sample.overall.alpha)} [${fmtA(sample.overall.interval.low)}, ${fmtA(sample.overall.interval.high)}]`,
);
const b0 = sample.biases[0]!;
console.log(
  `  ${b0.assessorId}: bias ${fmtA(b0.bias.mean)} of the scale [${fmtA(b0.bias.low)}, ${fmtA(b0.bias.high)}], ` +
    `drift ${fmtA(b0.drift.slopePerSession)} a session`,
);

const fullRun = time(full);
const pointRun = time(pointOnly);
const fullMs = fullRun.ms;
const pointMs = pointRun.ms;
const line = (label: string, r: { ms: number[]; cpuMs: number[] }) =>
  console.log(
    `${label}: p50 ${pct(r.ms, 50).toFixed(1)} ms, p95 ${pct(r.ms, 95).toFixed(1)} ms, ` +
      `max ${r.ms[r.ms.length - 1]!.toFixed(1)} ms (${RUNS} runs); CPU p50 ${pct(r.cpuMs, 50).toFixed(1)} ms`,
  );
line('with bootstrap intervals', fullRun);
line('point estimates only    ', pointRun);

for (const p of [50, 95]) {
  emit({
    bench: 'calibration-stats',
    figure: `p${p}, ${ASSESSORS} assessors × ${INTERACTIONS} interactions × ${ITEMS} items, ${SAMPLES} resamples`,
    value: pct(fullMs, p),
    unit: 'ms',
    reference: `point estimates only, p${p}, same run`,
    referenceValue: pct(pointMs, p),
    goal: p === 95 ? `≤ ${GOAL_MS} ms` : '',
  });
}

// The roster optimiser on the Curtois & Qu shift-scheduling instances (issue #14 item 6). Each
// instance file in BENCH_NRP_DIR (default ../shared/bench-data/nurse-rostering beside the checkout)
// is read with the Frontline reader and solved with solveRoster (heuristic, then HiGHS's MIP when the
// plan is small enough, in a worker thread) under a wall-clock limit: BENCH_SECONDS if set, else 60 s
// for instances 1–9 and 300 s from 10 on; BENCH_QUICK=1 solves instances 1, 3, 5 and 7 for 5 s each.
// Instance 1 is also solved as published (a fixture of the unit tests): the folder's copy is altered.
// Reference in the same run: the best known objective (and lower bound) from the folder's README.
// The roster returned is checked again here with rules.ts: "hard" is that count. Peak memory is the
// process's RSS (the worker thread included), sampled every 50 ms during the solve.
// Prints figures; asserts nothing.
//   node --import tsx bench/roster.ts
//   BENCH_QUICK=1 node --import tsx bench/roster.ts
//   BENCH_SECONDS=30 BENCH_ONLY=11,13 node --import tsx bench/roster.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNrpInstance } from '../server/src/features/rostering/solver/nrp-reader.js';
import { evaluateRoster } from '../server/src/features/rostering/solver/rules.js';
import { solveRoster } from '../server/src/features/rostering/solver/solve.js';
import { machineLine } from './lib/machine.js';
import { emit } from './lib/result.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(root, process.env.BENCH_NRP_DIR ?? '../shared/bench-data/nurse-rostering');
const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_ONLY?.split(',').map(Number) ?? (QUICK ? [1, 3, 5, 7] : null);
const limitFor = (n: number) =>
  process.env.BENCH_SECONDS ? Number(process.env.BENCH_SECONDS) : QUICK ? 5 : n < 10 ? 60 : 300;

/** Best known values from the README's table: | instance | weeks | staff | shifts | LB | best known |. */
function bestKnown(): Map<number, { lb: number; ub: number }> {
  const out = new Map<number, { lb: number; ub: number }>();
  const readme = path.join(DIR, 'README.md');
  if (!fs.existsSync(readme)) return out;
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim().replace(/,/g, ''));
    if (cells.length >= 8 && /^\d+$/.test(cells[1]!) && /^\d+$/.test(cells[5]!) && /^\d+$/.test(cells[6]!)) {
      out.set(Number(cells[1]), { lb: Number(cells[5]), ub: Number(cells[6]) });
    }
  }
  return out;
}

const files = fs
  .readdirSync(DIR)
  .map((f) => ({
    file: path.join(DIR, f),
    label: '',
    n: Number(/^Instance(\d+)\.txt$/i.exec(f)?.[1] ?? NaN),
  }))
  .filter(({ n }) => Number.isFinite(n) && (!ONLY || ONLY.includes(n)))
  .sort((a, b) => a.n - b.n)
  .map((e) => ({ ...e, label: String(e.n) }));
// The folder's Instance1 differs from the published one in four staff lines and has no legal roster
// (see server/src/features/rostering/solver/fixtures/README.md); the published one is solved too.
if (!ONLY || ONLY.includes(1)) {
  files.splice(1, 0, {
    file: path.join(root, 'server/src/features/rostering/solver/fixtures/instance1-published.txt'),
    label: '1 (published)',
    n: 1,
  });
}
const reference = bestKnown();
const mb = (b: number) => Math.round(b / 2 ** 20);
const fmt = (x: number | null, digits = 0) => (x === null ? '—' : x.toFixed(digits));

console.log(`Roster optimiser on ${files.length} instance(s) from ${DIR}\n` + `${machineLine(QUICK)}\n`);
const header = [
  'instance',
  'staff×days×shifts',
  'limit s',
  'status',
  'objective',
  'best known',
  'gap to best %',
  'MIP gap %',
  'hard',
  'time s',
  'peak RSS MB',
  'engine',
];
const rows: string[][] = [];
const notes: string[] = [];
for (const { file, label, n } of files) {
  const model = readNrpInstance(fs.readFileSync(file, 'utf8'));
  const limit = limitFor(n);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const result = await solveRoster(model, { timeLimitSeconds: limit });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const hard = result.roster ? evaluateRoster(model, result.roster).hardViolations.length : null;
  const ref = reference.get(n) ?? null;
  const gap = result.objective !== null && ref ? ((result.objective - ref.ub) / ref.ub) * 100 : null;
  const row = [
    label,
    `${model.staff.length}×${model.days}×${model.shiftTypes.length}`,
    String(limit),
    result.status,
    fmt(result.objective),
    ref ? String(ref.ub) : '—',
    fmt(gap, 1),
    result.gap === null ? '—' : (result.gap * 100).toFixed(1),
    hard === null ? '—' : String(hard),
    seconds.toFixed(1),
    String(mb(peak)),
    result.engine ?? '—',
  ];
  rows.push(row);
  console.log(header.map((h, i) => `${h}=${row[i]}`).join('  '));
  const s = result.stats;
  console.log(
    `  heuristic ${fmt(s.heuristicObjective)} in ${s.heuristicSeconds.toFixed(1)} s; MIP ${s.mipStatus ?? 'not run'}` +
      (s.mipStatus
        ? ` ${fmt(s.mipObjective)} in ${s.mipSeconds.toFixed(1)} s (${s.mipColumns} columns, ${s.mipRows} rows)`
        : '') +
      (s.lnsParts > 0
        ? `; LNS ${s.lnsParts} parts, ${s.lnsImprovements} improvements in ${s.lnsSeconds.toFixed(1)} s`
        : ''),
  );
  for (const c of result.conflicts) notes.push(`Instance ${label}: ${c.message}`);
  if (result.objective !== null && ref) {
    emit({
      bench: 'roster',
      figure: `instance ${label} objective (${limit} s)`,
      value: result.objective,
      unit: '',
      reference: 'best known objective',
      referenceValue: ref.ub,
      goal:
        n < 10 ? 'the best known, 0 hard violations' : n < 20 ? '≤ 5 % above the best known' : 'as it comes',
    });
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
for (const note of notes) console.log(`\n${note}`);

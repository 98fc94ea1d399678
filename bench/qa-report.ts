// The team QA view over 100,000 released evaluations (issue #12 item 7), on PGlite and, with
// DATABASE_URL, on PostgreSQL (a scratch database on that server). The bench organisation (500 people
// in 40 teams), one QA scorecard of 10 items in 2 sections (yes/no/N-A, one evaluation-critical,
// a 1–5 scale), then BENCH_EVALS (default 100,000) released official evaluations over the year back
// from 2026-11-29, scored with the server's own scoring (about 15 % of items missed, 5 % N/A), by
// 20 assessors, in batches of 1,000 rows; then ANALYZE. Timed, after 3 warm-up runs, BENCH_RUNS (default
// 30) calls of services.qaReport.report for the whole year:
//   as an administrator (everyone: 500 people, 100,000 evaluations), and
//   as a team supervisor (their 12–13 reports, ~2,500 evaluations).
// Reference measured in the same run: the minimum the database must do for the administrator's view,
// one scan summing Σ earned and Σ possible over the same rows (no grouping, no items).
// p50/p95/max in ms (nearest rank over the sorted samples). Prints figures; asserts nothing.
//   node --import tsx bench/qa-report.ts                       (PGlite only)
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx bench/qa-report.ts
import os from 'node:os';
import { sql } from 'kysely';
import type { Answer, ScorecardContent } from '@frontline/contract';
import { json } from '../server/src/db/json.js';
import { scoreEvaluation } from '../server/src/features/assessments/assessments.score.js';
import { seededRandom } from '../server/src/lib/stats/random.js';
import { fmt, pct, seedOrg, withBenchDatabase } from './lib/org.js';
import { emit } from './lib/result.mjs';

const EVALS = Number(process.env.BENCH_EVALS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const LAST_DAY = '2026-11-29';
const FIRST_DAY = '2025-11-30';
const ADMIN_URL = process.env.DATABASE_URL ?? null;
const now = () => performance.now();

const item = (id: string, extra: Partial<ScorecardContent[number]['items'][number]> = {}) => ({
  id,
  textEn: `Item ${id}`,
  textZh: `項目 ${id}`,
  type: 'yes_no_na' as const,
  weight: 1,
  critical: 'none' as const,
  naAllowed: true,
  ...extra,
});
const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` }));
const SECTIONS: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      item('a1'),
      item('a2', { critical: 'evaluation', naAllowed: false }),
      item('a3'),
      item('a4'),
      item('a5'),
    ],
  },
  {
    id: 'resolve',
    titleEn: 'Resolution',
    titleZh: '解決',
    items: [
      item('b1'),
      item('b2'),
      item('b3'),
      item('b4'),
      item('b5', { type: 'scale_1_5', weight: 4, levels: LEVELS, naAllowed: false }),
    ],
  },
];

async function run(kind: 'pglite' | 'postgres') {
  await withBenchDatabase(kind, 'qa', ADMIN_URL, async ({ services, db }) => {
    let t = now();
    const org = await seedOrg(services);
    console.log(`\n${kind}: organisation and presets in ${fmt((now() - t) / 1000)} s`);
    const card = await db
      .insertInto('scorecard')
      .values({
        code: 'QA-BENCH',
        kind: 'qa_interaction',
        titleEn: 'Bench call review',
        titleZh: '基準通話評審',
        indicatorId: null,
        sections: json(SECTIONS),
        previousId: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assessors = [org.admin.userId, org.supervisor.userId];
    const rnd = seededRandom(20261209);
    const days = 365;
    t = now();
    for (let start = 0; start < EVALS; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(EVALS, start + 1000); i++) {
        const answers: Answer[] = SECTIONS.flatMap((s) =>
          s.items.map((it): Answer => {
            const r = rnd();
            if (it.type === 'scale_1_5') return { itemId: it.id, value: 1 + Math.floor(rnd() * 5) };
            if (it.naAllowed && r < 0.05) return { itemId: it.id, value: 'na' };
            return { itemId: it.id, value: r < (it.critical === 'evaluation' ? 0.03 : 0.15) ? 'no' : 'yes' };
          }),
        );
        const result = scoreEvaluation(SECTIONS, answers);
        const day = new Date(Date.parse(`${LAST_DAY}T00:00:00Z`) - (i % days) * 86_400_000);
        rows.push({
          scorecardId: card.id,
          personId: org.people[i % org.people.length]!.id,
          assessorUserId: assessors[i % assessors.length]!,
          status: 'released' as const,
          purpose: 'official' as const,
          channel: 'call' as const,
          occurredOn: day.toISOString().slice(0, 10),
          answers: json(answers),
          result: json(result),
          percent: result.percent,
          releasedAt: day,
        });
      }
      await db.insertInto('evaluation').values(rows).execute();
    }
    await sql`analyze evaluation`.execute(db);
    console.log(
      `${kind}: ${EVALS.toLocaleString('en-GB')} evaluations loaded in ${fmt((now() - t) / 1000)} s`,
    );

    const query = { scorecardId: card.id, from: FIRST_DAY, to: LAST_DAY };
    const timed = async (f: () => Promise<unknown>) => {
      for (let i = 0; i < WARMUP; i++) await f();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = now();
        await f();
        ms.push(now() - s);
      }
      return ms.sort((a, b) => a - b);
    };
    const check = await services.qaReport.report(org.admin, query);
    console.log(
      `${kind}: admin view n=${check.team.n}, ${check.people.length} people, ${check.items.length} items, ${check.assessors.length} assessors; team ${fmt(check.team.value ?? 0)} %`,
    );
    const admin = await timed(() => services.qaReport.report(org.admin, query));
    const team = await timed(() => services.qaReport.report(org.supervisor, query));
    const ref = await timed(() =>
      sql`select sum((result->>'earned')::float8), sum((result->>'possible')::float8) from evaluation
          where scorecard_id = ${card.id} and status = 'released' and purpose = 'official'
            and occurred_on between ${FIRST_DAY} and ${LAST_DAY}`.execute(db),
    );
    const line = (label: string, ms: number[]) =>
      console.log(
        `${kind} ${label}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms (${RUNS} runs)`,
      );
    line('team QA view, administrator (everyone)', admin);
    line('team QA view, supervisor (one team)   ', team);
    line('reference: one scan Σ earned, Σ possible', ref);
    const engine = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
    for (const p of [50, 95]) {
      emit({
        bench: 'qa-report',
        figure: `${engine}, p${p}, team QA view over ${EVALS.toLocaleString('en-GB')} evaluations (administrator)`,
        value: pct(admin, p),
        unit: 'ms',
        reference: `one scan Σ earned/possible, p${p}, same run`,
        referenceValue: pct(ref, p),
      });
      emit({
        bench: 'qa-report',
        figure: `${engine}, p${p}, team QA view, one team's supervisor`,
        value: pct(team, p),
        unit: 'ms',
        reference: `one scan Σ earned/possible, p${p}, same run`,
        referenceValue: pct(ref, p),
      });
    }
  });
}

console.log(
  `QA report bench: ${EVALS.toLocaleString('en-GB')} evaluations, Node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await run('pglite');
if (ADMIN_URL) await run('postgres');
else console.log('\nDATABASE_URL not set: PostgreSQL skipped.');

// Team and organisation dashboards over 10,000,000 observations on PostgreSQL (issue #4 item 6).
// In a scratch database on the server of DATABASE_URL: the bench organisation (1 company, 4 sites,
// 40 teams, 500 people, preset indicators), then BENCH_OBS observations (default 10,000,000)
// straight in SQL: 500 people × 28 observations a day (8 CSAT surveys 0/1, 10 AHT contacts in
// seconds, 6 FRT tickets in minutes, 3 FCR first contacts 0/1, 1 QA score) back from yesterday,
// i.e. ~714 days. The observation_daily triggers and the FK checks are switched off for the load
// (session_replication_role = replica) and the two secondary observation indexes rebuilt after it;
// observation_daily is then filled by one grouped INSERT … SELECT, the same sums the statement
// trigger would have written into an empty table (checked: Σn = rows, Σnum = Σnumerator), and
// observation_weekly from it likewise.
// Then VACUUM ANALYZE, and as an administrator, for a month and a quarter, grain week:
//   services.monitoring.team(actor, { from, to, grain, unitId: <a team of 12–13 people> })
//   services.monitoring.org(actor, { from, to, grain })          (company → 4 sites, 500 people)
// and the raw repo.sums query of each on its own. 5 warm-up runs, then BENCH_RUNS (default 50);
// p50/p95/max in ms (nearest rank over the sorted samples). Each service call is split into the
// SQL of repo.sums, the wall time of the other SQL (they run in parallel), and the rest (JavaScript
// and event-loop time outside any statement). EXPLAIN (ANALYZE, BUFFERS) of the
// slowest sums query is printed at the end.
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx bench/dashboards.ts
// BENCH_KEEP=1 keeps the scratch database (its name is printed) for EXPLAINs by hand.
import os from 'node:os';
import path from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { createServices } from '../server/src/app.js';
import { testConfig } from '../server/src/config.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrateToLatest } from '../server/src/db/migrate.js';
import { monitoringRepository } from '../server/src/features/monitoring/monitoring.repository.js';
import { fmt, pct, scratchDatabase, seedOrg } from './lib/org.js';
import { statementTimer } from './lib/timer.js';
import { emit } from './lib/result.mjs';

const ADMIN_URL = process.env.DATABASE_URL;
if (!ADMIN_URL) {
  console.error(
    'Set DATABASE_URL to a PostgreSQL URL whose user may create databases (bash scripts/pg-throwaway.sh start).',
  );
  process.exit(2);
}
const OBS = Number(process.env.BENCH_OBS ?? 10_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;
const PER_DAY = 28;
const LAST_DAY = '2026-11-29';

const now = () => performance.now();
const scratch = await scratchDatabase(ADMIN_URL, `frontline_bench_dash_${process.pid}`);
const database: Database = await openDatabase({ kind: 'postgres', url: scratch.url });
try {
  console.log(
    `Dashboards bench: ${OBS.toLocaleString('en-GB')} observations, Node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await migrateToLatest(database.db);
  const timer = statementTimer();
  const db = database.db.withPlugin(timer.plugin);
  const services = createServices(
    testConfig({ uploadDir: path.join(os.tmpdir(), `frontline-bench-dash-${process.pid}`) }),
    {
      database: { ...database, db },
    },
  );
  let t = now();
  const org = await seedOrg(services);
  console.log(`organisation and presets: ${fmt((now() - t) / 1000)} s`);

  // ------------------------------------------------------------------ bulk load
  const ind = (code: string) => org.indicators.get(code)!;
  const people = org.people.map((p) => p.id);
  const persons = people.length;
  const days = Math.ceil(OBS / (persons * PER_DAY));
  const first = new Date(Date.parse(`${LAST_DAY}T00:00:00Z`) - (days - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  console.log(
    `loading ${OBS.toLocaleString('en-GB')} observations: ${persons} people × ${PER_DAY} a day × ${days} days, ${first} … ${LAST_DAY}`,
  );
  const indexDefs = (
    await sql<{ name: string; def: string }>`
      select indexname as name, indexdef as def from pg_indexes
       where tablename = 'observation' and indexname in ('observation_person_idx', 'observation_indicator_day_idx')`.execute(
      db,
    )
  ).rows;
  t = now();
  // One connection for the load: session_replication_role is per session.
  await db.connection().execute(async (c) => {
    await sql`set session_replication_role = replica`.execute(c);
    for (const ix of indexDefs) await sql.raw(`drop index ${ix.name}`).execute(c);
    const CHUNK = 2_000_000;
    for (let start = 0; start < OBS; start += CHUNK) {
      const end = Math.min(OBS, start + CHUNK) - 1;
      const tc = now();
      // i → person i % P, slot (i / P) % 28, day i / (P × 28) back from the first day.
      await sql`
        insert into observation (person_id, indicator_id, occurred_on, numerator, denominator, source)
        select p.ids[1 + (i % ${persons})],
               case when s < 8 then ${ind('CSAT')}::uuid when s < 18 then ${ind('AHT')}::uuid
                    when s < 24 then ${ind('FRT')}::uuid when s < 27 then ${ind('FCR')}::uuid
                    else ${ind('QA_SCORE')}::uuid end,
               ${first}::date + (i / ${persons * PER_DAY})::int,
               case when s < 8 then (random() < 0.86)::int
                    when s < 18 then 120 + floor(random() * 780)
                    when s < 24 then 1 + floor(random() * 240)
                    when s < 27 then (random() < 0.72)::int
                    else 60 + floor(random() * 41) end,
               1, 'bench'
          from (select ${people}::uuid[] as ids) p,
               lateral (select i, ((i / ${persons}) % ${PER_DAY})::int as s
                          from generate_series(${start}::bigint, ${end}::bigint) i) g`.execute(c);
      process.stdout.write(
        `  rows ${start.toLocaleString('en-GB')}–${end.toLocaleString('en-GB')}: ${fmt((now() - tc) / 1000)} s\n`,
      );
    }
    const ti = now();
    for (const ix of indexDefs) await sql.raw(ix.def).execute(c);
    console.log(`  rebuilt ${indexDefs.map((i) => i.name).join(', ')}: ${fmt((now() - ti) / 1000)} s`);
    const td = now();
    await sql`
      insert into observation_daily (indicator_id, day, person_id, num, den, sq, n)
      select indicator_id, occurred_on, person_id, sum(numerator), sum(denominator),
             sum(case when denominator > 0 then numerator * numerator / denominator else 0 end), count(*)
        from observation group by indicator_id, occurred_on, person_id`.execute(c);
    console.log(`  observation_daily by one grouped insert: ${fmt((now() - td) / 1000)} s`);
    const tw = now();
    await sql`
      insert into observation_weekly (indicator_id, week, person_id, num, den, sq, n)
      select indicator_id, date_trunc('week', day::timestamp)::date, person_id, sum(num), sum(den), sum(sq), sum(n)
        from observation_daily group by indicator_id, date_trunc('week', day::timestamp)::date, person_id`.execute(
      c,
    );
    console.log(`  observation_weekly from it by one grouped insert: ${fmt((now() - tw) / 1000)} s`);
    await sql`set session_replication_role = origin`.execute(c);
  });
  const tv = now();
  await sql`vacuum analyze observation`.execute(db);
  await sql`vacuum analyze observation_daily`.execute(db);
  await sql`vacuum analyze observation_weekly`.execute(db);
  console.log(`  vacuum analyze: ${fmt((now() - tv) / 1000)} s; load total ${fmt((now() - t) / 1000)} s`);
  const check = (
    await sql<{
      obs: number;
      num: number;
      daily: number;
      n: number;
      dnum: number;
      wn: number;
      wnum: number;
      osize: string;
      dsize: string;
    }>`
      select (select count(*) from observation)::float8 as obs, (select sum(numerator) from observation) as num,
             (select count(*) from observation_daily)::float8 as daily, (select sum(n) from observation_daily)::float8 as n,
             (select sum(num) from observation_daily) as dnum,
             (select sum(n) from observation_weekly)::float8 as wn, (select sum(num) from observation_weekly) as wnum,
             pg_size_pretty(pg_total_relation_size('observation')) as osize,
             pg_size_pretty(pg_total_relation_size('observation_daily')) as dsize`.execute(db)
  ).rows[0]!;
  console.log(
    `  observation ${check.obs.toLocaleString('en-GB')} rows (${check.osize}); observation_daily ${check.daily.toLocaleString('en-GB')} rows (${check.dsize}); ` +
      `Σn ${check.n === check.obs ? '=' : '≠'} rows, Σnum ${Math.abs(check.dnum - check.num) < 1e-6 * check.num ? '=' : '≠'} Σnumerator; ` +
      `observation_weekly Σn ${check.wn === check.obs ? '=' : '≠'} rows, Σnum ${Math.abs(check.wnum - check.num) < 1e-6 * check.num ? '=' : '≠'} Σnumerator`,
  );

  // ------------------------------------------------------------------ timings
  const monthFrom = '2026-10-01';
  const monthTo = '2026-10-31';
  const quarterFrom = '2026-07-01';
  const quarterTo = '2026-09-30';
  const team = org.teamIds[0]!;
  const teamPeople = org.people.filter((p) => p.teamId === team);
  const repo = monitoringRepository(database.db);
  const childOf = new Map(
    org.people.map((p) => [p.id, org.siteIds[org.teamIds.indexOf(p.teamId) % org.siteIds.length]!]),
  );
  // bench/lib/org.ts puts team t under site floor(t / 10); recompute from the units to be safe.
  const units = await repo.units();
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  for (const p of org.people) childOf.set(p.id, parent.get(p.teamId)!);

  interface Case {
    name: string;
    run: () => Promise<unknown>;
    split: boolean;
  }
  const cases: Case[] = [];
  for (const [label, from, to] of [
    ['month', monthFrom, monthTo],
    ['quarter', quarterFrom, quarterTo],
  ] as const) {
    cases.push({
      name: `team(${label}, week, ${teamPeople.length} people)`,
      run: () => services.monitoring.team(org.admin, { from, to, grain: 'week', unitId: team }),
      split: true,
    });
    cases.push({
      name: `  repo.sums alone, team ${label}`,
      run: () =>
        repo.sums(
          teamPeople.map((p) => ({ personId: p.id, key: p.id })),
          from,
          to,
          'week',
        ),
      split: false,
    });
    cases.push({
      name: `org(${label}, week, 4 sites, ${org.people.length} people)`,
      run: () => services.monitoring.org(org.admin, { from, to, grain: 'week' }),
      split: true,
    });
    cases.push({
      name: `  repo.sums alone, org ${label}`,
      run: () =>
        repo.sums(
          org.people.map((p) => ({ personId: p.id, key: childOf.get(p.id)! })),
          from,
          to,
          'week',
        ),
      split: false,
    });
  }

  const table: string[] = [];
  const p95Of = new Map<string, number>();
  for (const c of cases) {
    for (let i = 0; i < WARMUP; i++) await c.run();
    const total: number[] = [];
    const sums: number[] = [];
    const other: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      timer.reset();
      const t0 = now();
      await c.run();
      total.push(now() - t0);
      const st = timer.top(100);
      const s = st.filter((x) => x.label.startsWith('with m(person_id, key)')).reduce((a, x) => a + x.ms, 0);
      const wall = timer.wallMs();
      sums.push(s);
      // repo.sums runs on its own after the other reads, so the rest of the SQL wall time is theirs.
      other.push(Math.max(0, wall - s));
    }
    const sorted = [...total].sort((a, b) => a - b);
    const med = (xs: number[]) =>
      pct(
        [...xs].sort((a, b) => a - b),
        50,
      );
    const js = total.map((x, i) => Math.max(0, x - sums[i]! - other[i]!)); // not inside any statement
    const row =
      `| ${c.name.trim()} | ${fmt(pct(sorted, 50))} | ${fmt(pct(sorted, 95))} | ${fmt(sorted[sorted.length - 1]!)} | ` +
      (c.split ? `${fmt(med(sums))} | ${fmt(med(other))} | ${fmt(med(js))} |` : '– | – | – |');
    table.push(row);
    console.log(row);
    p95Of.set(c.name, pct(sorted, 95));
  }
  for (const label of ['month', 'quarter']) {
    const org = [...p95Of].find(([n]) => n.startsWith(`org(${label}`));
    const team = [...p95Of].find(([n]) => n.startsWith(`team(${label}`));
    if (!org || !team) continue;
    emit({
      bench: 'dashboards',
      figure: `organisation dashboard p95, ${label}, ${OBS.toLocaleString('en-GB')} observations, PostgreSQL`,
      value: org[1],
      unit: 'ms',
      reference: 'team dashboard p95, same run',
      referenceValue: team[1],
      goal: label === 'quarter' ? '≤ 100 ms at 10M observations' : '',
    });
  }
  console.log(
    `\n${OBS.toLocaleString('en-GB')} observations, ${RUNS} runs after ${WARMUP} warm-up, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| call | p50 ms | p95 ms | max ms | median: repo.sums SQL | other SQL (wall) | rest: JS + event loop |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of table) console.log(r);

  // ------------------------------------------------------------------ EXPLAIN of the org quarter sums
  // Record the statement repo.sums sends (compiled by the same executor), then EXPLAIN it.
  let compiled: CompiledQuery | null = null;
  const spy = database.db.withPlugin({
    transformQuery(args) {
      compiled = database.db.getExecutor().compileQuery(args.node, args.queryId);
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  });
  await monitoringRepository(spy).sums(
    org.people.map((p) => ({ personId: p.id, key: childOf.get(p.id)! })),
    quarterFrom,
    quarterTo,
    'week',
  );
  if (compiled) {
    const q = compiled as CompiledQuery;
    // With the settings repo.sums sets for its own transaction.
    const plan = await database.db.transaction().execute(async (trx) => {
      await sql`set local work_mem = '64MB'`.execute(trx);
      return trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
      );
    });
    console.log('\nEXPLAIN (ANALYZE, BUFFERS) of repo.sums for the organisation, quarter, grain week:');
    for (const r of plan.rows) console.log(`  ${Object.values(r)[0]}`);
  }
} finally {
  await database.close();
  if (process.env.BENCH_KEEP) console.log(`kept database ${scratch.url}`);
  else await scratch.drop();
}

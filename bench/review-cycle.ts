// Review cycles for 5,000 people (issue #13): launching a cycle and HR's progress view, on PGlite and,
// with DATABASE_URL, on PostgreSQL (a scratch database on that server). The bench organisation (500
// people in 40 teams) grown to BENCH_PEOPLE (default 5,000) with plain inserts: every person in a
// team reports to its first member, and every person has a login (so the launch notifies everyone).
// Then BENCH_CYCLES (default 5) cycles over everyone are created and launched, one after another,
// through services.reviews.launch (5,000 reviews and about 5,040 notifications each, in one
// transaction). Reference in the same run: one `insert … select` of the same 5,000 review rows into a
// copy of the review table (no checks, no notifications, no audit). HR's progress view
// (services.reviews.progress, per stage per unit) is timed BENCH_RUNS (default 30) times after 3
// warm-up runs, against one `count(*)` of the cycle's reviews. p50/p95/max in ms (nearest rank).
// Prints figures; asserts nothing.
//   node --import tsx bench/review-cycle.ts                       (PGlite only)
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx bench/review-cycle.ts
import os from 'node:os';
import { sql } from 'kysely';
import { DEMO_REVIEW_TEMPLATE } from '../server/src/features/reviews/reviews.demo.js';
import { employeeNumber, fmt, pct, seedOrg, withBenchDatabase } from './lib/org.js';
import { emit } from './lib/result.mjs';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 5_000);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const ADMIN_URL = process.env.DATABASE_URL ?? null;
const now = () => performance.now();

async function run(kind: 'pglite' | 'postgres') {
  await withBenchDatabase(kind, 'reviews', ADMIN_URL, async ({ services, db }) => {
    const t = now();
    const org = await seedOrg(services);
    // Grow the organisation to PEOPLE: plain inserts, each team led by its first member.
    const leadOf = new Map<string, string>();
    for (const p of org.people) if (!leadOf.has(p.teamId)) leadOf.set(p.teamId, p.id);
    for (let start = org.people.length; start < PEOPLE; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(PEOPLE, start + 1000); i++) {
        const teamId = org.teamIds[i % org.teamIds.length]!;
        rows.push({
          employeeNumber: employeeNumber(i),
          givenNameEn: `Given${i}`,
          familyNameEn: `Family${i}`,
          nameZh: `陳${i}`,
          email: `staff${i}@bench.example`,
          orgUnitId: teamId,
          managerId: leadOf.get(teamId)!,
          jobRoleId: null,
          hireDate: '2024-01-01',
        });
      }
      await db.insertInto('person').values(rows).execute();
    }
    for (const [teamId, lead] of leadOf) {
      await db
        .updateTable('person')
        .set({ managerId: lead })
        .where('orgUnitId', '=', teamId)
        .where('id', '<>', lead)
        .where('managerId', 'is', null)
        .execute();
    }
    await sql`insert into app_user (email, display_name, password_hash, person_id, roles)
              select p.email, p.given_name_en, 'bench-no-login', p.id, array['staff']
              from person p where not exists (select 1 from app_user u where u.person_id = p.id)`.execute(db);
    await sql`analyze`.execute(db);
    const people = Number(
      (
        await db
          .selectFrom('person')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(
      `\n${kind}: ${people.toLocaleString('en-GB')} people with logins in ${fmt((now() - t) / 1000)} s`,
    );

    const template = await services.reviews.createTemplate(org.admin, DEMO_REVIEW_TEMPLATE);
    const cycleBody = (i: number) => ({
      nameEn: `Bench cycle ${i + 1}`,
      nameZh: `基準週期 ${i + 1}`,
      periodFrom: '2026-07-01',
      periodTo: '2026-12-31',
      templateId: template.id,
      population: { orgUnitIds: [], jobRoleIds: [], hiredOnOrBefore: null },
      selfDue: '2027-01-10',
      managerDue: '2027-01-20',
      calibrationDue: '2027-01-25',
      signOffDue: '2027-01-31',
    });
    await sql`create table bench_review_copy (like review including defaults)`.execute(db);
    const launches: number[] = [];
    const copies: number[] = [];
    let lastCycle = '';
    for (let i = 0; i < CYCLES; i++) {
      const cycle = await services.reviews.createCycle(org.admin, cycleBody(i));
      let s = now();
      const launched = await services.reviews.launch(org.admin, cycle.id);
      launches.push(now() - s);
      lastCycle = cycle.id;
      s = now();
      await sql`insert into bench_review_copy (cycle_id, person_id, reviewer_person_id)
                select ${cycle.id}, id, manager_id from person where status = 'active'`.execute(db);
      copies.push(now() - s);
      if (i === 0) console.log(`${kind}: a launch makes ${launched.reviews.toLocaleString('en-GB')} reviews`);
    }
    launches.sort((a, b) => a - b);
    copies.sort((a, b) => a - b);

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
    const check = await services.reviews.progress(org.admin, lastCycle);
    console.log(`${kind}: progress view of ${check.totals.total} reviews in ${check.rows.length} units`);
    const progress = await timed(() => services.reviews.progress(org.admin, lastCycle));
    const count = await timed(() =>
      sql`select count(*) from review where cycle_id = ${lastCycle}`.execute(db),
    );
    const line = (label: string, ms: number[], runs: number) =>
      console.log(
        `${kind} ${label}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms (${runs} runs)`,
      );
    line('launch a cycle for everyone            ', launches, CYCLES);
    line('reference: insert … select of the rows', copies, CYCLES);
    line("HR's progress view                    ", progress, RUNS);
    line('reference: count(*) of the reviews     ', count, RUNS);
    const engine = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
    emit({
      bench: 'review-cycle',
      figure: `${engine}, p50, launching a cycle for ${people.toLocaleString('en-GB')} people`,
      value: pct(launches, 50),
      unit: 'ms',
      reference: 'insert … select of the same review rows, same run',
      referenceValue: pct(copies, 50),
    });
    emit({
      bench: 'review-cycle',
      figure: `${engine}, p95, HR's progress view (per stage per unit)`,
      value: pct(progress, 95),
      unit: 'ms',
      reference: "count(*) of the cycle's reviews, p95, same run",
      referenceValue: pct(count, 95),
    });
  });
}

console.log(
  `Review cycle bench: ${PEOPLE.toLocaleString('en-GB')} people, ${CYCLES} launches, Node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await run('pglite');
if (ADMIN_URL) await run('postgres');
else console.log('\nDATABASE_URL not set: PostgreSQL skipped.');

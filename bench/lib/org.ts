// Shared by the import and dashboard benches: a realistic organisation built through the services
// (1 company, 4 sites, 40 teams, 500 people with employee numbers, an admin user and a supervisor
// user over team 1), plus the preset indicators.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../../server/src/access/actor.js';
import { systemActor } from '../../server/src/access/actor.js';
import { createServices, type Services } from '../../server/src/app.js';
import { testConfig } from '../../server/src/config.js';
import { openDatabase, type Database } from '../../server/src/db/database.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import { hashPassword } from '../../server/src/features/auth/password.js';

export const SITES = 4;
export const TEAMS_PER_SITE = 10;
export const PEOPLE = 500;

export interface BenchOrg {
  companyId: string;
  siteIds: string[];
  teamIds: string[];
  /** index i → { id, employeeNumber } */
  people: { id: string; employeeNumber: string; teamId: string }[];
  admin: Actor;
  supervisor: Actor;
  indicators: Map<string, string>; // code → id
}

export const employeeNumber = (i: number) => `E${String(i + 1).padStart(6, '0')}`;

export function actorOf(userId: string, personId: string | null, roles: Role[]): Actor {
  return {
    kind: 'user',
    userId,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

export async function seedOrg(services: Services): Promise<BenchOrg> {
  const sys = systemActor('bench');
  await services.indicators.installPresets(sys);
  const company = await services.org.createUnit(sys, {
    parentId: null,
    kind: 'company',
    code: 'BENCHCO',
    nameEn: 'Bench Company',
    nameZh: '基準公司',
    timezone: 'Asia/Hong_Kong',
  });
  const siteIds: string[] = [];
  const teamIds: string[] = [];
  for (let s = 0; s < SITES; s++) {
    const site = await services.org.createUnit(sys, {
      parentId: company.id,
      kind: 'store',
      code: `SITE${s + 1}`,
      nameEn: `Site ${s + 1}`,
    });
    siteIds.push(site.id);
    for (let t = 0; t < TEAMS_PER_SITE; t++) {
      const team = await services.org.createUnit(sys, {
        parentId: site.id,
        kind: 'team',
        code: `S${s + 1}T${String(t + 1).padStart(2, '0')}`,
        nameEn: `Site ${s + 1} team ${t + 1}`,
      });
      teamIds.push(team.id);
    }
  }
  const people: BenchOrg['people'] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const teamId = teamIds[i % teamIds.length]!;
    const p = await services.people.create(sys, {
      employeeNumber: employeeNumber(i),
      givenNameEn: `Given${i}`,
      familyNameEn: `Family${i}`,
      nameZh: `陳${i}`,
      email: `staff${i}@bench.example`,
      orgUnitId: teamId,
      // Team 1 reports to its first member (the supervisor user below).
      managerId: i > 0 && teamId === teamIds[0] ? people[0]!.id : null,
      jobRoleId: null,
    });
    people.push({ id: p.id, employeeNumber: employeeNumber(i), teamId });
  }
  const passwordHash = await hashPassword('correct-horse-battery-bench');
  const adminUser = await services.users.create(
    sys,
    { email: 'admin@bench.example', displayName: 'Bench admin', password: 'x', roles: ['admin'] },
    { passwordHash },
  );
  // The first person of team 1 supervises the rest of team 1.
  const team1 = people.filter((p) => p.teamId === teamIds[0]);
  const supPerson = team1[0]!;
  const supUser = await services.users.create(
    sys,
    {
      email: 'staff0@bench.example',
      displayName: 'Bench supervisor',
      password: 'x',
      personId: supPerson.id,
      roles: ['staff', 'supervisor'],
    },
    { passwordHash },
  );
  const indicators = new Map(
    (await services.db.selectFrom('indicator').select(['id', 'code']).execute()).map((r) => [r.code, r.id]),
  );
  return {
    companyId: company.id,
    siteIds,
    teamIds,
    people,
    admin: actorOf(adminUser.id, null, ['admin']),
    supervisor: actorOf(supUser.id, supPerson.id, ['staff', 'supervisor']),
    indicators,
  };
}

/** Creates an empty database on the PostgreSQL server of adminUrl; returns its URL and a dropper. */
export async function scratchDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  // BENCH_AUTO_EXPLAIN=<ms>: the server logs the plan (with actual times, nested statements such as
  // trigger bodies included) of every statement slower than that, in its own log file.
  const explainMs = process.env.BENCH_AUTO_EXPLAIN;
  if (explainMs) {
    await admin.query(`alter database ${name} set session_preload_libraries = 'auto_explain'`);
    await admin.query(`alter database ${name} set auto_explain.log_min_duration = ${Number(explainMs)}`);
    await admin.query(`alter database ${name} set auto_explain.log_analyze = on`);
    await admin.query(`alter database ${name} set auto_explain.log_nested_statements = on`);
  }
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Nearest-rank percentile of an ascending array (the same as bench/people-api.mjs). */
export const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

export const fmt = (n: number, d = 1) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

/**
 * Runs `body` on a fresh, migrated database of the kind asked for, with the app's services on it:
 * PGlite in a temporary folder, or a scratch database on the PostgreSQL server at `adminUrl`. Closes
 * and removes everything afterwards, whatever happens.
 */
export async function withBenchDatabase<T>(
  kind: 'pglite' | 'postgres',
  name: string,
  adminUrl: string | null,
  body: (ctx: { database: Database; services: Services; db: Database['db'] }) => Promise<T>,
): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `frontline-bench-${name}-`));
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  if (kind === 'pglite') {
    database = await openDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'pglite') });
  } else {
    if (!adminUrl) throw new Error('PostgreSQL needs DATABASE_URL');
    const scratch = await scratchDatabase(adminUrl, `frontline_bench_${name}_${process.pid}`);
    drop = scratch.drop;
    database = await openDatabase({ kind: 'postgres', url: scratch.url });
  }
  try {
    await migrateToLatest(database.db);
    const services = createServices(testConfig({ uploadDir: path.join(tmp, 'uploads') }), { database });
    return await body({ database, services, db: database.db });
  } finally {
    await database.close();
    if (drop) await drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/db.js';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest, MigrationError } from './migrate.js';
import { migrations } from './migrations/index.js';

const BROKEN = '299901010000_broken';
const broken: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up: async (db: Kysely<any>) => {
    await sql`create table should_not_exist (x int)`.execute(db);
    await sql`select * from no_such_table`.execute(db);
  },
};
const BOOKKEEPING = ['kysely_migration', 'kysely_migration_lock'];

async function tables(database: Database): Promise<string[]> {
  const r = await sql<{ t: string }>`
    select table_name as t from information_schema.tables where table_schema = 'public'
  `.execute(database.db);
  return r.rows.map((x) => x.t).sort();
}
async function applied(database: Database): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
  return r.rows.map((x) => x.name);
}

/** A database with nothing in it, not even the migration bookkeeping. */
async function emptyDatabase(): Promise<Database> {
  const target = inject('testDb');
  if (target.kind === 'pglite') return openDatabase({ kind: 'pglite-memory' });
  const name = `frontline_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0`);
  await admin.end();
  const url = new URL(target.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: target.adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

describe('migrations on a migrated database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('are named YYYYMMDDHHmm_name and listed in order', () => {
    const names = Object.keys(migrations);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n).toMatch(/^\d{12}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
  });

  it('applies nothing the second time, and records each migration once', async () => {
    const before = await tables(database);
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await tables(database)).toEqual(before);
    expect(await applied(database)).toEqual(Object.keys(migrations));
  });

  it('rolls a failed migration back completely and records nothing of it', async () => {
    const before = await tables(database);
    expect(before).toContain('person');
    const err = await migrateToLatest(database.db, { ...migrations, [BROKEN]: broken }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as MigrationError).failed).toBe(BROKEN);
    expect((err as MigrationError).message).toMatch(/no_such_table/);
    expect(await tables(database)).toEqual(before);
    expect(before).not.toContain('should_not_exist');
    expect(await applied(database)).toEqual(Object.keys(migrations));
    // and the database still works: the same migrations apply nothing
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});

describe('migrations on a brand-new database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await emptyDatabase();
  });
  afterAll(() => database.close());

  it('leave no table behind when a migration in the same batch as the foundation fails', async () => {
    expect(await tables(database)).toEqual([]);
    await expect(migrateToLatest(database.db, { ...migrations, [BROKEN]: broken })).rejects.toBeInstanceOf(
      MigrationError,
    );
    // Only Kysely's own (empty) bookkeeping, which it creates before the batch, may remain.
    const left = await tables(database);
    expect(left.filter((t) => !BOOKKEEPING.includes(t))).toEqual([]);
    expect(await applied(database)).toEqual([]);
    const fn = await sql<{ n: number }>`
      select count(*)::int as n from pg_proc where proname = 'audit_event_is_append_only'
    `.execute(database.db);
    expect(fn.rows[0]?.n).toBe(0);
  });

  it('then migrate step by step, applying only what is pending', async () => {
    const [first, ...rest] = Object.keys(migrations);
    const firstOnly = { [first!]: migrations[first!]! };
    expect(await migrateToLatest(database.db, firstOnly)).toEqual([first]);
    expect(await tables(database)).toContain('audit_event');
    expect(await tables(database)).not.toContain('goal');
    expect(await migrateToLatest(database.db)).toEqual(rest);
    expect(await tables(database)).toContain('goal');
    expect(await applied(database)).toEqual(Object.keys(migrations));
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.js';
import type { Database } from './database.js';
import { migrateToLatest, MigrationError } from './migrate.js';
import { migrations } from './migrations/index.js';

const broken = {
  up: async (db: Parameters<typeof migrateToLatest>[0]) => {
    await sql`create table should_not_exist (x int)`.execute(db);
    await sql`select * from no_such_table`.execute(db);
  },
};

async function tables(database: Database): Promise<string[]> {
  const r = await sql<{
    t: string;
  }>`select table_name as t from information_schema.tables where table_schema = 'public'`.execute(
    database.db,
  );
  return r.rows.map((x) => x.t).sort();
}

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('applies nothing the second time', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('rolls a failed migration back completely and records nothing of it', async () => {
    const before = await tables(database);
    await expect(
      migrateToLatest(database.db, { ...migrations, '299901010000_broken': broken }),
    ).rejects.toBeInstanceOf(MigrationError);
    expect(await tables(database)).toEqual(before);
    expect(before).not.toContain('should_not_exist');
    const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    expect(recorded.rows.map((r) => r.name)).not.toContain('299901010000_broken');
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    await database.db
      .insertInto('auditEvent')
      .values({
        occurredAt: new Date(),
        actorUserId: null,
        action: 'test.event',
        entityType: 'test',
        entityId: null,
        subjectPersonId: null,
        before: null,
        after: null,
        requestId: null,
        ip: null,
      })
      .execute();
    await expect(sql`update audit_event set action = 'tampered'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    const rows = await database.db.selectFrom('auditEvent').select('action').execute();
    expect(rows.map((r) => r.action)).toEqual(['test.event']);
  });
});

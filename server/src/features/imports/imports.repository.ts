import { sql, type Kysely } from 'kysely';
import type { ImportCounts } from '@frontline/contract';
import type { DB } from '../../db/schema.js';

export interface StageRow {
  line: number;
  staffKey: string;
  indicatorId: string;
  occurredAt: string | null;
  occurredOn: string | null;
  numerator: number;
  denominator: number;
  externalKey: string;
}

/** Data access for import batches. No access decisions here; the service makes them. */
export function importsRepository(db: Kysely<DB>) {
  return {
    findById: (id: string) =>
      db.selectFrom('importBatch').selectAll().where('id', '=', id).executeTakeFirst(),

    /**
     * Stages clean rows: one statement per chunk, arrays unnested on the server (one round
     * trip per few thousand rows on both engines).
     */
    async stage(batchId: string, rows: readonly StageRow[]): Promise<void> {
      if (rows.length === 0) return;
      await sql`
        insert into import_stage
          (batch_id, line, staff_key, indicator_id, occurred_at, occurred_on, numerator, denominator, external_key)
        select ${batchId}::uuid, * from unnest(
          ${rows.map((r) => r.line)}::int[],
          ${rows.map((r) => r.staffKey)}::text[],
          ${rows.map((r) => r.indicatorId)}::uuid[],
          ${rows.map((r) => r.occurredAt)}::timestamptz[],
          ${rows.map((r) => r.occurredOn)}::date[],
          ${rows.map((r) => r.numerator)}::float8[],
          ${rows.map((r) => r.denominator)}::float8[],
          ${rows.map((r) => r.externalKey)}::text[]
        )`.execute(db);
    },

    async clearStage(batchId: string): Promise<void> {
      await db.deleteFrom('importStage').where('batchId', '=', batchId).execute();
      await db.deleteFrom('importStaff').where('batchId', '=', batchId).execute();
    },

    async stagedCount(batchId: string): Promise<number> {
      const r = await db
        .selectFrom('importStage')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('batchId', '=', batchId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /** Staff of a batch matched by a remembered match, with its target and its maker. */
    rememberedStaff(batchId: string, limit = 200) {
      return db
        .selectFrom('importStaff as s')
        .innerJoin('person as p', 'p.id', 's.personId')
        .innerJoin('appUser as u', 'u.id', 's.aliasBy')
        .leftJoin('person as mp', 'mp.id', 'u.personId')
        .select([
          's.staffKey',
          's.name',
          's.email',
          's.employeeNumber',
          's.rows',
          's.personId',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
          sql<string | null>`mp.given_name_en || ' ' || mp.family_name_en`.as('makerName'),
          'u.displayName as makerDisplayName',
          's.aliasAt',
        ])
        .where('s.batchId', '=', batchId)
        .where('s.aliasAt', 'is not', null)
        .orderBy('s.rows', 'desc')
        .limit(limit)
        .$narrowType<{ personId: string; aliasAt: Date }>()
        .execute();
    },

    /**
     * Moves a batch's staged rows into observation, in the caller's transaction: rows of matched
     * staff only; the day is the person's own org-unit day for timestamped rows; the last line
     * wins for a repeated key; a key seen before is updated only when its values changed, and the
     * old values are kept in import_revision so undo can restore them.
     */
    async merge(
      batchId: string,
      source: string,
    ): Promise<Pick<ImportCounts, 'inserted' | 'updated' | 'unchanged'>> {
      await sql`drop table if exists _import_rows`.execute(db);
      await sql`
        create temp table _import_rows on commit drop as
        select distinct on (s.indicator_id, s.external_key)
               m.person_id, s.indicator_id,
               coalesce(s.occurred_on, (s.occurred_at at time zone ou.timezone)::date) as occurred_on,
               s.numerator, s.denominator, s.external_key
          from import_stage s
          join import_staff m on m.batch_id = s.batch_id and m.staff_key = s.staff_key
          join person p on p.id = m.person_id
          join org_unit ou on ou.id = p.org_unit_id
         where s.batch_id = ${batchId} and m.person_id is not null
         order by s.indicator_id, s.external_key, s.line desc`.execute(db);
      // Fresh temp tables have no statistics: without them the joins below nest-loop.
      await sql`analyze _import_rows`.execute(db);
      const total = await sql<{ n: number }>`select count(*)::int as n from _import_rows`.execute(db);
      const revised = await sql<{ n: number }>`
        with ins as (
        insert into import_revision (batch_id, observation_id, old_batch_id, old_source, old_person_id,
                                     old_occurred_on, old_numerator, old_denominator)
        select ${batchId}, o.id, o.batch_id, o.source, o.person_id, o.occurred_on, o.numerator, o.denominator
          from observation o
          join _import_rows i on o.indicator_id = i.indicator_id and o.external_key = i.external_key
         where (o.person_id, o.occurred_on, o.numerator, o.denominator)
               is distinct from (i.person_id, i.occurred_on, i.numerator, i.denominator)
        returning 1) select count(*)::int as n from ins`.execute(db);
      await sql`
        update observation o
           set person_id = i.person_id, occurred_on = i.occurred_on, numerator = i.numerator,
               denominator = i.denominator, batch_id = ${batchId}, source = ${source}
          from _import_rows i, import_revision r
         where r.batch_id = ${batchId} and r.observation_id = o.id
           and o.indicator_id = i.indicator_id and o.external_key = i.external_key`.execute(db);
      const inserted = await sql<{ n: number }>`
        with ins as (
        insert into observation (person_id, indicator_id, occurred_on, numerator, denominator, source,
                                 batch_id, external_key)
        select i.person_id, i.indicator_id, i.occurred_on, i.numerator, i.denominator, ${source}, ${batchId},
               i.external_key
          from _import_rows i
         where not exists (select 1 from observation o
                            where o.indicator_id = i.indicator_id and o.external_key = i.external_key)
        returning 1) select count(*)::int as n from ins`.execute(db);
      const ins = inserted.rows[0]?.n ?? 0;
      const upd = revised.rows[0]?.n ?? 0;
      return { inserted: ins, updated: upd, unchanged: (total.rows[0]?.n ?? 0) - ins - upd };
    },

    /** True when a later committed batch changed rows of this one (undo that first). */
    async revisedByLater(batchId: string): Promise<boolean> {
      const row = await sql<{ n: number }>`
        select count(*)::int as n from import_revision r join import_batch b on b.id = r.batch_id
         where r.old_batch_id = ${batchId} and b.status = 'committed'`.execute(db);
      return (row.rows[0]?.n ?? 0) > 0;
    },

    /** Puts back what the batch changed and removes what it added (caller's transaction). */
    async undo(batchId: string): Promise<{ restored: number; removed: number }> {
      const restored = await sql<{ n: number }>`
        with upd as (
        update observation o
           set person_id = r.old_person_id, occurred_on = r.old_occurred_on, numerator = r.old_numerator,
               denominator = r.old_denominator, batch_id = r.old_batch_id, source = r.old_source
          from import_revision r
         where r.batch_id = ${batchId} and r.observation_id = o.id
        returning 1) select count(*)::int as n from upd`.execute(db);
      const removed = await db.deleteFrom('observation').where('batchId', '=', batchId).executeTakeFirst();
      return { restored: restored.rows[0]?.n ?? 0, removed: Number(removed.numDeletedRows) };
    },

    async preview(batchId: string, limit = 20) {
      // The first lines alone, then their names (joining the whole stage first is slow at 1M rows).
      const first = db
        .selectFrom('importStage')
        .selectAll()
        .where('batchId', '=', batchId)
        .orderBy('line')
        .limit(limit)
        .as('s');
      return db
        .selectFrom(first)
        .innerJoin('indicator as i', 'i.id', 's.indicatorId')
        .leftJoin('importStaff as m', (j) =>
          j.onRef('m.batchId', '=', 's.batchId').onRef('m.staffKey', '=', 's.staffKey'),
        )
        .leftJoin('person as p', 'p.id', 'm.personId')
        .select([
          's.line',
          's.staffKey',
          'm.personId',
          sql<string | null>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
          'i.code as indicatorCode',
          's.occurredAt',
          's.occurredOn',
          's.numerator',
          's.denominator',
        ])
        .orderBy('s.line')
        .execute();
    },

    async staffCounts(batchId: string): Promise<{ matched: number; unmatched: number }> {
      const r = await sql<{ matched: number; unmatched: number }>`
        select coalesce(sum(rows) filter (where person_id is not null), 0)::int as matched,
               coalesce(sum(rows) filter (where person_id is null), 0)::int as unmatched
          from import_staff where batch_id = ${batchId}`.execute(db);
      return r.rows[0] ?? { matched: 0, unmatched: 0 };
    },
  };
}

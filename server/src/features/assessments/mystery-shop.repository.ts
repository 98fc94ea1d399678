import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, EvaluationTable, EvaluationVersionTable } from '../../db/schema.js';

/** Data access for imported mystery-shop visits (mystery-shop.ts decides; nothing here does). */
export function mysteryShopRepository(db: Kysely<DB>) {
  return {
    /** Mystery-shop scorecards, active ones first, newest version first. */
    scorecards: () =>
      db
        .selectFrom('scorecard as s')
        .leftJoin('indicator as i', 'i.id', 's.indicatorId')
        .select([
          's.id',
          's.code',
          's.version',
          's.active',
          's.sections',
          's.indicatorId',
          'i.code as indicatorCode',
          'i.aggregation',
        ])
        .where('s.kind', '=', 'mystery_shop')
        .orderBy('s.active', 'desc')
        .orderBy('s.code')
        .orderBy('s.version', 'desc')
        .execute(),

    indicatorByCode: (code: string) =>
      db
        .selectFrom('indicator')
        .select(['id', 'code', 'aggregation'])
        .where('code', '=', code)
        .executeTakeFirst(),

    units: () => db.selectFrom('orgUnit').select(['id', 'code', 'nameEn', 'nameZh']).execute(),

    /** The people a batch's staff keys were matched to. */
    async matchedStaff(batchId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('importStaff')
        .select(['staffKey', 'personId'])
        .where('batchId', '=', batchId)
        .where('personId', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.staffKey, r.personId!]));
    },

    /** The person's own day of an instant (their org unit's time zone). */
    async localDay(personId: string, at: string): Promise<string> {
      const r = await sql<{ day: string }>`
        select to_char((${at}::timestamptz at time zone ou.timezone)::date, 'YYYY-MM-DD') as day
          from person p join org_unit ou on ou.id = p.org_unit_id where p.id = ${personId}`.execute(db);
      return r.rows[0]!.day;
    },

    /** The observation of a visit (the import's merge wrote it), if any. */
    observationId: async (indicatorId: string, key: string) =>
      (
        await db
          .selectFrom('observation')
          .select('id')
          .where('indicatorId', '=', indicatorId)
          .where('externalKey', '=', key)
          .executeTakeFirst()
      )?.id ?? null,

    /** The evaluation of a visit now, if any. */
    visit: (key: string) =>
      db
        .selectFrom('evaluation')
        .select(['id', 'scorecardId', 'personId', 'occurredOn', 'answers', 'evidenceText', 'observationId'])
        .where('visitKey', '=', key)
        .executeTakeFirst(),

    /** Keeps a visit's evaluation whole (row, versions, disputes) for the batch that replaces it. */
    async keep(batchId: string, evaluationId: string, key: string): Promise<void> {
      await sql`
        insert into mystery_visit_revision (batch_id, visit_key, evaluation, versions, disputes)
        select ${batchId}::uuid, ${key}, to_jsonb(e),
               coalesce((select jsonb_agg(to_jsonb(v)) from evaluation_version v where v.evaluation_id = e.id), '[]'),
               coalesce((select jsonb_agg(to_jsonb(d)) from evaluation_dispute d where d.evaluation_id = e.id), '[]')
          from evaluation e where e.id = ${evaluationId}`.execute(db);
    },

    /** Removes evaluations with their versions and disputes. */
    async remove(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      // An assessor's certification mark of the visit, if one was recorded (#12 item 6), goes with it.
      await sql`delete from evaluation_certification where evaluation_id = any(${[...ids]}::uuid[])`.execute(
        db,
      );
      await db
        .deleteFrom('evaluationDispute')
        .where('evaluationId', 'in', [...ids])
        .execute();
      await db
        .deleteFrom('evaluationVersion')
        .where('evaluationId', 'in', [...ids])
        .execute();
      await db
        .deleteFrom('evaluation')
        .where('id', 'in', [...ids])
        .execute();
    },

    insertEvaluation: (row: Insertable<EvaluationTable>) =>
      db.insertInto('evaluation').values(row).returning('id').executeTakeFirstOrThrow(),
    insertVersion: (row: Insertable<EvaluationVersionTable>) =>
      db.insertInto('evaluationVersion').values(row).execute(),

    /** Whether a later committed batch replaced a visit evaluation of this batch (undo that first). */
    async replacedByLater(batchId: string): Promise<boolean> {
      const r = await sql<{ n: number }>`
        select count(*)::int as n from mystery_visit_revision k join import_batch b on b.id = k.batch_id
         where b.status = 'committed' and k.evaluation->>'import_batch_id' = ${batchId}`.execute(db);
      return (r.rows[0]?.n ?? 0) > 0;
    },

    /** The evaluations a batch made. */
    async ofBatch(batchId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('evaluation')
        .select('id')
        .where('importBatchId', '=', batchId)
        .execute();
      return rows.map((r) => r.id);
    },

    /**
     * Puts back the evaluations the batch replaced (same ids, versions and disputes), each linked again
     * to its visit's observation as the pipeline's undo restored it. Returns how many.
     */
    async restore(batchId: string): Promise<number> {
      const r = await sql<{ n: number }>`
        with back as (
          insert into evaluation
          select (jsonb_populate_record(null::evaluation, k.evaluation)).*
            from mystery_visit_revision k where k.batch_id = ${batchId}
          returning id, scorecard_id, visit_key)
        select count(*)::int as n from back`.execute(db);
      await sql`
        insert into evaluation_version
        select (jsonb_populate_recordset(null::evaluation_version, k.versions)).*
          from mystery_visit_revision k where k.batch_id = ${batchId}`.execute(db);
      await sql`
        insert into evaluation_dispute
        select (jsonb_populate_recordset(null::evaluation_dispute, k.disputes)).*
          from mystery_visit_revision k where k.batch_id = ${batchId}`.execute(db);
      await sql`
        update evaluation e
           set observation_id = (select o.id from observation o
                                  where o.external_key = e.visit_key order by o.id limit 1)
          from mystery_visit_revision k
         where k.batch_id = ${batchId} and e.visit_key = k.visit_key`.execute(db);
      await db.deleteFrom('mysteryVisitRevision').where('batchId', '=', batchId).execute();
      return r.rows[0]?.n ?? 0;
    },
  };
}

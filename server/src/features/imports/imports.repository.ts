import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { ImportCounts, ImportIssue, ImportSettings } from '@frontline/contract';
import type { DB, ImportBatchTable } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';
import { storable } from './sources/readers.js';
import { IMPORT_STEPS, type ImportStep } from './imports.states.js';
import { json } from '../../db/json.js';

export type BatchRow = Selectable<ImportBatchTable>;

/**
 * jsonb values go to the driver as JSON text (pg would send arrays as PostgreSQL arrays). Text
 * from a file may hold what jsonb cannot (NUL, a lone surrogate): it is replaced, never a 500.
 */
/** How many of a batch's first staged rows the review previews. */
export const PREVIEW_ROWS = 20;

const j = <T>(v: T) => json(v, (_k, x: unknown) => (typeof x === 'string' ? storable(x) : x));

/** What a step may change besides the status (JSON columns as values; encoded here). */
export interface BatchPatch extends Omit<
  Updateable<ImportBatchTable>,
  'status' | 'counts' | 'issues' | 'settings' | 'columns' | 'sample'
> {
  counts?: Partial<ImportCounts>;
  issues?: ImportIssue[];
  settings?: ImportSettings;
}

function encode(patch: BatchPatch): Updateable<ImportBatchTable> {
  const { counts, issues, settings, ...rest } = patch;
  return {
    ...rest,
    ...(counts !== undefined ? { counts: j(counts) } : {}),
    ...(issues !== undefined ? { issues: j(issues) } : {}),
    ...(settings !== undefined ? { settings: j(settings) } : {}),
  };
}

export interface StaffRow {
  batchId: string;
  staffKey: string;
  name: string | null;
  email: string | null;
  employeeNumber: string | null;
  rows: number;
  personId: string | null;
  aliasBy?: string | null;
  aliasAt?: Date | null;
  suggestions?: string[];
}

export interface RecordRow {
  externalKey: string;
  staffKey: string;
}

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
  /**
   * Part of merge: observations of the batch's whole records (of matched staff) that the batch
   * does not yield are deleted, each kept whole in import_revision. The lookup goes through
   * observation's (indicator_id, external_key) index, one probe per indicator and record.
   */
  async function retract(batchId: string): Promise<number> {
    await sql`drop table if exists _import_records`.execute(db);
    await sql`
      create temp table _import_records on commit drop as
      select distinct r.external_key
        from import_stage_record r
        join import_staff m on m.batch_id = r.batch_id and m.staff_key = r.staff_key
       where r.batch_id = ${batchId} and m.person_id is not null`.execute(db);
    await sql`analyze _import_records`.execute(db);
    const gone = await sql<{ n: number }>`
      with gone as (
        delete from observation o
         using _import_records k, indicator ind
         where o.indicator_id = ind.id and o.external_key = k.external_key
           and not exists (select 1 from _import_rows i
                            where i.indicator_id = o.indicator_id and i.external_key = o.external_key)
        returning o.*),
      kept as (
        insert into import_revision (batch_id, observation_id, kind, old_batch_id, old_source, old_person_id,
                                     old_occurred_on, old_numerator, old_denominator, old_indicator_id,
                                     old_external_key, old_created_at)
        select ${batchId}, g.id, 'retracted', g.batch_id, g.source, g.person_id, g.occurred_on, g.numerator,
               g.denominator, g.indicator_id, g.external_key, g.created_at
          from gone g
        returning 1)
      select count(*)::int as n from kept`.execute(db);
    return gone.rows[0]?.n ?? 0;
  }

  return {
    findById: (id: string) =>
      db.selectFrom('importBatch').selectAll().where('id', '=', id).executeTakeFirst(),

    /**
     * Applies a step of IMPORT_STEPS: only from one of its statuses, in the same UPDATE, so a
     * racing request finds nothing to change. Undefined when the batch was not in such a status.
     */
    transition: (id: string, step: ImportStep, patch: BatchPatch = {}) =>
      db
        .updateTable('importBatch')
        .set({ ...encode(patch), status: IMPORT_STEPS[step].to })
        .where('id', '=', id)
        .where('status', 'in', [...IMPORT_STEPS[step].from])
        .returningAll()
        .executeTakeFirst(),

    /** Progress and counts of a batch, without a change of status. */
    async update(id: string, patch: BatchPatch): Promise<void> {
      await db.updateTable('importBatch').set(encode(patch)).where('id', '=', id).execute();
    },

    /** After a restart: validations that were cut off, failed (their ids); commits back to validated. */
    async recoverInterrupted(): Promise<string[]> {
      const cut = await db
        .updateTable('importBatch')
        .set({ status: IMPORT_STEPS.validationFailed.to, phase: 'interrupted' })
        .where('status', 'in', [...IMPORT_STEPS.validationFailed.from])
        .returning('id')
        .execute();
      await db
        .updateTable('importBatch')
        .set({ status: IMPORT_STEPS.commitFailed.to, phase: 'interrupted' })
        .where('status', 'in', [...IMPORT_STEPS.commitFailed.from])
        .execute();
      return cut.map((b) => b.id);
    },

    insertBatch: (
      values: Omit<Insertable<ImportBatchTable>, 'columns' | 'sample' | 'counts' | 'issues'> & {
        columns?: string[];
        sample?: string[][];
      },
    ) => {
      const { columns, sample, ...rest } = values;
      return db
        .insertInto('importBatch')
        .values({
          ...rest,
          ...(columns ? { columns: j(columns) } : {}),
          ...(sample ? { sample: j(sample) } : {}),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    /** Batches other than discarded ones, newest first; only `createdBy`'s when given. */
    async list(q: { createdBy: string | null; limit: number; offset: number }) {
      let base = db.selectFrom('importBatch as b').where('b.status', '!=', 'discarded');
      if (q.createdBy !== null) base = base.where('b.createdBy', '=', q.createdBy);
      const [rows, total] = await Promise.all([
        base
          .leftJoin('appUser as u', 'u.id', 'b.createdBy')
          .leftJoin('person as p', 'p.id', 'u.personId')
          .leftJoin('apiToken as t', 't.id', 'b.apiTokenId')
          .selectAll('b')
          .select([
            sql<
              string | null
            >`coalesce(p.given_name_en || ' ' || p.family_name_en, u.email, 'API: ' || t.name)`.as(
              'creatorName',
            ),
          ])
          .orderBy('b.createdAt', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** Another committed upload of the same file, if any. */
    sameCommittedFile: (batch: { id: string; sha256: string }) =>
      db
        .selectFrom('importBatch')
        .select('id')
        .where('sha256', '=', batch.sha256)
        .where('status', '=', 'committed')
        .where('id', '!=', batch.id)
        .where('via', '=', 'upload')
        .limit(1)
        .executeTakeFirst(),

    /** The user who made a batch, for its history line. */
    creator: (userId: string) =>
      db
        .selectFrom('appUser')
        .leftJoin('person', 'person.id', 'appUser.personId')
        .select(['appUser.email', 'person.givenNameEn', 'person.familyNameEn'])
        .where('appUser.id', '=', userId)
        .executeTakeFirst(),

    /** A user's roles and person (an import job acts within its maker's scope). */
    user: (userId: string) =>
      db
        .selectFrom('appUser')
        .select(['id', 'personId', 'roles'])
        .where('id', '=', userId)
        .executeTakeFirst(),

    /** Active indicators with what plausibility needs. */
    activeIndicators: () =>
      db
        .selectFrom('indicator')
        .select(['id', 'code', 'preset', 'aggregation', 'unit', 'scale'])
        .where('active', '=', true)
        .execute(),

    /** Remembered matches of a source made by users who are not disabled, with their makers. */
    aliases: (source: string) =>
      db
        .selectFrom('staffAlias as a')
        .innerJoin('appUser as u', 'u.id', 'a.createdBy')
        .select([
          'a.alias',
          'a.personId',
          'a.createdBy',
          'a.createdAt',
          'u.personId as makerPerson',
          'u.roles',
        ])
        .where('a.source', '=', source)
        .where('u.disabled', '=', false)
        .execute(),

    /** Identities of people: everyone (leavers too) when `scope` is null, else current staff in scope. */
    identities(scope: Scope | null) {
      const q = db
        .selectFrom('person')
        .select(['id', 'employeeNumber', 'email', 'givenNameEn', 'familyNameEn', 'nameZh']);
      return scope === null
        ? q.execute()
        : q.where('status', '!=', 'left').where(inScope(scope, 'id')).execute();
    },

    /** Names of people, for the suggestions of the review. */
    peopleNamed: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('person')
            .select(['id', 'employeeNumber', 'givenNameEn', 'familyNameEn', 'nameZh'])
            .where('id', 'in', [...ids])
            .execute(),

    /** Which of these people exist. */
    async existingPeople(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('person')
        .select('id')
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((p) => p.id));
    },

    /** The batch's staff no one is matched to, most rows first (those without rows left out). */
    unmatchedStaff: (batchId: string, limit = 200) =>
      db
        .selectFrom('importStaff')
        .selectAll()
        .where('batchId', '=', batchId)
        .where('personId', 'is', null)
        .where('rows', '>', 0)
        .orderBy('rows', 'desc')
        .limit(limit)
        .execute(),

    async insertStaff(rows: readonly StaffRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('importStaff')
          .values(
            rows.slice(i, i + 1000).map(({ suggestions, ...r }) => ({
              ...r,
              suggestions: json(suggestions ?? []),
            })),
          )
          .execute();
      }
    },

    /** Which of these staff keys the batch holds. */
    async staffKeys(batchId: string, keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .selectFrom('importStaff')
        .select('staffKey')
        .where('batchId', '=', batchId)
        .where('staffKey', 'in', [...keys])
        .execute();
      return new Set(rows.map((k) => k.staffKey));
    },

    /** A match made by hand: the rows of `staffKey` belong to `personId`. */
    async matchStaff(batchId: string, staffKey: string, personId: string): Promise<void> {
      await db
        .updateTable('importStaff')
        .set({ personId, aliasBy: null, aliasAt: null })
        .where('batchId', '=', batchId)
        .where('staffKey', '=', staffKey)
        .execute();
    },

    /** Remembers a match for this source and this user only (replacing their earlier one). */
    async remember(m: {
      source: string;
      alias: string;
      personId: string;
      createdBy: string;
      createdAt: Date;
    }) {
      await db
        .deleteFrom('staffAlias')
        .where('source', '=', m.source)
        .where('alias', '=', m.alias)
        .where('createdBy', '=', m.createdBy)
        .execute();
      await db.insertInto('staffAlias').values(m).execute();
    },

    /** Stages the records a file states in full (see RecordRef in sources/types.ts). */
    async stageRecords(batchId: string, rows: readonly RecordRow[]): Promise<void> {
      if (rows.length === 0) return;
      await sql`
        insert into import_stage_record (batch_id, external_key, staff_key)
        select ${batchId}::uuid, * from unnest(
          ${rows.map((r) => r.externalKey)}::text[],
          ${rows.map((r) => r.staffKey)}::text[]
        )`.execute(db);
    },

    /** Fresh statistics for the preview and the commit's joins (autovacuum may not have run yet). */
    async analyzeStage(): Promise<void> {
      await sql`analyze import_stage`.execute(db);
      await sql`analyze import_stage_record`.execute(db);
    },

    async analyzeStaff(): Promise<void> {
      await sql`analyze import_staff`.execute(db);
    },

    /** The staged rows are gone once committed; the batch's staff stay for its history. */
    async dropStage(batchId: string): Promise<void> {
      await db.deleteFrom('importStage').where('batchId', '=', batchId).execute();
      await db.deleteFrom('importStageRecord').where('batchId', '=', batchId).execute();
    },

    /**
     * Stages clean rows: one statement per chunk, arrays unnested on the server (one round
     * trip per few thousand rows on both engines). The first `head` rows are marked as the
     * batch's first (the preview's; the only ones indexed).
     */
    async stage(batchId: string, rows: readonly StageRow[], head = 0): Promise<void> {
      if (rows.length === 0) return;
      await sql`
        insert into import_stage
          (batch_id, head, line, staff_key, indicator_id, occurred_at, occurred_on, numerator, denominator, external_key)
        select ${batchId}::uuid, n <= ${head}, line, staff_key, indicator_id, occurred_at, occurred_on, numerator,
               denominator, external_key
          from unnest(
          ${rows.map((r) => r.line)}::int[],
          ${rows.map((r) => r.staffKey)}::text[],
          ${rows.map((r) => r.indicatorId)}::uuid[],
          ${rows.map((r) => r.occurredAt)}::timestamptz[],
          ${rows.map((r) => r.occurredOn)}::date[],
          ${rows.map((r) => r.numerator)}::float8[],
          ${rows.map((r) => r.denominator)}::float8[],
          ${rows.map((r) => r.externalKey)}::text[]
        ) with ordinality as r(line, staff_key, indicator_id, occurred_at, occurred_on, numerator, denominator,
                                external_key, n)`.execute(db);
    },

    async clearStage(batchId: string): Promise<void> {
      await db.deleteFrom('importStage').where('batchId', '=', batchId).execute();
      await db.deleteFrom('importStageRecord').where('batchId', '=', batchId).execute();
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
     * old values are kept in import_revision so undo can restore them. Then each record the file
     * states in full (of matched staff) keeps only what its current state yields: an observation
     * of it that this batch does not yield is retracted (deleted, its row kept in import_revision).
     */
    async merge(
      batchId: string,
      source: string,
    ): Promise<Pick<ImportCounts, 'inserted' | 'updated' | 'unchanged' | 'retracted'>> {
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
      const retracted = await retract(batchId);
      const ins = inserted.rows[0]?.n ?? 0;
      const upd = revised.rows[0]?.n ?? 0;
      return { inserted: ins, updated: upd, unchanged: (total.rows[0]?.n ?? 0) - ins - upd, retracted };
    },

    /**
     * True when a later committed batch changed or retracted rows of this one, or made again an
     * observation this one retracted (undo that batch first).
     */
    async revisedByLater(batchId: string): Promise<boolean> {
      const row = await sql<{ n: number }>`
        select (select count(*) from import_revision r join import_batch b on b.id = r.batch_id
                 where r.old_batch_id = ${batchId} and b.status = 'committed')
             + (select count(*) from import_revision r
                  join observation o on o.indicator_id = r.old_indicator_id
                                    and o.external_key = r.old_external_key
                 where r.batch_id = ${batchId} and r.kind = 'retracted')::int as n`.execute(db);
      return Number(row.rows[0]?.n ?? 0) > 0;
    },

    /**
     * Puts back what the batch changed, removes what it added and reinstates what it retracted,
     * with their ids (caller's transaction).
     */
    async undo(batchId: string): Promise<{ restored: number; removed: number; reinstated: number }> {
      const restored = await sql<{ n: number }>`
        with upd as (
        update observation o
           set person_id = r.old_person_id, occurred_on = r.old_occurred_on, numerator = r.old_numerator,
               denominator = r.old_denominator, batch_id = r.old_batch_id, source = r.old_source
          from import_revision r
         where r.batch_id = ${batchId} and r.kind = 'changed' and r.observation_id = o.id
        returning 1) select count(*)::int as n from upd`.execute(db);
      const removed = await db.deleteFrom('observation').where('batchId', '=', batchId).executeTakeFirst();
      const reinstated = await sql<{ n: number }>`
        with ins as (
        insert into observation (id, person_id, indicator_id, occurred_on, numerator, denominator, source,
                                 batch_id, external_key, created_at)
        overriding system value
        select r.observation_id, r.old_person_id, r.old_indicator_id, r.old_occurred_on, r.old_numerator,
               r.old_denominator, r.old_source, r.old_batch_id, r.old_external_key, r.old_created_at
          from import_revision r
         where r.batch_id = ${batchId} and r.kind = 'retracted'
        returning 1) select count(*)::int as n from ins`.execute(db);
      return {
        restored: restored.rows[0]?.n ?? 0,
        removed: Number(removed.numDeletedRows),
        reinstated: reinstated.rows[0]?.n ?? 0,
      };
    },

    async preview(batchId: string, limit = PREVIEW_ROWS) {
      // The first lines alone (the batch's head rows, through their partial index), then their
      // names (joining the whole stage first is slow at 1M rows).
      const first = db
        .selectFrom('importStage')
        .selectAll()
        .where('batchId', '=', batchId)
        .where('head', '=', true)
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

import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { TargetQuery } from '@frontline/contract';
import type { DB, IndicatorTable, PolicyTable, PolicyVersionTable, TargetTable } from '../../db/schema.js';

/** Whether the ids a request refers to exist (a row with the id, or undefined). */
export function referenceRepository(db: Kysely<DB>) {
  return {
    policy: (id: string) => db.selectFrom('policy').select('id').where('id', '=', id).executeTakeFirst(),
    orgUnit: (id: string) => db.selectFrom('orgUnit').select('id').where('id', '=', id).executeTakeFirst(),
    jobRole: (id: string) => db.selectFrom('jobRole').select('id').where('id', '=', id).executeTakeFirst(),
  };
}

export function indicatorRepository(db: Kysely<DB>) {
  return {
    list: (includeInactive: boolean) => {
      let q = db.selectFrom('indicator').selectAll();
      if (!includeInactive) q = q.where('active', '=', true);
      return q.orderBy('category').orderBy('code').execute();
    },
    findById: (id: string) => db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst(),
    findByCode: (code: string) =>
      db.selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst(),
    insert: (row: Insertable<IndicatorTable>) =>
      db.insertInto('indicator').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<IndicatorTable>) =>
      db.updateTable('indicator').set(patch).where('id', '=', id).execute(),
  };
}

export function policyRepository(db: Kysely<DB>) {
  const withCurrent = () =>
    db
      .selectFrom('policy as p')
      .innerJoin('policyVersion as v', (j) =>
        j.onRef('v.policyId', '=', 'p.id').on('v.version', '=', (eb) =>
          eb
            .selectFrom('policyVersion as v2')
            .whereRef('v2.policyId', '=', 'p.id')
            .select((e) => e.fn.max('v2.version').as('m')),
        ),
      )
      .select([
        'p.id',
        'p.code',
        'p.kind',
        'p.orgUnitId',
        'v.version',
        'v.titleEn',
        'v.titleZh',
        'v.bodyEn',
        'v.bodyZh',
        'v.effectiveFrom',
        'v.createdAt as versionCreatedAt',
      ])
      .select((eb) =>
        eb
          .selectFrom('indicator as i')
          .whereRef('i.policyId', '=', 'p.id')
          .select(sql<string[]>`coalesce(array_agg(i.id order by i.code), '{}')`.as('ids'))
          .as('indicatorIds'),
      );
  return {
    list: () => withCurrent().orderBy('p.code').execute(),
    findById: (id: string) => withCurrent().where('p.id', '=', id).executeTakeFirst(),
    versions: (id: string) =>
      db
        .selectFrom('policyVersion')
        .selectAll()
        .where('policyId', '=', id)
        .orderBy('version', 'desc')
        .execute(),
    insert: (row: Insertable<PolicyTable>) =>
      db.insertInto('policy').values(row).returning('id').executeTakeFirstOrThrow(),
    insertVersion: (row: Insertable<PolicyVersionTable>) =>
      db.insertInto('policyVersion').values(row).execute(),
  };
}

export function targetRepository(db: Kysely<DB>) {
  return {
    list(q: TargetQuery) {
      let query = db.selectFrom('target').selectAll();
      if (q.indicatorId) query = query.where('indicatorId', '=', q.indicatorId);
      if (q.jobRoleId) query = query.where('jobRoleId', '=', q.jobRoleId);
      if (q.orgUnitId) query = query.where('orgUnitId', '=', q.orgUnitId);
      return query.orderBy('effectiveFrom', 'desc').execute();
    },
    findById: (id: string) => db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: Insertable<TargetTable>) =>
      db.insertInto('target').values(row).returningAll().executeTakeFirstOrThrow(),
    delete: (id: string) => db.deleteFrom('target').where('id', '=', id).execute(),
    /**
     * The standard that applies to a person on a day: their job role's target first, else the
     * nearest org unit up the tree that has one.
     */
    async forPerson(personId: string, indicatorId: string, day: string) {
      const r = await sql<{ standard: number; stretch: number | null; source: string }>`
        with recursive person_row as (select job_role_id, org_unit_id from person where id = ${personId}),
        units(id, depth) as (
          select org_unit_id, 0 from person_row
          union all
          select u.parent_id, units.depth + 1 from org_unit u join units on u.id = units.id where u.parent_id is not null
        )
        select t.standard, t.stretch, case when t.job_role_id is not null then 'job_role' else 'org_unit' end as source
        from target t
        left join units on units.id = t.org_unit_id
        where t.indicator_id = ${indicatorId}
          and t.effective_from <= ${day}::date and (t.effective_to is null or t.effective_to >= ${day}::date)
          and (t.job_role_id = (select job_role_id from person_row) or units.id is not null)
        order by (t.job_role_id is null), units.depth nulls first, t.effective_from desc
        limit 1
      `.execute(db);
      return r.rows[0] ?? null;
    },
  };
}

export function observationRepository(db: Kysely<DB>) {
  return {
    /** Σnumerator, Σdenominator for one person and indicator over [from, to]. */
    async sums(personIds: readonly string[], indicatorId: string, from: string, to: string) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('observation')
        .select(['personId'])
        .select((eb) => [
          eb.fn.sum<number>('numerator').as('numerator'),
          eb.fn.sum<number>('denominator').as('denominator'),
        ])
        .where('personId', 'in', personIds)
        .where('indicatorId', '=', indicatorId)
        .where('occurredOn', '>=', from)
        .where('occurredOn', '<=', to)
        .groupBy('personId')
        .execute();
    },
    daily: (personId: string, indicatorId: string, from: string, to: string) =>
      db
        .selectFrom('observation')
        .select('occurredOn')
        .select((eb) => [
          eb.fn.sum<number>('numerator').as('numerator'),
          eb.fn.sum<number>('denominator').as('denominator'),
        ])
        .where('personId', '=', personId)
        .where('indicatorId', '=', indicatorId)
        .where('occurredOn', '>=', from)
        .where('occurredOn', '<=', to)
        .groupBy('occurredOn')
        .orderBy('occurredOn')
        .execute(),
    insert: (row: {
      personId: string;
      indicatorId: string;
      occurredOn: string;
      numerator: number;
      denominator: number;
      source: string;
    }) => db.insertInto('observation').values(row).returning('id').executeTakeFirstOrThrow(),
  };
}

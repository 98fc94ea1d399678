import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { ActionItemTable, CoachingPlanTable, DB } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';

export interface WindowSums {
  personId: string;
  num: number;
  den: number;
  sq: number;
  n: number;
}

/** Coaching plans, their sessions and agreed actions, and the window sums the effect needs. */
export function coachingRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('coachingPlan as c')
      .innerJoin('person as p', 'p.id', 'c.personId')
      .leftJoin('person as coach', 'coach.id', 'c.coachPersonId')
      .leftJoin('indicator as i', 'i.id', 'c.focusIndicatorId')
      .selectAll('c')
      .select([
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        sql<string | null>`coach.given_name_en || ' ' || coach.family_name_en`.as('coachName'),
        'i.code as focusIndicatorCode',
      ]);
  return {
    findById: (id: string) => base().where('c.id', '=', id).executeTakeFirst(),
    forUpdate: (id: string) =>
      db.selectFrom('coachingPlan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    list(filter: { scope: Scope; excludePersonId?: string | null; status?: string | undefined }) {
      let q = base().where(inScope(filter.scope, 'c.personId'));
      if (filter.excludePersonId) q = q.where('c.personId', '<>', filter.excludePersonId);
      if (filter.status) q = q.where('c.status', '=', filter.status as never);
      return q.orderBy('c.startedOn', 'desc').orderBy('c.createdAt', 'desc').limit(500).execute();
    },
    insert: (row: Insertable<CoachingPlanTable>) =>
      db.insertInto('coachingPlan').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<CoachingPlanTable>) =>
      db.updateTable('coachingPlan').set(patch).where('id', '=', id).execute(),

    sessions: (planId: string) =>
      db
        .selectFrom('coachingSession')
        .selectAll()
        .where('planId', '=', planId)
        .orderBy('heldOn')
        .orderBy('createdAt')
        .execute(),
    insertSession: (row: {
      planId: string;
      heldOn: string;
      notes: string;
      nextSteps: string;
      createdBy: string;
    }) => db.insertInto('coachingSession').values(row).returningAll().executeTakeFirstOrThrow(),

    actions: (planId: string) =>
      db
        .selectFrom('actionItem as a')
        .innerJoin('person as o', 'o.id', 'a.ownerPersonId')
        .select([
          'a.id',
          'a.title',
          'a.ownerPersonId',
          'a.dueOn',
          'a.doneAt',
          sql<string>`o.given_name_en || ' ' || o.family_name_en`.as('ownerName'),
        ])
        .where('a.coachingPlanId', '=', planId)
        .orderBy('a.createdAt')
        .execute(),
    insertAction: (row: Insertable<ActionItemTable>) =>
      db.insertInto('actionItem').values(row).returning('id').executeTakeFirstOrThrow(),
    markActionsDone: (planId: string, ids: readonly string[], at: Date) =>
      db
        .updateTable('actionItem')
        .set({ doneAt: at, updatedAt: at })
        .where('coachingPlanId', '=', planId)
        .where('id', 'in', ids)
        .where('doneAt', 'is', null)
        .returning('id')
        .execute(),

    personInfo: (personId: string) =>
      db
        .selectFrom('person')
        .select(['id', 'jobRoleId', 'orgUnitId', 'managerId'])
        .where('id', '=', personId)
        .executeTakeFirst(),

    /** The user account of a person (for notifications). */
    userOf: async (personId: string) =>
      (await db.selectFrom('appUser').select('id').where('personId', '=', personId).executeTakeFirst())?.id ??
      null,

    /**
     * Comparison candidates: active people with the same job role (or in the same org unit), not the coached
     * person, with no coaching plan on the indicator whose span overlaps [from, to].
     */
    async comparisonCandidates(opts: {
      personId: string;
      by: 'job_role' | 'org_unit';
      value: string;
      indicatorId: string;
      from: string;
      to: string;
    }): Promise<string[]> {
      const rows = await db
        .selectFrom('person as p')
        .select('p.id')
        .where(opts.by === 'job_role' ? 'p.jobRoleId' : 'p.orgUnitId', '=', opts.value)
        .where('p.id', '<>', opts.personId)
        .where('p.status', '!=', 'left')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('coachingPlan as c')
                .select('c.id')
                .whereRef('c.personId', '=', 'p.id')
                .where('c.focusIndicatorId', '=', opts.indicatorId)
                .where('c.startedOn', '<=', opts.to)
                .where(sql<boolean>`coalesce(c.ended_on, ${opts.to}::date) >= ${opts.from}::date`),
            ),
          ),
        )
        .execute();
      return rows.map((r) => r.id);
    },

    /** Σ over observation_daily per person for one indicator over [from, to]. */
    async windowSums(personIds: readonly string[], indicatorId: string, from: string, to: string) {
      if (personIds.length === 0) return [];
      const r = await sql<WindowSums>`
        select d.person_id as "personId", sum(d.num)::float8 as num, sum(d.den)::float8 as den,
               sum(d.sq)::float8 as sq, sum(d.n)::int as n
          from observation_daily d
         where d.person_id = any(${[...personIds]}::uuid[])
           and d.indicator_id = ${indicatorId}::uuid
           and d.day between ${from}::date and ${to}::date
         group by d.person_id`.execute(db);
      return r.rows;
    },
  };
}

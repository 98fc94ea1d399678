import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  DB,
  ImprovementPlanCheckpointTable,
  ImprovementPlanObjectiveTable,
  ImprovementPlanTable,
} from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';
import { PLAN_STEPS, type PlanStep } from './improvement-plans.states.js';

/** Improvement plans, their objectives and checkpoints (review dates). */
export function improvementPlansRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('improvementPlan as ip')
      .innerJoin('person as p', 'p.id', 'ip.personId')
      .leftJoin('appUser as cu', 'cu.id', 'ip.createdBy')
      .leftJoin('appUser as su', 'su.id', 'ip.signedOffBy')
      .selectAll('ip')
      .select([
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        'cu.displayName as createdByName',
        'su.displayName as signedOffByName',
      ]);
  return {
    findById: (id: string) => base().where('ip.id', '=', id).executeTakeFirst(),
    forUpdate: (id: string) =>
      db.selectFrom('improvementPlan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    list(filter: { scope: Scope; excludePersonId?: string | null; status?: string | undefined }) {
      let q = base().where(inScope(filter.scope, 'ip.personId'));
      if (filter.excludePersonId) q = q.where('ip.personId', '<>', filter.excludePersonId);
      if (filter.status) q = q.where('ip.status', '=', filter.status as never);
      return q.orderBy('ip.startsOn', 'desc').orderBy('ip.createdAt', 'desc').limit(500).execute();
    },
    /** A person's plans (the performance file). */
    ofPerson: (personId: string) =>
      base().where('ip.personId', '=', personId).orderBy('ip.startsOn', 'desc').execute(),
    insert: (row: Insertable<ImprovementPlanTable>) =>
      db.insertInto('improvementPlan').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<ImprovementPlanTable>) =>
      db.updateTable('improvementPlan').set(patch).where('id', '=', id).execute(),
    /** Applies `step` only from one of its statuses (in the UPDATE); false when the plan was elsewhere. */
    async transition(id: string, step: PlanStep, patch: Updateable<ImprovementPlanTable>): Promise<boolean> {
      const s = PLAN_STEPS[step];
      const r = await db
        .updateTable('improvementPlan')
        .set({ ...patch, status: s.to })
        .where('id', '=', id)
        .where('status', 'in', [...s.from])
        .executeTakeFirst();
      return r.numUpdatedRows === 1n;
    },

    objectives: (planId: string) =>
      db
        .selectFrom('improvementPlanObjective as o')
        .leftJoin('indicator as i', 'i.id', 'o.indicatorId')
        .selectAll('o')
        .select([
          'i.code as indicatorCode',
          'i.nameEn as indicatorNameEn',
          'i.nameZh as indicatorNameZh',
          'i.unit',
          'i.decimals',
          'i.direction',
        ])
        .where('o.planId', '=', planId)
        .orderBy('o.position')
        .execute(),
    insertObjectives: (rows: Insertable<ImprovementPlanObjectiveTable>[]) =>
      db.insertInto('improvementPlanObjective').values(rows).execute(),

    checkpoints: (planId: string) =>
      db
        .selectFrom('improvementPlanCheckpoint as c')
        .leftJoin('appUser as u', 'u.id', 'c.reviewedBy')
        .selectAll('c')
        .select('u.displayName as reviewerName')
        .where('c.planId', '=', planId)
        .orderBy('c.dueOn')
        .execute(),
    insertCheckpoint: (row: Insertable<ImprovementPlanCheckpointTable>) =>
      db.insertInto('improvementPlanCheckpoint').values(row).returning('id').executeTakeFirstOrThrow(),
    checkpointForUpdate: (planId: string, id: string) =>
      db
        .selectFrom('improvementPlanCheckpoint')
        .selectAll()
        .where('planId', '=', planId)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst(),
    updateCheckpoint: (id: string, patch: Updateable<ImprovementPlanCheckpointTable>) =>
      db.updateTable('improvementPlanCheckpoint').set(patch).where('id', '=', id).execute(),

    indicator: (id: string) =>
      db.selectFrom('indicator').select(['id', 'active', 'code']).where('id', '=', id).executeTakeFirst(),
    /** The coaching plan a plan is started from (its person, to check it is the same one). */
    coachingPlan: (id: string) =>
      db.selectFrom('coachingPlan').select(['id', 'personId']).where('id', '=', id).executeTakeFirst(),
    review: (id: string) =>
      db.selectFrom('review').select(['id', 'personId']).where('id', '=', id).executeTakeFirst(),
    /** The user account of a person (for notifications). */
    userOf: async (personId: string) =>
      (await db.selectFrom('appUser').select('id').where('personId', '=', personId).executeTakeFirst())?.id ??
      null,
    /** Every enabled HR user (hr_admin), to ask for a sign-off. */
    hrUsers: async () =>
      (
        await db
          .selectFrom('appUser')
          .select('id')
          .where(sql<boolean>`'hr_admin' = any(roles)`)
          .where('disabled', '=', false)
          .execute()
      ).map((r) => r.id),
  };
}

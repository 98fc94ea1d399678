import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  DB,
  DutyTable,
  RosterPlanTable,
  RosterTaskTable,
  ShiftTemplateTable,
  RosterProfileTable,
} from '../../db/schema.js';
import type { LeaveKind } from '@frontline/contract';
import { inScope, type Scope } from '../../access/scope.js';
import type { PlanAssignment, PlanDemand, PlanSlotNeed } from './rostering.model.js';

const personName = sql<string>`p.given_name_en || ' ' || p.family_name_en`;

/** Duties, shift templates, roster profiles and roster plans (with demand and assignments). */
export function rosteringRepository(db: Kysely<DB>) {
  const duties = () =>
    db
      .selectFrom('duty as d')
      .innerJoin('orgUnit as u', 'u.id', 'd.unitId')
      .selectAll('d')
      .select(['u.nameEn as unitName']);
  const plans = () =>
    db
      .selectFrom('rosterPlan as rp')
      .innerJoin('orgUnit as u', 'u.id', 'rp.unitId')
      .leftJoin('person as p', 'p.id', 'rp.ownerPersonId')
      .leftJoin('appUser as cu', 'cu.id', 'rp.createdBy')
      .selectAll('rp')
      .select([
        'u.nameEn as unitName',
        'u.nameZh as unitNameZh',
        sql<string>`coalesce(p.given_name_en || ' ' || p.family_name_en, cu.display_name, '')`.as(
          'ownerName',
        ),
      ]);
  return {
    unit: (id: string) =>
      db.selectFrom('orgUnit').select(['id', 'nameEn']).where('id', '=', id).executeTakeFirst(),
    duties(unitId?: string) {
      let q = duties();
      if (unitId) q = q.where('d.unitId', '=', unitId);
      return q.orderBy('u.nameEn').orderBy('d.code').execute();
    },
    duty: (id: string) => duties().where('d.id', '=', id).executeTakeFirst(),
    courseIds: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('course').select('id').where('id', 'in', ids).execute(),
    scorecards: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('scorecard').select(['id', 'code']).where('id', 'in', ids).execute(),
    /** Courses completed and not failed, of these people on these courses. */
    completedCourses: (personIds: readonly string[], courseIds: readonly string[]) =>
      personIds.length === 0 || courseIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('trainingAssignment as ta')
            .innerJoin('course as c', 'c.id', 'ta.courseId')
            .select(['ta.personId', 'ta.courseId', 'c.code', 'ta.completedAt'])
            .where('ta.status', '=', 'completed')
            .where((eb) => eb.or([eb('ta.passed', 'is', null), eb('ta.passed', '=', true)]))
            .where('ta.personId', 'in', personIds)
            .where('ta.courseId', 'in', courseIds)
            .execute(),
    /** Courses these people are assigned and have not finished, due between two days (time to keep). */
    trainingDue: (personIds: readonly string[], from: string, to: string) =>
      personIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('trainingAssignment as ta')
            .innerJoin('course as c', 'c.id', 'ta.courseId')
            .select(['ta.personId', 'ta.dueOn', 'c.titleEn', 'c.titleZh', 'c.durationHours'])
            .where('ta.status', '=', 'assigned')
            .where('ta.personId', 'in', personIds)
            .where('ta.dueOn', '>=', from)
            .where('ta.dueOn', '<=', to)
            .orderBy('ta.dueOn')
            .execute(),
    /** Planned check-ins of these people between two instants (time to keep). */
    checkinsPlanned: (personIds: readonly string[], from: Date, to: Date) =>
      personIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('checkin')
            .select(['personId', 'scheduledAt', 'durationMinutes'])
            .where('status', '=', 'planned')
            .where('personId', 'in', personIds)
            .where('scheduledAt', '>=', from)
            .where('scheduledAt', '<', to)
            .orderBy('scheduledAt')
            .execute(),
    /** Active coaching plans of these people with a follow-up between two days (time to keep). */
    coachingFollowUps: (personIds: readonly string[], from: string, to: string) =>
      personIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('coachingPlan')
            .select(['personId', 'followUpOn'])
            .where('status', '=', 'active')
            .where('personId', 'in', personIds)
            .where('followUpOn', '>=', from)
            .where('followUpOn', '<=', to)
            .orderBy('followUpOn')
            .execute(),
    /** Released official assessments of these people on scorecards of these codes, between two days. */
    assessments: (personIds: readonly string[], codes: readonly string[], from: string, to: string) =>
      personIds.length === 0 || codes.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('evaluation as e')
            .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
            .select(['e.personId', 's.code', 'e.occurredOn', 'e.percent'])
            .where('e.status', '=', 'released')
            .where('e.purpose', '=', 'official')
            .where('e.percent', 'is not', null)
            .where('e.personId', 'in', personIds)
            .where('s.code', 'in', codes)
            .where('e.occurredOn', '>=', from)
            .where('e.occurredOn', '<=', to)
            .execute(),
    insertDuty: (row: Insertable<DutyTable>) =>
      db.insertInto('duty').values(row).returning('id').executeTakeFirstOrThrow(),
    updateDuty: (id: string, patch: Updateable<DutyTable>) =>
      db.updateTable('duty').set(patch).where('id', '=', id).execute(),
    dutyCodeTaken: (unitId: string, code: string, exceptId: string | null) =>
      db
        .selectFrom('duty')
        .select('id')
        .where('unitId', '=', unitId)
        .where('code', '=', code)
        .$if(exceptId !== null, (q) => q.where('id', '<>', exceptId!))
        .executeTakeFirst(),
    indicatorCodes: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('indicator').select(['id', 'code']).where('id', 'in', ids).execute(),
    indicator: (id: string) =>
      db.selectFrom('indicator').select(['id', 'code']).where('id', '=', id).executeTakeFirst(),

    shiftTemplates(unitId?: string) {
      let q = db.selectFrom('shiftTemplate').selectAll();
      if (unitId) q = q.where('unitId', '=', unitId);
      return q.orderBy('startMinute').orderBy('code').execute();
    },
    shiftTemplate: (id: string) =>
      db.selectFrom('shiftTemplate').selectAll().where('id', '=', id).executeTakeFirst(),
    insertShiftTemplate: (row: Insertable<ShiftTemplateTable>) =>
      db.insertInto('shiftTemplate').values(row).returning('id').executeTakeFirstOrThrow(),
    shiftCodeTaken: (unitId: string, code: string) =>
      db
        .selectFrom('shiftTemplate')
        .select('id')
        .where('unitId', '=', unitId)
        .where('code', '=', code)
        .executeTakeFirst(),

    person: (id: string) =>
      db
        .selectFrom('person as p')
        .select(['p.id', 'p.orgUnitId', personName.as('name')])
        .where('p.id', '=', id)
        .executeTakeFirst(),
    profile: (personId: string) =>
      db.selectFrom('rosterProfile').selectAll().where('personId', '=', personId).executeTakeFirst(),
    setPreferences: (personId: string, patch: Updateable<RosterProfileTable>) =>
      db.updateTable('rosterProfile').set(patch).where('personId', '=', personId).execute(),
    upsertProfile: (row: Insertable<RosterProfileTable>) =>
      db
        .insertInto('rosterProfile')
        .values(row)
        .onConflict((oc) => oc.column('personId').doUpdateSet({ ...row, personId: undefined }))
        .execute(),
    /** The people in scope (not the actor) who have a roster profile. */
    profiledPeople: (scope: Scope, exceptPersonId: string | null) =>
      db
        .selectFrom('rosterProfile as rp')
        .innerJoin('person as p', 'p.id', 'rp.personId')
        .select('rp.personId')
        .where(inScope(scope, 'rp.personId'))
        .where('p.status', '<>', 'left')
        .$if(exceptPersonId !== null, (q) => q.where('rp.personId', '<>', exceptPersonId!))
        .execute(),

    plans: (scope: Scope) =>
      plans().where(inScope(scope, 'rp.ownerPersonId')).orderBy('rp.startsOn', 'desc').limit(200).execute(),
    plan: (id: string) => plans().where('rp.id', '=', id).executeTakeFirst(),
    planForUpdate: (id: string) =>
      db.selectFrom('rosterPlan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    insertPlan: (row: Insertable<RosterPlanTable>) =>
      db.insertInto('rosterPlan').values(row).returning('id').executeTakeFirstOrThrow(),
    updatePlan: (id: string, patch: Updateable<RosterPlanTable>) =>
      db.updateTable('rosterPlan').set(patch).where('id', '=', id).execute(),
    patchRunningSolve: (id: string, patch: string) =>
      db
        .updateTable('rosterPlan')
        .set({ solve: sql`solve || ${patch}::jsonb` })
        .where('id', '=', id)
        .where(sql<boolean>`solve->>'state' = 'running'`)
        .execute(),
    /** Moves the version on, only from `version`: false when someone changed the plan meanwhile. */
    async bump(id: string, version: number, patch: Updateable<RosterPlanTable>): Promise<boolean> {
      const r = await db
        .updateTable('rosterPlan')
        .set({ ...patch, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return r.numUpdatedRows === 1n;
    },
    insertPlanPeople: (planId: string, personIds: readonly string[]) =>
      personIds.length === 0
        ? Promise.resolve()
        : db
            .insertInto('rosterPlanPerson')
            .values(personIds.map((personId) => ({ planId, personId })))
            .execute()
            .then(() => undefined),
    /** The plan's people with their profiles and user accounts. */
    planPeople: (planId: string) =>
      db
        .selectFrom('rosterPlanPerson as pp')
        .innerJoin('person as p', 'p.id', 'pp.personId')
        .leftJoin('rosterProfile as rp', 'rp.personId', 'pp.personId')
        .leftJoin('appUser as au', 'au.personId', 'pp.personId')
        .select([
          'pp.personId',
          personName.as('personName'),
          'au.id as userId',
          'rp.minWeekHours',
          'rp.maxWeekHours',
          'rp.maxConsecutiveDays',
          'rp.minRestHours',
          'rp.hourlyCost',
          'rp.overtimePremium',
          'rp.skills',
          'rp.unavailableDates',
          'rp.preferences',
        ])
        .where('pp.planId', '=', planId)
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .execute(),
    demand: (planId: string) =>
      db
        .selectFrom('rosterDemand')
        .select(['day', 'shiftTemplateId', 'dutyId', 'headcount'])
        .where('planId', '=', planId)
        .execute(),
    async replaceDemand(planId: string, cells: readonly PlanDemand[], dutyId?: string) {
      let del = db.deleteFrom('rosterDemand').where('planId', '=', planId);
      if (dutyId) del = del.where('dutyId', '=', dutyId);
      await del.execute();
      const rows = cells.filter((c) => c.headcount > 0).map((c) => ({ planId, ...c }));
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('rosterDemand')
          .values(rows.slice(i, i + 1000))
          .execute();
      }
    },
    /** Approved leave of some people that shares a day with `from`–`to`. */
    approvedLeave: (personIds: readonly string[], from: string, to: string) =>
      personIds.length === 0
        ? Promise.resolve([] as { personId: string; kind: LeaveKind; startsOn: string; endsOn: string }[])
        : db
            .selectFrom('leaveRecord')
            .select(['personId', 'kind', 'startsOn', 'endsOn'])
            .where('personId', 'in', personIds)
            .where('status', '=', 'approved')
            .where('startsOn', '<=', to)
            .where('endsOn', '>=', from)
            .execute(),
    slotNeeds: (planId: string) =>
      db
        .selectFrom('rosterSlotNeed')
        .select(['dutyId', 'day', 'startMinute', 'minutes', 'need'])
        .where('planId', '=', planId)
        .orderBy('dutyId')
        .orderBy('day')
        .orderBy('startMinute')
        .execute(),
    /** Replaces the plan's needs per slot, of one duty or (without `dutyId`) of all. */
    async replaceSlotNeeds(planId: string, needs: readonly PlanSlotNeed[], dutyId?: string) {
      let del = db.deleteFrom('rosterSlotNeed').where('planId', '=', planId);
      if (dutyId) del = del.where('dutyId', '=', dutyId);
      await del.execute();
      const rows = needs.map((n) => ({ planId, ...n }));
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('rosterSlotNeed')
          .values(rows.slice(i, i + 1000))
          .execute();
      }
    },
    assignments: (planId: string) =>
      db
        .selectFrom('rosterAssignment')
        .select(['personId', 'day', 'shiftTemplateId', 'dutyId'])
        .where('planId', '=', planId)
        .execute(),
    async replaceAssignments(planId: string, rows: readonly PlanAssignment[]) {
      await db.deleteFrom('rosterAssignment').where('planId', '=', planId).execute();
      const values = rows.map((a) => ({ planId, ...a }));
      for (let i = 0; i < values.length; i += 1000) {
        await db
          .insertInto('rosterAssignment')
          .values(values.slice(i, i + 1000))
          .execute();
      }
    },
    async setAssignment(planId: string, personId: string, day: number, cell: PlanAssignment | null) {
      await db
        .deleteFrom('rosterAssignment')
        .where('planId', '=', planId)
        .where('personId', '=', personId)
        .where('day', '=', day)
        .execute();
      if (cell) {
        await db
          .insertInto('rosterAssignment')
          .values({ planId, ...cell })
          .execute();
      }
    },
    tasks: (planId: string) =>
      db
        .selectFrom('rosterTask as t')
        .leftJoin('person as p', 'p.id', 't.personId')
        .select([
          't.id',
          't.day',
          't.dutyId',
          't.titleEn',
          't.titleZh',
          't.minutes',
          't.personId',
          't.unassignedReason',
          sql<string | null>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        ])
        .where('t.planId', '=', planId)
        .orderBy('t.day')
        .orderBy('t.createdAt')
        .execute(),
    insertTask: (row: Insertable<RosterTaskTable>) =>
      db.insertInto('rosterTask').values(row).returning('id').executeTakeFirstOrThrow(),
    setTaskOutcome: (id: string, personId: string | null, reason: RosterTaskTable['unassignedReason']) =>
      db.updateTable('rosterTask').set({ personId, unassignedReason: reason }).where('id', '=', id).execute(),
    /** A person's tasks in published plans between two dates. */
    publishedTasks: (personId: string, from: string, to: string) =>
      db
        .selectFrom('rosterTask as t')
        .innerJoin('rosterPlan as rp', 'rp.id', 't.planId')
        .select([
          't.planId',
          sql<string>`to_char(rp.starts_on + t.day, 'YYYY-MM-DD')`.as('date'),
          't.titleEn',
          't.titleZh',
          't.minutes',
        ])
        .where('t.personId', '=', personId)
        .where('rp.status', '=', 'published')
        .where(sql<boolean>`rp.starts_on + t.day between ${from}::date and ${to}::date`)
        .execute(),
    /** Daily sums of an indicator's figures over some people: the volume (den) and the handle time (num). */
    dailyTotals: (indicatorId: string, personIds: readonly string[], from: string, to: string) =>
      personIds.length === 0
        ? Promise.resolve([] as { day: string; num: number; den: number }[])
        : db
            .selectFrom('observationDaily')
            .select(['day', sql<number>`sum(num)::float8`.as('num'), sql<number>`sum(den)::float8`.as('den')])
            .where('indicatorId', '=', indicatorId)
            .where('personId', 'in', personIds)
            .where('day', '>=', from)
            .where('day', '<=', to)
            .groupBy('day')
            .execute(),
    /** Sums of some indicators' figures per person over a date range (the outcome term's standing). */
    personTotals: (
      indicatorIds: readonly string[],
      personIds: readonly string[],
      from: string,
      to: string,
    ) =>
      indicatorIds.length === 0 || personIds.length === 0
        ? Promise.resolve([] as { indicatorId: string; personId: string; num: number; den: number }[])
        : db
            .selectFrom('observationDaily')
            .select([
              'indicatorId',
              'personId',
              sql<number>`sum(num)::float8`.as('num'),
              sql<number>`sum(den)::float8`.as('den'),
            ])
            .where('indicatorId', 'in', indicatorIds)
            .where('personId', 'in', personIds)
            .where('day', '>=', from)
            .where('day', '<=', to)
            .groupBy(['indicatorId', 'personId'])
            .execute(),
    directions: (indicatorIds: readonly string[]) =>
      indicatorIds.length === 0
        ? Promise.resolve([] as { id: string; direction: string }[])
        : db.selectFrom('indicator').select(['id', 'direction']).where('id', 'in', indicatorIds).execute(),
    /** A person's shifts in published plans between two dates (plan days as dates). */
    publishedShifts: (personId: string, from: string, to: string) =>
      db
        .selectFrom('rosterAssignment as a')
        .innerJoin('rosterPlan as rp', 'rp.id', 'a.planId')
        .innerJoin('shiftTemplate as s', 's.id', 'a.shiftTemplateId')
        .innerJoin('duty as d', 'd.id', 'a.dutyId')
        .innerJoin('orgUnit as u', 'u.id', 'rp.unitId')
        .select([
          'a.planId',
          sql<string>`to_char(rp.starts_on + a.day, 'YYYY-MM-DD')`.as('date'),
          's.startMinute',
          's.endMinute',
          's.nameEn as shiftNameEn',
          's.nameZh as shiftNameZh',
          'd.nameEn as dutyNameEn',
          'd.nameZh as dutyNameZh',
          'u.nameEn as unitName',
          'u.nameZh as unitNameZh',
        ])
        .where('a.personId', '=', personId)
        .where('rp.status', '=', 'published')
        .where(sql<boolean>`rp.starts_on + a.day between ${from}::date and ${to}::date`)
        .orderBy(sql`rp.starts_on + a.day`)
        .orderBy('s.startMinute')
        .execute(),
  };
}

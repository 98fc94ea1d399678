import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { CourseTable, DB, TrainingAssignmentTable } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';

/** The course catalogue and training assignments. */
export function trainingRepository(db: Kysely<DB>) {
  const assignments = () =>
    db
      .selectFrom('trainingAssignment as a')
      .innerJoin('course as c', 'c.id', 'a.courseId')
      .innerJoin('person as p', 'p.id', 'a.personId')
      .selectAll('a')
      .select([
        'c.code as courseCode',
        'c.titleEn as courseTitleEn',
        'c.titleZh as courseTitleZh',
        'c.category as courseCategory',
        'c.passScore as coursePassScore',
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
      ]);
  return {
    courses(filter: {
      category?: string | undefined;
      indicatorId?: string | undefined;
      all?: boolean | undefined;
    }) {
      let q = db.selectFrom('course').selectAll();
      if (!filter.all) q = q.where('active', '=', true);
      if (filter.category) q = q.where('category', '=', filter.category as never);
      if (filter.indicatorId) q = q.where(sql<boolean>`${filter.indicatorId}::uuid = any(indicator_ids)`);
      return q.orderBy('category').orderBy('code').execute();
    },
    course: (id: string) => db.selectFrom('course').selectAll().where('id', '=', id).executeTakeFirst(),
    courseForUpdate: (id: string) =>
      db.selectFrom('course').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    insertCourse: (row: Insertable<CourseTable>) =>
      db.insertInto('course').values(row).returning('id').executeTakeFirstOrThrow(),
    updateCourse: (id: string, patch: Updateable<CourseTable>) =>
      db.updateTable('course').set(patch).where('id', '=', id).execute(),
    indicatorCodes: async (ids: readonly string[]) =>
      ids.length
        ? new Map(
            (await db.selectFrom('indicator').select(['id', 'code']).where('id', 'in', ids).execute()).map(
              (r) => [r.id, r.code],
            ),
          )
        : new Map<string, string>(),

    findAssignment: (id: string) => assignments().where('a.id', '=', id).executeTakeFirst(),
    assignmentForUpdate: (id: string) =>
      db.selectFrom('trainingAssignment').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    listAssignments(filter: {
      scope: Scope;
      excludePersonId?: string | null;
      status?: string | undefined;
      overdueOn?: string | undefined;
      coachingPlanId?: string | undefined;
    }) {
      let q = assignments().where(inScope(filter.scope, 'a.personId'));
      if (filter.excludePersonId) q = q.where('a.personId', '<>', filter.excludePersonId);
      if (filter.status) q = q.where('a.status', '=', filter.status as never);
      if (filter.overdueOn) q = q.where('a.status', '=', 'assigned').where('a.dueOn', '<', filter.overdueOn);
      if (filter.coachingPlanId) q = q.where('a.coachingPlanId', '=', filter.coachingPlanId);
      return q
        .orderBy(sql`a.due_on asc nulls last`)
        .orderBy('a.createdAt', 'desc')
        .limit(1000)
        .execute();
    },
    insertAssignment: (row: Insertable<TrainingAssignmentTable>) =>
      db.insertInto('trainingAssignment').values(row).returning('id').executeTakeFirstOrThrow(),
    updateAssignment: (id: string, patch: Updateable<TrainingAssignmentTable>) =>
      db.updateTable('trainingAssignment').set(patch).where('id', '=', id).execute(),
    /** An open assignment of the course to the person, if any. */
    openAssignment: (personId: string, courseId: string) =>
      db
        .selectFrom('trainingAssignment')
        .select('id')
        .where('personId', '=', personId)
        .where('courseId', '=', courseId)
        .where('status', '=', 'assigned')
        .executeTakeFirst(),
    /**
     * The answers given to each scorecard item in released official evaluations over [from, to] of the
     * people in `scope` (less `excludePersonId`): per person, scorecard, item and answer, how many.
     * N/A and unanswered items are left out. The evaluations are the assessments feature's; read only.
     */
    async itemAnswers(filter: { scope: Scope; excludePersonId: string | null; from: string; to: string }) {
      const r = await sql<{
        personId: string;
        scorecardId: string;
        sectionId: string;
        itemId: string;
        value: string | number;
        n: number;
      }>`
        select e.person_id as "personId", e.scorecard_id as "scorecardId",
               s.value->>'sectionId' as "sectionId", i.value->>'itemId' as "itemId",
               i.value->'value' as value, count(*)::int as n
          from evaluation e
         cross join lateral jsonb_array_elements(e.result->'sections') s
         cross join lateral jsonb_array_elements(s.value->'items') i
         where e.status = 'released' and e.purpose = 'official'
           and e.occurred_on between ${filter.from} and ${filter.to}
           and ${inScope(filter.scope, 'e.person_id')}
           and ${filter.excludePersonId ? sql`e.person_id <> ${filter.excludePersonId}` : sql`true`}
           and jsonb_typeof(i.value->'value') in ('string', 'number')
           and i.value->>'value' <> 'na'
         group by 1, 2, 3, 4, 5`.execute(db);
      return r.rows;
    },
    scorecards: (ids: readonly string[]) =>
      ids.length
        ? db
            .selectFrom('scorecard')
            .select(['id', 'code', 'titleEn', 'titleZh', 'indicatorId', 'sections'])
            .where('id', 'in', ids)
            .execute()
        : Promise.resolve([]),
    indicators: (ids: readonly string[]) =>
      ids.length
        ? db
            .selectFrom('indicator')
            .select(['id', 'code', 'nameEn', 'nameZh'])
            .where('id', 'in', ids)
            .execute()
        : Promise.resolve([]),
    people: (ids: readonly string[]) =>
      ids.length
        ? db
            .selectFrom('person')
            .select(['id', 'givenNameEn', 'familyNameEn', 'nameZh'])
            .where('id', 'in', ids)
            .execute()
        : Promise.resolve([]),
    /** Per person, the courses assigned now or completed since `since`. */
    async recentCourses(personIds: readonly string[], since: Date) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('trainingAssignment')
        .select(['personId', 'courseId'])
        .where('personId', 'in', personIds)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'assigned'),
            eb.and([eb('status', '=', 'completed'), eb('completedAt', '>=', since)]),
          ]),
        )
        .execute();
    },
    coachingPlanOf: (id: string) =>
      db.selectFrom('coachingPlan').select(['id', 'personId']).where('id', '=', id).executeTakeFirst(),
    userOf: async (personId: string) =>
      (await db.selectFrom('appUser').select('id').where('personId', '=', personId).executeTakeFirst())?.id ??
      null,
  };
}

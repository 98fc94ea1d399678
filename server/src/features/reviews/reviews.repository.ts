import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, ReviewCycleTable, ReviewTable, ReviewTemplateTable } from '../../db/schema.js';
import type { ReviewPopulation } from '@frontline/contract';
import { inScope, type Scope } from '../../access/scope.js';
import { REVIEW_STEPS, type ReviewStep } from './reviews.states.js';

/** The units given and every unit under them: a subquery of org unit ids. */
function unitsUnder(ids: readonly string[]) {
  return sql<{ id: string }>`(
    with recursive u(id, depth) as (
      select id, 0 from org_unit where id in (${sql.join(ids)})
      union
      select o.id, u.depth + 1 from org_unit o join u on o.parent_id = u.id where u.depth < 32
    )
    select id from u
  )`;
}

/** Review templates, cycles and reviews. */
export function reviewsRepository(db: Kysely<DB>) {
  const cycles = () =>
    db
      .selectFrom('reviewCycle as c')
      .innerJoin('reviewTemplate as t', 't.id', 'c.templateId')
      .selectAll('c')
      .select([
        't.titleEn as templateTitleEn',
        't.titleZh as templateTitleZh',
        sql<number>`(select count(*)::int from review r where r.cycle_id = c.id)`.as('reviews'),
      ]);
  const reviews = () =>
    db
      .selectFrom('review as r')
      .innerJoin('reviewCycle as c', 'c.id', 'r.cycleId')
      .innerJoin('reviewTemplate as t', 't.id', 'c.templateId')
      .innerJoin('person as p', 'p.id', 'r.personId')
      .leftJoin('person as m', 'm.id', 'r.reviewerPersonId')
      .selectAll('r')
      .select([
        'c.nameEn as cycleNameEn',
        'c.nameZh as cycleNameZh',
        'c.periodFrom',
        'c.periodTo',
        'c.selfDue',
        'c.managerDue',
        'c.signOffDue',
        't.id as templateId',
        't.titleEn as templateTitleEn',
        't.titleZh as templateTitleZh',
        't.scale',
        't.sections',
        't.ratingRule',
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        'p.nameZh as personNameZh',
        sql<string | null>`m.given_name_en || ' ' || m.family_name_en`.as('reviewerName'),
      ]);
  return {
    templates: () => db.selectFrom('reviewTemplate').selectAll().orderBy('code').execute(),
    template: (id: string) =>
      db.selectFrom('reviewTemplate').selectAll().where('id', '=', id).executeTakeFirst(),
    insertTemplate: (row: Insertable<ReviewTemplateTable>) =>
      db.insertInto('reviewTemplate').values(row).returningAll().executeTakeFirstOrThrow(),

    cycles: () => cycles().orderBy('c.periodTo', 'desc').orderBy('c.createdAt', 'desc').execute(),
    cycle: (id: string) => cycles().where('c.id', '=', id).executeTakeFirst(),
    cycleForUpdate: (id: string) =>
      db.selectFrom('reviewCycle').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    insertCycle: (row: Insertable<ReviewCycleTable>) =>
      db.insertInto('reviewCycle').values(row).returning('id').executeTakeFirstOrThrow(),
    markLaunched: (id: string, at: Date) =>
      db
        .updateTable('reviewCycle')
        .set({ status: 'launched', launchedAt: at })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst(),

    /** Active people of the population with their manager and the manager's user (for notices). */
    population(p: ReviewPopulation) {
      let q = db
        .selectFrom('person as p')
        .leftJoin('appUser as u', 'u.personId', 'p.id')
        .leftJoin('appUser as mu', 'mu.personId', 'p.managerId')
        .select(['p.id', 'p.managerId', 'u.id as userId', 'mu.id as managerUserId'])
        .where('p.status', '=', 'active');
      if (p.orgUnitIds.length) q = q.where(sql<boolean>`p.org_unit_id in ${unitsUnder(p.orgUnitIds)}`);
      if (p.jobRoleIds.length) q = q.where('p.jobRoleId', 'in', p.jobRoleIds);
      if (p.hiredOnOrBefore) {
        q = q.where((eb) => eb('p.hireDate', 'is', null).or('p.hireDate', '<=', p.hiredOnOrBefore));
      }
      return q.orderBy('p.id').execute();
    },
    /** One review per person (id, manager); inserted in chunks. */
    async insertReviews(cycleId: string, people: readonly { id: string; managerId: string | null }[]) {
      for (let i = 0; i < people.length; i += 2000) {
        const chunk = people.slice(i, i + 2000);
        await db
          .insertInto('review')
          .values(chunk.map((p) => ({ cycleId, personId: p.id, reviewerPersonId: p.managerId })))
          .execute();
      }
    },
    reviewIds: (cycleId: string) =>
      db.selectFrom('review').select(['id', 'personId']).where('cycleId', '=', cycleId).execute(),

    /** Per org unit of the person: reviews per stage, overdue and without a reviewer. */
    progress: (cycleId: string, today: string) =>
      db
        .selectFrom('review as r')
        .innerJoin('reviewCycle as c', 'c.id', 'r.cycleId')
        .innerJoin('person as p', 'p.id', 'r.personId')
        .innerJoin('orgUnit as o', 'o.id', 'p.orgUnitId')
        .select([
          'o.id as orgUnitId',
          'o.nameEn as orgUnitName',
          'o.nameZh as orgUnitNameZh',
          'r.status',
          sql<number>`count(*)::int`.as('n'),
          sql<number>`count(*) filter (where
            (r.status = 'self_review' and c.self_due < ${today}) or
            (r.status = 'manager_review' and c.manager_due < ${today}) or
            (r.status = 'sign_off' and c.sign_off_due < ${today}))::int`.as('overdue'),
          sql<number>`count(*) filter (where r.reviewer_person_id is null)::int`.as('noReviewer'),
        ])
        .where('r.cycleId', '=', cycleId)
        .groupBy(['o.id', 'o.nameEn', 'o.nameZh', 'r.status'])
        .orderBy('o.nameEn')
        .execute(),

    review: (id: string) => reviews().where('r.id', '=', id).executeTakeFirst(),
    reviewForUpdate: (id: string) =>
      db.selectFrom('review').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    /** Reviews of people in the scope, or that the reviewer writes. */
    list(filter: {
      scope: Scope;
      reviewerPersonId: string | null;
      excludePersonId: string | null;
      cycleId?: string | undefined;
      status?: string | undefined;
      personId?: string | undefined;
    }) {
      let q = reviews().where((eb) =>
        filter.reviewerPersonId
          ? eb.or([
              inScope(filter.scope, 'r.personId'),
              eb('r.reviewerPersonId', '=', filter.reviewerPersonId),
            ])
          : inScope(filter.scope, 'r.personId'),
      );
      if (filter.excludePersonId) q = q.where('r.personId', '<>', filter.excludePersonId);
      if (filter.cycleId) q = q.where('r.cycleId', '=', filter.cycleId);
      if (filter.status) q = q.where('r.status', '=', filter.status as never);
      if (filter.personId) q = q.where('r.personId', '=', filter.personId);
      return q
        .orderBy('c.periodTo', 'desc')
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .limit(500)
        .execute();
    },
    update: (id: string, patch: Updateable<ReviewTable>) =>
      db.updateTable('review').set(patch).where('id', '=', id).execute(),
    /** Applies a step only from one of its statuses; false when the review was elsewhere. */
    async transition(id: string, step: ReviewStep, patch: Updateable<ReviewTable>): Promise<boolean> {
      const s = REVIEW_STEPS[step];
      const r = await db
        .updateTable('review')
        .set({ ...patch, status: s.to })
        .where('id', '=', id)
        .where('status', 'in', s.from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    userOf: async (personId: string | null) =>
      personId
        ? ((await db.selectFrom('appUser').select('id').where('personId', '=', personId).executeTakeFirst())
            ?.id ?? null)
        : null,
    /** The organisation a person works in: the top of their unit's tree (the review PDF's header). */
    async organisationOf(personId: string): Promise<{ nameEn: string; nameZh: string | null } | null> {
      const r = await sql<{ nameEn: string; nameZh: string | null }>`
        with recursive up(id, parent_id, name_en, name_zh, depth) as (
          select o.id, o.parent_id, o.name_en, o.name_zh, 0
          from org_unit o join person p on p.org_unit_id = o.id where p.id = ${personId}
          union all
          select o.id, o.parent_id, o.name_en, o.name_zh, up.depth + 1
          from org_unit o join up on o.id = up.parent_id where up.depth < 32
        )
        select name_en as "nameEn", name_zh as "nameZh" from up order by depth desc limit 1`.execute(db);
      return r.rows[0] ?? null;
    },
  };
}

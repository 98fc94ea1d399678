import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type {
  DB,
  ReviewCycleTable,
  ReviewInputTable,
  ReviewTable,
  ReviewTemplateTable,
  ReviewVersionTable,
} from '../../db/schema.js';
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
        'm.nameZh as reviewerNameZh',
      ]);
  return {
    templates: () => db.selectFrom('reviewTemplate').selectAll().orderBy('code').execute(),
    template: (id: string) =>
      db.selectFrom('reviewTemplate').selectAll().where('id', '=', id).executeTakeFirst(),
    insertTemplate: (row: Insertable<ReviewTemplateTable>) =>
      db.insertInto('reviewTemplate').values(row).returningAll().executeTakeFirstOrThrow(),
    setTemplateActive: (id: string, active: boolean) =>
      db.updateTable('reviewTemplate').set({ active }).where('id', '=', id).returningAll().executeTakeFirst(),

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
    /** Calibration changes of the overall rating, oldest first, with who made them. */
    ratingChanges: (reviewId: string) =>
      db
        .selectFrom('reviewRatingChange as c')
        .leftJoin('appUser as u', 'u.id', 'c.changedBy')
        .select(['c.fromRating', 'c.toRating', 'c.reason', 'c.changedAt', 'u.displayName as byName'])
        .where('c.reviewId', '=', reviewId)
        .orderBy('c.changedAt')
        .execute(),
    insertRatingChange: (row: {
      reviewId: string;
      fromRating: number | null;
      toRating: number;
      reason: string;
      changedBy: string | null;
      changedAt: Date;
    }) => db.insertInto('reviewRatingChange').values(row).execute(),

    /** Input asked of others on a review: the answers (never shown with names) and who was asked. */
    inputs: (reviewId: string) =>
      db
        .selectFrom('reviewInput as i')
        .innerJoin('person as p', 'p.id', 'i.contributorPersonId')
        .select([
          'i.relation',
          'i.rating',
          'i.comment',
          'i.submittedAt',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('name'),
        ])
        .where('i.reviewId', '=', reviewId)
        .orderBy('p.familyNameEn')
        .execute(),
    /** Asks each once: a person already asked keeps their request. */
    insertInputs: (rows: Insertable<ReviewInputTable>[]) =>
      db
        .insertInto('reviewInput')
        .values(rows)
        .onConflict((oc) => oc.columns(['reviewId', 'contributorPersonId']).doNothing())
        .execute(),
    activePeople: (ids: readonly string[]) =>
      db
        .selectFrom('person as p')
        .leftJoin('appUser as u', 'u.personId', 'p.id')
        .select(['p.id', 'u.id as userId'])
        .where('p.id', 'in', ids)
        .where('p.status', '=', 'active')
        .execute(),
    /** Requests for a person's input, with the review they are about. */
    inputRequests(filter: { contributorPersonId: string; id?: string }) {
      let q = db
        .selectFrom('reviewInput as i')
        .innerJoin('review as r', 'r.id', 'i.reviewId')
        .innerJoin('reviewCycle as c', 'c.id', 'r.cycleId')
        .innerJoin('reviewTemplate as t', 't.id', 'c.templateId')
        .innerJoin('person as p', 'p.id', 'r.personId')
        .select([
          'i.id',
          'i.reviewId',
          'i.relation',
          'i.rating',
          'i.comment',
          'i.submittedAt',
          'r.status',
          'c.nameEn as cycleNameEn',
          'c.nameZh as cycleNameZh',
          'c.managerDue as dueOn',
          't.scale',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
          'p.nameZh as personNameZh',
        ])
        .where('i.contributorPersonId', '=', filter.contributorPersonId);
      if (filter.id) q = q.where('i.id', '=', filter.id);
      return q.orderBy('c.managerDue', 'desc').orderBy('p.familyNameEn').limit(200).execute();
    },
    lockInput: (id: string) =>
      db.selectFrom('reviewInput').select(['id']).where('id', '=', id).forUpdate().executeTakeFirst(),
    updateInput: (id: string, patch: { rating: number | null; comment: string; submittedAt: Date }) =>
      db.updateTable('reviewInput').set(patch).where('id', '=', id).execute(),

    /** Earlier signed versions, newest first. */
    versions: (reviewId: string) =>
      db
        .selectFrom('reviewVersion as v')
        .leftJoin('appUser as u', 'u.id', 'v.amendedBy')
        .select(['v.version', 'v.snapshot', 'v.amendReason', 'v.amendedAt', 'u.displayName as amendedByName'])
        .where('v.reviewId', '=', reviewId)
        .orderBy('v.version', 'desc')
        .execute(),
    insertVersion: (row: Insertable<ReviewVersionTable>) =>
      db.insertInto('reviewVersion').values(row).execute(),

    /** A cycle's reviews for calibration: those of people in the scope (or that the actor writes). */
    calibration(cycleId: string, scope: Scope, reviewerPersonId: string | null, orgUnitId?: string) {
      let q = db
        .selectFrom('review as r')
        .innerJoin('person as p', 'p.id', 'r.personId')
        .innerJoin('orgUnit as o', 'o.id', 'p.orgUnitId')
        .leftJoin('person as m', 'm.id', 'r.reviewerPersonId')
        .select([
          'r.id',
          'r.personId',
          'r.reviewerPersonId',
          'r.status',
          'r.overallRating',
          'r.formula',
          'r.warnings',
          'r.managerSignedAt',
          'r.personSignedAt',
          sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
          'p.nameZh as personNameZh',
          'o.nameEn as orgUnitName',
          'o.nameZh as orgUnitNameZh',
          sql<string | null>`m.given_name_en || ' ' || m.family_name_en`.as('reviewerName'),
          'm.nameZh as reviewerNameZh',
          sql<number>`(select count(*)::int from review_rating_change x where x.review_id = r.id)`.as(
            'changes',
          ),
        ])
        .where('r.cycleId', '=', cycleId)
        .where((eb) =>
          reviewerPersonId
            ? eb.or([inScope(scope, 'r.personId'), eb('r.reviewerPersonId', '=', reviewerPersonId)])
            : inScope(scope, 'r.personId'),
        );
      if (orgUnitId) q = q.where(sql<boolean>`p.org_unit_id in ${unitsUnder([orgUnitId])}`);
      return q
        .orderBy('reviewerName')
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .limit(2000)
        .execute();
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

import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Read-only queries for a person's performance file (other features own these tables). */
export function peopleFileRepository(db: Kysely<DB>) {
  return {
    goals: (personId: string, from: string, to: string) =>
      db
        .selectFrom('goal')
        .select(['id', 'title', 'status', 'target', 'periodStart', 'periodEnd', 'indicatorId', 'kind'])
        .where('personId', '=', personId)
        .where('status', '<>', 'draft')
        .where('periodStart', '<=', to)
        .where('periodEnd', '>=', from)
        .orderBy('periodStart', 'desc')
        .execute(),
    feedback: (personId: string, from: Date, to: Date) =>
      db
        .selectFrom('feedback')
        .select(['createdAt', 'kind', 'body', 'reply'])
        .where('personId', '=', personId)
        .where('createdAt', '>=', from)
        .where('createdAt', '<', to)
        .orderBy('createdAt', 'desc')
        .execute(),
    /** Held check-ins: shared notes only (private notes are never selected). */
    heldCheckins: (personId: string, from: Date, to: Date) =>
      db
        .selectFrom('checkin')
        .select(['heldAt', 'sharedNotes'])
        .where('personId', '=', personId)
        .where('status', '=', 'held')
        .where('heldAt', '>=', from)
        .where('heldAt', '<', to)
        .orderBy('heldAt', 'desc')
        .execute(),
    coachingPlans: (personId: string, from: string, to: string) =>
      db
        .selectFrom('coachingPlan as c')
        .leftJoin('indicator as i', 'i.id', 'c.focusIndicatorId')
        .select([
          'c.id',
          'c.startedOn',
          'c.status',
          'c.focusSkill',
          'c.growGoal',
          'c.outcome',
          'i.nameEn as indicatorName',
        ])
        .where('c.personId', '=', personId)
        .where('c.startedOn', '<=', to)
        .where((eb) => eb.or([eb('c.endedOn', 'is', null), eb('c.endedOn', '>=', from)]))
        .orderBy('c.startedOn', 'desc')
        .execute(),
    coachingSessions: (planIds: readonly string[]) =>
      planIds.length
        ? db
            .selectFrom('coachingSession')
            .select(['planId', 'heldOn', 'notes', 'nextSteps'])
            .where('planId', 'in', planIds)
            .orderBy('heldOn', 'desc')
            .execute()
        : Promise.resolve([]),
    training: (personId: string, from: Date) =>
      db
        .selectFrom('trainingAssignment as t')
        .innerJoin('course as c', 'c.id', 't.courseId')
        .select(['c.titleEn', 'c.titleZh', 't.status', 't.dueOn', 't.completedAt', 't.score'])
        .where('t.personId', '=', personId)
        .where((eb) =>
          eb.or([
            eb('t.status', '=', 'assigned'),
            eb('t.completedAt', '>=', from),
            eb('t.updatedAt', '>=', from),
          ]),
        )
        .orderBy('t.createdAt', 'desc')
        .execute(),
    /** Released official evaluations of the person on days in the range (never drafts or calibration). */
    evaluations: (personId: string, from: string, to: string) =>
      db
        .selectFrom('evaluation as e')
        .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
        .innerJoin('appUser as u', 'u.id', 'e.assessorUserId')
        .select([
          'e.occurredOn',
          's.titleEn',
          's.titleZh',
          'e.percent',
          'e.result',
          'e.version',
          'u.displayName',
        ])
        .where('e.personId', '=', personId)
        .where('e.status', '=', 'released')
        .where('e.purpose', '=', 'official')
        .where('e.occurredOn', '>=', from)
        .where('e.occurredOn', '<=', to)
        .orderBy('e.occurredOn', 'desc')
        .orderBy('e.createdAt', 'desc')
        .execute(),
    /** Signed (locked) reviews of the person whose cycle's period overlaps the range, with the template's scale. */
    signedReviews: (personId: string, from: string, to: string) =>
      db
        .selectFrom('review as r')
        .innerJoin('reviewCycle as c', 'c.id', 'r.cycleId')
        .innerJoin('reviewTemplate as t', 't.id', 'c.templateId')
        .select([
          'c.nameEn',
          'c.nameZh',
          'c.periodFrom',
          'c.periodTo',
          't.scale',
          'r.overallRating',
          'r.managerSignedAt',
          'r.personSignedAt',
          'r.personDisagrees',
        ])
        .where('r.personId', '=', personId)
        .where('r.status', '=', 'signed')
        .where('c.periodFrom', '<=', to)
        .where('c.periodTo', '>=', from)
        .orderBy('c.periodTo', 'desc')
        .orderBy('c.nameEn')
        .execute(),
  };
}
